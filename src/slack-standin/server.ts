// A local stand-in for Slack's Web API: answers like Slack, keeps state like Slack, records every
// call. Used by the end-to-end tests and by the playground. Loopback only, ephemeral port.
//
// Methods: auth.test (per token once installs are granted), oauth.v2.access (code and
// refresh_token grants), apps.connections.open, users.info, users.list, conversations.open,
// conversations.history, chat.postMessage / update / postEphemeral / delete,
// views.open / push / update / publish. Bodies form-encoded or JSON, token as Bearer or field.
// Answers `{ ok: true, … }` or `{ ok: false, error }` with Slack's error names; `fail()` makes a
// method fail (by name, 429 + Retry-After, or 500; before or after acting; every time or at a
// seeded random rate) and `slow()` delays it; `latencyMs` delays every answer as a network would,
// and `inFlight`/`peakInFlight` count concurrent calls. Emits `call` (every
// call), `view`, `home` and `message` events, and `event` for all of them.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Clock, systemClock } from '../clock.js';
import { seededRandom } from '../seeded-random.js';
import type {
  FailureSpec,
  SlackCall,
  StandinEvent,
  StandinMessage,
  StandinUser,
  StandinView,
} from './types.js';

export interface SlackStandinOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  clock?: Clock;
  teamId?: string;
  teamName?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  /** Bot tokens Slack accepts; by default any `xoxb-…` token. */
  botTokens?: string[];
  /** Users `users.info` knows. Unknown users are made up on first sight unless `strictUsers`. */
  users?: Array<Partial<StandinUser> & { id: string }>;
  strictUsers?: boolean;
  /** `apps.connections.open` answers this WebSocket URL (Socket Mode); unset: `not_allowed`. */
  socketModeUrl?: string;
  /** When set, a trigger id older than this (ms) is refused with `expired_trigger_id`. */
  triggerTtlMs?: number;
  /** Every API call is answered only after this many ms, as over a real network. Default 0. */
  latencyMs?: number;
  /** Seed of the generator behind `fail(…, { rate })`. Default 1. */
  seed?: number;
  /** The app's OAuth credentials `oauth.v2.access` checks (default: any). */
  clientId?: string;
  clientSecret?: string;
}

/** What a person approves on Slack's install screen (see `grant`). */
export interface InstallGrant {
  /** The workspace; for an org-wide install, the workspace the installer was in (optional). */
  teamId?: string;
  teamName?: string;
  enterpriseId?: string;
  /** Org-wide install (Enterprise Grid): one token for every workspace of the org. */
  orgWide?: boolean;
  /** Who installed (default U0INSTALLER). */
  userId?: string;
  /** Token rotation: the access token expires after this many seconds, with a refresh token. */
  expiresIn?: number;
  /** With rotation: the lifetime of tokens issued by a refresh (default 12 h, as Slack's). */
  refreshedExpiresIn?: number;
}

/** A bot token the stand-in issued through OAuth, and what it belongs to. */
export interface IssuedToken {
  token: string;
  teamId?: string;
  teamName?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  botUserId: string;
  botId: string;
  /** ms since the epoch on the stand-in's clock. */
  expiresAt?: number;
  refreshToken?: string;
  revoked: boolean;
  grant: InstallGrant;
}

type Handler = (
  args: Record<string, unknown>,
  token: string | undefined,
) => Record<string, unknown>;

/** A Slack Web API error raised by a method handler: answered as `{ ok: false, error }`. */
class SlackApiFailure extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

const JSON_FIELDS = new Set(['view', 'blocks', 'attachments', 'metadata', 'unfurls']);

export class SlackStandin extends EventEmitter {
  readonly calls: SlackCall[] = [];
  readonly teamId: string;
  readonly teamName: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly appId: string;

  #server?: Server;
  #url = '';
  #port = 0;
  readonly #options: SlackStandinOptions;
  readonly #clock: Clock;
  readonly #users = new Map<string, StandinUser>();
  readonly #views = new Map<string, StandinView>();
  /** Who a modal was opened for (when its trigger came from `issueTrigger`). */
  readonly #viewUsers = new Map<string, string>();
  readonly #closedViews = new Set<string>();
  readonly #homes = new Map<string, StandinView>();
  readonly #messages = new Map<string, StandinMessage[]>();
  readonly #dms = new Map<string, string>();
  readonly #triggers = new Map<string, { userId?: string; issuedAt: number; used: boolean }>();
  readonly #failures = new Map<string, Required<FailureSpec>>();
  #random: () => number;
  /** Web API calls being answered right now, and the most there ever were at once. */
  inFlight = 0;
  peakInFlight = 0;
  /** Milliseconds every API call waits before it is answered (see `latencyMs`). */
  latencyMs: number;
  readonly #delays = new Map<string, { ms: number; times: number }>();
  #counter = 0;
  #lastTs = 0;
  readonly #codes = new Map<string, InstallGrant>();
  readonly #issued = new Map<string, IssuedToken>();
  readonly #refreshTokens = new Map<string, InstallGrant>();

