// Runs one heavy measurement in a fresh Node process, so one benchmark's heap, JIT state and
// caches never skew another's. The child prints its result as one tagged JSON line on stdout;
// everything else it writes passes through to our stderr so the table stays readable.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const RESULT_TAG = 'BENCH_RESULT ';

/** Child side: hand the parent its figures. */
export function emit(result: unknown): void {
  process.stdout.write(`${RESULT_TAG}${JSON.stringify(result)}\n`);
}

/** Child side: report a failure the parent can show as "missing" instead of crashing the run. */
export function emitError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  emit({ error: message.split('\n')[0] });
}

export interface ChildRun<T> {
  result: T;
  /** Wall time from just before spawn to the child's exit, on the parent's clock. */
  wallMs: number;
}

export class ChildFailed extends Error {
  override readonly name = 'ChildFailed';
}

/** The path of a sibling script, for `runChild`. */
export function scriptPath(base: string, relative: string): string {
  return fileURLToPath(new URL(relative, base));
}

/**
 * Spawns `node --import tsx SCRIPT ARGS…` (bare `node SCRIPT` with `tsx: false`, for compiled
 * JavaScript) and resolves with the JSON it emits.
 * Rejects with ChildFailed when the child reports an error, emits nothing or times out.
 */
export function runChild<T>(
  script: string,
  args: readonly string[] = [],
  options: {
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
    nodeArgs?: readonly string[];
    tsx?: boolean;
  } = {},
): Promise<ChildRun<T>> {
  const { timeoutMs = 180_000, env, nodeArgs = [], tsx = true } = options;
  const loader = tsx ? ['--import', 'tsx'] : [];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, ...loader, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let result: unknown;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      let newline = stdout.indexOf('\n');
      while (newline >= 0) {
        const line = stdout.slice(0, newline);
        stdout = stdout.slice(newline + 1);
        if (line.startsWith(RESULT_TAG)) result = JSON.parse(line.slice(RESULT_TAG.length));
        else if (line.trim()) process.stderr.write(`  [child] ${line}\n`);
        newline = stdout.indexOf('\n');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (result && typeof result === 'object' && 'error' in result) {
        reject(new ChildFailed(String((result as { error: unknown }).error)));
      } else if (result === undefined) {
        const why = signal ? `killed by ${signal}` : `exited ${code}`;
        reject(new ChildFailed(`${script} ${args.join(' ')}: ${why} without a result`));
      } else {
        resolve({ result: result as T, wallMs });
      }
    });
  });
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
