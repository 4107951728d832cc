// "Review this draft" end to end: the shortcut, the review modal, the relationship select.
import { describe, expect, it } from 'vitest';
import { decodeMarkSent } from '../../src/slack/ids.js';
import { decodeReviewText } from '../../src/slack/views/review-modal.js';
import { blockAction } from '../../src/slack-standin/index.js';
import { buttons, reviewShortcut, textOf, USER, useHarness, type ViewRecord } from './harness.js';

const h = useHarness();
const shortcutOn = (text: string) => reviewShortcut(h, text);

type Select = {
  type: string;
  block_id: string;
  accessory?: { type: string; action_id: string; initial_option?: { value: string } };
};

function relationshipSelect(view: ViewRecord) {
  return (view.blocks as unknown as Select[]).find(
    (b) => b.accessory?.action_id === 'review_relationship',
  );
}

describe('Review this draft', () => {
  const NOTE =
    'hey john, wanna connect?? i am a growth hacker and can get u 10x more leads, guaranteed.';

  it('opens a modal with the score, each finding with its words, the marked text and the corrected version', async () => {
    const view = await shortcutOn(NOTE);
    expect(view.callback_id).toBe('connectnote_review');
    const text = textOf(view.blocks);
    expect(text).toMatch(/\*Score\*\n\d+\/100/);
    expect(text).toContain('Your text, with the problems marked');
    // Findings name the words they are about, and the marked text shows them in bold.
    expect(text).toMatch(/About “[^”]+”/);
    expect(text).toMatch(/\*[^*\n]+\*\[\d+(,\d+)*\]/);
    expect(text).toContain('No text-speak');
    expect(text).toContain('Corrected version');
    // The relationship is inferred and shown in a select at the top.
    const select = relationshipSelect(view);
    expect(view.blocks.indexOf(select as never)).toBe(0);
    expect(select?.accessory?.type).toBe('static_select');
    expect(select?.accessory?.initial_option?.value).toBeTruthy();
    // "I sent it" tracks the note as it is.
    const markSent = buttons(view.blocks).find((b) => b.action_id === 'mark_sent');
    expect(decodeMarkSent(markSent?.value)?.note).toBe(NOTE);
    expect(decodeReviewText(view.private_metadata)).toBe(NOTE);
  });

  it('changing the relationship re-reviews in place with views.update and the view hash', async () => {
    const note =
      'Hi Jane, it has been a few years since we worked at ABC Company together. I would love to reconnect here.';
    const view = await shortcutOn(note);
    const before = relationshipSelect(view)?.accessory?.initial_option?.value;
    const target = before === 'cold' ? 'close-contact' : 'cold';
    const from = h.slack.calls.length;
    const res = await h.sender.interaction(
      blockAction({
        userId: USER,
        view,
        action: { actionId: 'review_relationship', selectedValue: target },
      }),
    );
    expect(res.status).toBe(200);
    const update = await h.slack.waitForCall('views.update', { after: from });
    expect(update.body).toMatchObject({ view_id: view.id, hash: view.hash });
    expect(update.response.ok).toBe(true);
    const updated = h.slack.view(view.id) as unknown as ViewRecord;
    expect(relationshipSelect(updated)?.accessory?.initial_option?.value).toBe(target);
    const targetWords = target === 'cold' ? '20–50' : '10–30';
    expect(textOf(updated.blocks)).toContain(`(target ${targetWords})`);
    expect(decodeReviewText(updated.private_metadata)).toBe(note);
    // No new modal was opened.
    expect(h.callsSince(from).filter((c) => c.method === 'views.open')).toHaveLength(0);
  });

  it('turns Slack markup into plain text before reviewing', async () => {
    const markup =
      'Hi <@U123>, great to meet you in <#C1|general> &amp; at <https://x.example|the meetup> :wave: *really* _enjoyed_ ~it~ `talking` about &lt;design&gt;.';
    const view = await shortcutOn(markup);
    expect(decodeReviewText(view.private_metadata)).toBe(
      'Hi @U123, great to meet you in #general & at the meetup really enjoyed it talking about <design>.',
    );
    const text = textOf(view.blocks);
    expect(text).not.toContain(':wave:');
    expect(text).not.toContain('<https://x.example');
    // What is echoed is escaped again.
    expect(text).toContain('&lt;design&gt;');
  });

  it('explains instead of reviewing a message with no text or over 3,000 characters', async () => {
    const empty = await shortcutOn('  :wave:  ');
    expect(textOf(empty.blocks)).toMatch(/no text for me to review/);
    expect(buttons(empty.blocks)).toHaveLength(0);

    const long = await shortcutOn('word '.repeat(700));
    expect(textOf(long.blocks)).toMatch(/over 3,000 characters/);
  });
});
