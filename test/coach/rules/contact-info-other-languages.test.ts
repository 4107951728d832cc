// The language rule promises that a note in another language is still checked for requests
// for contact details: asked in that language's words, not only in English ones.
import { testRule } from './rule-tester.js';

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
