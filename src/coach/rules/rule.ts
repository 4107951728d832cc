// The shape of one guideline: a rule module exports one `Rule`, its id is its file name.

import type { NoteReading } from '../roles/index.js';
import type { TextAnalysis } from '../text.js';
import type { RelationshipId, ReviewOptions, RuleId, Severity, WordTarget } from '../types.js';

/** A mechanical fix: replace text[start, end) with `replacement` in the corrected text. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
  /** Only changes the first letter's case: composes with another fix of the same span. */
  capitalise?: boolean;
}

/** What a rule reports; `review` adds the id, severity and excerpt. */
export interface RuleReport {
  message: string;
  suggestion?: string;
  /** The span the report is about; absent for the whole note. */
  start?: number;
  end?: number;
  /** Overrides the rule's default severity for this report. */
  severity?: Severity;
  fix?: Fix;
}

export interface RuleContext {
  readonly text: string;
  readonly analysis: TextAnalysis;
  readonly relationship: RelationshipId;
  readonly relationshipInferred: boolean;
  readonly wordTarget: WordTarget;
  readonly limit: number;
  /** The recipient's name as given or detected. */
  readonly name?: string;
  /** The name the note itself greets or addresses, whatever the options say. */
  readonly greetedName?: string;
  /** Lower-cased words of the recipient's, sender's and mutual contact's names. */
  readonly nameWords: ReadonlySet<string>;
  readonly options: ReviewOptions;
  /** What each sentence does (greeting, context, purpose, ask, pitch…), read once on first use. */
  readonly reading: NoteReading;
  /** The note's language as an ISO 639-3 code ("eng", "spa"…), or "und" when too short to tell. */
  readonly language: string;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line: what the guideline asks for. */
  description: string;
  check(ctx: RuleContext): RuleReport[];
}

/** Every match of a global regular expression, as spans. */
export function matchAll(
  re: RegExp,
  text: string,
): { start: number; end: number; match: RegExpExecArray }[] {
  const out: { start: number; end: number; match: RegExpExecArray }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

/** “burnout”, “off work”: the words a role was read from, quoted for a message. */
export function quoted(words: readonly string[], fallback: string): string {
  return words.length > 0 ? words.map((w) => `“${w}”`).join(', ') : fallback;
}

/** A token with a letter in it: a word, not punctuation or a figure. */
export const isWord = (t: { readonly text: string }): boolean => /\p{L}/u.test(t.text);
