// "Edit & re-check" submitted: the edited note reviewed, shown in the same modal.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { coachContext, reviewFor } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { decodeTarget } from '../../draft-form.js';
import { EDIT_INPUT } from '../../ids.js';
import { TEXT } from '../../messages.js';
import { editModal } from '../../views/edit-modal.js';
import { MAX_REVIEW_CHARS } from '../../views/review-modal.js';
import { ownerOf } from '../args.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export function editSubmission(deps: AppDeps) {
  return async ({ ack, body, view }: Args) => {
    const note = (view.state.values[EDIT_INPUT.note]?.[EDIT_INPUT.note]?.value ?? '').trim();
    if (!note) {
      await ack({ response_action: 'errors', errors: { [EDIT_INPUT.note]: TEXT.editModal.empty } });
      return;
    }
    if (note.length > MAX_REVIEW_CHARS) {
      await ack({
        response_action: 'errors',
        errors: { [EDIT_INPUT.note]: TEXT.editModal.tooLong(MAX_REVIEW_CHARS) },
      });
      return;
    }
    const target = decodeTarget(view.private_metadata);
    if (!target) throw new Error('edit modal without a valid private_metadata');
    const owner = ownerOf(body);
    const ctx = await coachContext(deps, owner);
    const review = reviewFor(note, ctx, target);
    await ack({
      response_action: 'update',
      view: editModal({ note, target, review, mutedRules: ctx.settings.mutedRules }),
    });
  };
}
