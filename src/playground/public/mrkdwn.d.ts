// Types for mrkdwn.js (plain JavaScript, served to the browser as is).
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; url: string; label: string }
  | { type: 'user' | 'channel'; id: string; label?: string }
  | { type: 'special'; text: string }
  | { type: 'date'; seconds: number; format: string; fallback: string; link?: string };

export type BlockNode =
  | { type: 'pre'; text: string }
  | { type: 'line' | 'quote'; children: InlineNode[] }
  | { type: 'item'; marker: string; indent: number; children: InlineNode[] }
  | { type: 'blank' };

export function decodeEntities(text: string): string;
export function replaceEmoji(text: string): string;
export function parseInline(src: string): InlineNode[];
export function parseMrkdwn(text: string): BlockNode[];
export function safeHref(url: string): string | undefined;
export function formatSlackDate(
  seconds: number,
  format: string,
  fallback: string,
  timeZone?: string,
): string;
export function renderMrkdwn(
  doc: Document,
  text: string,
  ctx?: { userName?: (id: string) => string | undefined; timeZone?: string },
): DocumentFragment;
