// The playground's web server: serves the page, streams the state of the stand-in Slack to it
// (server-sent events), and turns the page's clicks into the signed requests Slack would send
// to the app's POST /slack/events. Loopback only.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { z } from 'zod';
import type { ManualClock } from '../clock.js';
import {
  appHomeOpenedEvent,
  blockAction,
  messageShortcut,
  type SignedResponse,
  type SlackRequestSender,
  type SlackStandin,
  type StandinMessage,
  type StandinView,
  slashCommand,
  viewClosed,
  viewSubmission,
  type Who,
} from '../slack-standin/index.js';
import { advanceDays, formatClock, formatMessageTime, isoDateIn, workingTimeOn } from './time.js';

export interface SweepSummary {
  due: number;
  sent: number;
  failed: number;
  skipped: number;
}

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

export interface PageServerOptions {
  standin: SlackStandin;
  /** Signs and sends requests to the app's POST /slack/events. */
  sender: SlackRequestSender;
  /** The app's base URL, for its GET /healthz. */
  appUrl: string;
  clock: ManualClock;
  user: PlaygroundUser;
  channel: PlaygroundChannel;
  /** Runs one reminder sweep at the playground's time. */
  sweep: (now: Date) => Promise<SweepSummary | undefined>;
  /** Called after the clock moved (e.g. to remember it across restarts). */
  onClockMoved?: (now: Date) => void | Promise<void>;
  host?: string;
  port?: number;
  /** How often to check that the app still answers while a page is open (ms). */
  healthEveryMs?: number;
  log?: (line: string) => void;
}

const SLASH_COMMANDS = ['/connectnote'];
const SHORTCUTS = [{ callbackId: 'review_draft', name: 'Review this draft' }];
const PUBLIC_DIR = new URL('./public/', import.meta.url);
const ASSETS: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A message the app sent through a `response_url` (kept here: Slack does not store them). */
interface LocalMessage extends StandinMessage {
  rev: number;
}

class AppUnreachable extends Error {}

const stateValues = z.record(z.string(), z.record(z.string(), z.unknown()));
const actionSchema = z
  .object({
    action_id: z.string().optional(),
    block_id: z.string(),
    type: z.string(),
  })
  .loose();
const bodies = {
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
    action: actionSchema,
    state: z.object({ values: stateValues }).optional(),
  }),
  submit: z.object({ viewId: z.string(), state: z.object({ values: stateValues }) }),
  close: z.object({ viewId: z.string(), all: z.boolean().optional() }),
  clock: z.union([
    z.object({ days: z.number().int().min(1).max(366) }),
    z.object({ date: z.string() }),
  ]),
};

export class PageServer {
  readonly #o: PageServerOptions;
  readonly #servers: Server[] = [];
  readonly #clients = new Set<ServerResponse>();
  readonly #errors = new Map<string, Record<string, string>>();
  readonly #local: LocalMessage[] = [];
  readonly #responseUrls = new Map<
    string,
    { channel: string; ts?: string; ephemeralTs?: string }
  >();
  #url = '';
  #callbackBase = '';
  #appUp = true;
  #pending = false;
  #rev = 0;
  #health?: NodeJS.Timeout;
  readonly #onStandinEvent = () => this.#schedule();

  constructor(options: PageServerOptions) {
    this.#o = options;
  }

  get url(): string {
    return this.#url;
  }

