// Fits each variant to the limits: tries the fullest version first, then drops or shortens
// optional parts in order of least loss, and keeps the first version the review passes.

import { RELATIONSHIPS } from '../relationships.js';
import type { Draft, Review, ReviewOptions } from '../types.js';
import { type DraftField, DraftInputError } from './errors.js';
import type { Context, Purpose } from './normalize.js';
import { shortenings } from './shorten.js';
import { type Parts, VARIANTS, type Variant, withPlainReason } from './templates.js';

export type Reviewer = (text: string, options: ReviewOptions) => Review;

/** Cleaned input: what the templates may say, and how the review is to be called. */
export interface Plan {
  base: Omit<Parts, 'context' | 'topic' | 'purpose' | 'closer' | 'sender'>;
  sender?: string;
  context?: Context;
  topic?: string;
  purpose?: Purpose;
  defaultPurpose: (topic?: string) => Purpose;
  limit: number;
  reviewOptions: ReviewOptions;
  /** The user's own wording per field, to say which one to shorten or fix. */
  fields: Partial<Record<DraftField, string>>;
}

interface Option<T> {
  value: T;
  /** How much of what the user said this option leaves out (0 = all of it). */
  loss: number;
}

function contextOptions(context: Context | undefined): Option<Context | undefined>[] {
  if (!context) return [{ value: undefined, loss: 0 }];
  const full = context.kind === 'place' ? context.phrase : context.clause;
  return shortenings(full, context.kind === 'clause' ? 3 : 1).map((form) => ({
    value:
      context.kind === 'place' ? { ...context, phrase: form } : { kind: 'clause', clause: form },
    loss: (full.length - form.length) * 3,
  }));
}

function purposeOptions(
  purpose: Purpose | undefined,
  relationship: Plan['base']['relationship'],
): Option<Purpose | undefined>[] {
  if (!purpose) return [{ value: undefined, loss: 0 }];
  const full = purpose.kind === 'clause' ? purpose.clause : purpose.phrase;
  const forms = shortenings(full, 2).map((form) => ({
    value: (purpose.kind === 'clause'
      ? { kind: 'clause', clause: form }
      : { ...purpose, phrase: form }) as Purpose,
    loss: (full.length - form.length) * 3,
  }));
  // Tried after the user's own wording: the same reason led by a plain one.
  const led = forms.map((form) => ({
    value: withPlainReason(form.value, relationship),
    loss: form.loss + 60,
  }));
  return [...forms, ...led];
}

function topicOptions(topic: string | undefined): Option<string | undefined>[] {
  if (!topic) return [{ value: undefined, loss: 0 }];
  return [
    ...shortenings(topic, 2).map((form) => ({
      value: form,
      loss: (topic.length - form.length) * 2,
    })),
    { value: undefined, loss: topic.length * 2 + 5 },
  ];
}

/** Every way to assemble the parts, least loss first. */
function attempts(plan: Plan): Parts[] {
  const senders: Option<string | undefined>[] = plan.sender
    ? [
        { value: plan.sender, loss: 0 },
        { value: undefined, loss: 8 },
      ]
    : [{ value: undefined, loss: 0 }];
  // Shortest first among the closers that fit: a longer one only to reach the word target.
  const closers: Option<0 | 1 | 2>[] = [
    { value: 1, loss: 0 },
    { value: 0, loss: 1 },
    { value: 2, loss: 2 },
  ];
  const all: { parts: Parts; loss: number }[] = [];
  for (const context of contextOptions(plan.context)) {
    for (const purpose of purposeOptions(plan.purpose, plan.base.relationship)) {
      for (const topic of topicOptions(plan.topic)) {
        for (const sender of senders) {
          for (const closer of closers) {
            all.push({
              parts: {
                ...plan.base,
                context: context.value,
                topic: topic.value,
                purpose: purpose.value ?? plan.defaultPurpose(topic.value),
                sender: sender.value,
                closer: closer.value,
              },
              loss: context.loss + purpose.loss + topic.loss + sender.loss + closer.loss,
            });
          }
        }
      }
    }
  }
  return all.sort((a, b) => a.loss - b.loss).map((attempt) => attempt.parts);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A cheap first count, to skip reviewing notes with too many sentences ("Dr." is not one). */
function countSentences(text: string): number {
  const plain = text.replace(/\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Jr|Sr|vs|etc|e\.g|i\.e)\./gi, '');
  return (plain.match(/[.!?]+(?=\s|$)/g) ?? []).length;
}

/** True when the review has nothing to say worse than a tip, inside the targets. */
export function passes(review: Review, limit: number): boolean {
  return (
    review.findings.every((finding) => finding.severity === 'info') &&
    review.words >= review.wordTarget.min &&
    review.words <= review.wordTarget.max &&
    review.chars <= limit
  );
}

const MAX_REVIEWS_PER_VARIANT = 150;

interface Outcome {
  drafts: Draft[];
  /** The review of the closest miss, to explain a failure. */
  nearest?: { text: string; review: Review };
  tooLong: boolean;
}

