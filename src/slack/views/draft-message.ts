// The DM with a drafted note: the draft ready to copy, its review as a checklist, the numbers,
// the free-account budget when it matters, and the buttons (I sent it, edit, another version).
import type { KnownBlock } from '@slack/web-api';
import { type DraftNote, guessGreeting } from '../../coach/draft.js';
import type { RuleId } from '../../coach/types.js';
import { type DraftRequest, encodeAnotherVersion, encodeEdit } from '../draft-form.js';
import { escapeMrkdwn } from '../escape.js';
import { ACTION } from '../ids.js';
import { TEXT } from '../messages.js';
import { context, divider, header, plain, section } from './blocks.js';
import { markSentButton } from './mark-sent-button.js';
import { checklist, noteBlock, reviewNumbers } from './review-blocks.js';

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

const M = TEXT.draftMessage;

export interface DraftMessageInput {
  request: DraftRequest;
  /** Which variant this is (0 = the recommended one). */
  index: number;
  /** The draft, with what the character limit forced out of it, if anything. */
  draft: DraftNote;
  mutedRules?: readonly RuleId[];
  /** A warning about the free account's five notes a month, when it applies. */
  budgetWarning?: string;
}

export function draftMessage(input: DraftMessageInput): { text: string; blocks: KnownBlock[] } {
  const { request, draft, index } = input;
  const blocks: KnownBlock[] = [
    header(M.header(request.name)),
    section(`*${index === 0 ? M.recommended : M.variant(index + 1)}*\n${noteBlock(draft.text)}`),
    reviewNumbers(draft.review),
  ];
  // Whatever the limit forced out is the user's to know about: they may want it back.
  if (draft.leftOut && draft.leftOut.length > 0) {
    const words = draft.leftOut.map((cut) => `“${escapeMrkdwn(cut)}”`).join(', ');
    blocks.push(context(M.leftOut(request.limit, words)));
  }
  const guessed = request.greetAs ? undefined : guessGreeting(request.name);
  // Only a guess that is not plainly the first name is worth a line ("Dr Raman", "Zhang Wei").
  if (guessed && guessed !== request.name.split(' ')[0])
    blocks.push(context(M.greeted(escapeMrkdwn(guessed))));
  if (input.budgetWarning) blocks.push(context(`:hourglass_flowing_sand: ${input.budgetWarning}`));
  blocks.push(section(`*${M.checklist}*`), ...checklist(draft.review, input.mutedRules), divider());
  blocks.push({
    type: 'actions',
    block_id: 'draft_actions',
    elements: [
      ...optional(
        markSentButton({
          name: request.name,
          relationship: request.relationship,
          note: draft.text,
        }),
      ),
      {
        type: 'button',
        action_id: ACTION.editDraft,
        text: plain(M.edit, 75),
        value: encodeEdit(
          { name: request.name, relationship: request.relationship, limit: request.limit },
          draft.text,
        ),
      },
      {
        type: 'button',
        action_id: ACTION.anotherVersion,
        text: plain(M.another, 75),
        value: encodeAnotherVersion({ request, index }),
      },
    ],
  });
  return { text: M.fallback(escapeMrkdwn(request.name)), blocks };
}
