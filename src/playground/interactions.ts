// What the person does on the page, turned into what Slack would send the app: a signed slash
// command, block_actions, view_submission, view_closed, message_action or app_home_opened,
// built with the stand-in's payload builders and sent to the app's POST /slack/events.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  appHomeOpenedEvent,
  blockAction,
  messageShortcut,
  type SignedResponse,
  type SlackRequestSender,
  type StandinView,
  slashCommand,
  viewClosed,
  viewSubmission,
  type Who,
} from '../slack-standin/index.js';
import { advanceDays, formatClock, workingTimeOn } from './time.js';
import { type PlaygroundWorld, type ResponseTarget, SLASH_COMMANDS } from './world.js';

export interface SweepSummary {
  due: number;
  sent: number;
  failed: number;
  skipped: number;
}

/** The app did not answer at all (stopped, crashed, port closed). */
export class AppUnreachable extends Error {}

/** Something the person should be told, e.g. the app answered an HTTP error. */
export class PlaygroundProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_RESPONSE_URLS = 500;
const stateValues = z.record(z.string(), z.record(z.string(), z.unknown()));

/** The page's requests, validated before anything is built from them. */
export const pageRequests = {
  composer: z.object({ channel: z.string(), text: z.string().min(1).max(40_000) }),
  shortcut: z.object({ channel: z.string(), ts: z.string(), callbackId: z.string() }),
  action: z.object({
    source: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('message'),
        channel: z.string(),
        ts: z.string(),
        ephemeral: z.boolean().optional(),
      }),
      z.object({ kind: z.literal('view'), viewId: z.string() }),
      z.object({ kind: z.literal('home'), viewId: z.string() }),
    ]),
    action: z
      .object({ action_id: z.string().optional(), block_id: z.string(), type: z.string() })
      .loose(),
    state: z.object({ values: stateValues }).optional(),
  }),
  submit: z.object({ viewId: z.string(), state: z.object({ values: stateValues }) }),
  close: z.object({ viewId: z.string(), all: z.boolean().optional() }),
  clock: z.union([
    z.object({ days: z.number().int().min(1).max(366) }),
    z.object({ date: z.string() }),
  ]),
};
type Req<K extends keyof typeof pageRequests> = z.infer<(typeof pageRequests)[K]>;

export interface PageActionsOptions {
  world: PlaygroundWorld;
  /** Signs and sends requests to the app's POST /slack/events. */
  sender: SlackRequestSender;
  /** Runs one reminder sweep at the playground's time. */
  sweep: (now: Date) => Promise<SweepSummary | undefined>;
  /** Called after the clock moved (e.g. to remember it across restarts). */
  onClockMoved?: (now: Date) => void | Promise<void>;
  /** Told when the app takes longer than Slack allows. */
  notice?: (text: string) => void;
}

export class PageActions {
  readonly #o: PageActionsOptions;
  readonly #responseUrls = new Map<string, ResponseTarget>();
  /** Base URL of the playground server, for response URLs (set once it listens). */
  callbackBase = '';

  constructor(options: PageActionsOptions) {
    this.#o = options;
  }

