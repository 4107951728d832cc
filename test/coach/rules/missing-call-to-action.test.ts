import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-call-to-action', {
  valid: [
    // asks15: being let into their circle, being part of it, networking wished for.
    'Dear Sir, I am welder in Jamshedpur with 8 years experience at your plant. Please take me in your circle.',
    'Hi Gwen, we met at the Swansea rugby dinner. Would you include me in your connections?',
    'Dear Mr Naidoo, I run a spaza shop in Soweto and read your article on suppliers. Kindly welcome me into your network.',
    "Hi Tess, saw your post on the Wexford oyster beds. I'd value being part of your network.",
    'Hi Olu, we met at the Ikeja tech meetup. Looking forward to networking with you.',
    'Hi Ibrahim, we met at the Abuja solar expo. Hope to network with you here.',
    // A yes hoped or waited for; room asked for in their network.
    'Hi Bianca, we met at the Milan bike show. Waiting for your yes!',
    'Hi Ilse, we met at the Antwerp diamond fair. Fingers crossed for a yes!',
    'Hi Eamon, fellow plumber here in Glasgow. Room in your network for one more?',
    // A bare "accept" given all the time they like.
    'Hi Nell, no hurry at all, accept whenever you like.',
    // Being on their list.
    'Hi Elif, I saw your Istanbul ceramics post. I want to be in your friends list.',
    // Keeping up with them wished for.
    'Hi Carla, we met at the Turin chocolate fair. Would love to keep up with your work.',
    // Acceptance thanked for ahead.
    'Hi Sadia, we met at the Dhaka garment expo. Your approval will be appreciated.',
    // A contact request beside an ask to connect leaves the ask standing.
    "Hi Thabo, after our BCG Joburg years, let's stay in touch here too. What's your new home address, so I can return your books?",
    "Hi Sam, we met at the Leeds expo. Could we connect, and what's your cell number so I can call this week?",
    ...GOOD_NOTES,
    'Hi Matt, it has been years since we worked together. Let’s reconnect on LinkedIn to catch up.',
    'Hi Laura, I’d appreciate if we connected on LinkedIn to continue the dialogue.',
    'Hi Anthony, I look forward to connecting!',
    'Please add me to your network.',
    'I’m building a team in Pune and would value connecting to exchange notes.',
    'I would be happy to stay in contact and to learn more about your projects.',
    'Would be great to reconnect and hear what you’re up to.',
    'Hi Matt, I’d appreciate it if we reconnected on LinkedIn.',
    "Hi Matt, I'd love it if we could stay in touch.",
    'Would you be open to connecting?',
    'Happy to connect if you are open to it.',
    'Let’s stay in touch here.',
    'I’d be glad to have you in my network.',
    'Hope we can connect.',
    'Hoping we’ll stay in touch.',
    'Hope we can stay connected.',
    'Can we connect?',
    "Let me know if you'd like to connect.",
    'I’d welcome connecting here.',
    'Feel free to connect if that’s useful.',
    'Keen to connect!',
    // names14: second-language asks that wait on a kind answer or thank ahead for it.
    'Dear Mr Osei, we met at the cocoa grading day in Kumasi. Awaiting your favourable reply.',
    'Hello Mrs Banda, your talk on school feeding in Lilongwe was useful. Looking forward for your positive response.',
    'Hi Rahul, we met at the dairy expo in Anand. Hoping for your kind consideration.',
    'Hi Lina, thanks for the tour of the olive press in Jenin. Thanks in advance for accepting.',
    'Hi Karim, we met at the Cairo crafts fair. I want to be in your contact list.',
    // A short thanks for accepting is the ask, not a sign-off signed "for accepting".
    'Hi Bongani, we met at the Soweto taxi rank meeting. Thank you for accepting.',
    'Hi Marisol, good to meet you at the Oaxaca mezcal fair. Thanks for approving!',
    // Text-speak's "wanna connect?" run on after the context.
    'hey Kai, met u at the surf comp, ur board shaping is mad, wanna link up?',
    'hi Bex ur sourdough at the Fremantle market was unreal wana connect?',
    // Bare or bargained, an ask is an ask: pushy and irrelevant-offer judge its manners.
    'Hey Kit, saw ur new job at the brewery, we should grab a pint soon lol add me??',
    'Hi Nadia, we met at the Sharjah book fair and our press is after Arabic titles. If you accept, I will send you our catalogue.',
    'Hi Cal, I have asked you three times now, so just click accept already.',
    // Staying connected is the ask, even misspelt.
    'Hi Aroha, heard from Tane that you’ve taken over the marae kitchen, so it would be great to stay connected and swap recipes.',
    'Hi Wei, our years on the Jurong night shift taught me a lot. Hope the new plant is going well, and would be great to stay conected.',
    // Saying yes, not staying strangers, looking forward to being in touch, thanks for the add.
    'Hi Kojo, we met at the Tema port expo and I’d like your view on cocoa grading. Hope you’ll say yes.',
    'Hi Kojo, we met at the Tema port expo and I’d like your view on cocoa grading. Don’t be a stranger!',
    'Hi Rana, we met at the Amman water forum and I’m scoping a brine study. Look forward to being in touch.',
    'Hi Rana, we met at the Amman water forum and I’m scoping a brine study. Thanks for the add!',
    // An ask as an outcome, a reproach or a condition: pushy or not, it asks.
    'Hi Petra, your bridge inspection drones are clever. I inspect viaducts in Brno, and an accepted invitation would let me learn from your team.',
    'Hi Noel, you never accepted my invitation after the Cork jazz weekend! I’d still love to swap notes on gig promotion.',
    'Hi Wanjiru, you haven’t accepted my request since the Nairobi dairy show. I’d value your advice on our milk cooling centre.',
    'Hi Bongani, I can’t see that you’ve accepted my request yet since the Durban boat show. I’d still value your view on hull coatings.',
  ],
  invalid: [
    // Others saying yes, thanks for an introduction: no ask.
    {
      text: 'Hi Kojo, we met at the Tema port expo. Funders say yes when the numbers are clear.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Kojo, thanks for connecting me with Ama at the Tema port expo. Her cocoa data was gold.',
      errors: [{ whole: true }],
    },
    // Asking only for contact details is no ask to connect.
    {
      text: 'Hi Sam, I saw your bakery in the Leeds Post. We supply organic flour to cafes in Yorkshire. Can you drop me your WhatsApp so we can chat?',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Sam, I saw your bakery in the Leeds Post. We supply organic flour to cafes in Yorkshire. Could you pass me your home address so I can post the samples?',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Olu, Sarah suggested I reach out about your research on LLM safety.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Leo, we met at the AI meetup last week and talked about data pipelines.',
      errors: [{ whole: true }],
    },
  ],
});
