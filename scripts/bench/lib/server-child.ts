// A long-running child process (an app under test): started with `node --import tsx`, it says
// where it listens on one tagged stdout line and runs until stopped.
import { type ChildProcess, spawn } from 'node:child_process';

const READY_TAG = 'BENCH_READY ';

/** Child side: announce the port the server listens on. */
export function announceReady(info: { port: number }): void {
  process.stdout.write(`${READY_TAG}${JSON.stringify(info)}\n`);
}

/** Child side: on SIGTERM or SIGINT, run `stop` (closing what it opened), then exit 0. */
export function stopOnSignal(stop: () => Promise<unknown>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().finally(() => process.exit(0));
    });
  }
}

export interface ServerChild {
  port: number;
  /**
   * Sends `message` over IPC and resolves with the child's first reply (see
   * slack/server-timing.ts for the one the Slack benchmark uses).
   */
  ask<T>(message: string, timeoutMs?: number): Promise<T>;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period. */
  stop(): Promise<void>;
}

// The server-timing probe follows a request with AsyncLocalStorage.enterWith from a
// diagnostics-channel listener. Node 24's AsyncContextFrame no longer carries that context
// through the body guard's buffered read to the outgoing call, so the apps under measurement
// run with the earlier implementation there (the flag exists from Node 24 on).
const CONTEXT_FLAGS =
  Number(process.versions.node.split('.')[0]) >= 24 ? ['--no-async-context-frame'] : [];

export function startServerChild(
  script: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<ServerChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CONTEXT_FLAGS, '--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      env: { ...process.env, ...env },
    });
    let buffered = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not report ready within ${timeoutMs} ms`));
    }, timeoutMs);
    // stdio[1] is 'pipe', so stdout is there; the IPC channel makes TypeScript unsure.
    const stdout = child.stdout as NonNullable<typeof child.stdout>;
    stdout.setEncoding('utf8');
    stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        if (!ready && line.startsWith(READY_TAG)) {
          ready = true;
          clearTimeout(timer);
          const { port } = JSON.parse(line.slice(READY_TAG.length)) as { port: number };
          resolve({ port, stop: () => stop(child), ask: (m, t) => ask(child, m, t) });
        } else if (line.trim()) {
          process.stderr.write(`  [server] ${line}\n`);
        }
        newline = buffered.indexOf('\n');
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`${script} exited (${signal ?? code}) before it was ready`));
    });
  });
}

function ask<T>(child: ChildProcess, message: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no answer to ${message} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (reply: unknown) => {
      clearTimeout(timer);
      resolve(reply as T);
    };
    child.once('message', onMessage);
    child.send(message);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
