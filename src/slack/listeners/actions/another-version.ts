// "Another version": the next variant replaces the draft in the same message (chat.update).
import { budgetWarning, coachContext, draftVariant } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { decodeAnotherVersion } from '../../draft-form.js';
import { draftMessage } from '../../views/draft-message.js';
import { type ActionArgs, ownerOf } from '../args.js';

export function anotherVersion(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs) => {
    await ack();
    const state = decodeAnotherVersion(action.value);
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    if (!state || !channel || !ts)
      throw new Error('another_version without a valid value or message');
    const owner = ownerOf(body);
    const ctx = await coachContext(deps, owner);
    const next = draftVariant(state.request, state.index + 1, ctx.history);
    await client.chat.update({
      channel,
      ts,
      ...draftMessage({
        request: state.request,
        index: next.index,
        draft: next.draft,
        mutedRules: ctx.settings.mutedRules,
        budgetWarning: budgetWarning(ctx, state.request.limit),
      }),
    });
  };
}
