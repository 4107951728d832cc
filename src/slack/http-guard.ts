// In front of Bolt's HTTP receiver: Bolt reads a request body whole before it checks the
// signature, so a stranger could make the app hold hundreds of megabytes or keep connections
// open by sending slowly. Here a body over 1 MB is refused with 413 before more is read
// (SPEC §7), a body that does not arrive in time gets 408, and the connection is dropped.
// Signed bodies of an odd shape (JSON null, an event that is not an object, an interaction
// without a user) get 400 here instead of a 500 or no answer at all from deeper down.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** How long a request body may take to arrive (Slack's are a few KB, sent at once). */
export const BODY_TIMEOUT_MS = 5_000;
/** Slack's own window for request timestamps, both ways. */
const MAX_SKEW_SECONDS = 5 * 60;

/** Node's own limits for the server: headers and whole requests, checked every second. */
export function serverOptions(bodyTimeoutMs = BODY_TIMEOUT_MS): ServerOptions {
  return {
    headersTimeout: Math.max(1_000, bodyTimeoutMs),
    requestTimeout: Math.max(2_000, bodyTimeoutMs * 2),
    connectionsCheckingInterval: 1_000,
    maxHeaderSize: 16 * 1024,
  };
}

export interface GuardOptions {
  path: string;
  signingSecret: string;
  bodyLimit?: number;
  bodyTimeoutMs?: number;
  logger: { warn(...message: unknown[]): void };
}

/** Wrap a receiver's request listener: POSTs to `path` are read, bounded and checked first. */
export function guardRequests(next: RequestListener, options: GuardOptions): RequestListener {
  const limit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  const timeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) return next(req, res);

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      options.logger.warn(`refused a request body of ${declared} bytes (over ${limit})`);
      return refuse(req, res, 413);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      req.removeListener('data', onData);
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settle();
      options.logger.warn(`dropped a request whose body took over ${timeoutMs} ms`);
      refuse(req, res, 408);
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        settle();
        chunks.length = 0;
        options.logger.warn(`refused a request body over ${limit} bytes`);
        refuse(req, res, 413);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', () => {
      if (settled) return;
      settle();
      req.destroy();
    });
    req.on('end', () => {
      if (settled) return;
      settle();
      const raw = Buffer.concat(chunks);
      const status = check(req, raw, options.signingSecret);
      if (status) {
        res.writeHead(status);
        res.end();
        return;
      }
      // Bolt takes a body already read from `rawBody` (bufferIncomingMessage).
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
      next(req, res);
    });
  };
}

/** Answer now, read nothing more, and hang up once the answer has had time to arrive. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  req.pause();
  if (!res.headersSent) {
    res.writeHead(status);
    res.end();
  }
  // Closing at once with unread data would reset the connection before the client reads
  // the status; the paused socket reads nothing meanwhile (TCP back-pressure).
  setTimeout(() => req.socket.destroy(), 500).unref();
}

/**
 * A status to answer instead of handing the request to Bolt, or undefined. Only requests
 * with a good signature get a 400 for their shape; the rest go on to Bolt, which answers 401.
 */
function check(req: IncomingMessage, raw: Buffer, secret: string): number | undefined {
  const timestamp = Number(header(req, 'x-slack-request-timestamp'));
  if (Number.isFinite(timestamp) && timestamp > Date.now() / 1000 + MAX_SKEW_SECONDS) return 401;
  if (!signed(req, raw, secret, timestamp)) return undefined;
  const text = raw.toString('utf8');
  // Bolt parses a form only under exactly this content type, and JSON under any other.
  const type = header(req, 'content-type');
  let body: unknown;
  try {
    if (type === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      if (form.payload === undefined) return undefined; // a slash command or ssl_check
      if (typeof form.payload !== 'string') return 400;
      body = JSON.parse(form.payload);
      if (!isObject(body)) return 400;
      const user = body.user;
      return isObject(user) && typeof user.id === 'string' ? undefined : 400;
    }
    body = JSON.parse(text);
  } catch {
    return 400;
  }
  if (!isObject(body)) return 400;
  if (body.type === 'event_callback' && !isObject(body.event)) return 400;
  return undefined;
}

function signed(req: IncomingMessage, raw: Buffer, secret: string, timestamp: number): boolean {
  const signature = header(req, 'x-slack-signature');
  if (!signature || !Number.isFinite(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > MAX_SKEW_SECONDS) return false;
  const hmac = createHmac('sha256', secret);
  hmac.update(`v0:${timestamp}:`); // as Bolt signs it: the header read as a number
  hmac.update(raw);
  const expected = Buffer.from(`v0=${hmac.digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