function fitVariant(
  variant: Variant,
  candidates: Parts[],
  plan: Plan,
  taken: Set<string>,
  reviewer: Reviewer,
  poison: Set<string>,
) {
  const target = RELATIONSHIPS[plan.base.relationship].wordTarget;
  let reviews = 0;
  let nearest: Outcome['nearest'];
  let sawShortEnough = false;
  const seen = new Set<string>();
  for (const parts of candidates) {
    const text = variant(parts);
    if (text === null || seen.has(text) || taken.has(text)) continue;
    seen.add(text);
    if (text.length > plan.limit) continue;
    sawShortEnough = true;
    const words = countWords(text);
    if (words < target.min || words > target.max || countSentences(text) > 3) continue;
    const lower = text.toLowerCase();
    if ([...poison].some((excerpt) => lower.includes(excerpt))) continue;
    const review = reviewer(text, plan.reviewOptions);
    reviews += 1;
    if (passes(review, plan.limit)) return { draft: { text, review }, sawShortEnough };
    if (!nearest) nearest = { text, review };
    for (const excerpt of userExcerpts(review, plan)) poison.add(excerpt);
    if (reviews >= MAX_REVIEWS_PER_VARIANT) break;
  }
  return { nearest, sawShortEnough };
}

/**
 * Words of the user's that the review objected to ("confrence", "pls"): every version
 * still containing them would fail the same way, so they are not reviewed again.
 */
function userExcerpts(review: Review, plan: Plan): string[] {
  const fields = Object.values(plan.fields).map((value) => value.toLowerCase());
  return review.findings
    .filter((finding) => finding.severity !== 'info' && finding.excerpt)
    .map((finding) => (finding.excerpt ?? '').toLowerCase())
    .filter((excerpt) => excerpt.length > 1 && fields.some((field) => field.includes(excerpt)));
}

/** Up to `count` distinct drafts that pass their own review, or an error saying why not. */
export function compose(plan: Plan, count: number, reviewer: Reviewer): Draft[] {
  const candidates = attempts(plan);
  const drafts: Draft[] = [];
  const taken = new Set<string>();
  const poison = new Set<string>();
  let nearest: Outcome['nearest'];
  let anyShortEnough = false;
  for (const variant of VARIANTS) {
    if (drafts.length >= count) break;
    const result = fitVariant(variant, candidates, plan, taken, reviewer, poison);
    anyShortEnough ||= result.sawShortEnough;
    if ('draft' in result && result.draft) {
      drafts.push(result.draft);
      taken.add(result.draft.text);
    } else nearest ??= result.nearest;
  }
  if (drafts.length > 0) return drafts;
  throw explain(plan, nearest, anyShortEnough);
}

function longestField(plan: Plan): DraftField | undefined {
  const optional: DraftField[] = ['context', 'purpose', 'topic', 'mutual', 'sender', 'name'];
  let best: DraftField | undefined;
  let bestLength = 0;
  for (const field of optional) {
    const length = plan.fields[field]?.length ?? 0;
    if (length > bestLength) {
      best = field;
      bestLength = length;
    }
  }
  return best;
}

function explain(
  plan: Plan,
  nearest: Outcome['nearest'],
  anyShortEnough: boolean,
): DraftInputError {
  if (!anyShortEnough) {
    const field = longestField(plan);
    if (field && (plan.fields[field]?.length ?? 0) > 40) {
      return new DraftInputError(
        field,
        `${field} is too long to fit a ${plan.limit}-character note even shortened; shorten the ${field}`,
      );
    }
    return new DraftInputError(
      'limit',
      `a ${plan.limit}-character limit is too short for a note with a greeting, context and a call to action`,
    );
  }
  const findings = nearest?.review.findings.filter((finding) => finding.severity !== 'info') ?? [];
  // A finding about words the user typed says best what to change.
  for (const finding of findings) {
    const excerpt = finding.excerpt?.toLowerCase();
    if (!excerpt) continue;
    const field = (Object.keys(plan.fields) as DraftField[]).find((key) =>
      plan.fields[key]?.toLowerCase().includes(excerpt),
    );
    if (!field) continue;
    const suggestion = finding.suggestion?.replace(/\.$/, '');
    const hint =
      !suggestion || finding.message.includes(suggestion)
        ? ''
        : suggestion.split(' ').length <= 3
          ? `; try "${suggestion}"`
          : `; ${suggestion}`;
    return new DraftInputError(
      field,
      `the ${field} trips the ${finding.ruleId} check at "${finding.excerpt}": ${finding.message.replace(/\.$/, '')}${hint}`,
    );
  }
  const blocking = findings[0];
  const field = longestField(plan) ?? 'context';
  const why = blocking ? ` (${blocking.ruleId}: ${blocking.message.replace(/\.$/, '')})` : '';
  return new DraftInputError(
    field,
    `could not write a note that passes its own review${why}; try rewording the ${field}`,
  );
}
