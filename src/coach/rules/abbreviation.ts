import type { Token } from '../text.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { matchAll, type Rule, type RuleReport } from './rule.js';

// "w/" and "b/c" are not single word tokens.
const SLASHED = /(?<![\p{L}\p{N}/])(?:w\/(?:o\b)?|b\/c)(?![\p{L}\p{N}/])/giu;
const SLASHED_EXPANSIONS: Record<string, string> = {
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
};

// Single letters that are text-speak only in lower case ("u", "r", "k"); "U" or "K"
// capitalised mid-sentence may be a name or an initial.
const LOWER_ONLY = new Set(['k', 'r', 'u', 'ya', 'y']);

export const abbreviation: Rule = {
  id: 'abbreviation',
  defaultSeverity: 'warning',
  description: 'Avoid lazy abbreviations and text-speak: they read as unprofessional.',
  check(ctx) {
    const { text } = ctx;
    const { tokens, sentences } = ctx.analysis;
    const out: RuleReport[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      const expansion = ABBREVIATIONS.get(t.lower);
      if (expansion === undefined) continue;
      // Part of a slashed pair like "I/O" or "w/e", or a dotted form: not text-speak.
      if (/[/&@+]/.test(text[t.start - 1] ?? '') || /[/&@+]/.test(text[t.end] ?? '')) continue;
      const sentenceStart = sentences[t.sentence]?.firstToken === i;
      const capitalised = /^\p{Lu}/u.test(t.text);
      if (capitalised && LOWER_ONLY.has(t.lower) && !sentenceStart) continue;
      if (capitalised && !sentenceStart && t.text.length > 1 && !/^\p{Lu}+$/u.test(t.text))
        continue;
      if (ctx.nameWords.has(t.lower)) continue;
      const replacement =
        capitalised && (sentenceStart || t.text.length === 1) ? capitalise(expansion) : expansion;
      out.push({
        message: `“${t.text}” is text-speak; write “${replacement}”.`,
        suggestion: replacement,
        start: t.start,
        end: t.end,
        fix: { start: t.start, end: t.end, replacement },
      });
    }
    for (const m of matchAll(SLASHED, text)) {
      const replacement = SLASHED_EXPANSIONS[m.match[0].toLowerCase()] ?? 'with';
      out.push({
        message: `“${m.match[0]}” is an abbreviation; write “${replacement}”.`,
        suggestion: replacement,
        start: m.start,
        end: m.end,
        fix: { start: m.start, end: m.end, replacement },
      });
    }
    return out;
  },
};

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
