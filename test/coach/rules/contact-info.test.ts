import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('contact-info', {
  valid: [
    // A thing handed on in the passive asks nothing of them.
    "Hi Dele, your sermon notes got shared in our church's WhatsApp group in Abuja. I'd love to connect.",
    // The sender offering their own figures asks for nothing.
    'Hi Ana, thanks for the hotel tour. I’ll send the occupancy numbers by Friday as promised. Shall we connect?',
    'Hi Ana, thanks for the tour. Happy to send you our occupancy numbers if useful. Shall we connect?',
    // Figures asked for are no contact details.
    'Hi Ana, could you send the occupancy numbers for the Leeds site? Would love to connect.',
    'Hi Tomás, could you share the footfall numbers from your Porto pilot before our call?',
    'Hi Ama, I run the bed desk at Korle Bu. Could you share your latest numbers on ward occupancy? Keen to connect.',
    ...GOOD_NOTES,
    'Thanks for your email yesterday. I loved your keynote address and your email newsletter.',
    'Feel free to email me at sam@example.com.',
    // Their team, their booking, their pins or their login page: no detail asked for.
    'Hi Mo, please tell your team the new email template worked a treat. Connect?',
    'Hi Dana, could you share the best number of hives per acre for clover? Happy to connect.',
    'Hi Dee, would you share your pins from the Glasgow comic fair? My stall sold out of mine. Connect?',
    'Hi Ola, your login page redesign for the council was brilliant; could you share your approach? Connect?',
    'Hi Bo, what’s the house style at your paper for long reads? Would love to connect.',
  ],
  invalid: [
    {
      text: 'Hi Rosa, loved your stall. Could you send the direct number for your booking desk? Connect?',
      errors: [{ excerpt: 'Could you send the direct number for your booking desk' }],
    },
    // A secret, an identifier or a home address asked for in any words.
    {
      text: 'Hi Tendai, thanks for the co-op meeting. Please share your EcoCash PIN so I can pay you back.',
      errors: [{ excerpt: 'Please share your EcoCash PIN so I can pay you back' }],
    },
    {
      text: 'Hi Lena, we met at the expo. Mind telling me your login for the supplier portal so I can check stock?',
      errors: [
        { excerpt: 'Mind telling me your login for the supplier portal so I can check stock' },
      ],
    },
    {
      text: 'Dear Mr Silva, thank you for today. Please connect and tell me your home address so I can post the samples.',
      errors: [
        { excerpt: 'Please connect and tell me your home address so I can post the samples' },
      ],
    },
    {
      text: 'Hi Sue, thanks for the chat. What’s your sort code and account number for the refund?',
      errors: [{ excerpt: 'What’s your sort code and account number for the refund' }],
    },
    {
      text: 'Hi Winston, do you still live on Harbour Street? What’s the house number?',
      errors: [{ excerpt: 'What’s the house number' }],
    },
    // A personal identifier or "your personal number", however the request is put.
    {
      text: 'Hi Ama, we met at the Accra health expo. Kindly connect and send your Ghana Card number and bank details for the stipend.',
      errors: [
        {
          excerpt:
            'Kindly connect and send your Ghana Card number and bank details for the stipend',
        },
      ],
    },
    {
      text: 'Hi Ama, we met at the expo. Could you share your personal number so I can call you? Keen to connect.',
      errors: [{ excerpt: 'Could you share your personal number so I can call you' }],
    },
    // Asked for after the ask to connect, or an ID number.
    {
      text: 'Could I add you here, and also get your WhatsApp number?',
      errors: [{ excerpt: 'Could I add you here, and also get your WhatsApp number' }],
    },
    {
      text: 'Please connect and share your Aadhaar details for the committee.',
      errors: [{ excerpt: 'Please connect and share your Aadhaar details for the committee' }],
    },
    {
      text: 'Could you send me your email address and your phone number?',
      errors: [{ excerpt: 'Could you send me your email address and your phone number' }],
    },
    { text: 'What’s your number?', errors: [{ excerpt: 'What’s your number' }] },
    { text: 'Could I get your number?', errors: [{ excerpt: 'Could I get your number' }] },
    {
      text: 'Hi Ana, send me your number so we can talk.',
      errors: [{ excerpt: 'Hi Ana, send me your number so we can talk' }],
    },
    // Asked however it is phrased, and in the middle of an otherwise fine note.
    {
      text: 'Hi Ada, great meeting you at the Leeds meetup. What’s the best mobile to reach you on?',
      errors: [{ excerpt: 'What’s the best mobile to reach you on' }],
    },
    {
      text: 'Please share your home address.',
      errors: [{ excerpt: 'Please share your home address' }],
    },
    {
      text: 'Could you share some confidential information about the merger?',
      errors: [{ excerpt: 'Could you share some confidential information about the merger' }],
    },
  ],
});
