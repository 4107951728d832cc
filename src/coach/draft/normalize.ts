// Cleans what the user typed into the pieces the templates embed: names capitalised,
// spaces collapsed, trailing punctuation gone, and the context and purpose turned into
// phrases that read naturally in the middle of a sentence.

import { listSet } from '../language/lists.js';
import { familyNameFirst, leadingTitle } from './names.js';

let empties: ReadonlySet<string> | undefined;

/** "N/A", "-", "?", "none": what people type into a form field to leave it empty. */
export function saysNothing(value: string): boolean {
  empties ??= listSet(new URL('./data/empty-field-words.txt', import.meta.url));
  const bare = value.replace(/[\s./\\?!-]+/g, '').toLowerCase();
  return bare === '' || empties.has(bare);
}

/** Collapse whitespace, drop control characters, quotes around it and trailing punctuation. */
export function cleanText(value: string | undefined): string {
  if (value === undefined) return '';
  return (
    value
      // "1) the expo 2) the dinner after": a numbered list typed on one line is a list too.
      .replace(/(?<=^\s*1[.)]\s.*?)\s+\d{1,2}[.)]\s+/gu, ', ')
      // "- Deloitte\n- audit team": a list typed line by line is a list of pieces.
      .replace(/(^|[\r\n]+)[ \t]*(?:[-*•·▪]|\d+[.)])[ \t]+/gu, (_, start: string) =>
        start ? ', ' : '',
      )
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s.,;:!?…–—-]+$/u, '')
      // Quotes around the whole field; a final apostrophe of its own stays ("St Thomas'").
      .replace(/^["“]+|["”]+$/g, '')
      .replace(/^['‘](.*)['’]$/s, '$1')
      .replace(/[\s.,;:!?…–—-]+$/u, '')
      .trim()
  );
}

const NAME_SEGMENT = /([\p{L}\p{M}]+)/gu;

/**
 * "leo" → "Leo", "mary-jane o'neil" → "Mary-Jane O'Neil", "ALICE" → "Alice".
 * A name typed with deliberate mixed case ("McDonald", "de Vries") keeps it, with its
 * first letter raised.
 */
let honorifics: ReadonlySet<string> | undefined;

/**
 * A greeting typed in one case ("tommy chetta", "sato-san"): the name capitalised, an
 * honorific after it ("chetta", "-san") left lower case as it is written.
 */
export function capitaliseGreeting(value: string | undefined): string {
  const raised = capitaliseName(value);
  const name = cleanText(value);
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return raised;
  honorifics ??= listSet(new URL('./data/honorific-suffixes.txt', import.meta.url));
  const known = honorifics;
  return raised
    .split(' ')
    .map((word, at) => {
      const lowered = word.replace(/-(\p{L}+)$/u, (all, tail: string) =>
        known.has(tail.toLowerCase()) ? `-${tail.toLowerCase()}` : all,
      );
      return at > 0 && known.has(word.toLowerCase()) ? word.toLowerCase() : lowered;
    })
    .join(' ');
}

export function capitaliseName(value: string | undefined): string {
  const name = cleanText(value);
  if (name === '') return '';
  const lower = name.toLowerCase();
  const upper = name.toUpperCase();
  const uniformCase = name === lower || (name === upper && name.length > 2);
  // "Dr joão da silva": only the title was typed with a capital; the name is still lower case.
  const title = leadingTitle(name);
  const rest = title ? name.slice(title.length + 1) : '';
  if (!uniformCase && title && rest === rest.toLowerCase() && /\p{Ll}/u.test(rest)) {
    return `${title} ${capitaliseName(rest)}`;
  }
  if (!uniformCase) return name.charAt(0).toUpperCase() + name.slice(1);
  const raised = lower
    .replace(NAME_SEGMENT, (segment) => segment.charAt(0).toUpperCase() + segment.slice(1))
    // "W/RO ALMAZ" → "W/ro Almaz": an Ethiopian title abbreviated with a slash is one word.
    .replace(/^(\p{Lu})\/(\p{L}+)(?=\s)/u, (all, head: string, tail: string) =>
      leadingTitle(all) ? `${head}/${tail.toLowerCase()}` : all,
    );
  // "KIM MIN-JUN" → "Kim Min-jun": a Korean or Chinese given name's second syllable is lower case.
  const words = raised.split(' ');
  const order = familyNameFirst(words) ?? familyNameFirst([...words].reverse());
  if (order === 'ko' || order === 'zh') {
    return raised.replace(/-(\p{Lu})/gu, (_, letter: string) => `-${letter.toLowerCase()}`);
  }
  // "MARÍA DEL CARMEN LÓPEZ" → "María del Carmen López": a particle inside a name is lower
  // case; not in a Vietnamese name, whose "Van" is a middle name ("Nguyen Van An").
  if (order === 'vi') return raised;
  return raised
    .split(' ')
    .map((word, at, all) =>
      at > 0 && at < all.length - 1 && INNER_PARTICLES.has(word.toLowerCase())
        ? word.toLowerCase()
        : word,
    )
    .join(' ');
}

