// Every input and message field at Slack's maximum sizes (issue 10, item 7): a greeting with a
// 251-character "name" gave "Sorry, something went wrong" and a ZodError. Each case must get
// its modal or DM, never the apology and never an error in the log.
import { describe, expect, it } from 'vitest';
import { decodeMarkSent } from '../../src/slack/ids.js';
import { NOTICES } from '../../src/slack/messages.js';
import { blockAction } from '../../src/slack-standin/index.js';
import {
  buttons,
  draftToDm,
  reviewShortcut,
  textOf,
  USER,
  useHarness,
  type ViewRecord,
} from './harness.js';

const h = useHarness();

/** Fails on an apology or an error logged since call index `from`. */
function expectNoFailure(from: number, logsFrom: number) {
  const said = h.callsSince(from).map((c) => textOf(c.body));
  expect(said.join('\n')).not.toContain(NOTICES.bug.slice(0, 30));
  const errors = h.logs.slice(logsFrom).filter((line) => /error/i.test(line));
  expect(errors).toEqual([]);
}

async function shortcutOn(text: string): Promise<ViewRecord> {
  const from = h.slack.calls.length;
  const logsFrom = h.logs.length;
  const view = await reviewShortcut(h, text);
  expectNoFailure(from, logsFrom);
  return view;
}

const LONG_NAME = `A${'a'.repeat(250)}`;

describe('Review this draft at the limits', () => {
  it('reviews a greeting with a 251-character name, and its button tracks the note', async () => {
    const note = `Hi ${LONG_NAME}, great to meet you at the summit. Would you like to connect?`;
    const view = await shortcutOn(note);
    const markSent = buttons(view.blocks).find((b) => b.action_id === 'mark_sent');
    expect(decodeMarkSent(markSent?.value)?.note).toBe(note);

    const from = h.slack.calls.length;
    const logsFrom = h.logs.length;
    const res = await h.sender.interaction(
      blockAction({
        userId: USER,
        view,
        action: { actionId: 'mark_sent', value: markSent?.value },
      }),
    );
    expect(res.status).toBe(200);
    const post = await h.slack.waitForCall('chat.postMessage', { after: from });
    expect(textOf(post.body)).toContain('I am tracking your request');
    expectNoFailure(from, logsFrom);
  });

  it.each([
    ['a 3,000-character message whose greeting is one long name', `Hi ${'B'.repeat(2995)}`],
    ['a 3,000-character message of short words', `Hi Ana, ${'nice '.repeat(598)}`.slice(0, 3000)],
    ['a vocative name of 1,000 characters', `Great talk, ${'C'.repeat(1000)}! Would you connect?`],
  ])('reviews %s', async (_, text) => {
    const view = await shortcutOn(text);
    expect(view.callback_id).toBe('connectnote_review');
  });
});

describe('/connectnote at the limits', () => {
  it('drafts from every field at its maximum length', async () => {
    const logsFrom = h.logs.length;
    const from = h.slack.calls.length;
    const message = await draftToDm(h, {
      name: `D${'d'.repeat(79)}`,
      relationship: 'met-briefly',
      context: `the ${'x'.repeat(496)}`,
      topic: 't'.repeat(150),
      purpose: `to ${'p'.repeat(297)}`,
      mutual: 'm'.repeat(80),
      sender: 's'.repeat(80),
    }).catch((error: Error) => error);
    if (message instanceof Error) {
      // A polite field error is fine; an apology or a crash is not.
      expect(message.message).toMatch(/response_action|errors/);
    }
    expectNoFailure(from, logsFrom);
  });
});
