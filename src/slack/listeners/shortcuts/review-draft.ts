// "Review this draft" on a message: its text, stripped of Slack markup, reviewed in a modal.
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { coachContext, reviewFor } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { slackToPlainText } from '../../escape.js';
import { MAX_REVIEW_CHARS, reviewModal, reviewRefusal } from '../../views/review-modal.js';
import { ownerOf } from '../args.js';

type Args = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

export function reviewDraftShortcut(deps: AppDeps) {
  return async ({ ack, shortcut, client }: Args) => {
    await ack();
    const text = slackToPlainText(shortcut.message.text ?? '');
    if (!text || text.length > MAX_REVIEW_CHARS) {
      await client.views.open({
        trigger_id: shortcut.trigger_id,
        view: reviewRefusal(text ? 'too-long' : 'empty'),
      });
      return;
    }
    const owner = ownerOf(shortcut);
    const ctx = await coachContext(deps, owner);
    const review = reviewFor(text, ctx, {});
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: reviewModal({ text, review, mutedRules: ctx.settings.mutedRules }),
    });
  };
}
