// `/connectnote [text]`: acknowledge, open the draft modal at once (the trigger id lives 3 s).
// Nothing waits on the store first: the limit comes from the settings this process already
// knows, and the saved settings, read afterwards, correct it in place if they differ.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CharLimit } from '../../../coach/types.js';
import type { UserSettings } from '../../../tracking/types.js';
import type { AppDeps } from '../../deps.js';
import { slackToPlainText } from '../../escape.js';
import { draftModal } from '../../views/draft-modal.js';

export function limitFor(settings: Pick<UserSettings, 'accountType'> | undefined): CharLimit {
  return settings?.accountType === 'free' ? 200 : 300;
}

export function connectnoteCommand(deps: AppDeps) {
  return async ({ ack, body, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const owner = { teamId: body.team_id, userId: body.user_id };
    const context = slackToPlainText(body.text ?? '') || undefined;
    const limit = limitFor(deps.tracking.knownSettings(owner));
    const opened = await client.views.open({
      trigger_id: body.trigger_id,
      view: draftModal({ context, limit }),
    });
    const saved = await deps.tracking.getSettings(owner).catch((error: unknown) => {
      deps.logger.warn('settings unavailable; the draft modal keeps the default limit', error);
      return undefined;
    });
    const view = opened.view;
    if (!saved || limitFor(saved) === limit || !view?.id) return;
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: draftModal({ context, limit: limitFor(saved) }),
    });
  };
}
