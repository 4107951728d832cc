// The readable output: a review report and a list of drafts, for a person at a terminal.

import type { Draft, Finding, Review } from '../coach/types.js';
import type { Palette } from './colors.js';

const CONTEXT_CHARS = 24;

function severityLabel(finding: Finding, c: Palette): string {
  const label = finding.severity.padEnd(7);
  if (finding.severity === 'error') return c.bold(c.red(label));
  if (finding.severity === 'warning') return c.yellow(label);
  return c.cyan(label);
}

/** The triggering words with a little of the text around them, the words marked. */
export function inContext(text: string, finding: Finding, c: Palette): string | undefined {
  if (finding.start === undefined || finding.end === undefined) return undefined;
  const start = Math.max(0, Math.min(finding.start, text.length));
  const end = Math.max(start, Math.min(finding.end, text.length));
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const flat = (part: string) => part.replace(/\s+/g, ' ');
  const before = `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}`;
  const after = `${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
  const words = flat(text.slice(start, end)) || (finding.excerpt ?? '');
  const marked = c.enabled ? c.bold(c.underline(words)) : `»${words}«`;
  return `${c.dim(before)}${marked}${c.dim(after)}`;
}

function within(value: number, min: number, max: number, c: Palette): string {
  const text = String(value);
  return value < min || value > max ? c.red(text) : c.green(text);
}

/** "score 92/100 · met-briefly (inferred) · 32 words (target 20–50) · 185/300 chars · 2 sentences" */
export function summaryLine(review: Review, c: Palette): string {
  const score =
    review.score >= 90
      ? c.green(String(review.score))
      : review.score >= 60
        ? c.yellow(String(review.score))
        : c.red(String(review.score));
  const relationship = `${review.relationship}${review.relationshipInferred ? ' (inferred)' : ''}`;
  return [
    `score ${c.bold(score)}/100`,
    relationship,
    `${within(review.words, review.wordTarget.min, review.wordTarget.max, c)} words (target ${review.wordTarget.min}–${review.wordTarget.max})`,
    `${within(review.chars, 0, review.charLimit, c)}/${review.charLimit} chars`,
    `${review.sentences} sentence${review.sentences === 1 ? '' : 's'}`,
  ].join(c.dim(' · '));
}

export function formatReview(text: string, review: Review, c: Palette): string {
  const lines: string[] = [summaryLine(review, c)];
  if (review.name) lines.push(c.dim(`to ${review.name}`));
  lines.push('');
  const count = (severity: string) => review.findings.filter((f) => f.severity === severity).length;
  const tally = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (review.findings.length > 0) {
    const errors = count('error');
    const verdict = errors > 0 ? c.red(c.bold('✗ fix before sending')) : c.yellow('! worth a look');
    lines.push(
      `${verdict}: ${[tally(errors, 'error'), tally(count('warning'), 'warning'), tally(count('info'), 'tip')].join(', ')}`,
      '',
    );
  }
  if (review.findings.length === 0) {
    lines.push(c.green('✓ No findings: this note follows the guidelines.'));
  } else {
    const width = Math.max(...review.findings.map((finding) => finding.ruleId.length));
    for (const finding of review.findings) {
      const where = inContext(text, finding, c);
      lines.push(
        `${severityLabel(finding, c)} ${c.bold(finding.ruleId.padEnd(width))}  ${finding.message}`,
      );
      const indent = ' '.repeat(8 + width + 2);
      if (where) lines.push(`${indent}${where}`);
      if (finding.suggestion) lines.push(`${indent}${c.cyan('→')} ${finding.suggestion}`);
    }
  }
  if (review.corrected !== undefined && review.corrected !== text) {
    lines.push('', c.bold('Corrected:'), `  ${review.corrected}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatDrafts(drafts: readonly Draft[], c: Palette): string {
  const blocks = drafts.map((draft, index) => {
    const { review } = draft;
    const facts = [
      `score ${review.score}`,
      `${review.words} words (target ${review.wordTarget.min}–${review.wordTarget.max})`,
      `${review.chars}/${review.charLimit} chars`,
    ].join(' · ');
    const leftOut = (draft as { leftOut?: readonly string[] }).leftOut;
    const cut =
      leftOut && leftOut.length > 0
        ? `\n   ${c.yellow(`left out to fit: ${leftOut.map((words) => `“${words}”`).join(', ')}`)}`
        : '';
    return `${c.bold(`${index + 1}.`)} ${draft.text}\n   ${c.dim(facts)}${cut}`;
  });
  return `${blocks.join('\n\n')}\n`;
}
