// Validates and cleans a DraftInput, then composes the drafts with the reviewer given.

import { isRelationshipId, type RELATIONSHIPS } from '../relationships.js';
import {
  DEFAULT_CHAR_LIMIT,
  type DraftInput,
  type DraftResult,
  RELATIONSHIP_IDS,
} from '../types.js';
import { compose, type FittedDraft, type Plan, type Reviewer } from './compose.js';
import { type DraftField, DraftInputError } from './errors.js';
import { type People, type ReadField, readField } from './fields.js';
import { guessGreeting, leadingTitle, typedGreeting } from './names.js';
import {
  capitaliseGreeting,
  capitaliseName,
  cleanText,
  hasTemplateSlot,
  looksLikePlaceholderName,
  saysNothing,
} from './normalize.js';
import { VARIANTS } from './templates.js';

export const DEFAULT_VARIANTS = 3;
export const MAX_VARIANTS = VARIANTS.length;

function checkSlot(field: DraftField, value: string): void {
  if (hasTemplateSlot(value)) {
    throw new DraftInputError(
      field,
      `${field} "${value}" looks like an unfilled template slot; write the real ${field}`,
    );
  }
}

function personName(field: DraftField, raw: string | undefined): string | undefined {
  // "🌟 Sarah Jones 🌟", "Sarah Jones 🇬🇧": a profile's emoji is no part of the name.
  const name = capitaliseName(
    raw?.replace(/(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\uFE0F|\u200D)/gu, ' '),
  );
  if (name === '') return undefined;
  if (looksLikePlaceholderName(name)) {
    throw new DraftInputError(
      field,
      `${field} "${name}" looks like a placeholder; give a real name`,
    );
  }
  if (!/\p{L}/u.test(name)) {
    throw new DraftInputError(field, `${field} "${name}" has no letters; give a real name`);
  }
  return name;
}

