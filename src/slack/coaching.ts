// What the Slack surfaces ask of the coach and of tracking, with the user's context applied.
import type { Draft, RelationshipId, Review } from '../coach/types.js';
import type { CoachContext, Owner } from '../tracking/types.js';
import { draft, MAX_VARIANTS, review } from './coach.js';
import type { AppDeps } from './deps.js';
import type { DraftRequest } from './draft-form.js';
import { TEXT } from './messages.js';

/** LinkedIn's allowance of personalised notes a month on a free account (docs/reference.md §2). */
export const FREE_NOTES_PER_MONTH = 5;
/** How long a listener waits for the user's history and settings before going on without. */
export const CONTEXT_WAIT_MS = 1_000;

const EMPTY_CONTEXT: CoachContext = {
  settings: { accountType: 'premium', mutedRules: [] },
  history: [],
  notesSentThisMonth: 0,
};

/** The user's settings and history; a slow or failing store yields defaults (logged). */
export async function coachContext(deps: AppDeps, owner: Owner): Promise<CoachContext> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CONTEXT_WAIT_MS);
  });
  try {
    const result = await Promise.race([
      deps.tracking.coachContext(owner, deps.clock.now()),
      timeout,
    ]);
    if (result === 'timeout') {
      deps.logger.warn('tracking was slow; coaching without the user’s history', owner);
      return EMPTY_CONTEXT;
    }
    return result;
  } catch (error) {
    deps.logger.warn('tracking failed; coaching without the user’s history', owner, error);
    return EMPTY_CONTEXT;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The `index`-th variant for the request (the drafter's variants come in a fixed order, so the
 * first n are the same whatever n), or the first again when there are no more.
 */
export function draftVariant(
  request: DraftRequest,
  index: number,
  history: readonly string[],
): { draft: Draft; index: number } {
  if (index >= MAX_VARIANTS) index = 0;
  const drafts = draft({ ...request, variants: index + 1, history }).drafts;
  const found = drafts[index];
  if (found) return { draft: found, index };
  const first = drafts[0] ?? draft({ ...request, variants: 1, history }).drafts[0];
  if (!first) throw new Error('the drafter returned no draft');
  return { draft: first, index: 0 };
}

export function reviewFor(
  text: string,
  ctx: CoachContext,
  options: { relationship?: RelationshipId; name?: string; limit?: number },
): Review {
  return review(text, {
    ...options,
    limit: options.limit ?? (ctx.settings.accountType === 'free' ? 200 : 300),
    history: ctx.history,
    mutedRules: ctx.settings.mutedRules,
  });
}

/** For a free account (or the 200-character limit): a word before the fifth note is spent. */
export function budgetWarning(ctx: CoachContext, limit: number): string | undefined {
  if (ctx.settings.accountType !== 'free' && limit !== 200) return undefined;
  const sent = ctx.notesSentThisMonth;
  if (sent >= FREE_NOTES_PER_MONTH) return TEXT.budget.spent(sent);
  if (sent === FREE_NOTES_PER_MONTH - 1) return TEXT.budget.last;
  return undefined;
}
