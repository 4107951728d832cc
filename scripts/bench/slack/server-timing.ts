// Server time inside an app under test: from a request arriving at its HTTP server to the
// app's `views.open` call leaving it, on the app's own clock. Node publishes both moments on
// diagnostics channels: `http.server.request.start` for the arrival, and, since
// @slack/web-api 8 calls Slack through fetch (Node's bundled undici) rather than node:http,
// `undici:request:create` for the call leaving. An AsyncLocalStorage entered when the request
// arrives follows Bolt's handling of it (ack, listener, Web API client) to the outgoing call. Installed by both apps
// the Slack benchmark compares; the driver collects the figures over IPC.
import { AsyncLocalStorage } from 'node:async_hooks';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';

export const COLLECT = 'bench:collect';

export interface CollectedTimes {
  /** ms from a /slack/events request arriving to its views.open request starting. */
  serverMs: number[];
  /** CPU time (user + system) this process used since the last collection, in ms. */
  cpuMs: number;
}

interface Pending {
  arrived: number;
  done: boolean;
}

export function installServerTiming(eventsPath = '/slack/events'): void {
  const context = new AsyncLocalStorage<Pending>();
  const serverMs: number[] = [];
  let cpuSince = process.cpuUsage();
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request } = message as { request: IncomingMessage };
    if (request.url?.startsWith(eventsPath)) {
      context.enterWith({ arrived: performance.now(), done: false });
    }
  });
  // undici publishes this as fetch() creates the request, before anything is written.
  diagnosticsChannel.subscribe('undici:request:create', (message) => {
    const { request } = message as { request: { path: string } };
    const pending = context.getStore();
    if (!pending || pending.done || !request.path.endsWith('/views.open')) return;
    pending.done = true;
    serverMs.push(performance.now() - pending.arrived);
  });
  process.on('message', (message) => {
    if (message !== COLLECT) return;
    const cpu = process.cpuUsage(cpuSince);
    cpuSince = process.cpuUsage();
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.send?.({ serverMs: serverMs.splice(0), cpuMs } satisfies CollectedTimes);
  });
}
