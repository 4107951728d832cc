// The Bolt app: built from config (Socket Mode with an app token, else HTTP), listeners
// registered, started, and stopped gracefully. Used by main.ts, the playground and the tests.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  type CustomRoute,
  HTTPReceiver,
  type LogLevel,
  type Receiver,
  SocketModeReceiver,
} from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { receiverOAuthOptions, registerOAuth } from '../oauth/bolt.js';
import { interactiveClientOptions } from './client.js';
import type { AppDeps } from './deps.js';
import { slackErrorName } from './errors.js';
import { BODY_LIMIT_BYTES, guardRequests, serverOptions } from './http-guard.js';
import { registerListeners } from './listeners/index.js';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** main.ts: how long /healthz answers 503 before the listener closes. */
export const STOP_GRACE_MS = 5_000;
export { INTERACTIVE_RETRIES } from './client.js';

export interface StartAppOptions {
  /** Overrides `config.port` (0: an ephemeral port, see `RunningApp.port`). */
  port?: number;
  /** Interface to listen on (default: all; tests and the playground use 127.0.0.1). */
  host?: string;
  /** Merged into the Web API client's options, e.g. `{ retryConfig: { retries: 0 } }`. */
  clientOptions?: Partial<WebClientOptions>;
  /** How long `stop()` waits for work in flight (default 10 s). */
  shutdownTimeoutMs?: number;
  /**
   * How long `stop()` keeps serving, with `/healthz` answering 503, before it closes the
   * listener, so a load balancer polling it stops sending first (default 0; main.ts: 5 s).
   */
  stopGraceMs?: number;
  /** How long a request body may take to arrive before the app hangs up (default 5 s). */
  bodyTimeoutMs?: number;
  /** More listeners to register after the app's own (e.g. the playground's). */
  register?: (app: App, deps: AppDeps) => void;
}

export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  receiver: HTTPReceiver | SocketModeReceiver;
  /** Resolves when every request being handled now has finished. */
  drain(timeoutMs: number): Promise<boolean>;
  /** Flips `/healthz` to 503 so a load balancer stops sending requests. */
  markStopping(): void;
}

export interface RunningApp extends SlackApp {
  /** The bound HTTP port: the request URL's in HTTP mode, `/healthz`'s in Socket Mode. */
  port: number;
  /** `http://HOST:PORT/slack/events` in HTTP mode. */
  eventsUrl?: string;
  /** `http://HOST:PORT` */
  baseUrl: string;
  /** Stop taking requests, finish those in flight, then resolve. Safe to call twice. */
  stop(): Promise<void>;
}

/** Build the Bolt app and register its listeners; nothing is started and no call is made. */
export function createSlackApp(deps: AppDeps, options: StartAppOptions = {}): SlackApp {
  const { config } = deps;
  if (config.mode === 'playground' || (!config.slackBotToken && !config.oauth)) {
    throw new Error(
      'The Slack app needs SLACK_BOT_TOKEN (without it, npm start runs the playground)',
    );
  }
  // OAuth (distributable): Bolt's InstallProvider, built by the receiver from these options,
  // serves the install pages and finds each request's installation and token.
  if (config.oauth && !deps.oauth) throw new Error('OAuth mode needs its installation store');
  const oauth = deps.oauth ? receiverOAuthOptions(deps.oauth, config.slackApiUrl) : undefined;
  const logger = deps.logger;
  const logLevel = logger.getLevel?.() ?? (config.logLevel as LogLevel);
  // A person is waiting on every call: retry briefly, never for minutes (the Web API client's
  // default); never repeat a post blind; a 429 waits out only the call it answered (client.ts).
  // Under OAuth, Bolt builds each installation's client from these same options.
  const clientOptions: WebClientOptions = interactiveClientOptions({
    slackApiUrl: config.slackApiUrl,
    logger,
    ...options.clientOptions,
  });

  let stopping = false;
  const health: CustomRoute = {
    path: HEALTH_PATH,
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(stopping ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: !stopping, mode: config.mode }));
    },
  };

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (config.mode === 'socket' && config.slackAppToken) {
    receiver = new SocketModeReceiver({
      appToken: config.slackAppToken,
      logger,
      logLevel,
      customRoutes: [health],
      ...oauth,
      installerOptions: {
        port: options.port ?? config.port,
        clientOptions,
        ...oauth?.installerOptions,
      },
    });
  } else {
    if (!config.slackSigningSecret) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
    receiver = new HTTPReceiver({
      signingSecret: config.slackSigningSecret,
      ...oauth,
      endpoints: EVENTS_PATH,
      port: options.port ?? config.port,
      customRoutes: [health],
      logger,
      logLevel,
      // Acknowledge as soon as a listener calls ack(); the rest of its work continues.
      processBeforeResponse: false,
      bodyLimit: BODY_LIMIT_BYTES,
    });
    // Bolt reads a whole body before checking its signature: bound and check it first.
    receiver.requestListener = guardRequests(receiver.requestListener, {
      path: EVENTS_PATH,
      signingSecret: config.slackSigningSecret,
      bodyTimeoutMs: options.bodyTimeoutMs,
      logger,
    });
  }

  const app = new App({
    token: oauth ? undefined : config.slackBotToken,
    receiver: receiver as Receiver,
    logger,
    logLevel,
    clientOptions,
    // auth.test runs once in startApp (app.init), against SLACK_API_URL, never at import time.
    deferInitialization: true,
    tokenVerificationEnabled: true,
    convoStore: false,
  });

  // Count the requests being handled, so that stop() can let them finish.
  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });

  app.error(async (error) => {
    // Listeners are wrapped (listeners/safely.ts) and never throw; this catches the rest
    // (authorization, middleware), logged without the request body.
    logger.error('Bolt could not process a request', error);
  });

  if (deps.oauth) {
    registerOAuth(app, { ...deps, oauth: deps.oauth, now: () => deps.clock.now() });
  }
  registerListeners(app, deps);
  options.register?.(app, deps);

  return {
    app,
    mode: receiver instanceof SocketModeReceiver ? 'socket' : 'http',
    receiver,
    markStopping: () => {
      stopping = true;
    },
    drain: async (timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        const timeout = new Promise((resolve) =>
          setTimeout(resolve, deadline - Date.now()).unref(),
        );
        await Promise.race([Promise.allSettled([...inFlight]), timeout]);
      }
      return inFlight.size === 0;
    },
  };
}

