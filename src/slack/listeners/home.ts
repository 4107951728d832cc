// The App Home: published on `app_home_opened`, and its own controls (record an outcome, settings,
// delete my data). Every change re-publishes the Home so it always shows what is stored.
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  MultiStaticSelectAction,
  OverflowAction,
  SlackEventMiddlewareArgs,
  StaticSelectAction,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { RULE_IDS, type RuleId } from '../../coach/types.js';
import type { Owner } from '../../tracking/types.js';
import type { AppDeps } from '../deps.js';
import { decodeHomeChoice, HOME_ACTION, homeView, REMINDER_DAY_CHOICES } from '../views/home.js';
import { type ActionArgs, ownerOf } from './args.js';
import { onAction, safely } from './safely.js';
import { refused, sendAcceptedFollowUps } from './tracking.js';

export async function publishHome(
  client: WebClient,
  deps: AppDeps,
  owner: Owner,
  notice?: string,
  page = 0,
) {
  const data = await deps.tracking.home(owner, deps.clock.now());
  await client.views.publish({
    user_id: owner.userId,
    view: homeView(data, deps.clock.now(), notice, page),
  });
}

export function homePageTurn(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs<BlockAction<ButtonAction>>) => {
    await ack();
    // homeView clamps the page to those there are.
    await publishHome(client, deps, ownerOf(body), undefined, Number(action.value));
  };
}

export function homeOpened(deps: AppDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab && event.tab !== 'home') return;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id ?? '';
    await publishHome(client, deps, { teamId, userId: event.user });
  };
}

export function homeOutcome(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs<BlockAction<OverflowAction>>) => {
    await ack();
    const owner = ownerOf(body);
    const picked = decodeHomeChoice(action.selected_option?.value);
    if (!picked) return;
    const now = deps.clock.now();
    const result =
      picked.choice === 'snooze'
        ? await deps.tracking.snooze(owner, picked.id, now)
        : await deps.tracking.setOutcome(owner, picked.id, picked.choice, now);
    if (await refused(client, body, result)) return;
    if (result.ok && picked.choice === 'accepted')
      await sendAcceptedFollowUps(client, body, result.request);
    await publishHome(client, deps, owner);
  };
}

export function homeAccountType(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs<BlockAction<StaticSelectAction>>) => {
    await ack();
    const value = action.selected_option?.value;
    if (value !== 'premium' && value !== 'free') return;
    const owner = ownerOf(body);
    await deps.tracking.updateSettings(owner, { accountType: value });
    await publishHome(client, deps, owner);
  };
}

export function homeReminderDays(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs<BlockAction<StaticSelectAction>>) => {
    await ack();
    const days = Number(action.selected_option?.value);
    const allowed = [...REMINDER_DAY_CHOICES, deps.config.reminderAfterDays];
    if (!allowed.includes(days)) return;
    const owner = ownerOf(body);
    await deps.tracking.updateSettings(owner, { reminderAfterDays: days });
    await publishHome(client, deps, owner);
  };
}

export function homeMutedRules(deps: AppDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: ActionArgs<BlockAction<MultiStaticSelectAction>>) => {
    await ack();
    const rules = (action.selected_options ?? [])
      .map((o) => o.value)
      .filter((v): v is RuleId => (RULE_IDS as readonly string[]).includes(v));
    const owner = ownerOf(body);
    await deps.tracking.updateSettings(owner, { mutedRules: [...new Set(rules)] });
    await publishHome(client, deps, owner);
  };
}

export function homeDeleteData(deps: AppDeps) {
  return async ({ ack, body, client }: ActionArgs<BlockAction<ButtonAction>>) => {
    await ack();
    const owner = ownerOf(body);
    const { requests } = await deps.tracking.deleteUserData(owner);
    await publishHome(
      client,
      deps,
      owner,
      `:wastebasket: Done: I deleted ${requests === 1 ? '1 tracked request' : `${requests} tracked requests`} and your settings.`,
    );
  };
}

/**
 * The Home's controls act only when clicked on the Home view: a button with a Home action id
 * put into a message (by anyone who can post one) must not run "Delete my data".
 */
export function homeOnly<A extends ActionArgs<BlockAction>>(
  deps: AppDeps,
  handler: (args: A) => Promise<void>,
) {
  return async (args: A) => {
    const view = (args.body as { view?: { type?: string } }).view;
    if (view?.type !== 'home') {
      await args.ack();
      deps.logger.warn(`refused ${args.action.action_id}: it was not clicked on the App Home`);
      return;
    }
    await handler(args);
  };
}

const registered = new WeakSet<App>();

/** Registers once per app, so a second call (the registry and a test both wiring it) is harmless. */
export function registerHomeListeners(app: App, deps: AppDeps): void {
  if (registered.has(app)) return;
  registered.add(app);
  app.event('app_home_opened', safely(deps, 'event app_home_opened', homeOpened(deps)));
  // The Home's controls act only when clicked on the Home (homeOnly).
  const onHomeAction = <A extends BlockAction>(
    id: string,
    handler: (args: ActionArgs<A>) => Promise<void>,
  ) => onAction(app, deps, id, homeOnly(deps, handler));
  onHomeAction(HOME_ACTION.outcome, homeOutcome(deps));
  onHomeAction(HOME_ACTION.accountType, homeAccountType(deps));
  onHomeAction(HOME_ACTION.reminderDays, homeReminderDays(deps));
  onHomeAction(HOME_ACTION.mutedRules, homeMutedRules(deps));
  onHomeAction(HOME_ACTION.deleteData, homeDeleteData(deps));
  onHomeAction(HOME_ACTION.page, homePageTurn(deps));
}
