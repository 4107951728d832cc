// `/connectnote [text]`: acknowledge, open the draft modal at once (the trigger id lives 3 s),
// with the limit from the user's saved account type when it is at hand in time.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { CharLimit } from '../../../coach/types.js';
import type { UserSettings } from '../../../tracking/types.js';
import type { AppDeps } from '../../deps.js';
import { slackToPlainText } from '../../escape.js';
import { draftModal } from '../../views/draft-modal.js';

/** How long views.open may wait for the saved settings before opening with the default. */
export const SETTINGS_WAIT_MS = 50;

export function limitFor(settings: Pick<UserSettings, 'accountType'> | undefined): CharLimit {
  return settings?.accountType === 'free' ? 200 : 300;
}

export function connectnoteCommand(deps: AppDeps) {
  return async ({ ack, body, client }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    const owner = { teamId: body.team_id, userId: body.user_id };
    const settings = deps.tracking.getSettings(owner);
    const early = await within(settings, SETTINGS_WAIT_MS);
    const context = slackToPlainText(body.text ?? '') || undefined;
    const limit = limitFor(early);
    const opened = await client.views.open({
      trigger_id: body.trigger_id,
      view: draftModal({ context, limit }),
    });
    if (early) return;
    // The settings came late: correct the limit in place if it differs.
    const late = await settings.catch((error: unknown) => {
      deps.logger.warn('settings unavailable; the draft modal keeps the default limit', error);
      return undefined;
    });
    const view = opened.view;
    if (!late || limitFor(late) === limit || !view?.id) return;
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: draftModal({ context, limit: limitFor(late) }),
    });
  };
}

/** The promise's value if it settles successfully within `ms`, else undefined. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