const INNER_PARTICLES = new Set(
  'de del los las dos das da do van von der den ten ter bin binti bint y'.split(' '),
);

/** The part of a name used in a greeting: the first name, hyphenated first names whole. */
export function greetingName(fullName: string): string {
  const words = fullName.split(' ');
  const [first = fullName] = words;
  // "Dr. Priya Raman" is greeted "Dr. Raman", not "Dr.".
  if (/^(?:mr|mrs|ms|mx|dr|prof|miss)\.?$/i.test(first) && words.length > 1) {
    return `${first} ${words[words.length - 1]}`;
  }
  return first;
}

const TEMPLATE_SLOT = /\[[^\]]*\]|\{\{?[^}]*\}\}?|<[^>]+>/;
const PLACEHOLDER_WORDS =
  /^(?:(?:first|last|full|recipient'?s?|their|contact)\s*name|name|recipient|someone|xxx+|n\/?a|tbd|todo|-+|\?+)$/i;

/** "[First Name]", "{{name}}", "<name>", "first name", "TBD": a name nobody filled in. */
export function looksLikePlaceholderName(name: string): boolean {
  // "Alexander [Sasha] Petrov": a name in square brackets beside the name is what they go by.
  const nickname = /\[(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\]/u.exec(name);
  const rest = nickname ? name.replace(nickname[0], ' ') : name;
  if (nickname && !PLACEHOLDER_WORDS.test(nickname[1] ?? '') && /\p{L}/u.test(rest)) {
    return TEMPLATE_SLOT.test(rest) || PLACEHOLDER_WORDS.test(rest.trim());
  }
  return TEMPLATE_SLOT.test(name) || PLACEHOLDER_WORDS.test(name.trim());
}

/** An unfilled template slot anywhere in a field. */
export function hasTemplateSlot(value: string): boolean {
  return TEMPLATE_SLOT.test(value);
}

// Words that only start a phrase because the user started a sentence with them; embedded
// mid-sentence they are lowercase. Anything else keeps its case (it may be a proper noun).
const LOWERABLE = new Set(
  `a an the our your my his her their its this that these those last next yesterday yesterday's
  today today's tonight earlier recently both one two some several many most every each
  we you at in on during from through via when while after before since with about for
  met meeting worked working spoke talked chatted came found saw read heard noticed was were
  it it's there here just first briefly we're we've we'd we'll you're you've they they're they've`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase a phrase's first word when it is a common word, not a proper noun or "I". */
export function embed(phrase: string): string {
  const match = /^([\p{L}'’]+)(.*)$/su.exec(phrase);
  if (!match) return phrase;
  const [, first = '', rest = ''] = match;
  const isCapitalised = first.charAt(0) !== first.charAt(0).toLowerCase();
  const isAllCaps = first.length > 1 && first === first.toUpperCase();
  if (isCapitalised && !isAllCaps && LOWERABLE.has(first.toLowerCase().replace('’', "'"))) {
    return first.toLowerCase() + rest;
  }
  return phrase;
}

export function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where or how you know them, as the templates need it. */
export type Context =
  /** "the XYZ event", with the preposition the user gave ("at", "during") or none. */
  | { kind: 'place'; prep: string | null; phrase: string }
  /** A clause of its own: "we chatted about Rust at PyCon", "I came across your post on X". */
  | { kind: 'clause'; clause: string };

const MET_AT =
  /^(?:(?:we|i)\s+)?(?:first\s+|briefly\s+|just\s+|recently\s+)?(?:met|meet|spoke|talked|chatted)(?:\s+(?:with\s+)?(?:you|each other))?(?:\s+briefly)?\s+(at|in|during|on|over|through|via)\s+(.+)$/i;
const WORKED_AT =
  /^(?:(?:we|i)\s+)?(?:worked(?:\s+together)?(?:\s+with\s+you)?|were\s+(?:colleagues|co-?workers|teammates))\s+(at|on|in|for)\s+(.+)$/i;
const LEADING_PREP = /^(at|in|during|on|from|through|via|over)\s+(.+)$/i;
const PRONOUN_CLAUSE = /^(?:we|i|i'm|i’m|you|you're|you’re)\b/i;
const FIRST_PERSON_VERB =
  /^(?:came across|found|saw|read|heard|noticed|watched|attended|follow|followed|was|am|have|had|loved|enjoyed)\b/i;
const SHARED_VERB = /^(?:met|worked|spoke|talked|chatted|studied|were)\b/i;
export const TIME_WORDS =
  /^(?:yesterday|today|tonight|earlier|this (?:morning|afternoon|evening|week)|last (?:night|week|month|year))\b/i;

export function parseContext(raw: string, relationship: string): Context | undefined {
  const text = cleanText(raw);
  if (text === '') return undefined;
  const met = MET_AT.exec(text);
  if (met)
    return { kind: 'place', prep: (met[1] ?? 'at').toLowerCase(), phrase: embed(met[2] ?? '') };
  const worked = WORKED_AT.exec(text);
  if (worked && relationship === 'former-colleague') {
    const prep = (worked[1] ?? 'at').toLowerCase();
    return { kind: 'place', prep: prep === 'for' ? 'at' : prep, phrase: embed(worked[2] ?? '') };
  }
  const prep = LEADING_PREP.exec(text);
  if (prep)
    return { kind: 'place', prep: (prep[1] ?? 'at').toLowerCase(), phrase: embed(prep[2] ?? '') };
  if (PRONOUN_CLAUSE.test(text)) return { kind: 'clause', clause: embed(text) };
  if (FIRST_PERSON_VERB.test(text)) return { kind: 'clause', clause: `I ${embed(text)}` };
  if (SHARED_VERB.test(text)) return { kind: 'clause', clause: `we ${embed(text)}` };
  // "Sam introduced us at…", "a friend told me about you": a clause of its own.
  // Only the main part counts: "the crawl in Amsterdam, where we talked" is still a place.
  const main = text.split(/[,;(–—]|\s(?:where|which|who|when|while|that)\s/i)[0] ?? text;
  if (/\b(?:we|us|me|I|you)\b/i.test(main)) return { kind: 'clause', clause: embed(text) };
  if (TIME_WORDS.test(text)) return { kind: 'place', prep: null, phrase: embed(text) };
  return { kind: 'place', prep: null, phrase: embed(text) };
}

/** Why you want to connect. */
export type Purpose =
  /** A verb phrase that follows "to": "share ideas about onboarding". */
  | { kind: 'verb'; phrase: string }
  /** A clause of its own: "I'm hiring data engineers". */
  | { kind: 'clause'; clause: string }
  /** A noun phrase: "freelance projects". */
  | { kind: 'noun'; phrase: string };

const VERBS = new Set(
  `stay keep share swap exchange discuss talk chat learn hear explore follow continue catch
  collaborate compare trade get hire work build see ask help introduce grow find partner brainstorm
  join invite meet support be reconnect connect network mentor recruit plan team talk compare
  grab set trade keep offer show pick bounce look stay cover dig hear review`
    .split(/\s+/)
    .filter(Boolean),
);

export function parsePurpose(raw: string): Purpose | undefined {
  let text = cleanText(raw);
  // Someone who typed a whole call to action: keep only the reason.
  text = text.replace(
    /^(?:i(?:'|’)d\s+(?:love|like)\s+to\s+|i\s+would\s+(?:love|like)\s+to\s+)?(?:re)?connect(?:\s+(?:with\s+you|here))?(?:\s+on\s+linkedin)?\s*(?:,\s*)?(?=to\b|so\b|as\b|because\b|since\b)/i,
    '',
  );
  if (text === '') return undefined;
  const infinitive = /^(?:in\s+order\s+)?to\s+(.+)$/i.exec(text);
  if (infinitive) return { kind: 'verb', phrase: embed(infinitive[1] ?? '') };
  const soWeCan = /^so\s+(?:that\s+)?we\s+(?:can|could)\s+(.+)$/i.exec(text);
  if (soWeCan) return { kind: 'verb', phrase: embed(soWeCan[1] ?? '') };
  const because = /^(?:because|as|since)\s+(.+)$/i.exec(text);
  if (because) return { kind: 'clause', clause: embed(because[1] ?? '') };
  if (/^(?:i|i'm|i’m|i've|i’ve|we|we're|we’re|my|our)\b/i.test(text)) {
    return { kind: 'clause', clause: embed(text) };
  }
  const first = (/^[\p{L}'’]+/u.exec(text)?.[0] ?? '').toLowerCase();
  if (VERBS.has(first)) {
    const rest = text.slice(first.length);
    const word = text.slice(0, first.length);
    const lower = word === word.toUpperCase() && word.length > 1 ? word : word.toLowerCase();
    return { kind: 'verb', phrase: lower + rest };
  }
  return { kind: 'noun', phrase: embed(text) };
}

/** A topic as embedded after "about": "marketing trends in construction". */
export function parseTopic(raw: string): string | undefined {
  const text = cleanText(raw).replace(/^(?:about|on|regarding)\s+/i, '');
  return text === '' ? undefined : embed(text);
}
