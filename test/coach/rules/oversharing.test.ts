import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('oversharing', {
  valid: [
    // "Hot" before a thing is no remark on looks; a body's vote is not the sender's politics.
    'Hi Mr Tan, I saw your talk on rooftop lettuce. Could I ask how you handled tip burn in the hot months? Would be glad to connect.',
    'Hi Dev, I hear you run the hot desk scheme at the Leeds hub, and we need one. Could we connect?',
    'Hi Stuart, thanks for the meeting about the drainage. I’ll share the owners’ vote once it’s in, so shall we connect?',
    'Hi Petra, I chaired the union vote on the new rota and your advice helped. Could we connect?',
    // Trying for a venue is no trying for a child.
    'Hi Tom, we tried for a child-friendly venue all spring and yours was perfect. Connect?',
    'Hi Jo, you’re on the pain management research board, so I’d love to connect about our clinic.',
    'Hi Sam, heard you’re on heavy machinery now at the quarry. Let’s connect.',
    // A fellow of a trade, a vote on a survey, a committee one is on, a kiln failing.
    'Hi Tomasz, great chatting at the builders’ merchants expo. Good to meet a fellow joiner who still cuts dovetails by hand! Let’s connect.',
    'Hi Sam, nice to meet you at the union picnic. Make sure you’re voting in the branch survey on shift patterns! Happy to connect.',
    'Hey Jolene, heard you’re on the rodeo safety committee now, so I thought I’d reach out about helmets. Let’s connect.',
    'Hi Bea, lovely to meet you at the glaze workshop. My kiln keeps failing at cone 10, so I’d love to connect and ask how you wire yours.',
    // Voted in the passive is an award; a party at their place is an evening out.
    'Hi Siobhan, I got voted best trainer in Cork by the union members last year. Could we connect?',
    'Hi Ade, I was voted chair of the Lagos market traders last year. Connect?',
    'Hey Marcus, great crawfish boil party at your place on Saturday. Let’s stay connected here.',
    // A relative's work, not their illness; oxygen on a site.
    'Hi Ravi, his father has been running the dairy since 1980 and the herd has grown to forty. Could we connect?',
    // An age that is a horse's or a whisky's.
    'Hi Will, watching you settle that nervy three-year-old has me rethinking my approach, so could we connect?',
    'Dear Mr Shah, I read about your 18-year-old single malt. Our cooperage supplies casks. Could we connect?',
    // A stroke of luck; a trade that deals in bills.
    'Hi Jo, I had a stroke of luck with the grant. Connect?',
    "Hi Sam, I'm an insolvency practitioner and walk clients through sequestration. Connect?",
    // A trade named by the private matter it serves is work.
    "Hi Mel, I'm a grief counsellor and your hospice volunteer guide is brilliant. Connect?",
    "Hi Bo, I'm a divorce lawyer in Leeds and liked your post on mediation. Connect?",
    // Grief and treatment as the writer's trade: families they serve, a unit they run.
    'Hi Sunny, Pastor Greene told me you train hospital chaplains to sit with grieving families. Our team wants to do the same in Birmingham, so could we connect?',
    'Hi Tomas, I run the kidney transplant unit at St James’s and read your paper on dialysis access. Could we connect to compare protocols?',
    // Walked through a topic at work: no life event.
    'Dear Sandra, thank you for talking me through the redundancy pay calculations after the branch meeting. I’d welcome the connection.',
    // Looks said of a thing they showed; a boast with no personal matter in it.
    'Hi Mr Thomas, thanks for the call about your houseboats. The photos you shared were beautiful. Please accept my request.',
    'Hi Dusty, since I left Brunette Downs I’ve logged 6,000 mustering hours, bought my own R44 and landed a Channel 9 documentary. Connect and check it out!',
    // Recovery, loans and elections as someone's work are no disclosure.
    'Hi Dr Shah, I’m a physio helping patients recover from knee surgery, and your rehab protocol changed how we work. Would love to connect.',
    'Hi Tom, our start-up nearly went under in 2020, and your talk on cash flow helped us survive. Would love to connect.',
    ...GOOD_NOTES,
    'I enjoyed your talk on health tech and the panel on personal finance apps.',
    // Someone's work on a private matter is their work, not a disclosure.
    'Hi Fiona, Gary at Unite said you negotiated the redundancy pay terms at the Rosyth yard. I would value your advice on ours; could we connect?',
    'Hi Jade, your HIV prevention campaign in Soweto is the best I’ve seen. Could we connect?',
    'Hi Sam, I’m writing about lonely older adults in care homes and your study helped. Connect?',
    'Hi Tom, the project is due in July and your input on the baby monitor app would help. Connect?',
    'Hi Tom, I owe a lot to your book on lean production. Would you connect?',
  ],
  invalid: [
    {
      text: 'Hi Jess, you’re a hot woman and I’d like to get to know you. Could we connect?',
      errors: [{ excerpt: 'Hi Jess, you’re a hot woman and I’d like to get to know you' }],
    },
    {
      text: 'Hi Mona, I’m voting for the Greens this time and hope you are too. Could we connect?',
      errors: [{ excerpt: 'Hi Mona, I’m voting for the Greens this time and hope you are too' }],
    },
    // Trying for a child is private, said of oneself or of them.
    {
      text: 'Hi Amy, we’ve been trying for a baby for three years, and your clinic came recommended. Connect?',
      errors: [
        {
          excerpt:
            'Hi Amy, we’ve been trying for a baby for three years, and your clinic came recommended',
        },
      ],
    },
    {
      text: 'Hi Ravi, Priya says he’s on strong antidepressants these days, so I thought I’d check in. Connect?',
      errors: [
        {
          excerpt:
            'Hi Ravi, Priya says he’s on strong antidepressants these days, so I thought I’d check in',
        },
      ],
    },
    // Personal matters said without their keyword: a faith as a bond, a party to vote for,
    // their treatment, a body failing, trying for a child.
    {
      text: 'Hi Ruth, lovely meeting you at the quilting fair in Lancaster. I could tell you’re a fellow believer, so I’d love to connect with more makers.',
      errors: [
        {
          excerpt: 'I could tell you’re a fellow believer, so I’d love to connect with more makers',
        },
      ],
    },
    {
      text: 'Hi Mick, good to see you at the mart in Ballina. We need more lads like you voting Fianna Fáil, so let’s stay connected.',
      errors: [
        { excerpt: 'We need more lads like you voting Fianna Fáil, so let’s stay connected' },
      ],
    },
    {
      text: 'Hey Jolene, heard you’re on painkillers after the fall at the stables, so I thought I’d reach out. Let’s connect.',
      errors: [
        {
          excerpt:
            'Hey Jolene, heard you’re on painkillers after the fall at the stables, so I thought I’d reach out',
        },
      ],
    },
    {
      text: 'Hello Mr Otieno, thank you for the tour of the tea factory. With my knees giving up at 60, I need younger pickers to take on my rows, so let’s connect.',
      errors: [
        {
          excerpt:
            'With my knees giving up at 60, I need younger pickers to take on my rows, so let’s connect',
        },
      ],
    },
    {
      text: 'Hi Mark, congrats on the twins, Jo said it was months of trying. Let’s connect.',
      errors: [{ excerpt: 'Hi Mark, congrats on the twins, Jo said it was months of trying' }],
    },
    // Treatment one lives on, and a third person's illness passed on.
    {
      text: "Hi Bongani, good to see the Soweto choir again. I'm on steroids for my lungs now and sleep badly. Let's keep in touch.",
      errors: [{ excerpt: "I'm on steroids for my lungs now and sleep badly" }],
    },
    {
      text: 'Hi Rhian, Gethin from the rugby club gave me your name. His father has cancer and he is stepping back, so I am taking over his plumbing jobs. Would you connect?',
      errors: [
        {
          excerpt:
            'His father has cancer and he is stepping back, so I am taking over his plumbing jobs',
        },
      ],
    },
    // Off the drink, a party's youth wing, a remark that they look worn out, deep in loans.
    {
      text: "Hi Con, I'm off the drink since the spring, so I'd rather skip the late shifts. Happy to connect.",
      errors: [
        {
          excerpt: "Hi Con, I'm off the drink since the spring, so I'd rather skip the late shifts",
        },
      ],
    },
    {
      text: "Hi Asad, I've been out canvassing every night with the party's youth wing. Let's reconnect!",
      errors: [
        { excerpt: "Hi Asad, I've been out canvassing every night with the party's youth wing" },
      ],
    },
    {
      text: 'Hi Mrs Tan, you seemed exhausted at the open evening, so please rest. Hope we can connect.',
      errors: [{ excerpt: 'Hi Mrs Tan, you seemed exhausted at the open evening, so please rest' }],
    },
    {
      text: 'Dear Mr Rao, I am deep in student loans and need a role fast. Kindly accept my request.',
      errors: [{ excerpt: 'Dear Mr Rao, I am deep in student loans and need a role fast' }],
    },
    // A loss told beside praise of their work on it.
    {
      text: "Hi Lauren, your talk on bereavement care meant a lot, because we lost our own son at 24 weeks last spring. I'd like to connect.",
      errors: [
        {
          excerpt:
            'Hi Lauren, your talk on bereavement care meant a lot, because we lost our own son at 24 weeks last spring',
        },
      ],
    },
    // One's own illness, its bills and money troubles, said in passing.
    {
      text: "Hi Tolu, since our Yaba days I've had a stroke and the hospital bills nearly finished me. Let's reconnect.",
      errors: [
        {
          excerpt:
            "Hi Tolu, since our Yaba days I've had a stroke and the hospital bills nearly finished me",
        },
      ],
    },
    {
      text: "Hi Sharon, long time! My blood pressure is high from my money problems, but let's link up again.",
      errors: [
        {
          excerpt: "My blood pressure is high from my money problems, but let's link up again",
        },
      ],
    },
    // Their illness and its care, heard from someone; faith practised; politics lived.
    {
      text: 'Hi Paulo, I heard about your cancer diagnosis from Ana; hope the chemo is going okay. Would love to connect about the festival.',
      errors: [
        {
          excerpt:
            'Hi Paulo, I heard about your cancer diagnosis from Ana; hope the chemo is going okay',
        },
      ],
    },
    {
      text: 'Hi Jen, I go to mass every day and pray for guidance in my career. Could we connect?',
      errors: [
        {
          excerpt: 'Hi Jen, I go to mass every day and pray for guidance in my career',
        },
      ],
    },
    {
      text: "Hi Said, we met at the port forum. I'm sick of this government and will be at the protest on Tuesday, so forgive a slow reply. Keen to connect about dhow tourism.",
      errors: [
        {
          excerpt:
            "I'm sick of this government and will be at the protest on Tuesday, so forgive a slow reply",
        },
      ],
    },
    // "Couldn't help noticing" notices: the remark on their age is not negated.
    {
      text: 'Dear Ms Patel, I could not help noticing that your pension pot is small for someone your age. I would like to connect.',
      errors: [
        {
          excerpt:
            'Dear Ms Patel, I could not help noticing that your pension pot is small for someone your age',
        },
      ],
    },
    // Their treatment, the sender's hours cut, a vote withdrawn.
    {
      text: 'Hey Tammy, heard your kidney transplant went well, so let’s keep in touch.',
      errors: [
        { excerpt: 'Hey Tammy, heard your kidney transplant went well, so let’s keep in touch' },
      ],
    },
    {
      text: 'Hi Isla, things have been tight since the council cut my hours. Let’s reconnect?',
      errors: [{ excerpt: 'Hi Isla, things have been tight since the council cut my hours' }],
    },
    {
      text: 'Hey Junior, after how they treated the dockers, I’m done voting for them. Let’s keep in touch.',
      errors: [
        { excerpt: 'Hey Junior, after how they treated the dockers, I’m done voting for them' },
      ],
    },
    // Said without a private word beside "I": an age one worries about, their break-up.
    {
      text: 'Hi Nadia, at 58 I worry nobody will hire me. Your careers post gave me hope. Connect?',
      errors: [{ excerpt: 'Hi Nadia, at 58 I worry nobody will hire me' }],
    },
    {
      text: 'Hi Joe, heard you and Maria are splitting up, so sorry. Let’s catch up.',
      errors: [{ excerpt: 'Hi Joe, heard you and Maria are splitting up, so sorry' }],
    },
    {
      text: 'Hi Kwame, things are hard, I owe three mobile lenders and need advice, please connect.',
      errors: [
        {
          excerpt:
            'Hi Kwame, things are hard, I owe three mobile lenders and need advice, please connect',
        },
      ],
    },
    // Disclosures told as when, or as what the sender is.
    {
      text: 'Hi Neha, after my second miscarriage I took time off, and now I’m back. Connect?',
      errors: [
        { excerpt: 'Hi Neha, after my second miscarriage I took time off, and now I’m back' },
      ],
    },
    {
      text: 'Hi Cal, I’m a recovering alcoholic and I’d love to hear how you built your gym. Connect?',
      errors: [
        {
          excerpt: 'Hi Cal, I’m a recovering alcoholic and I’d love to hear how you built your gym',
        },
      ],
    },
    {
      text: 'Since my divorce I am in debt and my therapist says networking helps.',
      errors: [{ excerpt: 'Since my divorce I am in debt and my therapist says networking helps' }],
    },
    {
      text: 'I’m 52 years old and looking.',
      errors: [{ excerpt: 'I’m 52 years old and looking' }],
    },
    {
      text: 'You look gorgeous in your photo.',
      errors: [{ excerpt: 'You look gorgeous in your photo' }],
    },
    {
      text: 'I’m going through a rough divorce and need a new job badly.',
      errors: [{ excerpt: 'I’m going through a rough divorce and need a new job badly' }],
    },
    // Disclosures without the obvious keyword, of oneself or of the recipient.
    {
      text: 'Hi Rupert, Sam suggested I contact you about interim roles. At 61 and recently widowed, I am keen to keep busy. Would you connect?',
      errors: [{ excerpt: 'At 61 and recently widowed, I am keen to keep busy' }],
    },
    {
      text: 'Hi Jia Hui, I know you are still grieving your dad. Let us connect since our SMU accounting days.',
      errors: [{ excerpt: 'Hi Jia Hui, I know you are still grieving your dad' }],
    },
    {
      text: 'Hi Meg, heard your ex stopped paying child support. Let us connect since our Guelph days.',
      errors: [{ excerpt: 'Hi Meg, heard your ex stopped paying child support' }],
    },
    {
      text: 'Hi Dara, since my brother died last year I have felt called to this work. Would you connect?',
      errors: [
        { excerpt: 'Hi Dara, since my brother died last year I have felt called to this work' },
      ],
    },
    {
      text: 'Hi Carla, great meeting you at the convention. Anyone who votes Republican is an idiot. Would love to connect and talk field organising.',
      errors: [{ excerpt: 'Anyone who votes Republican is an idiot' }],
    },
  ],
});
