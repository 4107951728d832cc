// "Review this draft": the relationship (inferred, changeable), the numbers, each finding with
// its words, the text with its problems marked, the corrected version, and "I sent it".
import type { KnownBlock, ModalView } from '@slack/web-api';
import type { Review, RuleId } from '../../coach/types.js';
import { inertJson } from '../encoding.js';
import { ACTION, CALLBACK } from '../ids.js';
import { TEXT } from '../messages.js';
import { context, LIMITS, plain, section, sections } from './blocks.js';
import { relationshipOptions } from './draft-modal.js';
import { markSentButton } from './mark-sent-button.js';
import { noticeModal } from './notice-modal.js';
import { checklist, markedText, noteBlock, reviewNumbers } from './review-blocks.js';

const R = TEXT.review;
const M = TEXT.reviewModal;

/** The most a message may hold to be reviewed (it travels in private_metadata). */
export const MAX_REVIEW_CHARS = 3000;

export function reviewModal(input: {
  text: string;
  review: Review;
  mutedRules?: readonly RuleId[];
}): ModalView {
  const { text, review } = input;
  const options = relationshipOptions();
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: ACTION.reviewRelationship,
      text: { type: 'mrkdwn', text: `*${R.relationship}*` },
      accessory: {
        type: 'static_select',
        action_id: ACTION.reviewRelationship,
        options,
        initial_option: options.find((o) => o.value === review.relationship),
      },
    },
  ];
  if (review.relationshipInferred) blocks.push(context(R.inferred));
  if (review.findings.some((f) => f.ruleId === 'language')) blocks.push(context(R.englishOnly));
  blocks.push(
    reviewNumbers(review),
    section(`*${R.findings}*`),
    ...checklist(review, input.mutedRules),
  );
  blocks.push(section(`*${R.marked}*`), ...sections(markedText(text, review)));
  if (review.corrected) {
    blocks.push(section(`*${R.corrected}*`), ...sections(noteBlock(review.corrected)));
  }
  const button = markSentButton({
    name: review.name,
    relationship: review.relationship,
    note: text,
  });
  blocks.push(
    button
      ? { type: 'actions', block_id: 'review_actions', elements: [button] }
      : context(M.tooLongToTrack),
  );
  return {
    type: 'modal',
    callback_id: CALLBACK.reviewModal,
    title: plain(M.title, 24),
    close: plain(M.close, 24),
    private_metadata: encodeReviewText(text),
    blocks,
  };
}

/** Nothing to review, or too much: a short explanation instead. */
export function reviewRefusal(reason: 'empty' | 'too-long'): ModalView {
  return noticeModal(reason === 'empty' ? M.noText : M.tooLong(MAX_REVIEW_CHARS), M.title);
}

/**
 * The text travels in private_metadata to be reviewed again when the relationship changes:
 * as inert JSON when that fits Slack's 3,000 characters, else as it is (it is never shown).
 */
export function encodeReviewText(text: string): string {
  const json = inertJson(text);
  return json.length <= LIMITS.privateMetadata ? json : text;
}

export function decodeReviewText(metadata: string | undefined): string | undefined {
  if (!metadata) return undefined;
  if (metadata.startsWith('"')) {
    try {
      const text: unknown = JSON.parse(metadata);
      if (typeof text === 'string') return text;
    } catch {
      // Not JSON after all: a raw text that starts with a quote.
    }
  }
  return metadata;
}
