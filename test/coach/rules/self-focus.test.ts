import { describe, expect, it } from 'vitest';
import { review } from '../../../src/coach/review.js';
import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('self-focus', {
  valid: [
    // precision16: a "me" the reader did something for ("thanks for walking me round…",
    // "let me know") is no self-talk.
    'Hi Dolores, thank you for fitting me in at the Tucson saddle shop on Saturday. I think my old roping saddle finally has a future. Let me know when the new trees arrive. I’d be glad to connect.',
    'Hi Noor, thanks for taking me through the Sharjah customs records this morning. I’d like to stay in touch as we finish the port audit. Would you accept my request?',
    'Hi Sven, thanks for meeting me at the Bergen boat show. The varnish samples were lovely. I think we could work well together. Let me know about the spring order. Please accept my invite.',
    'Hi Lorna, thanks for fitting me in for the Inverness sheepdog trial briefing. I think my two pups might be ready next year. Let me know the entry dates. Accept my request?',
    // precision16: a plan told to say whom the sender wants to talk with or learn from.
    'Hi Ines, we’re a small dance school in Faro and our studio is adding a wheelchair class, so we want to talk with teachers who have run one. Would you connect?',
    'Hi Rangi, we’re a family orchard in Hawke’s Bay and our brand is going organic, so we’re looking to learn from growers who made the switch. Keen to connect?',
    'Hi Omar, I’m a caterer in Doha and my firm is opening a second kitchen, so I’m looking to speak with chefs who run halal butchery. Open to connecting?',
    // A good turn done them, however it counts, is no boast.
    'Hi Arjun, we met at the boat race. I run group tours and have already recommended your boats to three clients. Would you connect?',
    // The sender's plan told to say what help they need of someone who knows is the reason.
    'Hi Noel, our vineyard group in Mendoza is thinking of selling malbec direct to Irish buyers and wants someone who knows the export paperwork. Could we connect?',
    ...GOOD_NOTES,
    // A record or a ranking that serves a question about them, or praises them, is no boast.
    'Hi Maya, I saw your post on night-shift rostering. I’ve run a 40-bed ward for six years and never found a rota that works; I’d love to hear how you built yours. Would you connect?',
    'Dear Ms Osei, your clinic’s vaccine drive was the largest in the region, congratulations. I run a pharmacy nearby and would love to support it. May I connect?',
    // The "I" of the reason to connect serves them, and one credential beside a reason about
    // them says who is asking.
    'Hi Layla, I’m an architect in Dubai and I’m designing my first school. I saw your work on passive cooling in Gulf classrooms and I’d love to learn from it. Could we connect?',
    'Hi Tom, I’ve been a paramedic for ten years and I’m now moving into teaching. I’d be grateful for your view on the PGCE routes, as you made the same move. Could we connect?',
    'Hi Padraig, I’ve been teaching for twenty years in Limerick and I’ve never seen a maths scheme as good as yours. I’d love to use it with my Junior Cert class. Could we connect?',
    'Hi Rob, I’ve just passed my HGV class 1 and I’m looking for my first job. Your post about driver shortages in the Midlands was great. Would you be open to connecting?',
    'Hi Chris, I’ve just started my own electrical business in Perth. I saw your posts on quoting and I’d love to learn how you price jobs. Would you mind if I connected?',
    // The guide's introduction example: four "I/my" against one "you" is fine.
    'Hi Anthony, it was great to be introduced to you by our mutual connection, Samantha. I am working on growing my professional network, and I think we could talk. I look forward to connecting!',
    // The sender's own work, in the service of a reason about the recipient.
    'Hi Dave, I’m an electrician in Perth with 10 years on the tools, and a mate said you run the best apprenticeship scheme in WA. I’d love to hear how you set it up. Add me?',
    'Hey Mei! Can’t believe we’re not connected here yet. I just started my own consultancy and would love to keep in touch. Add me?',
    // Who is asking, and why, in a note that speaks of them; "a tin mine" is no "mine".
    'Hi Ana. Met you at Annecy. Great talk on stop-motion lighting. I do 3D in Lisbon. Want to mix both. Could use your advice. Connect?',
    'Hi Chinedu, congratulations on leading the Jos tin mine rescue team, the whole class is proud! Let’s link up here and stay in touch.',
    // An offer or pitch is irrelevant-offer's business, whatever figure it names.
    'Hi Tunde, we spoke about solar pumps at the Ibadan farm fair. I’m selling our drip kits at 25% off for anyone who signs up this month! Connect?',
    // Shared memories are not a CV.
    'Hi Mark, I still remember our watches together on the MV Tala in the Java Sea. Let’s keep in touch, okay if I connect?',
  ],
  invalid: [
    // A record kept, a ranking over rivals, a reader who is only the audience: still boasts.
    {
      text: 'Hello Mr Danso, I read your article on cocoa pricing. I have audited over 300 cooperatives, never missed a filing deadline and I’m the go-to auditor in Ashanti. Please accept.',
      errors: [
        {
          excerpt:
            'I have audited over 300 cooperatives, never missed a filing deadline and I’m the go-to auditor in Ashanti',
        },
      ],
    },
    {
      text: 'Dear Ms Ferreira, thanks for the visit to our plant today. We are the largest bottling plant in Minas Gerais with 2,000 staff and every ISO certificate. Kindly accept my request.',
      errors: [
        {
          excerpt:
            'We are the largest bottling plant in Minas Gerais with 2,000 staff and every ISO certificate',
        },
      ],
    },
    {
      text: 'Hi Rania, Since Aramco I’ve become the youngest plant manager in Jubail, led three turnarounds and started a podcast on refinery safety, which I’d love you to hear. Let’s reconnect.',
      errors: [
        {
          excerpt:
            'Hi Rania, Since Aramco I’ve become the youngest plant manager in Jubail, led three turnarounds and started a podcast on refinery safety, which I’d love you to hear',
        },
      ],
    },
    {
      text: 'Hi Tomas, saw your talk on hull coatings. Just so you know, my yard in Gdynia is the busiest in Poland, we won the Baltic award and I’ve been on TV three times. Let’s connect!',
      errors: [
        {
          excerpt:
            'Just so you know, my yard in Gdynia is the busiest in Poland, we won the Baltic award and I’ve been on TV three times',
        },
      ],
    },
    // "I am writing to inform you that I am…": being told is no turn to them.
    {
      text: 'Dear Dr Osei, I wish to inform you that I am an award-winning pharmacist and my clinic was named best in Accra. I look forward to your acceptance.',
      errors: [
        {
          excerpt:
            'Dear Dr Osei, I wish to inform you that I am an award-winning pharmacist and my clinic was named best in Accra',
        },
      ],
    },
    {
      text: 'Hey Maddie, since the Hobart job I’ve become lead rigger at Harbourline and run the winter crew. Connect so you can keep up?',
      // Since part t's retrain the model no longer reads the rise as a boast of its own, so
      // the note's sentences about the sender carry it, and the finding is about the whole.
      errors: [{ whole: true }],
    },
    // "so you can see the credits drop": watching the sender's news is no turn to them.
    {
      text: 'Hey Ify, my documentary just got picked up by Showmax and I’m booked till March. Connect so you can see the credits drop!',
      errors: [
        {
          excerpt:
            'Hey Ify, my documentary just got picked up by Showmax and I’m booked till March',
        },
      ],
    },
    // A CV whose reason to connect is to watch the sender: "so you can follow my work",
    // "if you'd like to know more". One credential is enough then.
    {
      text: 'Hi Maeve, since our Regent days I’ve become head projectionist at the Palace, run the 35mm season and teach at the film school. Let’s connect so you can follow my work.',
      errors: [
        {
          excerpt:
            'Hi Maeve, since our Regent days I’ve become head projectionist at the Palace, run the 35mm season and teach at the film school',
        },
      ],
    },
    {
      text: 'Hi Amaka, a bit about me: 12 years in aviation catering, the Lagos lounge contract and the youngest ops manager in the group. Connect if you’d like to know more.',
      errors: [
        {
          excerpt:
            'Hi Amaka, a bit about me: 12 years in aviation catering, the Lagos lounge contract and the youngest ops manager in the group',
        },
      ],
    },
    // A token nod ("love your page!") does not make a list of one's own wins about them: the
    // wins are what to cut.
    {
      text: 'Hi Ravi, love your page! We closed a 2 million round, hired 30 engineers and launched in four cities. Let’s connect.',
      errors: [
        { excerpt: 'We closed a 2 million round, hired 30 engineers and launched in four cities' },
      ],
    },
    // A CV with only the ask for the recipient, in any shape: a title with figures, deeds
    // without their "I", the sender's own venture, a job hunt.
    {
      text: 'Dear Mrs Sharma, I am a B.Com graduate with 2 years of experience in accounts and I am searching for a job in Mumbai. Please connect.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Lisa, 20+ years in pharma. Led 3 product launches. Managed budgets of $50M. Open to connecting.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Sam, I am a senior engineer. I built many apps. My skills are great. I want a new job.',
      errors: [{ whole: true }],
    },
    {
      text: 'I did this, I did that, my team, my product, my launch, and I would love your view.',
      errors: [{ whole: true }],
    },
  ],
});

