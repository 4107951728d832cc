// In front of Bolt's HTTP receiver: Bolt reads a request body whole before it checks the
// signature, so a stranger could make the app hold hundreds of megabytes or keep connections
// open by sending slowly. Here a body over 1 MB is refused with 413 before more is read
// (SPEC §7), a body that does not arrive in time gets 408, and the connection is dropped.
// Signed bodies of an odd shape (JSON null, an event that is not an object, an interaction
// without a user) get 400 here instead of a 500 or no answer at all from deeper down.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerOptions, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

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
  // Node reads and discards the rest of a request whose response has ended ("dumping" it)
  // unless the request is being consumed: it would take in all 300 MB, just to drop them.
  (req as IncomingMessage & { _consuming?: boolean })._consuming = true;
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
      if (form.payload === undefined)
        body = form; // a slash command or ssl_check
      else if (typeof form.payload !== 'string') return 400;
      else body = JSON.parse(form.payload);
    } else {
      body = JSON.parse(text);
    }
  } catch {
    return 400;
  }
  return isObject(body) && wellFormed(body) ? undefined : 400;
}

// What Bolt itself reads from a body before any listener runs (routing, authorization, the
// context): when these are missing or of the wrong type it throws, and answers 500. Bolt tells
// the kinds apart the same way (getTypeAndConversation): by `event`, `command`, `actions`, then
// `type`.
const id = z.string().min(1);
const ref = z.union([z.null(), z.object({ id: id.nullish() }).loose()]).optional();
const interaction = {
  type: z.string(),
  user: z.object({ id, team_id: id.nullish() }).loose(),
  team: ref,
  enterprise: ref,
  // Bolt reads `channel.id` whenever `channel` is not undefined: null would throw.
  channel: z.object({ id: id.nullish() }).loose().optional(),
  trigger_id: z.string().optional(),
  api_app_id: z.string().optional(),
  is_enterprise_install: z.boolean().optional(),
  // Bolt reads `response_urls.length` when the field is there at all (App.processEvent).
  response_urls: z.array(z.object({ response_url: z.string() }).loose()).optional(),
};
const view = z.object({ id: z.string().optional(), callback_id: z.string() }).loose();
const actionsSchema = z
  .object({
    ...interaction,
    actions: z
      .array(z.object({ action_id: z.string(), block_id: z.string().optional() }).loose())
      .min(1),
    container: z.object({}).loose().optional(),
    view: view.nullish(),
    message: z.object({}).loose().nullish(),
  })
  .loose();
const viewSchema = z.object({ ...interaction, view }).loose();
const shortcutSchema = z.object({ ...interaction, callback_id: z.string() }).loose();
const optionsSchema = z.object(interaction).loose();
const commandSchema = z
  .object({
    command: z.string(),
    user_id: id,
    team_id: id.optional(),
    channel_id: z.string().optional(),
  })
  .loose();
const eventSchema = z
  .object({
    team_id: id.optional(),
    enterprise_id: id.nullish(),
    api_app_id: z.string().optional(),
    event: z
      .object({
        type: z.string(),
        user: z.union([z.string(), z.object({}).loose()]).optional(),
        channel: z.union([z.string(), z.object({}).loose()]).optional(),
        // Bolt asks `'channel' in event.item` whenever `item` is there.
        item: z.object({}).loose().optional(),
      })
      .loose(),
    authorizations: z
      .array(z.object({ team_id: id.nullish(), user_id: id.nullish() }).loose())
      .optional(),
  })
  .loose();

function wellFormed(body: Record<string, unknown>): boolean {
  if (body.ssl_check !== undefined || body.type === 'url_verification') return true;
  if (body.event !== undefined) return eventSchema.safeParse(body).success;
  if (body.command !== undefined) return commandSchema.safeParse(body).success;
  if (body.actions !== undefined || body.type === 'block_actions') {
    return actionsSchema.safeParse(body).success;
  }
  if (body.type === 'dialog_submission') return optionsSchema.safeParse(body).success;
  if (body.type === 'view_submission' || body.type === 'view_closed') {
    return viewSchema.safeParse(body).success;
  }
  if (body.type === 'shortcut' || body.type === 'message_action') {
    return shortcutSchema.safeParse(body).success;
  }
  if (body.name !== undefined || body.type === 'block_suggestion') {
    return optionsSchema.safeParse(body).success;
  }
  return true;
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
