import { isCorrect, suggest } from '../spell.js';
import { isAllCaps, type Token } from '../text.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { MISSPELLINGS } from './data/misspellings.js';
import { BUSINESS_TERMS, HYPHEN_PREFIXES } from './data/terms.js';
import type { Rule, RuleReport } from './rule.js';

// Suggestions cost milliseconds each; a pasted essay of gibberish must not stall a review.
const MAX_SUGGESTIONS = 20;
const MAX_FINDINGS = 100;
const LATIN_WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;

export const spelling: Rule = {
  id: 'spelling',
  defaultSeverity: 'warning',
  description: 'Proofread: a typo looks sloppy in a first note.',
  check(ctx) {
    const { tokens, sentences } = ctx.analysis;
    const out: RuleReport[] = [];
    let suggestions = 0;
    for (let i = 0; i < tokens.length && out.length < MAX_FINDINGS; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || !LATIN_WORD.test(t.text)) continue;
      if (skip(t, ctx.nameWords)) continue;
      const sentence = sentences[t.sentence];
      const sentenceStart = sentence !== undefined && sentence.firstToken === i;
      // Capitalised mid-sentence: a proper noun (a place, a company, a person).
      if (!sentenceStart && /^[A-Z]/.test(t.text)) continue;
      for (const part of parts(t)) {
        if (known(part.text)) continue;
        // A capitalised unknown word opening a sentence is usually a name ("Lindsey, …").
        if (
          sentenceStart &&
          part.start === t.start &&
          /^[A-Z][a-z]/.test(part.text) &&
          nextIsComma(ctx.text, t.end)
        )
          continue;
        let fix: string | undefined;
        const common = MISSPELLINGS.get(part.text.toLowerCase());
        if (common !== undefined) {
          fix = /^[A-Z]/.test(part.text)
            ? common.charAt(0).toUpperCase() + common.slice(1)
            : common;
        } else if (suggestions < MAX_SUGGESTIONS && part.text.length <= 24) {
          suggestions++;
          fix = suggest(part.text);
        }
        out.push({
          message: `“${part.text}” looks misspelled.`,
          suggestion: fix,
          start: part.start,
          end: part.end,
          fix:
            fix === undefined ? undefined : { start: part.start, end: part.end, replacement: fix },
        });
      }
    }
    return out;
  },
};

function skip(t: Token, names: ReadonlySet<string>): boolean {
  const lower = t.lower;
  // Text-speak and a lower-case "i" are the abbreviation and grammar rules' business.
  if (ABBREVIATIONS.has(lower) || /^i(?:'(?:m|d|ve|ll))?$/.test(lower)) return true;
  if (names.has(lower) || names.has(lower.replace(/'s$/, ''))) return true;
  if (BUSINESS_TERMS.has(lower) || BUSINESS_TERMS.has(lower.replace(/'s$/, ''))) return true;
  // Acronyms and mixed-case brand names (AWS, SaaS, iPhone, DevOps).
  if (isAllCaps(t.text) || /\p{Ll}\p{Lu}/u.test(t.text)) return true;
  return t.text.length === 1 && t.text !== 'i';
}

function known(word: string): boolean {
  if (isCorrect(word)) return true;
  const folded = word.replace(/’/g, "'");
  if (folded !== word && isCorrect(folded)) return true;
  // Possessives of words the dictionary knows ("Samantha's", "week’s").
  const base = folded.replace(/'s$|s'$/i, (m) => (m.startsWith("'") ? '' : 's'));
  if (base !== folded && (isCorrect(base) || BUSINESS_TERMS.has(base.toLowerCase()))) return true;
  return BUSINESS_TERMS.has(folded.toLowerCase());
}

/** The whole word, or when a hyphenated word is unknown, its unknown parts. */
function parts(t: Token): { text: string; start: number; end: number }[] {
  if (!t.text.includes('-') || known(t.text)) return [{ text: t.text, start: t.start, end: t.end }];
  const out: { text: string; start: number; end: number }[] = [];
  let offset = t.start;
  const pieces = t.text.split('-');
  pieces.forEach((piece, index) => {
    const isPrefix = index < pieces.length - 1 && HYPHEN_PREFIXES.has(piece.toLowerCase());
    if (piece && !isPrefix && !known(piece)) {
      out.push({ text: piece, start: offset, end: offset + piece.length });
    }
    offset += piece.length + 1;
  });
  return out;
}

function nextIsComma(text: string, end: number): boolean {
  return text[end] === ',';
}