  constructor(options: SlackStandinOptions = {}) {
    super();
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.teamId = options.teamId ?? 'T0STANDIN';
    this.teamName = options.teamName ?? 'ConnectNote Playground';
    this.botUserId = options.botUserId ?? 'U0CNBOT';
    this.botId = options.botId ?? 'B0CNBOT';
    this.appId = options.appId ?? 'A0CONNECTNOTE';
    for (const user of options.users ?? []) this.addUser(user);
    this.latencyMs = options.latencyMs ?? 0;
    this.#random = seededRandom(options.seed ?? 1);
  }

  /** The base URL to hand the app as SLACK_API_URL, e.g. `http://127.0.0.1:PORT/api/`. */
  get url(): string {
    return this.#url;
  }

  get port(): number {
    return this.#port;
  }

  async start(): Promise<this> {
    if (this.#server) return this;
    const server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`stand-in failure: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    // Slack keeps connections alive; make sure close() does not wait for idle ones.
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#options.port ?? 0, this.#options.host ?? '127.0.0.1', () => resolve());
    });
    this.#server = server;
    const address = server.address() as AddressInfo;
    this.#port = address.port;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.#url = `http://${host}:${address.port}/api/`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  // ---------------------------------------------------------------- failure injection

  /** Make the next `times` calls of `method` fail (`'*'` for any method). */
  fail(method: string, spec: FailureSpec = {}): void {
    const error = spec.error ?? 'internal_error';
    this.#failures.set(method, {
      error,
      status: spec.status ?? (error === 'ratelimited' ? 429 : 200),
      retryAfter: spec.retryAfter ?? 1,
      times: spec.times ?? (spec.rate === undefined ? 1 : Number.POSITIVE_INFINITY),
      when: spec.when ?? 'before',
      delayMs: spec.delayMs ?? 0,
      rate: spec.rate ?? 1,
    });
  }

  clearFailures(): void {
    this.#failures.clear();
    this.#delays.clear();
  }

  /** Make the next `times` calls of `method` (`'*'`: any) answer only after `ms` milliseconds. */
  slow(method: string, ms: number, times = 1): void {
    this.#delays.set(method, { ms, times });
  }

  // ---------------------------------------------------------------- OAuth

  /**
   * The person approved the install on Slack's screen: the code Slack puts on the redirect
   * (`/slack/oauth_redirect?code=…&state=…`), for the app to exchange at `oauth.v2.access`.
   */
  grant(install: InstallGrant): string {
    const code = `code-${++this.#counter}-${randomHex(12)}`;
    this.#codes.set(code, install);
    return code;
  }

  /** Every bot token issued for an install (newest last), e.g. to see what a refresh replaced. */
  issuedTokens(filter: { teamId?: string; enterpriseId?: string } = {}): IssuedToken[] {
    return [...this.#issued.values()].filter(
      (t) =>
        (filter.teamId === undefined || t.teamId === filter.teamId) &&
        (filter.enterpriseId === undefined || t.enterpriseId === filter.enterpriseId),
    );
  }

  /** The workspace (or org) removed the app: its tokens stop working, as in Slack. */
  revokeTokens(filter: { teamId?: string; enterpriseId?: string }): void {
    for (const issued of this.issuedTokens(filter)) issued.revoked = true;
    for (const [refresh, grant] of this.#refreshTokens) {
      if (
        (filter.teamId === undefined || grant.teamId === filter.teamId) &&
        (filter.enterpriseId === undefined || grant.enterpriseId === filter.enterpriseId)
      ) {
        this.#refreshTokens.delete(refresh);
      }
    }
  }

