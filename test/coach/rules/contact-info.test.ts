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

// The language rule promises that a note in another language is still checked for requests
// for contact details: asked in that language's words, not only in English ones.
testRule('contact-info', {
  valid: [
    // Keeping in touch, learning from them, a number of sacks: no detail asked for.
    'Hola Marta, nos conocimos en la feria del mueble en Valencia. Me encantaría seguir en contacto y aprender de tu taller.',
    'Guten Tag Herr Krüger, ich habe Ihren Artikel über Bodenbearbeitung gelesen. Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.',
    // An e-mail mentioned, not asked for.
    'Bonjour Chloé, merci pour votre réponse par e-mail hier. Au plaisir de rester en contact ici.',
    'Olá Rafael, trabalhamos juntos na cooperativa de Varginha. Quantos números de sacas vocês exportaram este ano? Vamos nos conectar.',
    'Dzień dobry Pani Agnieszko, poznaliśmy się na targach w Poznaniu. Chętnie pozostanę w kontakcie i nauczę się od Pani.',
    'Selamat pagi Pak Hendra, saya melihat usaha kopi Bapak di Toraja. Saya ingin belajar dari pengalaman Bapak.',
  ],
  invalid: [
    {
      text: 'Hola Marta, nos conocimos en la feria del mueble en Valencia. Me encantaría seguir en contacto. ¿Me podrías pasar tu número de móvil?',
      errors: [{ excerpt: '¿Me podrías pasar tu número de móvil?' }],
    },
    {
      text: 'Guten Tag Herr Krüger, wir haben uns auf der Agritechnica in Hannover kennengelernt. Schicken Sie mir bitte Ihre Telefonnummer, damit wir reden können.',
      errors: [{ excerpt: 'Schicken Sie mir bitte Ihre Telefonnummer, damit wir reden können.' }],
    },
    {
      text: 'Bonjour Chloé, j’ai beaucoup aimé votre atelier sur la céramique à Limoges. Pourriez-vous me donner votre adresse e-mail pour la suite ?',
      errors: [{ excerpt: 'Pourriez-vous me donner votre adresse e-mail pour la suite ?' }],
    },
    {
      text: 'Olá Rafael, vi seu trabalho com café especial no Sul de Minas. Pode me mandar seu WhatsApp para conversarmos sobre exportação?',
      errors: [{ excerpt: 'Pode me mandar seu WhatsApp para conversarmos sobre exportação?' }],
    },
    // A number that is the reader's, the possessive before it or after it.
    {
      text: 'Habari Bwana Otieno, tulikutana kwenye maonyesho ya kilimo Nakuru. Tafadhali nitumie namba yako ya simu.',
      errors: [{ excerpt: 'Tafadhali nitumie namba yako ya simu.' }],
    },
    {
      text: 'Selamat pagi Pak Hendra, saya melihat usaha kopi Bapak di Toraja. Boleh saya minta nomor Anda untuk diskusi?',
      errors: [{ excerpt: 'Boleh saya minta nomor Anda untuk diskusi?' }],
    },
    {
      text: 'Chào anh Minh, em gặp anh ở hội chợ cà phê Buôn Ma Thuột. Anh vui lòng gửi em số điện thoại được không?',
      errors: [{ excerpt: 'Anh vui lòng gửi em số điện thoại được không?' }],
    },
    // A script written without spaces.
    {
      text: '王经理您好，我们在广州的展会上见过面。请把您的微信发给我，方便联系。',
      errors: [{ excerpt: '王经理您好，我们在广州的展会上见过面。请把您的微信发给我，方便联系。' }],
    },
  ],
});
