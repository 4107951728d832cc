// Where the browser tests find Chromium: CHROMIUM_PATH, else Debian's or Ubuntu's package. A
// fresh machine may have none: then the browser suite is skipped with one line saying how to get
// one, except under CI=true, where CI must not silently run fewer tests.
import { accessSync, constants, statSync } from 'node:fs';

export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const HOW_TO_GET_CHROMIUM =
  'install it with `sudo apt-get install chromium` (Debian, Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary';

export type ChromiumLookup = { path: string } | { skip: string };

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly string[] = DEFAULT_CHROMIUM_PATHS,
): ChromiumLookup {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) {
    if (executable(chosen)) return { path: chosen };
    // Asked for by name: a wrong path is a mistake to report, not a reason to skip.
    throw new Error(`CHROMIUM_PATH=${chosen} is not an executable file: ${HOW_TO_GET_CHROMIUM}`);
  }
  const found = candidates.find(executable);
  if (found) return { path: found };
  const reason = `Chromium not found (${candidates.join(', ')}): ${HOW_TO_GET_CHROMIUM}`;
  if (env.CI === 'true') throw new Error(`${reason}. CI must run the browser tests.`);
  return { skip: `${reason}; skipping the browser tests locally.` };
}
