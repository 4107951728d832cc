// What the page shows: the stand-in Slack's state (messages, open modals, the published home)
// as seen by the playground's one user, plus the little Slack keeps only in its client: field
// errors under inputs, and messages that arrived through a response_url.
import { EventEmitter } from 'node:events';
import type { ManualClock } from '../clock.js';
import type { SlackStandin, StandinMessage, StandinView } from '../slack-standin/index.js';
import { formatClock, formatMessageTime, isoDateIn } from './time.js';

export interface PlaygroundUser {
  id: string;
  name: string;
  realName: string;
  timeZone: string;
}

export interface PlaygroundChannel {
  id: string;
  name: string;
}

export const APP_NAME = 'ConnectNote';
export const SLASH_COMMANDS = ['/connectnote'];
export const MESSAGE_SHORTCUTS = [{ callbackId: 'review_draft', name: 'Review this draft' }];

/** A message the app sent through a `response_url` (Slack keeps those in the client only). */
export interface LocalMessage extends StandinMessage {
  rev: number;
}

/** Where a `response_url` answer goes: the conversation, and the message it came from. */
export interface ResponseTarget {
  channel: string;
  ts?: string;
}

export interface ResponseBody {
  text?: string;
  blocks?: unknown[];
  replace_original?: boolean | string;
  delete_original?: boolean | string;
  response_type?: string;
}

export interface WorldOptions {
  standin: SlackStandin;
  clock: ManualClock;
  user: PlaygroundUser;
  channel: PlaygroundChannel;
}

/** Emits `change` whenever what the page shows may have changed. */
export class PlaygroundWorld extends EventEmitter {
  readonly standin: SlackStandin;
  readonly clock: ManualClock;
  readonly user: PlaygroundUser;
  readonly channel: PlaygroundChannel;
  readonly #errors = new Map<string, Record<string, string>>();
  readonly #local: LocalMessage[] = [];
  #appUp = true;
  #rev = 0;
  readonly #onStandinEvent = () => this.changed();

