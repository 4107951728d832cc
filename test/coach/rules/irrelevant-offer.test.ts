import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('irrelevant-offer', {
  valid: [
    // A vote of thanks, a donation received, a petition signed, tax returns: nothing solicited.
    'Hi Bea, thank you for your vote of confidence at the AGM last week. Keen to connect.',
    'Hi Ify, I signed your petition on the bypass and shared it with my street. Connect?',
    'Hi Mo, we handle monthly returns for small shops and your VAT guide is our bible. Connect?',
    // Fees and rates talked about, not charged to them.
    "Hi Meera, your talk on how clinics set their fees for uninsured patients was brilliant; our practice charges a flat fee and I'd love to compare notes. Could we connect?",
    // Seeking clients is the sender's aim, not an offer to the reader.
    'Hi Jacky, I’m a sign painter in Kowloon and I am now looking for new clients. Would you connect?',
    ...GOOD_NOTES,
    // A help offer is no pitch, nor is their own free thing, nor thanks for a call.
    'Hi Dana, your talk on trade pricing for signage was spot on. Connect?',
    'Hi Jeremy, thanks for hopping on the call about the asylum clinic. Could I add you here?',
    'Hi Sam, your free listing guide for small landlords was brilliant. Connect?',
    'Hi Sam, great meeting you at the expo. Connect and I’ll share the rota template we discussed.',
    'Hi Sam, great meeting you at the expo. Happy to share the rota template we use if useful. Connect?',
    'I may have some freelance projects later this year that could use your expertise.',
    'Hi Ivo, your ward’s handover checklist was a great fit for our night shifts. Connect?',
    'Hi Sam, great meeting you at the expo. If you ever need a hand with rotas, happy to help. Connect?',
    // A free thing of the writer's that is no enticement, a round on them, a clinical trial.
    'Hi Amina, our charity runs a free helpline for carers, and your talk on carer burnout was spot on. I’d love to connect.',
    'Hi Lucy, thanks for the coffee this morning, the next one’s on me. Let’s connect here.',
    'Hi Dr Patel, your trial protocol for early mobilisation was a model for ours. Would love to connect.',
    'Hi Mia, we’d love to learn how clubs like yours got funding for floodlights. Open to connecting?',
  ],
  invalid: [
    // A vote, a sponsorship, a signature, a catalogue, a selling team or returns solicited.
    {
      text: 'Hi Jen, great to reconnect! I’m running for council in May and would really appreciate your vote.',
      errors: [{ excerpt: 'I’m running for council in May and would really appreciate your vote' }],
    },
    {
      text: 'Hi Tim, loved your post on hiking. Would you sponsor my charity run? Connect?',
      errors: [{ excerpt: 'Would you sponsor my charity run' }],
    },
    {
      text: 'Hi Lee, loved your talk on robotics. Please sign my petition about the bypass. Connect?',
      errors: [{ excerpt: 'Please sign my petition about the bypass' }],
    },
    {
      text: 'Hi Sara, we met at the book fair. I’m selling candles now, happy to send you a catalogue. Connect?',
      errors: [{ excerpt: 'I’m selling candles now, happy to send you a catalogue' }],
    },
    {
      text: 'Hi Ama, we studied together at Legon. I’d love you to join my team selling supplements from home. Connect?',
      errors: [{ excerpt: 'I’d love you to join my team selling supplements from home' }],
    },
    {
      text: 'Hi Omar, great to meet at the gym. Our fund pays 20% monthly returns. Connect?',
      errors: [{ excerpt: 'Our fund pays 20% monthly returns' }],
    },
    // Terms of a sale tied to the note.
    {
      text: 'Dear Mr Bello, thank you for showing me the school roof. Our quote will only be held until the 30th, so please connect soon.',
      errors: [{ excerpt: 'Our quote will only be held until the 30th, so please connect soon' }],
    },
    {
      text: 'Dear Ms Rao, thanks for the tour of your bakery. We will be charging a listing fee of $200 for shops that join this quarter. Please accept.',
      errors: [
        { excerpt: 'We will be charging a listing fee of $200 for shops that join this quarter' },
      ],
    },
    // A treat for a review; cheap cover sold in passing.
    {
      text: 'Hi Bongani, come by the salon for a free trim in exchange for a Google review, and let’s connect.',
      errors: [
        {
          excerpt:
            'Hi Bongani, come by the salon for a free trim in exchange for a Google review, and let’s connect',
        },
      ],
    },
    {
      text: 'Hi Dara, great memories of our courier days! Let’s catch up, and I can sort you cheap courier insurance too.',
      errors: [{ excerpt: 'Let’s catch up, and I can sort you cheap courier insurance too' }],
    },
    // A product's fit for their business, its savings, spots left, early access.
    {
      text: 'Hi Bram, I think our insurance plans could be a great fit for your drivers. Connect?',
      errors: [
        { excerpt: 'Hi Bram, I think our insurance plans could be a great fit for your drivers' },
      ],
    },
    {
      text: 'Hi Lea, our solar panels could cut your farm’s power bill. Would you like to connect?',
      errors: [{ excerpt: 'Hi Lea, our solar panels could cut your farm’s power bill' }],
    },
    {
      text: 'Hi Zara, I’d love to connect. We’re running a pilot programme for HR teams this quarter and have a couple of spots left.',
      errors: [
        {
          excerpt:
            'We’re running a pilot programme for HR teams this quarter and have a couple of spots left',
        },
      ],
    },
    {
      text: 'Hi Omar, I’d like to connect and offer you early access to our analytics beta.',
      errors: [
        {
          excerpt: 'Hi Omar, I’d like to connect and offer you early access to our analytics beta',
        },
      ],
    },
    // What our product could do for yours, a quote held out, a gift for connecting.
    {
      text: 'Hi Beth, I’d love to connect and show you what our scheduling tool could do for your clinic.',
      errors: [
        {
          excerpt:
            'Hi Beth, I’d love to connect and show you what our scheduling tool could do for your clinic',
        },
      ],
    },
    {
      text: 'Hi Raj, I’d be happy to walk you through how our platform could streamline your payroll. Let’s connect.',
      errors: [
        {
          excerpt:
            'Hi Raj, I’d be happy to walk you through how our platform could streamline your payroll',
        },
      ],
    },
    {
      text: 'Hi Ken, we help logistics firms like yours cut fuel costs through route planning. Open to connecting?',
      errors: [
        {
          excerpt:
            'Hi Ken, we help logistics firms like yours cut fuel costs through route planning',
        },
      ],
    },
    {
      text: 'Hi Tess, I’d like to connect. If your firm ever needs translation services, we’d be happy to quote.',
      errors: [{ excerpt: 'If your firm ever needs translation services, we’d be happy to quote' }],
    },
    {
      text: 'Hi Lou, connect with me and I’ll send you my e-book on growing your Instagram following.',
      errors: [
        {
          excerpt:
            'Hi Lou, connect with me and I’ll send you my e-book on growing your Instagram following',
        },
      ],
    },
    // A soft pitch: a sales line with no discount in it.
    {
      text: 'Hi Aaron, we offer the best rates on commercial cleaning in Leeds. Let’s connect.',
      errors: [{ excerpt: 'Hi Aaron, we offer the best rates on commercial cleaning in Leeds' }],
    },
    {
      text: 'Hi Petra, our agency can help you boost your conversion rate. Let’s connect.',
      errors: [{ excerpt: 'Hi Petra, our agency can help you boost your conversion rate' }],
    },
    {
      text: 'Hi Tammy, we met at the conference. Accept and I promise to put in a good word for you with our hiring manager.',
      errors: [
        { excerpt: 'Accept and I promise to put in a good word for you with our hiring manager' },
      ],
    },
    {
      text: 'Hi Dana, we’ve helped over 200 clinics reduce no-shows with our reminder app. Would love to connect.',
      errors: [
        { excerpt: 'Hi Dana, we’ve helped over 200 clinics reduce no-shows with our reminder app' },
      ],
    },
    {
      text: 'Hi Dana, I sell life insurance and would love to review your family’s cover. Connect?',
      errors: [
        { excerpt: 'Hi Dana, I sell life insurance and would love to review your family’s cover' },
      ],
    },
    // An enticement without a price tag.
    {
      text: 'Should you accept, we will waive the first year of advisory fees.',
      errors: [{ excerpt: 'Should you accept, we will waive the first year of advisory fees' }],
    },
    {
      text: 'We help SaaS companies 10x their pipeline. Can we hop on a quick call?',
      errors: [
        { excerpt: 'We help SaaS companies 10x their pipeline' },
        { excerpt: 'Can we hop on a quick call' },
      ],
    },
    {
      text: 'Get 50% off our platform. Free trial, guaranteed to double your sales!',
      errors: [
        { excerpt: 'Get 50% off our platform' },
        { excerpt: 'Free trial, guaranteed to double your sales' },
      ],
    },
    // Soft pitches with no sales word: the cost taken away, firms like theirs, a trial
    // account, a first session on the house, a saving on what they pay now.
    {
      text: 'Dear Mr Okafor, I would like to send you a no-obligation proposal for your warehouse lighting.',
      errors: [
        {
          excerpt:
            'Dear Mr Okafor, I would like to send you a no-obligation proposal for your warehouse lighting',
        },
      ],
    },
    {
      text: 'Hi Ama, we work with schools like yours to cut admin time in half. Would love to connect.',
      errors: [{ excerpt: 'Hi Ama, we work with schools like yours to cut admin time in half' }],
    },
    {
      text: 'Hi Priya, I’d be happy to set you up with a trial account. Let’s connect!',
      errors: [{ excerpt: 'Hi Priya, I’d be happy to set you up with a trial account' }],
    },
    {
      text: 'Hi Grace, the first consultation’s on me. Keen to connect.',
      errors: [{ excerpt: 'Hi Grace, the first consultation’s on me' }],
    },
    {
      text: 'G’day Shane, we can get your fleet insured for less than you’re paying now. Keen to connect.',
      errors: [
        { excerpt: 'G’day Shane, we can get your fleet insured for less than you’re paying now' },
      ],
    },
    {
      text: 'Hi Ken, our crew can supply scaffolders at 15% below market rates. Keen to connect?',
      errors: [{ excerpt: 'Hi Ken, our crew can supply scaffolders at 15% below market rates' }],
    },
    {
      text: 'Hi Mdm Tan, sign up this month for zero commission, so let’s connect!',
      errors: [{ excerpt: 'Hi Mdm Tan, sign up this month for zero commission, so let’s connect' }],
    },
    {
      text: 'Use promo code LINK10 for a discount.',
      errors: [{ excerpt: 'Use promo code LINK10 for a discount' }],
    },
  ],
});
