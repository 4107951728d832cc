import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('language', {
  valid: [
    ...GOOD_NOTES,
    // Short English and English with foreign names and words stay English.
    'Hi Sam, great call!',
    'Kia ora Mere, I read about your hāngī pop-ups in Rotorua. I would love your take on our Matariki kai event, so could we connect?',
    // Short notes in slang or regional English, whose trigrams read as another language.
    'Yo Marcus, dope mixtape fr. Wanna link?',
    'Sup Jay, ur drone reel slaps ngl. Link?',
    'Oye Rahul, mast post on IPL stats yaar. Connect kar le?',
    'Heya Mo, sick skate edit innit. Add me?',
    'Mabuhay Joy, your ube cake reel is da bomb. Connect po?',
    'Hola team! Hi María José, great to meet you at the Madrid summit. I’d love to connect to swap notes on payments.',
  ],
  invalid: [
    // Short notes in other languages, loanwords and all, stay theirs, even where the
    // trigrams put English close behind.
    {
      text: 'Beste Bram, ik las uw artikel over zeewier in Seaweed Weekly International. Wij testen hetzelfde systeem in Zeeland en zouden graag met u in contact komen.',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Olá Pedro, gostei muito da sua palestra sobre agricultura. Vamos conectar?',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Kumusta Maria, nagustuhan ko ang iyong talk tungkol sa negosyo. Connect tayo?',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Namaste ji, aapka post bahut accha laga, main aapse judna chahta hoon.',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Hola María, fue un placer conocerte en la conferencia de Madrid. Me encantaría conectar contigo para hablar de pagos.',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Bonjour Claire, ravi de vous avoir rencontrée au salon de Lyon. J’aimerais beaucoup rester en contact avec vous.',
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Hallo Jonas, schön, dich auf der Konferenz in Berlin kennengelernt zu haben. Ich würde mich freuen, wenn wir uns vernetzen.',
      errors: [{ whole: true, severity: 'info' }],
    },
  ],
});
