// Renders a text with the spans of its findings marked, for any output format: the caller
// says how to escape plain text and how to mark a segment (Slack mrkdwn, HTML, ANSI…).
import type { Finding } from './types.js';

export interface MarkupCallbacks {
  /**
   * Renders a segment that one or more findings are about. `escaped` is the segment
   * already passed through `escape`; `findings` are the findings covering it.
   */
  mark(escaped: string, findings: readonly Finding[], raw: string): string;
  /** Escapes plain text for the output format (default: unchanged). */
  escape?(segment: string): string;
}

/**
 * The text split at every span boundary: each piece is escaped, and the pieces inside
 * one or more spans are marked. Overlapping spans split into pieces, each marked with
 * all the findings that cover it; whitespace at the edges of a marked piece and line
 * breaks are left outside the marks (Slack's `*bold*` breaks on `* bold *` and across
 * lines). Findings without a span are ignored.
 */
export function markup(
  text: string,
  findings: readonly Finding[],
  callbacks: MarkupCallbacks,
): string {
  const esc = callbacks.escape ?? ((s: string) => s);
  const spans = findings.filter(
    (f) =>
      typeof f.start === 'number' &&
      typeof f.end === 'number' &&
      f.end > f.start &&
      f.start < text.length &&
      f.end > 0,
  );
  if (spans.length === 0) return esc(text);

  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.max(0, f.start as number));
    cuts.add(Math.min(text.length, f.end as number));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let plain = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const segment = text.slice(from, to);
    const covering = spans.filter((f) => (f.start as number) < to && (f.end as number) > from);
    if (covering.length === 0) {
      plain += segment;
      continue;
    }
    // Mark line by line: Slack's *bold* and _italics_ do not span line breaks.
    for (const piece of segment.split(/(\s*\n\s*)/)) {
      const lead = /^\s*/.exec(piece)?.[0] ?? '';
      const core = piece.slice(lead.length).trimEnd();
      const trail = piece.slice(lead.length + core.length);
      plain += lead;
      if (core) {
        out += esc(plain);
        plain = '';
        out += callbacks.mark(esc(core), covering, core);
      }
      plain += trail;
    }
  }
  return out + esc(plain);
}
