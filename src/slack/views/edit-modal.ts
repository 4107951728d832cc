// "Edit & re-check": the note in an editable box; on submit the modal shows its review below.
import type { KnownBlock, ModalView } from '@slack/web-api';
import type { Review, RuleId } from '../../coach/types.js';
import { encodeTarget, type ReviewTarget } from '../draft-form.js';
import { CALLBACK, EDIT_INPUT } from '../ids.js';
import { TEXT } from '../messages.js';
import { divider, plain, section, sections } from './blocks.js';
import { markSentButton } from './mark-sent-button.js';
import { checklist, markedText, reviewNumbers } from './review-blocks.js';

const E = TEXT.editModal;

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
    if (input.review.findings.some((finding) => finding.start !== undefined)) {
      blocks.push(
        section(`*${TEXT.review.marked}*`),
        ...sections(markedText(input.note, input.review)),
      );
    }
    const button = markSentButton({
      name: input.target.name,
      relationship: input.review.relationship,
      note: input.note,
    });
    blocks.push(
      button
        ? { type: 'actions', block_id: 'edit_actions', elements: [button] }
        : section(TEXT.reviewModal.tooLongToTrack),
    );
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