  constructor(options: WorldOptions) {
    super();
    this.standin = options.standin;
    this.clock = options.clock;
    this.user = options.user;
    this.channel = options.channel;
    this.standin.on('event', this.#onStandinEvent);
  }

  detach(): void {
    this.standin.off('event', this.#onStandinEvent);
  }

  changed(): void {
    this.emit('change');
  }

  get dmChannel(): string {
    return this.standin.dmChannel(this.user.id);
  }

  get appUp(): boolean {
    return this.#appUp;
  }

  set appUp(up: boolean) {
    if (this.#appUp === up) return;
    this.#appUp = up;
    this.changed();
  }

  isKnownChannel(id: string): boolean {
    return id === this.channel.id || id === this.dmChannel;
  }

  channelName(id: string): string {
    return id === this.channel.id ? this.channel.name : 'directmessage';
  }

  /** The field errors the app answered for a modal (`response_action: errors`). */
  setErrors(viewId: string, errors: Record<string, string> | undefined): void {
    if (errors) this.#errors.set(viewId, errors);
    else this.#errors.delete(viewId);
    this.changed();
  }

  /** A message in the stand-in, or one that came through a response_url. */
  message(channel: string, ts: string): { message: StandinMessage; local: boolean } | undefined {
    const stored = this.standin.message(channel, ts);
    if (stored) return { message: stored, local: false };
    const local = this.#local.find((m) => m.channel === channel && m.ts === ts);
    return local ? { message: local, local: true } : undefined;
  }

  /** A message from the app that only this user sees and Slack does not store. */
  addLocal(channel: string, text: string, blocks?: unknown[], ephemeral = true): void {
    const last = Math.max(
      0,
      ...[...this.standin.messages(channel), ...this.#local].map((m) => Number(m.ts)),
    );
    const ts = Math.max(this.clock.now().getTime() / 1000, last + 0.000001).toFixed(6);
    this.#local.push({
      channel,
      ts,
      text,
      ...(blocks ? { blocks } : {}),
      user: this.standin.botUserId,
      bot_id: this.standin.botId,
      ...(ephemeral ? { ephemeralTo: this.user.id } : {}),
      rev: ++this.#rev,
    });
    this.changed();
  }

  /** What the app posts to a `response_url`: a new ephemeral message or a change to the original. */
  applyResponse(target: ResponseTarget, body: ResponseBody): void {
    const replace = body.replace_original === true || body.replace_original === 'true';
    const remove = body.delete_original === true || body.delete_original === 'true';
    if ((replace || remove) && target.ts) {
      const local = this.#local.find((m) => m.channel === target.channel && m.ts === target.ts);
      if (local) {
        if (remove) this.#local.splice(this.#local.indexOf(local), 1);
        else Object.assign(local, { text: body.text, blocks: body.blocks, rev: ++this.#rev });
        this.changed();
        return;
      }
      const change = remove ? 'delete' : { text: body.text, blocks: body.blocks };
      if (this.standin.replaceMessage(target.channel, target.ts, change)) return;
    }
    // `in_channel` is not used by ConnectNote; shown as the app's message all the same.
    this.addLocal(
      target.channel,
      body.text ?? '',
      body.blocks,
      body.response_type !== 'in_channel',
    );
  }

  /** Everything the page shows, as one JSON object. */
  snapshot() {
    const { standin, user, channel } = this;
    const now = this.clock.now();
    const channels = [
      {
        key: 'channel',
        id: channel.id,
        label: channel.name,
        icon: '#',
        subtitle: 'Type /connectnote to draft a note; “⋯” on a message → Review this draft',
        placeholder: `Message #${channel.name} — try /connectnote met Priya at the DevOps meetup`,
        empty:
          'Nothing here yet. Type /connectnote below, or paste a draft note and review it with “⋯ → Review this draft”.',
      },
      {
        key: 'dm',
        id: this.dmChannel,
        label: APP_NAME,
        icon: '●',
        subtitle: 'Your direct messages with the app',
        placeholder: `Message ${APP_NAME} — /connectnote works here too`,
        empty: 'The app’s drafts and reminders arrive here.',
      },
    ];
    const messages: Record<string, unknown[]> = {};
    for (const c of channels) messages[c.id] = this.#messagesIn(c.id);
    const views = standin.openViews(user.id).map((view) => ({
      id: view.id,
      hash: view.hash,
      view: pickView(view),
      errors: this.#errors.get(view.id),
    }));
    const home = standin.homeView(user.id);
    return {
      appUp: this.#appUp,
      user: { id: user.id, name: user.realName },
      bot: { id: standin.botUserId, name: APP_NAME },
      users: { [user.id]: user.realName, [standin.botUserId]: APP_NAME },
      channels,
      shortcuts: MESSAGE_SHORTCUTS,
      messages,
      views,
      home: home ? { id: home.id, hash: home.hash, view: pickView(home) } : null,
      clock: {
        iso: now.toISOString(),
        display: formatClock(now, user.timeZone),
        date: isoDateIn(now, user.timeZone),
        tz: user.timeZone,
      },
    };
  }

  #messagesIn(channelId: string) {
    const { standin, user } = this;
    const all = [
      ...standin.messages(channelId).filter((m) => !m.ephemeralTo || m.ephemeralTo === user.id),
      ...this.#local.filter((m) => m.channel === channelId),
    ].sort((a, b) => Number(a.ts) - Number(b.ts));
    return all.map((m) => {
      const bot = Boolean(m.bot_id);
      const edited = m.edited?.ts;
      return {
        ts: m.ts,
        bot,
        author: bot ? APP_NAME : user.realName,
        text: typeof m.text === 'string' ? m.text : '',
        blocks: Array.isArray(m.blocks) ? m.blocks : undefined,
        ephemeral: Boolean(m.ephemeralTo),
        edited: Boolean(edited),
        rev: `${edited ?? ''}:${(m as Partial<LocalMessage>).rev ?? 0}`,
        time: formatMessageTime(new Date(Number(m.ts) * 1000), user.timeZone),
      };
    });
  }
}

/** The parts of a stored view the page renders. */
function pickView(view: StandinView) {
  return {
    type: view.type,
    title: view.title,
    submit: view.submit,
    close: view.close,
    blocks: Array.isArray(view.blocks) ? view.blocks : [],
    callback_id: view.callback_id,
  };
}