  get #world(): PlaygroundWorld {
    return this.#o.world;
  }

  /** Where an answer posted to one of our response URLs belongs. */
  responseTarget(id: string): ResponseTarget | undefined {
    return this.#responseUrls.get(id);
  }

  /** Typed in the composer: a slash command, or a message the person posts. */
  async composer(body: Req<'composer'>) {
    const world = this.#world;
    const channel = this.#knownChannel(body.channel);
    const text = body.text.trim();
    const command = /^(\/\S+)(?:\s+([\s\S]*))?$/.exec(text);
    if (!command?.[1]) {
      const message = world.standin.postUserMessage(channel, world.user.id, escapeSlackText(text));
      return { ts: message.ts };
    }
    const name = command[1].toLowerCase();
    if (!SLASH_COMMANDS.includes(name)) {
      const shown = escapeSlackText(name).replace(/`/g, "'");
      world.addLocal(channel, `\`${shown}\` is not a valid command. Try \`/connectnote\`.`);
      return {};
    }
    const fields = slashCommand({
      ...this.#who(),
      command: name,
      text: escapeSlackText(command[2]?.trim() ?? ''),
      channelId: channel,
      channelName: world.channelName(channel),
      triggerId: world.standin.issueTrigger(world.user.id),
      responseUrl: this.#responseUrl({ channel }),
    });
    const response = await this.#send(this.#o.sender.command(fields));
    // A command acknowledged with text: Slack shows it to the person alone.
    const ack = response.json as { text?: unknown; blocks?: unknown } | undefined;
    if (ack && (typeof ack.text === 'string' || Array.isArray(ack.blocks))) {
      world.addLocal(channel, String(ack.text ?? ''), ack.blocks as unknown[] | undefined);
    } else if (!response.json && response.text.trim()) {
      world.addLocal(channel, response.text.trim());
    }
    return {};
  }

  /** A message shortcut ("Review this draft") picked from a message's menu. */
  async shortcut(body: Req<'shortcut'>) {
    const world = this.#world;
    const channel = this.#knownChannel(body.channel);
    const found = world.message(channel, body.ts);
    if (!found || found.local) throw gone();
    const { message } = found;
    const payload = {
      ...messageShortcut({
        ...this.#who(),
        callbackId: body.callbackId,
        channelId: channel,
        triggerId: world.standin.issueTrigger(world.user.id),
        message: {
          text: message.text ?? '',
          ts: message.ts,
          user: message.user,
          ...(message.blocks ? { blocks: message.blocks } : {}),
          ...(message.bot_id ? { bot_id: message.bot_id } : {}),
        },
      }),
      channel: { id: channel, name: world.channelName(channel) },
      response_url: this.#responseUrl({ channel }),
    };
    await this.#send(this.#o.sender.interaction(payload));
    return {};
  }

  /** A button, select or overflow in a message, a modal or the App Home. */
  async action(body: Req<'action'>) {
    const world = this.#world;
    const triggerId = world.standin.issueTrigger(world.user.id);
    const action = { ...body.action, action_ts: (Date.now() / 1000).toFixed(6) };
    const spec = { actionId: action.action_id ?? '', blockId: action.block_id, type: action.type };
    let payload: Record<string, unknown>;
    if (body.source.kind === 'message') {
      const { channel, ts } = body.source;
      const found = world.message(this.#knownChannel(channel), ts);
      if (!found) throw gone();
      const { message } = found;
      const ephemeral = found.local || Boolean(message.ephemeralTo);
      payload = blockAction({
        ...this.#who(),
        action: spec,
        channelId: channel,
        triggerId,
        responseUrl: this.#responseUrl({ channel, ts }),
        message: { ts, text: message.text, blocks: message.blocks, user: message.user },
      });
      payload.container = {
        type: 'message',
        message_ts: ts,
        channel_id: channel,
        is_ephemeral: ephemeral,
      };
      payload.channel = { id: channel, name: world.channelName(channel) };
      if (ephemeral) delete payload.message;
      else
        payload.message = {
          type: 'message',
          ts,
          text: message.text,
          blocks: message.blocks,
          user: message.user,
          ...(message.bot_id ? { bot_id: message.bot_id } : {}),
        };
    } else {
      const view =
        body.source.kind === 'home'
          ? world.standin.homeView(world.user.id)
          : world.standin.view(body.source.viewId);
      if (!view || view.id !== body.source.viewId) {
        throw new PlaygroundProblem('view_not_found', 'That view has changed; try again.');
      }
      const values = body.state?.values ?? {};
      world.standin.setViewState(view.id, values);
      payload = blockAction({ ...this.#who(), action: spec, view: asSent(view), triggerId });
      payload.view = { ...asSent(view), state: { values } };
      if (body.source.kind === 'view') payload.state = { values };
    }
    payload.actions = [action];
    await this.#send(this.#o.sender.interaction(payload));
    return {};
  }

  /** The modal's submit button: the app's answer decides what the modal does next. */
  async submit(body: Req<'submit'>) {
    const world = this.#world;
    const view = world.standin.view(body.viewId);
    if (!view) throw new PlaygroundProblem('view_not_found', 'That window was closed.');
    world.standin.setViewState(view.id, body.state.values);
    const payload = viewSubmission({
      ...this.#who(),
      view: asSent(view),
      values: body.state.values,
      triggerId: world.standin.issueTrigger(world.user.id),
    });
    const response = await this.#send(this.#o.sender.interaction(payload));
    const answer = response.json ?? (response.text.trim() ? safeJson(response.text) : undefined);
    const result = world.standin.applyViewResponse(view.id, answer);
    world.setErrors(view.id, result.errors);
    return { closed: result.closed, errors: result.errors ?? null };
  }

  /** Cancel (this view) or × (the whole stack); view_closed when the view asked for it. */
  async close(body: Req<'close'>) {
    const world = this.#world;
    const view = world.standin.view(body.viewId);
    if (!view) return {};
    const root = view.root_view_id ?? view.id;
    const closing = body.all
      ? world.standin.openViews(world.user.id).filter((v) => (v.root_view_id ?? v.id) === root)
      : [view];
    if (body.all) world.standin.closeView(view.id);
    else world.standin.applyViewResponse(view.id, {});
    for (const v of closing) world.setErrors(v.id, undefined);
    for (const v of closing.reverse()) {
      if (!v.notify_on_close) continue;
      await this.#send(this.#o.sender.interaction(viewClosed({ ...this.#who(), view: asSent(v) })));
    }
    return {};
  }

  /** The Home tab opened: Slack sends app_home_opened every time. */
  async homeOpened() {
    const world = this.#world;
    const home = world.standin.homeView(world.user.id);
    const envelope = appHomeOpenedEvent({
      ...this.#who(),
      botUserId: world.standin.botUserId,
      channelId: world.dmChannel,
      ...(home ? { view: asSent(home) } : {}),
    });
    await this.#send(this.#o.sender.event(envelope));
    return {};
  }

  /** Moves the playground's clock (into working hours) and runs a reminder sweep. */
  async moveClock(body: Req<'clock'>) {
    const { clock, user } = this.#world;
    const target =
      'days' in body
        ? advanceDays(clock.now(), body.days, user.timeZone)
        : workingTimeOn(body.date, user.timeZone);
    if (!target) throw new PlaygroundProblem('bad_date', 'Pick a date as YYYY-MM-DD.');
    if (target.getTime() < clock.now().getTime()) {
      throw new PlaygroundProblem(
        'clock_backwards',
        'The playground clock only moves forward (tracked requests would be in the future).',
      );
    }
    const now = clock.set(target);
    await this.#o.onClockMoved?.(now);
    this.#world.changed();
    const sweep = await this.#o.sweep(now);
    return {
      clock: { iso: now.toISOString(), display: formatClock(now, user.timeZone) },
      sweep: sweep ?? null,
    };
  }

  #who(): Who {
    const { standin, user } = this.#world;
    return { teamId: standin.teamId, userId: user.id, userName: user.name, appId: standin.appId };
  }

  #knownChannel(channel: string): string {
    if (!this.#world.isKnownChannel(channel)) {
      throw new PlaygroundProblem(
        'channel_not_found',
        'That conversation is not in the playground.',
      );
    }
    return channel;
  }

  #responseUrl(target: ResponseTarget): string {
    const id = randomBytes(12).toString('hex');
    this.#responseUrls.set(id, target);
    // Slack's response URLs expire (30 minutes); keep the latest few hundred, oldest out first.
    if (this.#responseUrls.size > MAX_RESPONSE_URLS) {
      const oldest = this.#responseUrls.keys().next().value;
      if (oldest !== undefined) this.#responseUrls.delete(oldest);
    }
    return `${this.callbackBase}/respond/${id}`;
  }

  async #send(request: Promise<SignedResponse>): Promise<SignedResponse> {
    let response: SignedResponse;
    try {
      response = await request;
    } catch {
      this.#world.appUp = false;
      throw new AppUnreachable();
    }
    this.#world.appUp = true;
    if (response.status !== 200) {
      throw new PlaygroundProblem(
        'app_error',
        `ConnectNote answered HTTP ${response.status}; see the terminal running npm start.`,
      );
    }
    if (response.ms > 3_000) {
      this.#o.notice?.(
        'ConnectNote took more than 3 seconds to answer: Slack would show an error.',
      );
    }
    return response;
  }
}

function gone(): PlaygroundProblem {
  return new PlaygroundProblem('message_not_found', 'That message is gone.');
}

/** The view as Slack includes it in payloads: without the stand-in's own bookkeeping. */
function asSent(view: StandinView) {
  const {
    userId: _user,
    closed: _closed,
    ...rest
  } = view as StandinView & {
    userId?: string;
    closed?: boolean;
  };
  return rest;
}

/** Slack's client sends what a person typed with &, < and > escaped: it never becomes markup. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
