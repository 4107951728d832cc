import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a user's shell would give, without any colour preference of ours. */
function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'STORE_URL']) delete env[key];
  // Never reach a real Slack workspace from a test.
  for (const key of Object.keys(env)) if (key.startsWith('SLACK_')) delete env[key];
  return { ...env, ...extra };
}

/** Runs a command in the checkout, stdin from `input` (closed when absent), output piped. */
export function exec(
  command: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: baseEnv(options.env ?? {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** The real `connectnote` entry point, as `npm run cli` runs it. */
export function cli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
) {
  return exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], options);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes
export const ANSI = /\u001b\[/;
