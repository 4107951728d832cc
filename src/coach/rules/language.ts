import type { Rule } from './rule.js';

// Names for the languages franc-min tells apart, for the message.
const NAMES: Record<string, string> = {
  spa: 'Spanish',
  por: 'Portuguese',
  fra: 'French',
  deu: 'German',
  ita: 'Italian',
  nld: 'Dutch',
  pol: 'Polish',
  ron: 'Romanian',
  swe: 'Swedish',
  tur: 'Turkish',
  ind: 'Indonesian',
  vie: 'Vietnamese',
  tgl: 'Tagalog',
  swh: 'Swahili',
  hau: 'Hausa',
  yor: 'Yoruba',
  ibo: 'Igbo',
  hin: 'Hindi',
  rus: 'Russian',
  ukr: 'Ukrainian',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  arb: 'Arabic',
};

export const language: Rule = {
  id: 'language',
  defaultSeverity: 'info',
  description:
    'Only English notes are coached; a note in another language gets the checks that do not depend on English.',
  check(ctx) {
    if (ctx.language === 'eng' || ctx.language === 'und') return [];
    const name = NAMES[ctx.language] ?? 'another language';
    return [
      {
        message: `This note looks like ${name}. ConnectNote coaches English notes only, so it checked just the length, the character limit, placeholders and requests for contact details.`,
      },
    ];
  },
};
