// The playground's web server, loopback only: serves the page, streams what the page shows as
// server-sent events, takes the page's clicks (see interactions.ts) and the app's answers to
// response URLs, and watches that the app still answers.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { z } from 'zod';
import {
  AppUnreachable,
  type PageActions,
  PlaygroundProblem,
  pageRequests,
  safeJson,
} from './interactions.js';
import type { PlaygroundWorld, ResponseBody } from './world.js';

export interface PageServerOptions {
  world: PlaygroundWorld;
  actions: PageActions;
  /** The app's base URL, for its GET /healthz. */
  appUrl: string;
  /** Default 127.0.0.1 (and ::1 where the machine has it). */
  host?: string;
  port?: number;
  /** How often to check that the app still answers while a page is open (ms). */
  healthEveryMs?: number;
  log?: (line: string) => void;
}

const PUBLIC_DIR = new URL('./public/', import.meta.url);
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const NOT_ANSWERING = 'ConnectNote isn’t answering — is `npm start` still running?';

export class PageServer {
  readonly #o: PageServerOptions;
  readonly #servers: Server[] = [];
  readonly #clients = new Set<ServerResponse>();
  #url = '';
  #pending = false;
  #health?: NodeJS.Timeout;
  readonly #onChange = () => this.#schedule();

  constructor(options: PageServerOptions) {
    this.#o = options;
  }

  /** The URL to open. */
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
    this.#o.actions.callbackBase = `http://127.0.0.1:${port}`;
    this.#o.world.on('change', this.#onChange);
    this.#health = setInterval(() => {
      if (this.#clients.size > 0) void this.#checkHealth();
    }, this.#o.healthEveryMs ?? 2_000);
    this.#health.unref();
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.#health);
    this.#o.world.off('change', this.#onChange);
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

  /** Tell every open page something (e.g. the app was too slow). */
  notice(text: string): void {
    const data = `event: notice\ndata: ${JSON.stringify({ text })}\n\n`;
    for (const client of this.#clients) client.write(data);
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

  /** Coalesce bursts of changes into one push. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    setImmediate(() => {
      this.#pending = false;
      if (this.#clients.size === 0) return;
      const data = `event: state\ndata: ${JSON.stringify(this.#o.world.snapshot())}\n\n`;
      for (const client of this.#clients) client.write(data);
    });
  }

  async #checkHealth(): Promise<void> {
    try {
      const res = await fetch(new URL('/healthz', this.#o.appUrl), {
        signal: AbortSignal.timeout(1_500),
      });
      await res.arrayBuffer();
      this.#o.world.appUp = res.ok;
    } catch {
      this.#o.world.appUp = false;
    }
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://playground').pathname;
    // No other site may frame the page (a framed page can be clicked through).
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('content-security-policy', "frame-ancestors 'none'");
    // Only loopback names: a web page elsewhere cannot reach this server by rebinding a name.
    if (!isLoopbackHost(req.headers.host)) return text(res, 421, 'misdirected request');
    if (req.method === 'GET') {
      if (path === '/') return this.#file(res, 'index.html');
      if (path.startsWith('/assets/')) return this.#file(res, path.slice('/assets/'.length));
      if (path === '/api/events') return this.#events(req, res);
      if (path === '/api/state') return json(res, 200, this.#o.world.snapshot());
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
    if (path.startsWith('/respond/'))
      return this.#respond(res, path.slice('/respond/'.length), raw);
    const body = raw ? safeJson(raw) : {};
    if (body === undefined) return json(res, 400, { ok: false, error: 'bad_json' });
    try {
      const result = await this.#api(path, body);
      if (result === undefined) return json(res, 404, { ok: false, error: 'not_found' });
      return json(res, 200, { ok: true, ...result });
    } catch (error) {
      if (error instanceof AppUnreachable) {
        return json(res, 502, { ok: false, error: 'app_unreachable', message: NOT_ANSWERING });
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

  #api(path: string, body: unknown): Promise<Record<string, unknown>> | undefined {
    const { actions } = this.#o;
    switch (path) {
      case '/api/composer':
        return actions.composer(pageRequests.composer.parse(body));
      case '/api/shortcut':
        return actions.shortcut(pageRequests.shortcut.parse(body));
      case '/api/action':
        return actions.action(pageRequests.action.parse(body));
      case '/api/submit':
        return actions.submit(pageRequests.submit.parse(body));
      case '/api/close':
        return actions.close(pageRequests.close.parse(body));
      case '/api/home-opened':
        return actions.homeOpened();
      case '/api/clock':
        return actions.moveClock(pageRequests.clock.parse(body));
      default:
        return undefined;
    }
  }

  async #file(res: ServerResponse, name: string): Promise<void> {
    if (!/^[a-z0-9-]+\.(js|css|html|svg|png)$/.test(name)) return text(res, 404, 'not found');
    try {
      const content = await readFile(new URL(name, PUBLIC_DIR));
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
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
      res.write(`event: state\ndata: ${JSON.stringify(this.#o.world.snapshot())}\n\n`);
    });
  }

  /** The app answering through a response_url, as Slack's hooks would take it. */
  #respond(res: ServerResponse, id: string, raw: string): void {
    const target = this.#o.actions.responseTarget(id);
    const body = safeJson(raw) as ResponseBody | undefined;
    if (!target || !body || typeof body !== 'object') {
      json(res, 404, { ok: false, error: 'expired_url' });
      return;
    }
    this.#o.world.applyResponse(target, body);
    json(res, 200, { ok: true });
  }
}

function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  return name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
}

function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
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
