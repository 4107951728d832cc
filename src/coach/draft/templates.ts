// The note shapes the drafter fills in, modelled on the guide's example notes: greet by
// name, jog their memory, say why, end with a polite call to action. Every variant opens,
// orders and asks differently; none adds a fact the user did not give.

import type { RelationshipId } from '../types.js';
import { type Context, capitaliseFirst, type Purpose, TIME_WORDS } from './normalize.js';

/** What one attempt at a note is made of, after cleaning and any shortening. */
export interface Parts {
  relationship: RelationshipId;
  /** The name used in the greeting. */
  name: string;
  sender?: string;
  mutual?: string;
  context?: Context;
  topic?: string;
  /** What the user gave, or the relationship's plain default ("stay in touch"). */
  purpose: Purpose;
  /** A friendly last line: 0 none, 1 short ("Have a great week!"), 2 longer. */
  closer: 0 | 1 | 2;
}

export type Variant = (parts: Parts) => string | null;

const RECONNECTING: ReadonlySet<RelationshipId> = new Set(['former-colleague', 'close-contact']);

/** The reason used when the user gave none: generic, promises nothing. */
export function defaultPurpose(relationship: RelationshipId, topic?: string): Purpose {
  const phrase = ((): string => {
    switch (relationship) {
      case 'met-briefly':
        return topic ? 'keep the conversation going' : 'stay in touch';
      case 'after-meeting':
        return 'continue the conversation';
      case 'introduced':
        return topic ? 'swap ideas' : 'stay in touch';
      case 'cold':
        return topic ? 'swap ideas' : 'learn more about your work';
      case 'former-colleague':
        return 'catch up and stay in touch';
      case 'close-contact':
        return 'keep in touch';
    }
  })();
  return { kind: 'verb', phrase };
}

/**
 * The user's reason with a plain one in front ("continue the conversation and grab
 * coffee"), for when the reason alone does not read as one to the review.
 */
export function withPlainReason(purpose: Purpose, relationship: RelationshipId): Purpose {
  const plain = defaultPurpose(relationship);
  const lead = plain.kind === 'verb' ? plain.phrase : 'stay in touch';
  switch (purpose.kind) {
    case 'verb':
      return { kind: 'verb', phrase: `${lead} and ${purpose.phrase}` };
    case 'noun':
      return { kind: 'verb', phrase: `${lead} and talk about ${purpose.phrase}` };
    case 'clause':
      return { kind: 'verb', phrase: `${lead}, as ${purpose.clause}` };
  }
}

function connect(parts: Parts): string {
  return RECONNECTING.has(parts.relationship) ? 'reconnect' : 'connect';
}

/** "at the XYZ event", "yesterday at the conference", "during the AI panel". */
function where(context: Extract<Context, { kind: 'place' }>, fallback = 'at'): string {
  if (context.prep) return `${context.prep} ${context.phrase}`;
  if (TIME_WORDS.test(context.phrase)) return context.phrase;
  if (/\b(?:call|video call|phone|zoom|podcast)\b/i.test(context.phrase))
    return `on ${context.phrase}`;
  return `${fallback} ${context.phrase}`;
}

const place = (parts: Parts) => (parts.context?.kind === 'place' ? parts.context : undefined);
const clause = (parts: Parts) =>
  parts.context?.kind === 'clause' ? parts.context.clause : undefined;

type Tone = 'plain' | 'warm' | 'exclaim';

/**
 * The memory jog as a clause (no capital, no full stop), or null when these parts have
 * nothing to jog with in this tone.
 */
