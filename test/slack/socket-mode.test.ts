// Socket Mode: chosen when SLACK_APP_TOKEN is set, connects through apps.connections.open
// (at SLACK_API_URL) to a WebSocket, and handles what arrives there like an HTTP request.
import type { AddressInfo } from 'node:net';
import { HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createSlackApp, type RunningApp, startApp } from '../../src/slack/app.js';
import type { AppDeps } from '../../src/slack/deps.js';
import {
  type SlackStandin,
  slashCommand,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';
import { BOT_TOKEN, USER } from './harness.js';

const APP_TOKEN = 'xapp-1-A0CONNECTNOTE-test-app-token';

async function depsFor(
  env: Record<string, string>,
): Promise<{ deps: AppDeps; store: Store; logs: string[] }> {
  const config = loadConfig({ STORE_URL: 'memory://', PORT: '0', ...env });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const clock = new ManualClock();
  const store = await openStore(config.storeUrl);
  const tracking = new Tracking({ store, clock, config, logger });
  return { deps: { config, logger, clock, tracking }, store, logs };
}

describe('mode selection', () => {
  it('builds a Socket Mode receiver with SLACK_APP_TOKEN, an HTTP receiver without', async () => {
    const socket = await depsFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    expect(socket.deps.config.mode).toBe('socket');
    const s = createSlackApp(socket.deps);
    expect(s.mode).toBe('socket');
    expect(s.receiver).toBeInstanceOf(SocketModeReceiver);

    const http = await depsFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 'secret' });
    expect(http.deps.config.mode).toBe('http');
    const h = createSlackApp(http.deps);
    expect(h.mode).toBe('http');
    expect(h.receiver).toBeInstanceOf(HTTPReceiver);

    const none = await depsFor({});
    expect(none.deps.config.mode).toBe('playground');
    expect(() => createSlackApp(none.deps)).toThrow(/SLACK_BOT_TOKEN/);
    await Promise.all([socket.store.close(), http.store.close(), none.store.close()]);
  });
});

describe('Socket Mode start-up, against a local WebSocket stand-in', () => {
  let wss: WebSocketServer;
  let slack: SlackStandin;
  let app: RunningApp;
  let store: Store;
  const sockets: WebSocket[] = [];
  const received: Array<{ envelope_id?: string; payload?: unknown }> = [];

  beforeAll(async () => {
    wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const wsPort = (wss.address() as AddressInfo).port;
    wss.on('connection', (socket) => {
      sockets.push(socket);
      socket.on('message', (data) => received.push(JSON.parse(String(data))));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'standin', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0CONNECTNOTE' },
        }),
      );
    });
    slack = await startSlackStandin({
      socketModeUrl: `ws://127.0.0.1:${wsPort}/link?ticket=standin`,
    });
    const built = await depsFor({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.url,
    });
    store = built.store;
    app = await startApp(built.deps, { clientOptions: { retryConfig: { retries: 0 } } });
  });

  afterAll(async () => {
    await app?.stop();
    await store?.close();
    for (const socket of sockets) socket.terminate();
    await new Promise((resolve) => wss?.close(resolve));
    await slack?.close();
  });

  it('checks the bot token and opens the connection through SLACK_API_URL', () => {
    expect(app.mode).toBe('socket');
    const calls = slack.calls.map((call) => `${call.method}:${call.token?.slice(0, 5)}`);
    expect(calls).toContain('auth.test:xoxb-');
    expect(calls).toContain('apps.connections.open:xapp-');
    expect(sockets).toHaveLength(1);
  });

  it('acknowledges a slash command over the socket and opens the modal', async () => {
    const from = slack.calls.length;
    sockets[0]?.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: slashCommand({ userId: USER, triggerId: slack.issueTrigger(USER) }),
      }),
    );
    const open = await slack.waitForCall('views.open', { after: from });
    expect((open.body.view as { callback_id: string }).callback_id).toBe('connectnote_draft');
    expect(received.some((message) => message.envelope_id === 'env-1')).toBe(true);
  });

  it('fails to start with a clear error, not a crash, when PORT is taken', async () => {
    const built = await depsFor({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.url,
      PORT: String(app.port),
    });
    await expect(
      startApp(built.deps, { clientOptions: { retryConfig: { retries: 0 } } }),
    ).rejects.toThrow(/EADDRINUSE/);
    await built.store.close();
  });

  it('serves GET /healthz on PORT in Socket Mode too', async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: 'socket' });
  });
});
