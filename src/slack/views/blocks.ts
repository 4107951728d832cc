// Small Block Kit builders shared by the views. Text given to `mrkdwn` must already be escaped.
import type { KnownBlock, PlainTextElement, PlainTextOption } from '@slack/web-api';

/** Slack's limits that the views keep within. */
export const LIMITS = {
  sectionText: 3000,
  plainText: 150,
  buttonValue: 2000,
  privateMetadata: 3000,
  modalTitle: 24,
  blocksPerModal: 100,
  blocksPerMessage: 50,
} as const;

export function plain(text: string, max: number = LIMITS.plainText): PlainTextElement {
  return { type: 'plain_text', text: clip(text, max), emoji: true };
}

export function option(text: string, value: string): PlainTextOption {
  return { text: plain(text, 75), value };
}

export function section(mrkdwnText: string, blockId?: string): KnownBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    text: { type: 'mrkdwn', text: clip(mrkdwnText, LIMITS.sectionText) },
  };
}

/** Long mrkdwn split over as many sections as it needs, at whitespace (never inside `&amp;`). */
export function sections(mrkdwnText: string, max: number = LIMITS.sectionText - 10): KnownBlock[] {
  const out: KnownBlock[] = [];
  let rest = mrkdwnText;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = max;
      const amp = rest.lastIndexOf('&', cut);
      if (amp > cut - 5) cut = amp;
    }
    out.push(section(rest.slice(0, cut)));
    rest = rest.slice(cut).replace(/^[ \n]/, '');
  }
  if (rest) out.push(section(rest));
  return out;
}

export function context(mrkdwnText: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(mrkdwnText, 2000) }] };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: plain(text) };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