/**
 * Build and start the app: checks the bot token (auth.test against SLACK_API_URL), then
 * listens (HTTP) or connects (Socket Mode). Rejects with a one-line error when Slack refuses.
 */
export async function startApp(deps: AppDeps, options: StartAppOptions = {}): Promise<RunningApp> {
  const slack = createSlackApp(deps, options);
  const { app, receiver } = slack;
  try {
    await app.init();
  } catch (error) {
    const name = slackErrorName(error);
    throw new Error(
      name && name !== 'request_error' && name !== 'http_error'
        ? `Slack refused SLACK_BOT_TOKEN (auth.test: ${name})`
        : `could not reach Slack at SLACK_API_URL ${deps.config.slackApiUrl} (${describe(error)})`,
    );
  }

  const port = options.port ?? deps.config.port;
  let server: Server | undefined;
  if (receiver instanceof HTTPReceiver) {
    server = await receiver.start(
      options.host ? { port, host: options.host } : { port },
      serverOptions(options.bodyTimeoutMs),
    );
  } else {
    // Bolt's Socket Mode receiver serves custom routes (/healthz) from its own HTTP server and
    // leaves its errors unhandled: a port in use would crash the process. Catch them here.
    server = (receiver as unknown as { httpServer?: Server }).httpServer;
    let failed: (error: Error) => void = () => undefined;
    const listenFailure = new Promise<never>((_, reject) => {
      failed = reject;
    });
    server?.once('error', failed);
    try {
      await Promise.race([receiver.start(), listenFailure]);
    } catch (error) {
      await receiver.stop().catch(() => undefined);
      throw error;
    } finally {
      server?.off('error', failed);
    }
    server?.on('error', (error) => deps.logger.error('health check server', error));
  }
  const address = server?.address() as AddressInfo | null | undefined;
  const boundPort = address?.port ?? port;
  const host = options.host ?? '127.0.0.1';
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  deps.logger.info(
    slack.mode === 'http'
      ? `listening for Slack on ${baseUrl}${EVENTS_PATH}`
      : `connected to Slack in Socket Mode (health check on ${baseUrl}${HEALTH_PATH})`,
  );

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      slack.markStopping();
      const grace = options.stopGraceMs ?? 0;
      if (grace > 0) {
        deps.logger.info(`health check answers 503; closing the listener in ${grace} ms`);
        await new Promise((resolve) => setTimeout(resolve, grace));
      }
      try {
        await app.stop();
      } catch (error) {
        deps.logger.warn('stopping the receiver', error);
      }
      const drained = await slack.drain(options.shutdownTimeoutMs ?? 10_000);
      if (!drained) deps.logger.warn('stopped with requests still in flight');
    })();
    return stopped;
  };

  return {
    ...slack,
    port: boundPort,
    baseUrl,
    eventsUrl: slack.mode === 'http' ? `${baseUrl}${EVENTS_PATH}` : undefined,
    stop,
  };
}

function describe(error: unknown): string {
  const e = error as { original?: { message?: string }; message?: string };
  return e?.original?.message ?? e?.message ?? String(error);
}
