// "Edit & re-check": the note in an editable box; on submit the modal shows its review below.
import type { KnownBlock, ModalView } from '@slack/web-api';
import type { Review, RuleId } from '../../coach/types.js';
import { encodeTarget, type ReviewTarget } from '../draft-form.js';
import { ACTION, CALLBACK, EDIT_INPUT, encodeMarkSent } from '../ids.js';
import { TEXT } from '../messages.js';
import { divider, plain, section } from './blocks.js';
import { checklist, reviewNumbers } from './review-blocks.js';

const E = TEXT.editModal;
export const MAX_TRACKED_NOTE = 1500;

export function editModal(input: {
  note: string;
  target: ReviewTarget;
  review?: Review;
  mutedRules?: readonly RuleId[];
}): ModalView {
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: EDIT_INPUT.note,
      label: plain(E.label),
      hint: plain(E.hint),
      element: {
        type: 'plain_text_input',
        action_id: EDIT_INPUT.note,
        multiline: true,
        initial_value: input.note.slice(0, 3000),
      },
    },
  ];
  if (input.review) {
    blocks.push(
      divider(),
      reviewNumbers(input.review),
      ...checklist(input.review, input.mutedRules),
    );
    if (input.note.length <= MAX_TRACKED_NOTE) {
      blocks.push({
        type: 'actions',
        block_id: 'edit_actions',
        elements: [
          {
            type: 'button',
            action_id: ACTION.markSent,
            style: 'primary',
            text: plain(TEXT.draftMessage.markSent, 75),
            value: encodeMarkSent({
              name: input.target.name,
              relationship: input.review.relationship,
              note: input.note,
            }),
          },
        ],
      });
    } else {
      blocks.push(section(TEXT.reviewModal.tooLongToTrack));
    }
  }
  return {
    type: 'modal',
    callback_id: CALLBACK.editModal,
    title: plain(E.title, 24),
    submit: plain(E.submit, 24),
    close: plain(E.close, 24),
    private_metadata: encodeTarget(input.target),
    blocks,
  };
}