export function draftWith(
  input: DraftInput,
  reviewer: Reviewer,
): DraftResult & { drafts: FittedDraft[] } {
  const relationship = input.relationship;
  if (!isRelationshipId(relationship)) {
    throw new DraftInputError(
      'relationship',
      `relationship is required: one of ${RELATIONSHIP_IDS.join(', ')}`,
    );
  }
  if (cleanText(input.name) === '') {
    throw new DraftInputError('name', "name is required: the recipient's name to greet them by");
  }
  const name = personName('name', input.name) ?? '';
  const sender = sayable(personName('sender', input.sender), reviewer);
  const mutual = sayable(personName('mutual', input.mutual), reviewer);

  if (
    sender &&
    (sender.toLowerCase() === mutual?.toLowerCase() || sender.toLowerCase() === name.toLowerCase())
  ) {
    const other =
      sender.toLowerCase() === name.toLowerCase() ? 'the recipient' : 'the mutual contact';
    throw new DraftInputError('sender', `sender "${sender}" is the same person as ${other}`);
  }

  const fields: Partial<Record<DraftField, string>> = { name };
  if (sender) fields.sender = sender;
  if (mutual) fields.mutual = mutual;
  for (const field of ['context', 'topic', 'purpose'] as const) {
    const value = cleanText(input[field]);
    // "🙏", "👏👏": a field of emoji alone says nothing to put in words.
    // "N/A" typed into a field the user had nothing for says nothing either.
    if (value !== '' && /[\p{L}\p{N}]/u.test(value) && !saysNothing(value)) {
      checkSlot(field, value);
      fields[field] = value;
    }
  }

  // "Ibrahim" as the context of a note Ibrahim Sani introduced: the note says who
  // introduced you anyway, not "introduced us at Ibrahim".
  const who = fields.context
    ?.replace(/[.!]+$/, '')
    .replace(/^(?:via|through|by|from|thanks to)\s+/i, '')
    .replace(/(?:['’]s)?\s+(?:intro|introduction|referral)$/i, '');
  if (who && mutual && containsWords(mutual, who)) {
    delete fields.context;
  }
  if (fields.context && mutual) {
    fields.context = withKinName(withAffiliation(fields.context, mutual), mutual);
  }
  const limit = input.limit ?? DEFAULT_CHAR_LIMIT;
  if (!Number.isInteger(limit) || limit <= 0) {
    throw new DraftInputError(
      'limit',
      `limit must be a positive whole number of characters, not ${limit}`,
    );
  }
  const count = input.variants ?? DEFAULT_VARIANTS;
  if (!Number.isInteger(count) || count < 1 || count > MAX_VARIANTS) {
    throw new DraftInputError(
      'variants',
      `variants must be between 1 and ${MAX_VARIANTS}, not ${count}`,
    );
  }

  // "Atty. Maria Cruz": the fields are read by who she is; a title some list lacks would
  // hide that "she" is her.
  // "PJ" typed as how to greet Pieter-Jan, and "Thabo said PJ's company…": the fields may
  // name them so too.
  const nickname = typedGreeting(capitaliseGreeting(input.greetAs), name);
  const known = nickname !== '' && !containsWords(name, nickname) && !/\s/.test(nickname);
  const people: People = {
    recipient: known ? `${withoutTitles(name)} ${nickname}` : withoutTitles(name),
    mutual,
    sender,
  };
  const read = (field: 'context' | 'topic' | 'purpose'): ReadField | undefined => {
    const value = fields[field];
    if (!value) return undefined;
    const result = readField(value, people, relationship, {
      topic: field === 'topic',
      context: field === 'context',
    });
    people.pronouns = [...new Set([...(people.pronouns ?? []), ...result.pronouns])];
    const unclear = result.ambiguous[0];
    if (unclear) {
      const who = unclear.candidates.join(' or ');
      throw new DraftInputError(
        field,
        `in the ${field}, "${unclear.text}" could be ${who} or ${name}; write "you" or "your" where you mean ${name}, and ${who}'s name where you mean them`,
      );
    }
    return result;
  };
  const context = read('context');
  const topic = read('topic');
  const purpose = read('purpose');
  requireJog(relationship, {
    context: !!context,
    topic: !!topic,
    purpose: !!purpose,
    mutual: !!mutual,
  });

  // "Hi Priya", "min-jun": the name to greet by, cased as the name field has it.
  const greetAs = typedGreeting(capitaliseGreeting(input.greetAs), name);
  const greeting = greetAs !== '' ? greetAs : fittingGreeting(name, reviewer);
  const plan: Plan = {
    base: { relationship, name: greeting, mutual },
    sender,
    context: context?.pieces ?? [],
    topic: topic?.pieces ?? [],
    purpose: purpose?.pieces ?? [],
    limit,
    reviewOptions: {
      relationship,
      // A greeting the name does not contain word for word ("Seun" for Oluwaseun) is the
      // name the review must look for.
      // So is a nickname the user typed in the name ("Oluwaseun 'Seun' Adeyemi").
      name: !containsWords(name, greeting) ? greeting : name,
      sender,
      mutual,
      limit,
      history: input.history,
    },
    fields,
    ...(greetAs !== '' ? { greetAs } : {}),
  };
  return { drafts: compose(plan, count, reviewer) };
}

/**
 * A contact's name as the review lets it stand inside a sentence: "Juan dela Cruz" is
 * "Juan Dela Cruz", "Omar al-Farsi" is "Omar Al-Farsi" (both are written so too), where the
 * grammar check asks every word of a name to start with a capital.
 */
function sayable(name: string | undefined, reviewer: Reviewer): string | undefined {
  if (!name || !/\s\p{Ll}/u.test(name)) return name;
  // One review names every word the check wants capitalised; each is raised at once.
  const probe = `Hi Sam, ${name} introduced us at the conference. I'd love to connect on LinkedIn.`;
  const start = 'Hi Sam, '.length;
  const options = { relationship: 'introduced' as const, name: 'Sam', mutual: name };
  const raise = new Set(
    reviewer(probe, options)
      .findings.filter(
        (finding) =>
          finding.ruleId === 'grammar' &&
          (finding.start ?? -1) >= start &&
          (finding.start ?? 0) < start + name.length,
      )
      .map((finding) => (finding.start ?? 0) - start)
      .filter((at) => /^\p{Ll}/u.test(name.slice(at))),
  );
  return name.replace(/\p{Ll}/gu, (letter: string, at: number) =>
    raise.has(at) ? letter.toUpperCase() : letter,
  );
}

/**
 * The guessed greeting, unless the review objects to its own words ("Sra. de los Santos":
 * after the title's full stop "de" opens a sentence; "Engr. dela Cruz"): then the name as
 * typed, or the given name, whichever it lets pass.
 */
function fittingGreeting(name: string, reviewer: Reviewer): string {
  const guess = guessGreeting(name);
  // Only a greeting with a word, or a title's part after its dot ("Dott.ssa"), in lower case
  // after its first can trip the checks.
  if (!/[\s./]\p{Ll}/u.test(guess)) return guess;
  // "Atty. Dela Cruz": the surname's particle capitalised, as it is written too, before the
  // name whole or the given name alone.
  const raised = guess.replace(/(?<=\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
  // "Dra. de la Fuente": after a title's full stop, the name as typed ("Dra. Inés de la
  // Fuente") before particles raised that the person does not write so.
  const typedFirst = !!leadingTitle(guess) && guess !== name;
  const forms = [
    guess,
    ...(typedFirst ? [name, raised] : [raised, name]),
    guessGreeting(name.split(/\s+/).slice(1).join(' ')),
  ];
  for (const form of forms) {
    if (form.trim() === '') continue;
    const probe = `Hi ${form}, it was great to meet you at the conference. I'd love to connect on LinkedIn.`;
    const found = reviewer(probe, { relationship: 'met-briefly', name: form }).findings;
    const end = 3 + form.length;
    if (!found.some((f) => f.severity !== 'info' && (f.start ?? end) < end)) return form;
  }
  return guess;
}

/** The name without the titles it opens with: "Atty. Maria Cruz" → "Maria Cruz". */
function withoutTitles(name: string): string {
  let rest = name;
  for (let title = leadingTitle(rest); title && rest.includes(' '); title = leadingTitle(rest)) {
    rest = rest.slice(title.length).trimStart();
  }
  return rest;
}

/**
 * "Abhay sir from NCPA" as the mutual contact and "Abhay sir told me…" as the context: where
 * they are from is a fact the context would lose, said as an aside at their first mention
 * ("Abhay sir from NCPA told me…").
 */
function withAffiliation(context: string, mutual: string): string {
  const typed = /^(.+?)\s+((?:from|at|of|with)\s+(?:the\s+)?\p{Lu}.*)$/u.exec(mutual);
  if (!typed?.[1] || !typed[2]) return context;
  const [, who, where] = typed;
  // Said already: "Dr Shamima at WorldFish said…", "…met at WorldFish".
  const place = where.replace(/^\S+\s+(?:the\s+)?/u, '');
  if (context.toLowerCase().includes(place.toLowerCase())) return context;
  const words = new Set(who.toLowerCase().split(/\s+/));
  // The first run of the contact's own words in the context, as a name is said there.
  const run = new RegExp(
    `(?<![\\p{L}'’-])(?:${[...words].map(escapeRegExp).join('|')})(?:\\s+(?:${[...words].map(escapeRegExp).join('|')}))*(?![\\p{L}'’-])`,
    'iu',
  ).exec(context);
  if (!run || !/^\p{Lu}/u.test(run[0])) return context;
  const end = run.index + run[0].length;
  // Only before what they said or did: "Bayu said", "Abhay sir told me".
  if (!/^\s+\p{Ll}/u.test(context.slice(end))) return context;
  return `${context.slice(0, end)} ${where}${context.slice(end)}`;
}

// Kin said before a name, as the mutual contact is often typed: "Uncle Ah Seng", "Kuya Jun".
const KIN =
  /^(uncle|aunt|auntie|aunty|cousin|brother|sister|grandma|grandpa|granny|nana|tito|tita|kuya|ate|tío|tía|tio|tia|bibi|babu)\s+(\p{Lu}.*)$/iu;

/**
 * "Uncle Ah Seng" as the mutual contact and "my uncle said…" as the context: the note names
 * him, as "my uncle Ah Seng said…".
 */
function withKinName(context: string, mutual: string): string {
  const typed = KIN.exec(mutual);
  if (!typed?.[1] || !typed[2]) return context;
  const [, kin, name] = typed;
  if (context.toLowerCase().includes(name.toLowerCase())) return context;
  // Either case, spelled out: with the "i" flag \p{Lu} would match any letter.
  const either = (word: string) =>
    [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
  return context.replace(
    new RegExp(`(?<!\\p{L})${either('my')}\\s+${either(kin)}(?!\\p{L})(?!\\s+\\p{Lu})`, 'u'),
    (said) => `${said} ${name}`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsWords(name: string, part: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/\./g, '').split(/\s+/);
  const all = words(name);
  return words(part).every((word) => all.includes(word));
}

/** What each relationship needs so the note can say how you know them. */
function requireJog(
  relationship: keyof typeof RELATIONSHIPS,
  has: { context: boolean; topic: boolean; purpose: boolean; mutual: boolean },
): void {
  switch (relationship) {
    case 'introduced':
      if (!has.mutual && !has.context) {
        throw new DraftInputError(
          'mutual',
          'an introduced note needs the mutual contact who introduced you (mutual) or how you were introduced (context)',
        );
      }
      return;
    case 'met-briefly':
      if (!has.context && !has.topic) {
        throw new DraftInputError(
          'context',
          'a met-briefly note needs where you met (context) or what you talked about (topic)',
        );
      }
      return;
    case 'cold':
      if (!has.context) {
        throw new DraftInputError(
          'context',
          'a cold note needs how you found them (context), e.g. "your article on onboarding"',
        );
      }
      return;
    default:
      return;
  }
}
