// `.env`: read at start-up by the app and by `connectnote sweep`, from the folder they run in.
// It only fills what the environment leaves unset: a variable set in the environment wins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/** The variables of `DIR/.env` (none when there is no such file). */
export function readEnvFile(dir: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(join(dir, '.env'), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return parseEnv(text) as Record<string, string>;
}

/** `env` with `DIR/.env` filling in what it leaves unset. */
export function withEnvFile<T extends Record<string, string | undefined>>(
  env: T,
  dir: string,
): T & Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...readEnvFile(dir) };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  return merged as T & Record<string, string | undefined>;
}