function jog(parts: Parts, tone: Tone): string | null {
  const at = place(parts);
  const own = clause(parts);
  const { mutual, topic } = parts;
  switch (parts.relationship) {
    case 'met-briefly': {
      if (own) return own;
      if (at) {
        if (tone === 'plain') return `it was great to meet you ${where(at)}`;
        if (tone === 'exclaim') return `great meeting you ${where(at)}`;
        return topic
          ? `I enjoyed our chat about ${topic} ${where(at)}`
          : `I enjoyed meeting you ${where(at)}`;
      }
      if (topic) {
        if (tone === 'exclaim') return 'great meeting you';
        return `I enjoyed our chat about ${topic}`;
      }
      return null;
    }
    case 'after-meeting': {
      if (own) return own;
      const suffix = at ? ` ${where(at)}` : '';
      if (tone === 'plain') return `it was great meeting you${suffix}`;
      if (tone === 'exclaim') return `great meeting you${suffix}`;
      return `thank you for meeting with me${suffix}`;
    }
    case 'introduced': {
      const suffix = at ? ` ${where(at)}` : '';
      if (own) {
        if (!mutual || own.toLowerCase().includes(mutual.toLowerCase())) return own;
        return tone === 'warm'
          ? `our mutual connection ${mutual} introduced us, and ${own}`
          : `${mutual} introduced us, and ${own}`;
      }
      if (mutual) {
        if (tone === 'plain') return `it was great to be introduced to you by ${mutual}${suffix}`;
        if (tone === 'exclaim') return `I'm glad ${mutual} introduced us${suffix}`;
        return `our mutual connection ${mutual} introduced us${suffix}`;
      }
      if (at) {
        if (tone === 'warm') return `I was glad to be introduced to you${suffix}`;
        return `it was great to be introduced to you${suffix}`;
      }
      return null;
    }
    case 'cold': {
      if (own) return own;
      if (at) {
        if (!at.prep && /^your\b/i.test(at.phrase)) {
          return tone === 'warm' ? `I found ${at.phrase}` : `I came across ${at.phrase}`;
        }
        const how = where(at, 'through');
        return tone === 'warm'
          ? `I found your profile ${how}`
          : `I came across your profile ${how}`;
      }
      return null;
    }
    case 'former-colleague': {
      if (own) {
        if (/^we\b/i.test(own)) {
          return tone === 'warm'
            ? `I often think back to when ${own}`
            : `it's been a while since ${own}`;
        }
        return own;
      }
      const suffix = at ? ` ${where(at)}` : '';
      if (tone === 'warm') return `I have fond memories of working together${suffix}`;
      return `it's been a while since we worked together${suffix}`;
    }
    case 'close-contact': {
      if (own) {
        if (/^we\b/i.test(own)) return `it's been too long since ${own}`;
        return own;
      }
      if (at) {
        if (tone === 'warm') return `I still remember our time ${at.prep ?? 'at'} ${at.phrase}`;
        return `it's been too long since we were ${at.prep ?? 'at'} ${at.phrase} together`;
      }
      return tone === 'exclaim' ? null : `it's been too long`;
    }
  }
}

/** A sentence about the topic, when the jog did not already carry it. */
function topicSentence(parts: Parts, jogText: string | null): string | null {
  const { topic } = parts;
  if (!topic || jogText?.includes(topic)) return null;
  switch (parts.relationship) {
    case 'met-briefly':
    case 'after-meeting':
      return `I enjoyed our chat about ${topic}.`;
    case 'introduced':
    case 'cold':
      return `I'm keen to hear your thoughts on ${topic}.`;
    case 'former-colleague':
      return `I still remember our work on ${topic}.`;
    case 'close-contact':
      return `Hope all is well with ${topic}.`;
  }
}

/** "to share ideas", ", as I'm hiring", "about freelance projects". */
function why(purpose: Purpose): string {
  switch (purpose.kind) {
    case 'verb':
      return ` to ${purpose.phrase}`;
    case 'clause':
      return `, as ${purpose.clause}`;
    case 'noun':
      return ` about ${purpose.phrase}`;
  }
}

