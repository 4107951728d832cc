// The review modal's relationship changed: review again, update the modal in place.
import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import { isRelationshipId } from '../../../coach/relationships.js';
import { coachContext, reviewFor } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { decodeReviewText, reviewModal } from '../../views/review-modal.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>>;

export function reviewRelationship(deps: AppDeps) {
  return async ({ ack, body, action, client }: Args) => {
    await ack();
    const relationship = action.selected_option?.value;
    const view = body.view;
    if (!view || !isRelationshipId(relationship))
      throw new Error('review_relationship without a view or relationship');
    const text = decodeReviewText(view.private_metadata);
    if (!text) throw new Error('review modal without its text');
    const owner = { teamId: body.team?.id ?? body.user.team_id ?? '', userId: body.user.id };
    const ctx = await coachContext(deps, owner);
    const review = reviewFor(text, ctx, { relationship });
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: reviewModal({ text, review, mutedRules: ctx.settings.mutedRules }),
    });
  };
}
