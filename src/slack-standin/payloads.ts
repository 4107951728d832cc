// Builders for what Slack sends an app: the fields and shapes of real payloads, with defaults
// for everything a test does not care about.
import { randomBytes } from 'node:crypto';

export interface Who {
  teamId?: string;
  teamDomain?: string;
  userId?: string;
  userName?: string;
  appId?: string;
  /** Enterprise Grid: the org the workspace belongs to. */
  enterpriseId?: string;
  /** The app is installed org-wide (Enterprise Grid): payloads say so, and events carry no team in their authorization. */
  isEnterpriseInstall?: boolean;
  /** Leave the `team` object out (null), as Slack does in some org-wide payloads. */
  teamAbsent?: boolean;
}

const DEFAULTS = {
  teamId: 'T0STANDIN',
  teamDomain: 'connectnote-playground',
  userId: 'U0ALICE',
  userName: 'alice',
  appId: 'A0CONNECTNOTE',
} satisfies Required<Omit<Who, 'enterpriseId' | 'isEnterpriseInstall' | 'teamAbsent'>>;

export function fakeTriggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e10)}.${randomBytes(16).toString('hex')}`;
}

function who(w: Who = {}) {
  return { ...DEFAULTS, ...w };
}

function team(w: ReturnType<typeof who>) {
  return w.teamAbsent ? null : { id: w.teamId, domain: w.teamDomain };
}

/** `enterprise` and `is_enterprise_install`, as interactivity payloads carry them. */
function grid(w: ReturnType<typeof who>) {
  return {
    is_enterprise_install: Boolean(w.isEnterpriseInstall),
    enterprise: w.enterpriseId ? { id: w.enterpriseId, name: `Org ${w.enterpriseId}` } : null,
  };
}

function user(w: ReturnType<typeof who>) {
  return { id: w.userId, username: w.userName, name: w.userName, team_id: w.teamId };
}

function actionTs(): string {
  return (Date.now() / 1000).toFixed(6);
}

// ------------------------------------------------------------------ slash command

export interface SlashCommandArgs extends Who {
  command?: string;
  text?: string;
  channelId?: string;
  channelName?: string;
  triggerId?: string;
  responseUrl?: string;
}

/** The form fields of a slash command, as Slack posts them. */
export function slashCommand(args: SlashCommandArgs = {}): Record<string, string> {
  const w = who(args);
  return {
    token: 'deprecated-verification-token',
    team_id: w.teamId,
    team_domain: w.teamDomain,
    channel_id: args.channelId ?? 'C0GENERAL',
    channel_name: args.channelName ?? 'general',
    user_id: w.userId,
    user_name: w.userName,
    command: args.command ?? '/connectnote',
    text: args.text ?? '',
    api_app_id: w.appId,
    is_enterprise_install: String(Boolean(w.isEnterpriseInstall)),
    ...(w.enterpriseId
      ? { enterprise_id: w.enterpriseId, enterprise_name: `Org ${w.enterpriseId}` }
      : {}),
    response_url: args.responseUrl ?? 'https://hooks.slack.com/commands/T0STANDIN/1/standin',
    trigger_id: args.triggerId ?? fakeTriggerId(),
  };
}

// ------------------------------------------------------------------ views and their state

/** A view as Slack sends it back in interaction payloads (what the stand-in stores). */
export interface ViewLike {
  id: string;
  callback_id?: string;
  private_metadata?: string;
  hash?: string;
  blocks?: unknown[];
  [field: string]: unknown;
}

type Element = {
  type?: string;
  action_id?: string;
  initial_value?: unknown;
  initial_option?: unknown;
  initial_options?: unknown[];
  options?: Option[];
  option_groups?: Array<{ options?: Option[] }>;
};
type Option = { text?: unknown; value?: string };
type Block = {
  type?: string;
  block_id?: string;
  element?: Element;
  accessory?: Element;
  elements?: Element[];
};

/**
 * The `view.state.values` Slack would send for `view` after the user entered `inputs`
 * (keyed by block_id; for selects the option value). Inputs not given keep their initial value,
 * as in Slack; an empty text input is `null`.
 */
export function viewState(
  view: ViewLike,
  inputs: Record<string, string | string[] | undefined> = {},
): Record<string, Record<string, unknown>> {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of (view.blocks ?? []) as Block[]) {
    if (block.type !== 'input' || !block.block_id || !block.element?.action_id) continue;
    const element = block.element;
    const given = inputs[block.block_id];
    values[block.block_id] = {
      [element.action_id as string]: elementState(element, given),
    };
  }
  return values;
}

function elementState(element: Element, given: string | string[] | undefined): unknown {
  const type = element.type ?? 'plain_text_input';
  const options = [
    ...(element.options ?? []),
    ...(element.option_groups ?? []).flatMap((group) => group.options ?? []),
  ];
  const option = (value: string) =>
    options.find((candidate) => candidate.value === value) ?? {
      text: { type: 'plain_text', text: value },
      value,
    };
  switch (type) {
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return {
        type,
        selected_option:
          given !== undefined ? option(String(given)) : (element.initial_option ?? null),
      };
    case 'checkboxes':
    case 'multi_static_select':
      return {
        type,
        selected_options:
          given !== undefined
            ? (Array.isArray(given) ? given : [given]).map(option)
            : (element.initial_options ?? []),
      };
    default: {
      const value = given !== undefined ? String(given) : element.initial_value;
      return { type, value: value === undefined || value === '' ? null : value };
    }
  }
}

export interface ViewSubmissionArgs extends Who {
  view: ViewLike;
  /** What the user typed or picked, keyed by block_id (see `viewState`). */
  inputs?: Record<string, string | string[] | undefined>;
  /** Or the exact state values. */
  values?: Record<string, Record<string, unknown>>;
  triggerId?: string;
}

export function viewSubmission(args: ViewSubmissionArgs) {
  const w = who(args);
  return {
    type: 'view_submission',
    team: team(w),
    user: user(w),
    api_app_id: w.appId,
    token: 'deprecated-verification-token',
    trigger_id: args.triggerId ?? fakeTriggerId(),
    view: {
      ...args.view,
      team_id: w.teamId,
      app_id: w.appId,
      state: { values: args.values ?? viewState(args.view, args.inputs) },
    },
    response_urls: [],
    ...grid(w),
  };
}

export function viewClosed(args: { view: ViewLike } & Who) {
  const w = who(args);
  return {
    type: 'view_closed',
    team: team(w),
    user: user(w),
    api_app_id: w.appId,
    token: 'deprecated-verification-token',
    view: args.view,
    is_cleared: false,
    ...grid(w),
  };
}

// ------------------------------------------------------------------ block actions

export interface ActionSpec {
  actionId: string;
  blockId?: string;
  /** A button's value. */
  value?: string;
  /** A select's chosen option value. */
  selectedValue?: string;
  type?: string;
  text?: string;
}

export interface BlockActionArgs extends Who {
  action: ActionSpec;
  /** The message the button sits in (for buttons in messages). */
  message?: { ts: string; text?: string; blocks?: unknown[]; [field: string]: unknown };
  channelId?: string;
  /** The view the element sits in (for elements in modals or App Home). */
  view?: ViewLike;
  /** State of the view's inputs, keyed by block_id (see `viewState`). */
  inputs?: Record<string, string | string[] | undefined>;
  triggerId?: string;
  responseUrl?: string;
}

/**
 * A `block_actions` payload. Pass the real message or view the element was in (from the
 * stand-in) and its block_id is looked up when not given.
 */
export function blockAction(args: BlockActionArgs) {
  const w = who(args);
  const { action } = args;
  const located = locateElement(
    (args.view?.blocks ?? args.message?.blocks ?? []) as Block[],
    action.actionId,
  );
  const type =
    action.type ?? located?.element.type ?? (action.selectedValue ? 'static_select' : 'button');
  const base = {
    action_id: action.actionId,
    block_id: action.blockId ?? located?.blockId ?? 'block',
    type,
    action_ts: actionTs(),
  };
  const selectOption = () => {
    const options = located?.element.options ?? [];
    return (
      options.find((option) => option.value === action.selectedValue) ?? {
        text: { type: 'plain_text', text: action.selectedValue },
        value: action.selectedValue,
      }
    );
  };
  const detail =
    type === 'button'
      ? {
          value: action.value,
          text: { type: 'plain_text', text: action.text ?? action.actionId, emoji: true },
        }
      : { selected_option: selectOption(), initial_option: located?.element.initial_option };
  const payload: Record<string, unknown> = {
    type: 'block_actions',
    user: user(w),
    api_app_id: w.appId,
    token: 'deprecated-verification-token',
    trigger_id: args.triggerId ?? fakeTriggerId(),
    team: team(w),
    ...grid(w),
    actions: [{ ...base, ...detail }],
  };
  if (args.view) {
    payload.container = { type: 'view', view_id: args.view.id };
    payload.view = {
      ...args.view,
      state: { values: viewState(args.view, args.inputs) },
    };
  } else {
    const channelId = args.channelId ?? 'D0ALICE';
    payload.container = {
      type: 'message',
      message_ts: args.message?.ts,
      channel_id: channelId,
      is_ephemeral: false,
    };
    payload.channel = { id: channelId, name: 'directmessage' };
    if (args.message) payload.message = { type: 'message', ...args.message };
    payload.state = { values: {} };
    payload.response_url =
      args.responseUrl ?? 'https://hooks.slack.com/actions/T0STANDIN/1/standin';
  }
  return payload;
}

function locateElement(
  blocks: Block[],
  actionId: string,
): { blockId: string; element: Element } | undefined {
  for (const block of blocks) {
    const elements = [block.element, block.accessory, ...(block.elements ?? [])];
    for (const element of elements) {
      if (element?.action_id === actionId) return { blockId: block.block_id ?? 'block', element };
    }
  }
  return undefined;
}

// ------------------------------------------------------------------ shortcuts

export interface MessageShortcutArgs extends Who {
  callbackId?: string;
  message: {
    text?: string;
    ts?: string;
    user?: string;
    blocks?: unknown[];
    [field: string]: unknown;
  };
  channelId?: string;
  triggerId?: string;
}

export function messageShortcut(args: MessageShortcutArgs) {
  const w = who(args);
  const ts = args.message.ts ?? actionTs();
  return {
    type: 'message_action',
    token: 'deprecated-verification-token',
    action_ts: actionTs(),
    team: team(w),
    user: user(w),
    channel: { id: args.channelId ?? 'C0GENERAL', name: 'general' },
    ...grid(w),
    callback_id: args.callbackId ?? 'review_draft',
    trigger_id: args.triggerId ?? fakeTriggerId(),
    response_url: 'https://hooks.slack.com/app/T0STANDIN/1/standin',
    message_ts: ts,
    message: { type: 'message', user: w.userId, ...args.message, ts },
  };
}

// ------------------------------------------------------------------ events

export interface AppHomeOpenedArgs extends Who {
  tab?: 'home' | 'messages';
  botUserId?: string;
  channelId?: string;
  view?: ViewLike;
}

/** An Events API envelope carrying `app_home_opened`. */
export function appHomeOpenedEvent(args: AppHomeOpenedArgs = {}) {
  const w = who(args);
  const now = Date.now() / 1000;
  return {
    token: 'deprecated-verification-token',
    team_id: w.teamId,
    api_app_id: w.appId,
    event: {
      type: 'app_home_opened',
      user: w.userId,
      channel: args.channelId ?? `D${w.userId.replace(/^[A-Z]/, '')}`,
      tab: args.tab ?? 'home',
      event_ts: now.toFixed(6),
      ...(args.view ? { view: args.view } : {}),
    },
    type: 'event_callback',
    event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(now),
    ...eventAuthorization(w, args.botUserId),
  };
}

/** An Events API envelope's `enterprise_id` and `authorizations`, Grid-aware. */
function eventAuthorization(w: ReturnType<typeof who>, botUserId = 'U0CNBOT') {
  return {
    ...(w.enterpriseId ? { enterprise_id: w.enterpriseId } : {}),
    authorizations: [
      {
        enterprise_id: w.enterpriseId ?? null,
        // An org-wide install is authorized for the org, not for one of its workspaces.
        team_id: w.isEnterpriseInstall ? null : w.teamId,
        user_id: botUserId,
        is_bot: true,
        is_enterprise_install: Boolean(w.isEnterpriseInstall),
      },
    ],
    is_ext_shared_channel: false,
  };
}

function envelope(w: ReturnType<typeof who>, event: Record<string, unknown>, botUserId?: string) {
  const now = Date.now() / 1000;
  return {
    token: 'deprecated-verification-token',
    team_id: w.teamId,
    api_app_id: w.appId,
    event: { ...event, event_ts: now.toFixed(6) },
    type: 'event_callback',
    event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: Math.floor(now),
    ...eventAuthorization(w, botUserId),
  };
}

/** An Events API envelope carrying `user_change`: the user's profile (and time zone) changed. */
export function userChangeEvent(args: Who & { tz: string }) {
  const w = who(args);
  return envelope(w, {
    type: 'user_change',
    user: { id: w.userId, team_id: w.teamId, name: w.userId.toLowerCase(), tz: args.tz },
    cache_ts: Math.floor(Date.now() / 1000),
  });
}

/** `app_uninstalled`: the app was removed from the workspace (or, org-wide, from the org). */
export function appUninstalledEvent(args: Who = {}) {
  return envelope(who(args), { type: 'app_uninstalled' });
}

/** `tokens_revoked`: `bot` lists the bot user ids whose tokens were revoked, `oauth` user ids. */
export function tokensRevokedEvent(args: Who & { bot?: string[]; oauth?: string[] } = {}) {
  return envelope(who(args), {
    type: 'tokens_revoked',
    tokens: { oauth: args.oauth ?? [], bot: args.bot ?? [] },
  });
}