  #issue(grant: InstallGrant, expiresIn: number | undefined, refreshToken?: string): IssuedToken {
    const isEnterpriseInstall = Boolean(grant.orgWide);
    const owner = isEnterpriseInstall ? grant.enterpriseId : grant.teamId;
    const issued: IssuedToken = {
      token: `xoxb-${owner}-${++this.#counter}-${randomHex(16)}`,
      teamId: isEnterpriseInstall ? undefined : grant.teamId,
      teamName: isEnterpriseInstall ? undefined : (grant.teamName ?? `Team ${grant.teamId}`),
      enterpriseId: grant.enterpriseId,
      isEnterpriseInstall,
      botUserId: `${this.botUserId}${owner}`,
      botId: `${this.botId}${owner}`,
      expiresAt:
        expiresIn === undefined ? undefined : this.#clock.now().getTime() + expiresIn * 1000,
      refreshToken,
      revoked: false,
      grant,
    };
    this.#issued.set(issued.token, issued);
    return issued;
  }

  #oauthAccess(args: Record<string, unknown>): Record<string, unknown> {
    const clientId = stringOf(args.client_id);
    const clientSecret = stringOf(args.client_secret);
    if (!clientId) throw new SlackApiFailure('invalid_client_id');
    if (this.#options.clientId !== undefined && clientId !== this.#options.clientId) {
      throw new SlackApiFailure('invalid_client_id');
    }
    if (this.#options.clientSecret !== undefined && clientSecret !== this.#options.clientSecret) {
      throw new SlackApiFailure('bad_client_secret');
    }
    if (args.grant_type === 'refresh_token') {
      const refresh = stringOf(args.refresh_token) ?? '';
      const grant = this.#refreshTokens.get(refresh);
      if (!grant) throw new SlackApiFailure('invalid_refresh_token');
      const expiresIn = grant.refreshedExpiresIn ?? 43_200;
      const issued = this.#issue(grant, expiresIn, refresh);
      return {
        access_token: issued.token,
        token_type: 'bot',
        expires_in: expiresIn,
        refresh_token: refresh,
        team: issued.teamId ? { id: issued.teamId, name: issued.teamName } : null,
        enterprise: issued.enterpriseId ? { id: issued.enterpriseId } : null,
        is_enterprise_install: issued.isEnterpriseInstall,
      };
    }
    const code = stringOf(args.code) ?? '';
    const grant = this.#codes.get(code);
    if (!grant) throw new SlackApiFailure('invalid_code');
    this.#codes.delete(code); // a code is good for one exchange
    const refresh = grant.expiresIn === undefined ? undefined : `xoxe-1-${randomHex(24)}`;
    if (refresh) this.#refreshTokens.set(refresh, grant);
    const issued = this.#issue(grant, grant.expiresIn, refresh);
    return {
      access_token: issued.token,
      token_type: 'bot',
      scope: 'commands,chat:write,im:write,users:read,im:history',
      bot_user_id: issued.botUserId,
      app_id: this.appId,
      team: issued.teamId ? { id: issued.teamId, name: issued.teamName } : null,
      enterprise: issued.enterpriseId
        ? { id: issued.enterpriseId, name: `Org ${issued.enterpriseId}` }
        : null,
      authed_user: { id: grant.userId ?? 'U0INSTALLER' },
      is_enterprise_install: issued.isEnterpriseInstall,
      ...(refresh ? { refresh_token: refresh, expires_in: grant.expiresIn } : {}),
    };
  }

  // ---------------------------------------------------------------- calls

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  lastCall(method: string): SlackCall | undefined {
    return this.callsTo(method).at(-1);
  }

  /**
   * Resolves with the first call of `method` (after the first `after` calls recorded so far,
   * default: any, including past ones) that satisfies `predicate`; rejects after `timeoutMs`.
   */
  waitForCall(
    method: string,
    options: {
      predicate?: (call: SlackCall) => boolean;
      after?: number;
      timeoutMs?: number;
    } = {},
  ): Promise<SlackCall> {
    const { predicate = () => true, after = 0, timeoutMs = 5_000 } = options;
    const matches = (call: SlackCall) => call.method === method && predicate(call);
    const past = this.calls.slice(after).find(matches);
    if (past) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const onCall = (call: SlackCall) => {
        if (!matches(call)) return;
        clearTimeout(timer);
        this.off('call', onCall);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.off('call', onCall);
        reject(new Error(`stand-in: no ${method} call within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('call', onCall);
    });
  }

  clearCalls(): void {
    this.calls.length = 0;
    this.peakInFlight = this.inFlight;
  }

  // ---------------------------------------------------------------- users

  addUser(user: Partial<StandinUser> & { id: string }): StandinUser {
    const name = user.name ?? user.id.toLowerCase();
    const full: StandinUser = {
      name,
      real_name: user.real_name ?? name,
      tz: user.tz ?? 'Europe/London',
      tz_label: user.tz_label ?? user.tz ?? 'Europe/London',
      tz_offset: user.tz_offset ?? 0,
      ...user,
    };
    this.#users.set(user.id, full);
    return full;
  }

  user(id: string): StandinUser | undefined {
    return this.#users.get(id);
  }

  // ---------------------------------------------------------------- triggers and views

  /** A fresh trigger id, as Slack puts in an interaction payload. */
  issueTrigger(userId?: string): string {
    const id = `${this.#clock.now().getTime()}.${++this.#counter}.${randomHex(16)}`;
    this.#triggers.set(id, { userId, issuedAt: this.#clock.now().getTime(), used: false });
    return id;
  }

  view(id: string): StandinView | undefined {
    return this.#views.get(id);
  }

  /** The modal views still open (top of each stack last), optionally for one user. */
  openViews(userId?: string): StandinView[] {
    return [...this.#views.values()].filter(
      (view) =>
        !this.#closedViews.has(view.id) &&
        (userId === undefined || this.#viewUsers.get(view.id) === userId),
    );
  }

  /** The user a modal was opened for, when its trigger came from `issueTrigger(userId)`. */
  viewUser(viewId: string): string | undefined {
    return this.#viewUsers.get(viewId);
  }

  homeView(userId: string): StandinView | undefined {
    return this.#homes.get(userId);
  }

  /** Close a modal and the views pushed on top of it (the user pressed Cancel or ×). */
  closeView(viewId: string): void {
    const view = this.#views.get(viewId);
    if (!view) return;
    const root = view.root_view_id ?? view.id;
    for (const candidate of this.#views.values()) {
      if (
        (candidate.root_view_id ?? candidate.id) === root &&
        !this.#closedViews.has(candidate.id)
      ) {
        this.#closedViews.add(candidate.id);
        this.#emit({
          type: 'view',
          action: 'closed',
          view: candidate,
          userId: this.#viewUsers.get(candidate.id),
        });
      }
    }
  }

  /** Record what the user typed or picked in a view (the playground's inputs). */
  setViewState(viewId: string, values: StandinView['state']['values']): void {
    const view = this.#views.get(viewId) ?? this.#findHome(viewId);
    if (view) view.state = { values };
  }

  /**
   * Apply the app's answer to a `view_submission` (its HTTP response body) the way Slack does:
   * `errors` are returned for display, `update`/`push` change the stack, `clear` closes all,
   * an empty answer closes the submitted view.
   */
  applyViewResponse(
    viewId: string,
    response: unknown,
  ): { closed: boolean; errors?: Record<string, string>; view?: StandinView } {
    const body = (response && typeof response === 'object' ? response : {}) as {
      response_action?: string;
      errors?: Record<string, string>;
      view?: Record<string, unknown>;
    };
    const current = this.#views.get(viewId);
    if (!current) return { closed: true };
    switch (body.response_action) {
      case 'errors':
        return { closed: false, errors: body.errors ?? {} };
      case 'update': {
        const view = this.#replaceView(current, body.view ?? {});
        return { closed: false, view };
      }
      case 'push': {
        const view = this.#newView(body.view ?? {}, this.#viewUsers.get(current.id), current);
        return { closed: false, view };
      }
      case 'clear':
        this.closeView(current.root_view_id ?? current.id);
        return { closed: true };
      default:
        this.#closedViews.add(current.id);
        this.#emit({
          type: 'view',
          action: 'closed',
          view: current,
          userId: this.#viewUsers.get(current.id),
        });
        return { closed: true };
    }
  }

  // ---------------------------------------------------------------- conversations

  dmChannel(userId: string): string {
    let channel = this.#dms.get(userId);
    if (!channel) {
      channel = `D${userId.replace(/^[A-Z]/, '')}`;
      this.#dms.set(userId, channel);
    }
    return channel;
  }

  messages(channel: string): StandinMessage[] {
    return this.#messages.get(channel) ?? [];
  }

  message(channel: string, ts: string): StandinMessage | undefined {
    return this.messages(channel).find((message) => message.ts === ts);
  }

  /** A message a person posts (the playground's composer), to be reviewed by the shortcut. */
  postUserMessage(channel: string, userId: string, text: string): StandinMessage {
    const message: StandinMessage = {
      channel,
      ts: this.#nextTs(),
      user: userId,
      text,
      type: 'message',
    };
    this.#store(message);
    this.#emit({ type: 'message', action: 'posted', message });
    return message;
  }

  /**
   * Change or remove a message the way a `response_url` answer with `replace_original` or
   * `delete_original` does (the playground's response URLs); emits like chat.update/chat.delete.
   */
  replaceMessage(
    channel: string,
    ts: string,
    change: { text?: string; blocks?: unknown[] } | 'delete',
  ): StandinMessage | undefined {
    const list = this.messages(channel);
    const index = list.findIndex((message) => message.ts === ts);
    const message = list[index];
    if (!message) return undefined;
    if (change === 'delete') {
      list.splice(index, 1);
      this.#emit({ type: 'message', action: 'deleted', message });
      return message;
    }
    message.text = change.text;
    message.blocks = change.blocks;
    message.edited = { ts: this.#nextTs() };
    this.#emit({ type: 'message', action: 'updated', message });
    return message;
  }

  /** Forget everything: calls, views, messages, failures (users stay). */
  reset(): void {
    this.calls.length = 0;
    this.#views.clear();
    this.#viewUsers.clear();
    this.#closedViews.clear();
    this.#homes.clear();
    this.#messages.clear();
    this.#triggers.clear();
    this.#failures.clear();
  }

  // ---------------------------------------------------------------- HTTP

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only the app calls this server, from this machine, never a web page: a browser would send
    // an Origin (or Sec-Fetch-Site) header, and a rebound DNS name a foreign Host.
    const refusal = refuseBrowsers(req);
    if (refusal) {
      res.writeHead(refusal, { 'content-type': 'text/plain', ...NO_FRAMING });
      res.end(refusal === 421 ? 'misdirected request' : 'cross-origin requests are refused');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    const match = /^\/api\/([a-zA-Z0-9_.]+)$/.exec(url.pathname);
    if (!match?.[1]) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const method = match[1];
    this.inFlight += 1;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    try {
      await this.#handleApi(req, res, url, method);
    } finally {
      this.inFlight -= 1;
    }
  }

  async #handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
  ): Promise<void> {
    const raw = await readBody(req);
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    let args: Record<string, unknown>;
    try {
      args = parseArgs(raw, String(req.headers['content-type'] ?? ''), url.searchParams);
    } catch {
      this.#answer(res, method, {}, undefined, 200, { ok: false, error: 'invalid_form_data' });
      return;
    }
    const token = bearer(req.headers.authorization) ?? stringOf(args.token);
    delete args.token;

    const delayKey = this.#delays.has(method) ? method : this.#delays.has('*') ? '*' : undefined;
    const delay = delayKey ? this.#delays.get(delayKey) : undefined;
    if (delayKey && delay) {
      delay.times -= 1;
      if (delay.times <= 0) this.#delays.delete(delayKey);
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
    }

    const failure = this.#takeFailure(method);
    if (failure?.when === 'before') {
      await this.#answerFailure(res, method, args, token, failure);
      return;
    }

    const authError = this.#checkToken(method, token);
    if (authError) {
      this.#answer(res, method, args, token, 200, { ok: false, error: authError });
      return;
    }
    const handler = this.#handlers[method];
    if (!handler) {
      this.#answer(res, method, args, token, 200, { ok: false, error: 'unknown_method' });
      return;
    }
    let response: Record<string, unknown>;
    try {
      response = { ok: true, ...handler(args, token) };
    } catch (error) {
      if (!(error instanceof SlackApiFailure)) throw error;
      response = { ok: false, error: error.error };
    }
    if (failure) {
      // Acted on, then answered badly: the caller cannot tell that it worked.
      await this.#answerFailure(res, method, args, token, failure);
      return;
    }
    this.#answer(res, method, args, token, 200, response);
  }

  /** The failure this call of `method` gets, if any (counting it against its `times`). */
  #takeFailure(method: string): Required<FailureSpec> | undefined {
    const key = this.#failures.has(method) ? method : this.#failures.has('*') ? '*' : undefined;
    const failure = key ? this.#failures.get(key) : undefined;
    if (!key || !failure) return undefined;
    if (failure.rate < 1 && this.#random() >= failure.rate) return undefined;
    failure.times -= 1;
    if (failure.times <= 0) this.#failures.delete(key);
    return failure;
  }

  async #answerFailure(
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    failure: Required<FailureSpec>,
  ): Promise<void> {
    if (failure.delayMs > 0) await sleep(failure.delayMs);
    if (res.destroyed) return; // the caller gave up waiting (a timeout)
    const headers: Record<string, string> = {};
    if (failure.status === 429) headers['retry-after'] = String(failure.retryAfter);
    this.#answer(
      res,
      method,
      args,
      token,
      failure.status,
      { ok: false, error: failure.error },
      headers,
    );
  }

  #answer(
    res: ServerResponse,
    method: string,
    body: Record<string, unknown>,
    token: string | undefined,
    status: number,
    response: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): void {
    const call: SlackCall = {
      method,
      body,
      token,
      authorization: res.req?.headers.authorization,
      at: this.#clock.now(),
      status,
      response,
    };
    this.calls.push(call);
    if (status >= 500) {
      res.writeHead(status, { 'content-type': 'text/html', ...headers });
      res.end('<html><body>Slack is having trouble</body></html>');
    } else {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(response));
    }
    this.#emit({ type: 'call', call });
  }

  #checkToken(method: string, token: string | undefined): string | undefined {
    if (method === 'api.test' || method === 'oauth.v2.access') return undefined;
    if (!token) return 'not_authed';
    if (method === 'apps.connections.open')
      return token.startsWith('xapp-') ? undefined : 'invalid_auth';
    const issued = token ? this.#issued.get(token) : undefined;
    if (issued) {
      if (issued.revoked) return 'token_revoked';
      if (issued.expiresAt !== undefined && this.#clock.now().getTime() >= issued.expiresAt) {
        return 'token_expired';
      }
      return undefined;
    }
    // Once installs are granted, only the tokens issued for them (and botTokens) are good.
    if (this.#issued.size > 0 && !this.#options.botTokens?.includes(token)) return 'invalid_auth';
    const accepted = this.#options.botTokens;
    if (accepted ? !accepted.includes(token) : !token.startsWith('xoxb-')) return 'invalid_auth';
    return undefined;
  }

  #emit(event: StandinEvent): void {
    this.emit(event.type, event.type === 'call' ? event.call : event);
    this.emit('event', event);
  }

  // ---------------------------------------------------------------- method handlers

  readonly #handlers: Record<string, Handler> = {
    'api.test': (args) => ({ args }),
    'oauth.v2.access': (args) => this.#oauthAccess(args),
    'auth.test': (_args, token) => {
      const issued = token ? this.#issued.get(token) : undefined;
      if (!issued) return this.#authTest();
      const id = issued.isEnterpriseInstall ? issued.enterpriseId : issued.teamId;
      return {
        url: `https://${String(id).toLowerCase()}.slack.com/`,
        team: issued.teamName ?? '',
        user: 'connectnote',
        team_id: issued.teamId ?? '',
        user_id: issued.botUserId,
        bot_id: issued.botId,
        ...(issued.enterpriseId ? { enterprise_id: issued.enterpriseId } : {}),
        is_enterprise_install: issued.isEnterpriseInstall,
      };
    },
    'apps.connections.open': () => {
      if (!this.#options.socketModeUrl) throw new SlackApiFailure('not_allowed_token_type');
      return { url: this.#options.socketModeUrl };
    },
    'users.info': (args, token) => {
      const id = requireString(args.user, 'user_not_found');
      const user =
        this.#users.get(id) ?? (this.#options.strictUsers ? undefined : this.addUser({ id }));
      if (!user) throw new SlackApiFailure('user_not_found');
      return {
        user: {
          ...user,
          team_id: this.#teamOf(token),
          deleted: false,
          is_bot: user.is_bot ?? false,
          profile: { real_name: user.real_name, display_name: user.name },
        },
      };
    },
    'users.list': (args, token) => {
      // Cursor-paged like Slack: the cursor is the offset, `limit` at most 1,000 (Slack advises
      // 200 and may return fewer).
      const limit = Math.max(1, Math.min(Number(args.limit) || 100, 1000));
      const offset =
        Number(
          stringOf(args.cursor) ? Buffer.from(String(args.cursor), 'base64url').toString() : 0,
        ) || 0;
      const all = [...this.#users.values()];
      const page = all.slice(offset, offset + limit);
      const next =
        offset + limit < all.length
          ? Buffer.from(String(offset + limit)).toString('base64url')
          : '';
      return {
        members: page.map((user) => ({
          ...user,
          team_id: this.#teamOf(token),
          deleted: false,
          is_bot: user.is_bot ?? false,
        })),
        cache_ts: Math.floor(this.#clock.now().getTime() / 1000),
        response_metadata: { next_cursor: next },
      };
    },
    'conversations.open': (args) => {
      const users = stringOf(args.users) ?? stringOf(args.user);
      const channel = stringOf(args.channel);
      if (channel) return { channel: { id: channel } };
      const ids = (users ?? '').split(',').filter(Boolean);
      if (ids.length !== 1 || !ids[0])
        throw new SlackApiFailure(ids.length ? 'not_enough_users' : 'users_list_not_supplied');
      if (!this.#options.strictUsers) this.#users.has(ids[0]) || this.addUser({ id: ids[0] });
      if (!this.#users.has(ids[0])) throw new SlackApiFailure('user_not_found');
      return { channel: { id: this.dmChannel(ids[0]) }, no_op: false, already_open: false };
    },
    'conversations.history': (args) => {
      const channel = this.#resolveChannel(args.channel);
      const limit = Math.min(Number(args.limit) || 100, 1000);
      const withMetadata =
        args.include_all_metadata === true || args.include_all_metadata === 'true';
      const messages = this.messages(channel)
        .filter((message) => !message.ephemeralTo)
        .slice(-limit)
        .reverse()
        .map(({ channel: _channel, ephemeralTo: _e, metadata, ...message }) =>
          withMetadata && metadata !== undefined ? { ...message, metadata } : message,
        );
      return { messages, has_more: false, pin_count: 0 };
    },
    'chat.postMessage': (args) => {
      const channel = this.#resolveChannel(args.channel);
      if (!args.text && !args.blocks && !args.attachments) throw new SlackApiFailure('no_text');
      const message: StandinMessage = {
        ...pick(args, ['text', 'blocks', 'attachments', 'metadata', 'thread_ts']),
        channel,
        ts: this.#nextTs(),
        type: 'message',
        user: this.botUserId,
        bot_id: this.botId,
      };
      this.#store(message);
      this.#emit({ type: 'message', action: 'posted', message });
      return { channel, ts: message.ts, message };
    },
    'chat.postEphemeral': (args) => {
      const channel = this.#resolveChannel(args.channel);
      const user = requireString(args.user, 'user_not_found');
      if (!args.text && !args.blocks) throw new SlackApiFailure('no_text');
      const message: StandinMessage = {
        ...pick(args, ['text', 'blocks', 'attachments', 'thread_ts']),
        channel,
        ts: this.#nextTs(),
        type: 'message',
        user: this.botUserId,
        bot_id: this.botId,
        ephemeralTo: user,
      };
      this.#store(message);
      this.#emit({ type: 'message', action: 'posted', message });
      return { message_ts: message.ts };
    },
    'chat.update': (args) => {
      const channel = this.#resolveChannel(args.channel);
      const ts = requireString(args.ts, 'message_not_found');
      const message = this.message(channel, ts);
      if (!message || message.ephemeralTo) throw new SlackApiFailure('message_not_found');
      if (message.bot_id !== this.botId) throw new SlackApiFailure('cant_update_message');
      Object.assign(message, pick(args, ['text', 'blocks', 'attachments', 'metadata']));
      message.edited = { ts: this.#nextTs() };
      this.#emit({ type: 'message', action: 'updated', message });
      return { channel, ts, text: message.text, message };
    },
    'chat.delete': (args) => {
      const channel = this.#resolveChannel(args.channel);
      const ts = requireString(args.ts, 'message_not_found');
      const list = this.messages(channel);
      const index = list.findIndex((message) => message.ts === ts);
      const message = list[index];
      if (!message) throw new SlackApiFailure('message_not_found');
      if (message.bot_id !== this.botId) throw new SlackApiFailure('cant_delete_message');
      list.splice(index, 1);
      this.#emit({ type: 'message', action: 'deleted', message });
      return { channel, ts };
    },
    'views.open': (args) => {
      const trigger = this.#useTrigger(args.trigger_id ?? args.interactivity_pointer);
      const view = this.#newView(requireView(args.view), trigger.userId);
      return { view };
    },
    'views.push': (args) => {
      const trigger = this.#useTrigger(args.trigger_id ?? args.interactivity_pointer);
      const top = [...this.#views.values()]
        .reverse()
        .find(
          (view) =>
            !this.#closedViews.has(view.id) &&
            (trigger.userId === undefined || this.#viewUsers.get(view.id) === trigger.userId),
        );
      if (!top) throw new SlackApiFailure('not_found');
      const view = this.#newView(requireView(args.view), trigger.userId, top);
      return { view };
    },
    'views.update': (args) => {
      const viewId = stringOf(args.view_id);
      const externalId = stringOf(args.external_id);
      if (!viewId && !externalId) throw new SlackApiFailure('invalid_arguments');
      const current = viewId
        ? (this.#views.get(viewId) ?? this.#findHome(viewId))
        : [...this.#views.values()].find((view) => view.external_id === externalId);
      if (!current) throw new SlackApiFailure('not_found');
      const hash = stringOf(args.hash);
      if (hash && hash !== current.hash) throw new SlackApiFailure('hash_conflict');
      const view = this.#replaceView(current, requireView(args.view));
      return { view };
    },
    'views.publish': (args) => {
      const userId = requireString(args.user_id, 'invalid_arguments');
      const body = requireView(args.view);
      if (body.type !== 'home') throw new SlackApiFailure('invalid_arguments');
      const previous = this.#homes.get(userId);
      const hash = stringOf(args.hash);
      if (hash && previous && hash !== previous.hash) throw new SlackApiFailure('hash_conflict');
      const view = this.#makeView(body, previous?.id);
      this.#homes.set(userId, view);
      this.#emit({ type: 'home', userId, view });
      return { view };
    },
  };

  /** The workspace a token acts in: its install's, else the stand-in's one workspace. */
  #teamOf(token: string | undefined): string {
    return (token ? this.#issued.get(token)?.teamId : undefined) ?? this.teamId;
  }

  /** auth.test for a token the stand-in did not issue through OAuth: the one workspace. */
  #authTest(): Record<string, unknown> {
    return {
      url: 'https://connectnote-playground.slack.com/',
      team: this.teamName,
      user: 'connectnote',
      team_id: this.teamId,
      user_id: this.botUserId,
      bot_id: this.botId,
      is_enterprise_install: false,
    };
  }

  #useTrigger(value: unknown): { userId?: string } {
    const id = stringOf(value);
    if (!id) throw new SlackApiFailure('invalid_arguments');
    const trigger = this.#triggers.get(id);
    if (!trigger) return {};
    const ttl = this.#options.triggerTtlMs;
    if (ttl !== undefined && this.#clock.now().getTime() - trigger.issuedAt > ttl) {
      throw new SlackApiFailure('expired_trigger_id');
    }
    if (trigger.used) throw new SlackApiFailure('exchanged_trigger_id');
    trigger.used = true;
    return { userId: trigger.userId };
  }

  #makeView(body: Record<string, unknown>, id?: string): StandinView {
    const viewId = id ?? `V${(++this.#counter).toString(36).toUpperCase().padStart(8, '0')}`;
    return {
      ...body,
      id: viewId,
      team_id: this.teamId,
      type: body.type === 'home' ? 'home' : 'modal',
      callback_id: stringOf(body.callback_id) ?? '',
      private_metadata: stringOf(body.private_metadata) ?? '',
      external_id: stringOf(body.external_id) ?? '',
      state: { values: {} },
      hash: `${Math.floor(this.#clock.now().getTime() / 1000)}.${randomHex(8)}`,
      root_view_id: null,
      previous_view_id: null,
      app_id: this.appId,
      bot_id: this.botId,
    };
  }

  #newView(
    body: Record<string, unknown>,
    userId: string | undefined,
    below?: StandinView,
  ): StandinView {
    const externalId = stringOf(body.external_id);
    if (externalId && [...this.#views.values()].some((view) => view.external_id === externalId)) {
      throw new SlackApiFailure('duplicate_external_id');
    }
    const view = this.#makeView(body);
    view.root_view_id = below ? (below.root_view_id ?? below.id) : view.id;
    view.previous_view_id = below ? below.id : null;
    if (userId) this.#viewUsers.set(view.id, userId);
    this.#views.set(view.id, view);
    this.#emit({ type: 'view', action: below ? 'pushed' : 'opened', view, userId });
    return view;
  }

  #replaceView(current: StandinView, body: Record<string, unknown>): StandinView {
    if (current.type === 'home') {
      const view = this.#makeView({ ...body, type: 'home' }, current.id);
      for (const [userId, home] of this.#homes) {
        if (home.id === current.id) {
          this.#homes.set(userId, view);
          this.#emit({ type: 'home', userId, view });
        }
      }
      return view;
    }
    const view: StandinView = {
      ...this.#makeView(body, current.id),
      root_view_id: current.root_view_id,
      previous_view_id: current.previous_view_id,
      state: current.state,
    };
    this.#views.set(view.id, view);
    this.#emit({ type: 'view', action: 'updated', view, userId: this.#viewUsers.get(view.id) });
    return view;
  }

  #findHome(viewId: string): StandinView | undefined {
    return [...this.#homes.values()].find((view) => view.id === viewId);
  }

  #resolveChannel(value: unknown): string {
    const channel = stringOf(value);
    if (!channel) throw new SlackApiFailure('channel_not_found');
    // Posting to a user id lands in the app's DM with that user, as in Slack.
    if (/^[UW]/.test(channel)) return this.dmChannel(channel);
    if (!/^[CDG][A-Z0-9]+$/.test(channel)) throw new SlackApiFailure('channel_not_found');
    return channel;
  }

  #store(message: StandinMessage): void {
    const list = this.#messages.get(message.channel) ?? [];
    list.push(message);
    this.#messages.set(message.channel, list);
  }

  #nextTs(): string {
    const micros = Math.max(this.#clock.now().getTime() * 1000, this.#lastTs + 1);
    this.#lastTs = micros;
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }
}

/** Start a stand-in Slack on loopback; `close()` it when done. */
export async function startSlackStandin(options: SlackStandinOptions = {}): Promise<SlackStandin> {
  return new SlackStandin(options).start();
}

// ------------------------------------------------------------------ helpers

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const NO_FRAMING = {
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
};

/** 421 for a Host that is not this machine's, 403 for a request a web page made; else 0. */
function refuseBrowsers(req: IncomingMessage): number {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') return 421;
  if (req.headers.origin !== undefined) return 403;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none' && site !== 'same-origin') return 403;
  return 0;
}

function parseArgs(
  raw: string,
  contentType: string,
  query: URLSearchParams,
): Record<string, unknown> {
  const args: Record<string, unknown> = Object.fromEntries(query);
  if (!raw) return args;
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
    return { ...args, ...(parsed as Record<string, unknown>) };
  }
  // Only a form is read as one: a page can send text/plain across origins without asking.
  if (!contentType.includes('application/x-www-form-urlencoded')) return args;
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? decodeJsonField(value) : value;
  }
  return args;
}

function decodeJsonField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function requireString(value: unknown, error: string): string {
  const text = stringOf(value);
  if (!text) throw new SlackApiFailure(error);
  return text;
}

function requireView(value: unknown): Record<string, unknown> {
  const view = typeof value === 'string' ? decodeJsonField(value) : value;
  if (!view || typeof view !== 'object' || Array.isArray(view)) {
    throw new SlackApiFailure('invalid_arguments');
  }
  return view as Record<string, unknown>;
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function randomHex(length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(Math.random() * 0x100000000).toString(16);
  return out.slice(0, length);
}
