// The review modal's relationship changed: review again, update the modal in place.
import type { BlockAction, StaticSelectAction } from '@slack/bolt';
import { isRelationshipId } from '../../../coach/relationships.js';
import { coachContext, reviewFor } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { decodeReviewText, reviewModal } from '../../views/review-modal.js';
import { type ActionArgs, ownerOf } from '../args.js';

export function reviewRelationship(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs<BlockAction<StaticSelectAction>>) => {
    await ack();
    const relationship = action.selected_option?.value;
    const view = body.view;
    if (!view || !isRelationshipId(relationship))
      throw new Error('review_relationship without a view or relationship');
    const text = decodeReviewText(view.private_metadata);
    if (!text) throw new Error('review modal without its text');
    const owner = ownerOf(body);
    const ctx = await coachContext(deps, owner);
    const review = reviewFor(text, ctx, { relationship });
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: reviewModal({ text, review, mutedRules: ctx.settings.mutedRules }),
    });
  };
}