function sentences(...parts: (string | null | false | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .map(capitaliseFirst)
    .join(' ');
}

function closing(parts: Parts, lines: readonly [string, string]): string | null {
  return parts.closer === 0 ? null : (lines[parts.closer - 1] ?? null);
}

/** 1. The guide's classic: "Hi Leo, it was great to meet you at X. … I'd love to connect…" */
const classic: Variant = (parts) => {
  const jogText = jog(parts, 'plain');
  if (!jogText) return null;
  const at = place(parts);
  const fromEvent =
    parts.sender &&
    parts.relationship === 'met-briefly' &&
    at &&
    (at.prep === 'at' || (!at.prep && !TIME_WORDS.test(at.phrase)));
  let first: string;
  if (fromEvent) first = `Hi ${parts.name}, this is ${parts.sender} from ${at.phrase}.`;
  else if (parts.sender) first = `Hi ${parts.name}, this is ${parts.sender}, and ${jogText}.`;
  else first = `Hi ${parts.name}, ${jogText}.`;
  return sentences(
    first,
    topicSentence(parts, jogText),
    `I'd love to ${connect(parts)} on LinkedIn${why(parts.purpose)}.`,
    closing(
      parts,
      /\btouch\b/.test(why(parts.purpose))
        ? ['I look forward to connecting!', 'I look forward to connecting and hearing how you are!']
        : [
            'Looking forward to staying in touch!',
            'Looking forward to staying in touch and hearing more!',
          ],
    ),
  );
};

/** 2. Name last, warmly: "Great meeting you at X, Leo! … Let's connect on LinkedIn to …" */
const vocative: Variant = (parts) => {
  if (parts.sender) return null;
  let opening: string;
  let jogSentence: string | null = null;
  const jogText = jog(parts, 'exclaim');
  switch (parts.relationship) {
    case 'former-colleague':
      opening = `Hope you've been well, ${parts.name}!`;
      jogSentence = jog(parts, 'plain');
      break;
    case 'close-contact':
      opening = `Long time no see, ${parts.name}!`;
      jogSentence = jog(parts, 'exclaim');
      break;
    case 'cold':
      if (!jogText) return null;
      opening = `${parts.name}, ${jogText}.`;
      break;
    default:
      // "Great meeting you at X, Y, Leo!" would read as a list: keep the name clear.
      if (!jogText || jogText.includes(',')) return null;
      opening =
        clause(parts) || /^(?:we|I|you)\b/.test(jogText)
          ? `${parts.name}, ${jogText}.`
          : `${capitaliseFirst(jogText)}, ${parts.name}!`;
  }
  const ask =
    parts.purpose.kind === 'clause'
      ? `${capitaliseFirst(parts.purpose.clause)}, so let's ${connect(parts)} on LinkedIn.`
      : `Let's ${connect(parts)} on LinkedIn${why(parts.purpose)}.`;
  return sentences(
    opening,
    jogSentence && `${jogSentence}.`,
    topicSentence(parts, jogSentence ?? jogText),
    ask,
    !jogSentence &&
      closing(parts, ['Have a great week!', 'Hope you have a great rest of your week!']),
  );
};

/** 3. Personal and open: "Hello Leo, I enjoyed meeting you at X. Connecting here would…" */
const personal: Variant = (parts) => {
  const jogText = jog(parts, 'warm');
  if (!jogText) return null;
  const intro = parts.sender ? `I'm ${parts.sender}, and ` : '';
  const ask = ((): string => {
    switch (parts.purpose.kind) {
      case 'verb':
        return `Connecting here would be a great way to ${parts.purpose.phrase}.`;
      case 'clause':
        return `${capitaliseFirst(parts.purpose.clause)}, so it would be great to ${connect(parts)} with you here.`;
      case 'noun':
        return `I'd appreciate connecting here about ${parts.purpose.phrase}.`;
    }
  })();
  return sentences(
    `Hello ${parts.name}, ${intro}${jogText}.`,
    topicSentence(parts, jogText),
    ask,
    parts.purpose.kind !== 'clause' &&
      closing(parts, [
        'Please add me to your network!',
        'Please feel free to add me to your network!',
      ]),
  );
};

/** 4. Reason first: "Hi Leo, I'd love to connect on LinkedIn to …, since …" */
const reasonFirst: Variant = (parts) => {
  const jogText = jog(parts, 'plain');
  if (!jogText) return null;
  return sentences(
    `Hi ${parts.name}! ${capitaliseFirst(jogText)}.`,
    RECONNECTING.has(parts.relationship)
      ? `It would be great to reconnect on LinkedIn${why(parts.purpose)}.`
      : `I'd appreciate it if we connected on LinkedIn${why(parts.purpose)}.`,
    topicSentence(parts, jogText),
    closing(parts, [
      'I look forward to connecting!',
      'I look forward to connecting and staying in touch!',
    ]),
  );
};

export const VARIANTS: readonly Variant[] = [classic, vocative, personal, reasonFirst];