// Caught once, as the boast the role model marks or as a note about the sender alone: which of
// the two depends on the trained model, the finding does not.
describe('self-focus on a note about the sender alone', () => {
  it('flags it once', () => {
    const text =
      'Hello Priya, my startup just closed a seed round and we won a fintech award last month. Let’s connect.';
    const found = review(text).findings.filter((f) => f.ruleId === 'self-focus');
    expect(found).toHaveLength(1);
    const f = found[0];
    if (f?.start !== undefined) expect(text.slice(f.start, f.end)).toContain('fintech award');
  });
});

// News of one's own rise told to an old colleague ("since the Dubai hotel I've become head
// chef…"), with an ask that only lets them watch: a rank risen to is a credential, whether or
// not the role model reads the sentence as a boast. A life event ("become a dad") is none, and
// a reason that turns to them keeps the news as who is asking.
describe('self-focus on a rise told to an old colleague', () => {
  const selfFocus = (text: string) =>
    review(text).findings.filter((f) => f.ruleId === 'self-focus');
  it('flags the rise when the ask only serves the sender', () => {
    for (const text of [
      'Hi Fatima, since the Dubai hotel I’ve become head chef at a Michelin-starred place in Paris. Connect so you can follow what I’m cooking.',
      'Hi Luis, since the Monterrey plant I’ve made plant director and doubled our output. Let’s connect so you can keep up with my work.',
    ])
      expect(selfFocus(text), text).toHaveLength(1);
  });
  it('leaves a life event or a reason about them alone', () => {
    for (const text of [
      'Hi Tomasz, since the Gdansk shipyard I’ve become a dad twice over and moved to Bergen. Would be great to catch up, connect?',
      'Hi Luis, since the Monterrey plant I’ve become plant manager in Saltillo and I’d value your view on the lean rollout you led. Could we connect?',
      'Hi Aisha, since Deloitte I’ve started a clinic in Leeds and would love your advice on hiring our first practice manager. Could we connect?',
    ])
      expect(selfFocus(text), text).toHaveLength(0);
  });
});
