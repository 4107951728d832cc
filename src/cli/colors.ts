// ANSI styling for the readable output: on for a terminal, off when piped, off whenever
// NO_COLOR is set (https://no-color.org), forced on by FORCE_COLOR for a pipe that wants it.

import type { OutputStream } from './io.js';

export interface Palette {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  underline(text: string): string;
}

export function colorEnabled(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

function style(enabled: boolean, open: number, close: number) {
  return (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
}

export function palette(enabled: boolean): Palette {
  return {
    enabled,
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
    red: style(enabled, 31, 39),
    yellow: style(enabled, 33, 39),
    green: style(enabled, 32, 39),
    cyan: style(enabled, 36, 39),
    underline: style(enabled, 4, 24),
  };
}