  async start(): Promise<this> {
    const host = this.#o.host ?? '127.0.0.1';
    const main = await this.#listen(host, this.#o.port ?? 0);
    const { port } = main.address() as AddressInfo;
    // Browsers may try ::1 first for "localhost"; answer there too when the machine has it.
    if (host === '127.0.0.1') await this.#listen('::1', port).catch(() => undefined);
    this.#url = `http://localhost:${port}`;
    // What the app calls back (response_url): an address, so no name lookup can pick ::1.
    this.#callbackBase = `http://127.0.0.1:${port}`;
    this.#o.standin.on('event', this.#onStandinEvent);
    this.#health = setInterval(() => {
      if (this.#clients.size > 0) void this.#checkHealth();
    }, this.#o.healthEveryMs ?? 2_000);
    this.#health.unref();
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.#health);
    this.#o.standin.off('event', this.#onStandinEvent);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
    await Promise.all(
      this.#servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    this.#servers.length = 0;
  }

  #listen(host: string, port: number): Promise<Server> {
    const server = createServer((req, res) => {
      this.#route(req, res).catch((error: unknown) => {
        this.#o.log?.(`playground: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) json(res, 500, { ok: false, error: 'internal_error' });
        else res.end();
      });
    });
    server.keepAliveTimeout = 1_000;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        this.#servers.push(server);
        resolve(server);
      });
    });
  }

  // ── state ───────────────────────────────────────────────────────────────────────────────

  /** Everything the page shows, as one JSON object. */
  snapshot() {
    const { standin, user, channel, clock } = this.#o;
    const dm = standin.dmChannel(user.id);
    const now = clock.now();
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
        id: dm,
        label: 'ConnectNote',
        icon: '●',
        subtitle: 'Your direct messages with the app',
        placeholder: 'Message ConnectNote — /connectnote works here too',
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
      bot: { id: standin.botUserId, name: 'ConnectNote' },
      users: { [user.id]: user.realName, [standin.botUserId]: 'ConnectNote' },
      channels,
      shortcuts: SHORTCUTS,
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
    const { standin, user } = this.#o;
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
        author: bot ? 'ConnectNote' : user.realName,
        text: typeof m.text === 'string' ? m.text : '',
        blocks: Array.isArray(m.blocks) ? m.blocks : undefined,
        ephemeral: Boolean(m.ephemeralTo),
        edited: Boolean(edited),
        rev: `${edited ?? ''}:${(m as Partial<LocalMessage>).rev ?? 0}`,
        time: formatMessageTime(new Date(Number(m.ts) * 1000), user.timeZone),
      };
    });
  }

  /** Coalesce bursts of stand-in events into one push. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    setImmediate(() => {
      this.#pending = false;
      this.#broadcast();
    });
  }

  #broadcast(): void {
    if (this.#clients.size === 0) return;
    const data = `event: state\ndata: ${JSON.stringify(this.snapshot())}\n\n`;
    for (const client of this.#clients) client.write(data);
  }

  #notice(text: string): void {
    const data = `event: notice\ndata: ${JSON.stringify({ text })}\n\n`;
    for (const client of this.#clients) client.write(data);
  }

  #setAppUp(up: boolean): void {
    if (this.#appUp === up) return;
    this.#appUp = up;
    this.#schedule();
  }

  async #checkHealth(): Promise<void> {
    try {
      const res = await fetch(new URL('/healthz', this.#o.appUrl), {
        signal: AbortSignal.timeout(1_500),
      });
      await res.arrayBuffer();
      this.#setAppUp(res.ok);
    } catch {
      this.#setAppUp(false);
    }
  }

  // ── HTTP ─────────────────────────────────────────────────────────────────────────────────

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://playground');
    const path = url.pathname;
    // Only loopback names: a web page elsewhere cannot reach this server by rebinding a name.
    if (!isLoopbackHost(req.headers.host)) return text(res, 421, 'misdirected request');
    if (req.method === 'GET') {
      if (path === '/') return this.#file(res, 'index.html');
      if (path.startsWith('/assets/')) return this.#file(res, path.slice('/assets/'.length));
      if (path === '/api/events') return this.#events(req, res);
      if (path === '/api/state') return json(res, 200, this.snapshot());
      if (path === '/healthz') return text(res, 200, 'ok');
      if (path === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      return text(res, 404, 'not found');
    }
    if (req.method !== 'POST') return text(res, 405, 'method not allowed');
    if (!isSameOrigin(req)) return json(res, 403, { ok: false, error: 'cross_origin' });
    const raw = await readBody(req);
    if (path.startsWith('/respond/')) return this.#respond(res, path.slice(9), raw);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      return json(res, 400, { ok: false, error: 'bad_json' });
    }
    try {
      const result = await this.#api(path, body);
      if (result === undefined) return json(res, 404, { ok: false, error: 'not_found' });
      this.#schedule();
      return json(res, 200, { ok: true, ...result });
    } catch (error) {
      if (error instanceof AppUnreachable) {
        this.#setAppUp(false);
        return json(res, 502, {
          ok: false,
          error: 'app_unreachable',
          message: 'ConnectNote isn’t answering — is `npm start` still running?',
        });
      }
      if (error instanceof z.ZodError) {
        return json(res, 400, { ok: false, error: 'bad_request', message: 'Bad request' });
      }
      if (error instanceof PlaygroundProblem) {
        return json(res, 200, { ok: false, error: error.code, message: error.message });
      }
      throw error;
    }
  }

  async #file(res: ServerResponse, name: string): Promise<void> {
    if (!/^[a-z0-9-]+\.(js|css|html|svg|png)$/.test(name)) return text(res, 404, 'not found');
    try {
      const content = await readFile(new URL(name, PUBLIC_DIR));
      res.writeHead(200, {
        'content-type': ASSETS[extname(name)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(content);
    } catch {
      text(res, 404, 'not found');
    }
  }

  #events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.write('retry: 1000\n\n');
    this.#clients.add(res);
    req.on('close', () => this.#clients.delete(res));
    void this.#checkHealth().finally(() => {
      res.write(`event: state\ndata: ${JSON.stringify(this.snapshot())}\n\n`);
    });
  }

  async #api(path: string, body: unknown): Promise<Record<string, unknown> | undefined> {
    switch (path) {
      case '/api/composer':
        return this.#composer(bodies.composer.parse(body));
      case '/api/shortcut':
        return this.#shortcut(bodies.shortcut.parse(body));
      case '/api/action':
        return this.#action(bodies.action.parse(body));
      case '/api/submit':
        return this.#submit(bodies.submit.parse(body));
      case '/api/close':
        return this.#close(bodies.close.parse(body));
      case '/api/home-opened':
        return this.#homeOpened();
      case '/api/clock':
        return this.#moveClock(bodies.clock.parse(body));
      default:
        return undefined;
    }
  }

  #who(): Who {
    const { standin, user } = this.#o;
    return { teamId: standin.teamId, userId: user.id, userName: user.name, appId: standin.appId };
  }

  #responseUrl(target: { channel: string; ts?: string }): string {
    const id = randomBytes(12).toString('hex');
    this.#responseUrls.set(id, target);
    return `${this.#callbackBase}/respond/${id}`;
  }

  async #send(request: Promise<SignedResponse>): Promise<SignedResponse> {
    let response: SignedResponse;
    try {
      response = await request;
    } catch {
      throw new AppUnreachable();
    }
    this.#setAppUp(true);
    if (response.status !== 200) {
      throw new PlaygroundProblem(
        'app_error',
        `ConnectNote answered HTTP ${response.status}; see the terminal running npm start.`,
      );
    }
    if (response.ms > 3_000) {
      this.#notice('ConnectNote took more than 3 seconds to answer: Slack would show an error.');
    }
    return response;
  }

  async #composer(body: z.infer<typeof bodies.composer>) {
    const { standin, user, channel } = this.#o;
    const text = body.text.trim();
    const command = /^(\/\S+)(?:\s+([\s\S]*))?$/.exec(text);
    if (command?.[1]) {
      const name = command[1].toLowerCase();
      if (!SLASH_COMMANDS.includes(name)) {
        this.#addLocal(body.channel, `\`${name}\` is not a valid command. Try \`/connectnote\`.`);
        return {};
      }
      const fields = slashCommand({
        ...this.#who(),
        command: name,
        text: escapeSlackText(command[2]?.trim() ?? ''),
        channelId: body.channel,
        channelName: body.channel === channel.id ? channel.name : 'directmessage',
        triggerId: standin.issueTrigger(user.id),
        responseUrl: this.#responseUrl({ channel: body.channel }),
      });
      const response = await this.#send(this.#o.sender.command(fields));
      this.#ackBody(body.channel, response);
      return {};
    }
    const message = standin.postUserMessage(body.channel, user.id, escapeSlackText(text));
    return { ts: message.ts };
  }

  /** A slash command acknowledged with text: Slack shows it to the user alone. */
  #ackBody(channel: string, response: SignedResponse): void {
    const ack = response.json as { text?: unknown; blocks?: unknown } | undefined;
    if (ack && (typeof ack.text === 'string' || Array.isArray(ack.blocks))) {
      this.#addLocal(channel, String(ack.text ?? ''), ack.blocks as unknown[] | undefined);
    } else if (!response.json && response.text.trim()) {
      this.#addLocal(channel, response.text.trim());
    }
  }

  async #shortcut(body: z.infer<typeof bodies.shortcut>) {
    const { standin, user } = this.#o;
    const message = standin.message(body.channel, body.ts);
    if (!message) throw new PlaygroundProblem('message_not_found', 'That message is gone.');
    const payload = {
      ...messageShortcut({
        ...this.#who(),
        callbackId: body.callbackId,
        channelId: body.channel,
        triggerId: standin.issueTrigger(user.id),
        message: {
          text: message.text ?? '',
          ts: message.ts,
          user: message.user,
          ...(message.blocks ? { blocks: message.blocks } : {}),
          ...(message.bot_id ? { bot_id: message.bot_id } : {}),
        },
      }),
      response_url: this.#responseUrl({ channel: body.channel }),
    };
    if (body.channel !== this.#o.channel.id) {
      payload.channel = { id: body.channel, name: 'directmessage' };
    }
    await this.#send(this.#o.sender.interaction(payload));
    return {};
  }

  async #action(body: z.infer<typeof bodies.action>) {
    const { standin, user } = this.#o;
    const triggerId = standin.issueTrigger(user.id);
    const action = { ...body.action, action_ts: (Date.now() / 1000).toFixed(6) };
    const spec = {
      actionId: action.action_id ?? '',
      blockId: action.block_id,
      type: action.type,
    };
    let payload: Record<string, unknown>;
    if (body.source.kind === 'message') {
      const { channel, ts } = body.source;
      const message = standin.message(channel, ts) ?? this.#local.find((m) => m.ts === ts);
      if (!message) throw new PlaygroundProblem('message_not_found', 'That message is gone.');
      payload = blockAction({
        ...this.#who(),
        action: spec,
        channelId: channel,
        triggerId,
        responseUrl: this.#responseUrl({ channel, ts }),
        message: { ts, text: message.text, blocks: message.blocks, user: message.user },
      });
      const ephemeral =
        Boolean(message.ephemeralTo) || this.#local.includes(message as LocalMessage);
      payload.container = {
        type: 'message',
        message_ts: ts,
        channel_id: channel,
        is_ephemeral: ephemeral,
      };
      payload.channel = {
        id: channel,
        name: channel === this.#o.channel.id ? this.#o.channel.name : 'directmessage',
      };
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
        body.source.kind === 'home' ? standin.homeView(user.id) : standin.view(body.source.viewId);
      if (!view || view.id !== body.source.viewId) {
        throw new PlaygroundProblem('view_not_found', 'That view has changed; try again.');
      }
      const values = body.state?.values ?? {};
      standin.setViewState(view.id, values);
      payload = blockAction({
        ...this.#who(),
        action: spec,
        view: viewForPayload(view),
        triggerId,
      });
      payload.view = { ...viewForPayload(view), state: { values } };
      if (body.source.kind === 'view') payload.state = { values };
    }
    payload.actions = [action];
    await this.#send(this.#o.sender.interaction(payload));
    return {};
  }

  async #submit(body: z.infer<typeof bodies.submit>) {
    const { standin, user } = this.#o;
    const view = standin.view(body.viewId);
    if (!view) throw new PlaygroundProblem('view_not_found', 'That window was closed.');
    standin.setViewState(view.id, body.state.values);
    const payload = viewSubmission({
      ...this.#who(),
      view: viewForPayload(view),
      values: body.state.values,
      triggerId: standin.issueTrigger(user.id),
    });
    const response = await this.#send(this.#o.sender.interaction(payload));
    const answer = response.json ?? (response.text.trim() ? safeJson(response.text) : undefined);
    const result = standin.applyViewResponse(view.id, answer);
    if (result.errors) this.#errors.set(view.id, result.errors);
    else this.#errors.delete(view.id);
    return { closed: result.closed, errors: result.errors ?? null };
  }

  async #close(body: z.infer<typeof bodies.close>) {
    const { standin } = this.#o;
    const view = standin.view(body.viewId);
    if (!view) return {};
    const stack = standin.openViews(this.#o.user.id);
    const closing = body.all
      ? stack.filter((v) => (v.root_view_id ?? v.id) === (view.root_view_id ?? view.id))
      : [view];
    if (body.all) standin.closeView(view.id);
    else standin.applyViewResponse(view.id, {});
    for (const v of closing) this.#errors.delete(v.id);
    for (const v of closing.reverse()) {
      if (v.notify_on_close) {
        await this.#send(
          this.#o.sender.interaction(viewClosed({ ...this.#who(), view: viewForPayload(v) })),
        );
      }
    }
    return {};
  }

  async #homeOpened() {
    const { standin, user } = this.#o;
    const home = standin.homeView(user.id);
    const envelope = appHomeOpenedEvent({
      ...this.#who(),
      botUserId: standin.botUserId,
      channelId: standin.dmChannel(user.id),
      ...(home ? { view: viewForPayload(home) } : {}),
    });
    await this.#send(this.#o.sender.event(envelope));
    return {};
  }

  async #moveClock(body: z.infer<typeof bodies.clock>) {
    const { clock, user } = this.#o;
    let target: Date | undefined;
    if ('days' in body) target = advanceDays(clock.now(), body.days, user.timeZone);
    else target = workingTimeOn(body.date, user.timeZone);
    if (!target) throw new PlaygroundProblem('bad_date', 'Pick a date as YYYY-MM-DD.');
    if (target.getTime() < clock.now().getTime()) {
      throw new PlaygroundProblem(
        'clock_backwards',
        'The playground clock only moves forward (tracked requests would be in the future).',
      );
    }
    const now = clock.set(target);
    await this.#o.onClockMoved?.(now);
    this.#schedule();
    const sweep = await this.#o.sweep(now);
    return {
      clock: { iso: now.toISOString(), display: formatClock(now, user.timeZone) },
      sweep: sweep ?? null,
    };
  }

  /** What the app sends to a `response_url`: an ephemeral message, or a change to the original. */
  async #respond(res: ServerResponse, id: string, raw: string): Promise<void> {
    const target = this.#responseUrls.get(id);
    const body = safeJson(raw) as
      | {
          text?: string;
          blocks?: unknown[];
          replace_original?: boolean | string;
          delete_original?: boolean | string;
          response_type?: string;
        }
      | undefined;
    if (!target || !body) return json(res, 404, { ok: false, error: 'expired_url' });
    const replace = body.replace_original === true || body.replace_original === 'true';
    const remove = body.delete_original === true || body.delete_original === 'true';
    const local = target.ts ? this.#local.find((m) => m.ts === target.ts) : undefined;
    const original = target.ts ? this.#o.standin.message(target.channel, target.ts) : undefined;
    if ((replace || remove) && local) {
      if (remove) this.#local.splice(this.#local.indexOf(local), 1);
      else Object.assign(local, { text: body.text, blocks: body.blocks, rev: ++this.#rev });
    } else if ((replace || remove) && original) {
      if (remove) {
        const list = this.#o.standin.messages(target.channel);
        list.splice(list.indexOf(original), 1);
      } else {
        Object.assign(original, { text: body.text, blocks: body.blocks });
        original.edited = { ts: (Date.now() / 1000).toFixed(6) };
      }
    } else if (body.response_type === 'in_channel') {
      // Not used by ConnectNote; shown as the app's message all the same.
      this.#addLocal(target.channel, body.text ?? '', body.blocks, false);
    } else {
      this.#addLocal(target.channel, body.text ?? '', body.blocks);
    }
    this.#schedule();
    json(res, 200, { ok: true });
  }

  #addLocal(channel: string, text: string, blocks?: unknown[], ephemeral = true): void {
    const { standin, user, clock } = this.#o;
    const last = Math.max(
      0,
      ...[...standin.messages(channel), ...this.#local].map((m) => Number(m.ts)),
    );
    const ts = Math.max(clock.now().getTime() / 1000, last + 0.000001).toFixed(6);
    this.#local.push({
      channel,
      ts,
      text,
      ...(blocks ? { blocks } : {}),
      user: standin.botUserId,
      bot_id: standin.botId,
      ...(ephemeral ? { ephemeralTo: user.id } : {}),
      rev: ++this.#rev,
    });
    this.#schedule();
  }
}

class PlaygroundProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
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

/** The view as Slack includes it in interaction payloads (without the stand-in's own fields). */
function viewForPayload(view: StandinView) {
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

function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === req.headers.host;
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) req.destroy(new Error('request too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}
