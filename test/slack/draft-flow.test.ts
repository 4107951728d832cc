// `/connectnote` end to end: the real app in HTTP mode, signed requests, the stand-in Slack.
import { describe, expect, it } from 'vitest';
import { decodeMarkSent } from '../../src/slack/ids.js';
import { Tracking } from '../../src/tracking/index.js';
import {
  buttons,
  clickInDm,
  draftToDm,
  LAURA,
  openDraftModal,
  openedView,
  submitView,
  textOf,
  USER,
  useHarness,
  type ViewRecord,
} from './harness.js';

const h = useHarness();

type InputBlock = {
  type: string;
  block_id: string;
  optional?: boolean;
  element: {
    type: string;
    action_id: string;
    initial_value?: string;
    initial_option?: { value: string };
    options?: Array<{ value: string }>;
  };
};

function inputs(view: ViewRecord): InputBlock[] {
  return view.blocks.filter((block) => block.type === 'input') as unknown as InputBlock[];
}

describe('/connectnote opens the draft modal', () => {
  it('acknowledges at once and opens connectnote_draft with docs/reference.md §5 inputs (block_id = action_id)', async () => {
    const view = await openDraftModal(h, 'the XYZ networking event last month');
    expect(view.callback_id).toBe('connectnote_draft');
    const blocks = inputs(view);
    expect(blocks.map((b) => b.block_id)).toEqual([
      'name',
      'greet_as',
      'relationship',
      'context',
      'topic',
      'purpose',
      'mutual',
      'sender',
      'limit',
    ]);
    for (const block of blocks) expect(block.element.action_id).toBe(block.block_id);
    const byId = Object.fromEntries(blocks.map((b) => [b.block_id, b]));
    expect(byId.relationship?.element.type).toBe('static_select');
    expect(byId.relationship?.element.options?.map((o) => o.value)).toEqual([
      'met-briefly',
      'after-meeting',
      'introduced',
      'cold',
      'former-colleague',
      'close-contact',
    ]);
    expect(byId.limit?.element.options?.map((o) => o.value)).toEqual(['300', '200']);
    expect(byId.limit?.element.initial_option?.value).toBe('300');
    expect(byId.context?.element.initial_value).toBe('the XYZ networking event last month');
    expect(byId.greet_as?.optional).toBe(true);
    // Opened before a name is typed: nothing to guess from yet.
    expect(byId.greet_as?.element.initial_value).toBeUndefined();
    expect(byId.topic?.optional).toBe(true);
    expect(byId.mutual?.optional).toBe(true);
    expect(byId.sender?.optional).toBe(true);
  });

  it('turns Slack markup in the command text into plain text for the context', async () => {
    const view = await openDraftModal(h, 'met at <https://example.com|the meetup> &amp; talked');
    const context = inputs(view).find((b) => b.block_id === 'context');
    expect(context?.element.initial_value).toBe('met at the meetup & talked');
  });

  it('defaults the limit to 200 for a user whose saved account type is free', async () => {
    const owner = { teamId: 'T0STANDIN', userId: 'U0FREE' };
    await h.tracking.updateSettings(owner, { accountType: 'free' });
    const view = await openDraftModal(h, '', 'U0FREE');
    const limit = inputs(view).find((b) => b.block_id === 'limit');
    expect(limit?.element.initial_option?.value).toBe('200');
  });
  it('opens at once with the default when another instance saved the settings, then corrects the limit in place', async () => {
    const owner = { teamId: 'T0STANDIN', userId: 'U0ELSEWHERE' };
    // Another instance sharing the store: this process has never seen the user's settings.
    const elsewhere = new Tracking({
      store: h.tracking.store,
      clock: h.tracking.clock,
      config: { reminderAfterDays: 7 },
      logger: h.tracking.logger,
    });
    await elsewhere.updateSettings(owner, { accountType: 'free' });
    const from = h.slack.calls.length;
    const view = await openDraftModal(h, '', 'U0ELSEWHERE');
    const opened = h.callsSince(from).find((c) => c.method === 'views.open');
    const openedLimit = (opened?.body.view as ViewRecord | undefined)?.blocks.find(
      (b) => b.block_id === 'limit',
    ) as unknown as InputBlock;
    expect(openedLimit.element.initial_option?.value).toBe('300');
    const update = await h.slack.waitForCall('views.update', { after: from });
    expect(update.body).toMatchObject({ view_id: view.id, hash: view.hash });
    const limit = inputs(h.slack.view(view.id) as unknown as ViewRecord).find(
      (b) => b.block_id === 'limit',
    );
    expect(limit?.element.initial_option?.value).toBe('200');
  });
});

describe('submitting the draft modal', () => {
  it('answers field errors keyed by block id and sends nothing', async () => {
    const view = await openDraftModal(h);
    const from = h.slack.calls.length;
    const empty = await submitView(h, view, { relationship: 'cold' });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      response_action: 'errors',
      errors: {
        name: expect.any(String),
        context: expect.any(String),
        purpose: expect.any(String),
      },
    });

    const placeholder = await submitView(h, view, { ...LAURA, name: '[First Name]' });
    expect(placeholder.body).toMatchObject({
      response_action: 'errors',
      errors: { name: expect.stringMatching(/placeholder/i) },
    });
    const templateName = await submitView(h, view, { ...LAURA, name: 'Name' });
    expect(templateName.body).toMatchObject({
      response_action: 'errors',
      errors: { name: expect.any(String) },
    });

    const long = await submitView(h, view, { ...LAURA, context: 'x '.repeat(400) });
    expect(long.body).toMatchObject({
      response_action: 'errors',
      errors: { context: expect.stringMatching(/under 500/) },
    });

    const noPurpose = await submitView(h, view, { ...LAURA, purpose: '   ' });
    expect(noPurpose.body).toEqual({
      response_action: 'errors',
      errors: { purpose: expect.any(String) },
    });

    // No DM and no other call for a refused submission.
    expect(h.callsSince(from).map((c) => c.method)).toEqual([]);
  });

  it('greets as the user says in greet_as, or says which greeting it guessed', async () => {
    const guessed = await draftToDm(h, {
      ...LAURA,
      name: 'Dr Priya Raman',
      context: 'the XYZ networking event',
      purpose: 'to keep learning from her work on platform teams',
    });
    const guessedText = textOf(guessed.blocks);
    expect(guessedText).toMatch(/```[^`]*Dr Raman[^`]*```/);
    expect(guessedText).toContain('Greeted as *Dr Raman*');
    // Said to her, not about her.
    expect(guessedText).toContain('your work on platform teams');
    expect(guessedText).not.toMatch(/```[^`]*\bher work\b[^`]*```/);

    const chosen = await draftToDm(h, { ...LAURA, name: 'Dr Priya Raman', greet_as: 'Priya' });
    const chosenText = textOf(chosen.blocks);
    expect(chosenText).toMatch(/```[^`]*\bPriya\b[^`]*```/);
    expect(chosenText).not.toContain('Dr Raman');
    expect(chosenText).not.toContain('Greeted as');
  });

  it('says what it left out when the limit forced a cut', async () => {
    const message = await draftToDm(h, {
      ...LAURA,
      context:
        'the KubeCon Europe booth crawl in Amsterdam, where we talked for a long time about platform engineering and the future of internal tooling',
      purpose: 'to swap notes on platform teams',
      limit: '200',
    });
    expect(textOf(message.blocks)).toMatch(/To fit 200 characters I left out: “[^”]+”/);
  });

  it('DMs the recommended draft, its checklist, the numbers and the three buttons', async () => {
    const message = await draftToDm(h);
    expect(message.channel).toBe(h.slack.dmChannel(USER));
    const text = textOf(message.blocks);
    expect(text).toContain('Recommended draft');
    expect(text).toMatch(/```Hi Laura[^`]+```/);
    expect(text).toMatch(/\*Score\*\n\d+\/100/);
    expect(text).toMatch(/\*Words\*\n\d+ \(target 20–50\)/);
    expect(text).toMatch(/\*Characters\*\n\d+ \/ 300/);
    expect(text).toContain('Met:');
    expect(text).toContain('Uses their name');

    const [markSent, edit, another] = buttons(message.blocks);
    expect([markSent?.action_id, edit?.action_id, another?.action_id]).toEqual([
      'mark_sent',
      'edit_draft',
      'another_version',
    ]);
    expect(markSent?.text.text).toBe('I sent it');
    const payload = decodeMarkSent(markSent?.value);
    expect(payload).toMatchObject({ name: 'Laura', relationship: 'met-briefly' });
    expect(text).toContain(payload?.note.slice(0, 40));
    for (const button of buttons(message.blocks))
      expect(button.value?.length ?? 0).toBeLessThanOrEqual(2000);
  });

  it('another version replaces the draft in place with the next variant (chat.update)', async () => {
    const message = await draftToDm(h);
    const first = decodeMarkSent(buttons(message.blocks)[0]?.value)?.note;
    const from = h.slack.calls.length;
    const res = await clickInDm(h, message, 'another_version');
    expect(res.status).toBe(200);
    const update = await h.slack.waitForCall('chat.update', { after: from });
    expect(update.body).toMatchObject({ channel: message.channel, ts: message.ts });
    expect(update.response.ok).toBe(true);
    const updated = h.slack.message(message.channel, message.ts);
    const second = decodeMarkSent(buttons(updated?.blocks)[0]?.value)?.note;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(textOf(updated?.blocks)).toContain('Version 2');
    // No new message: the draft was replaced.
    expect(h.callsSince(from).filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
  });

  it('edit & re-check opens the draft editable and reviews the edit on submit', async () => {
    const message = await draftToDm(h);
    const from = h.slack.calls.length;
    await clickInDm(h, message, 'edit_draft');
    const view = await openedView(h.slack, from);
    expect(view.callback_id).toBe('connectnote_edit');
    const note = inputs(view)[0];
    expect(note?.block_id).toBe('note');
    expect(note?.element.initial_value).toMatch(/^Hi Laura/);

    const empty = await submitView(h, view, { note: ' ' });
    expect(empty.body).toMatchObject({
      response_action: 'errors',
      errors: { note: expect.any(String) },
    });

    const edited = 'hey laura, pls connect with me asap!!! u wont regret it';
    const res = await submitView(h, view, { note: edited });
    const body = res.body as { response_action: string; view: ViewRecord };
    expect(body.response_action).toBe('update');
    expect(body.view.callback_id).toBe('connectnote_edit');
    const text = textOf(body.view.blocks);
    expect(text).toMatch(/:warning:|:x:/);
    expect(text).toContain('No text-speak');
    expect(text).toMatch(/\*Score\*\n\d+\/100/);
    expect(buttons(body.view.blocks).map((b) => b.action_id)).toEqual(['mark_sent']);
    expect(decodeMarkSent(buttons(body.view.blocks)[0]?.value)?.note).toBe(edited);
  });

  it('warns a free account before its fifth note of the month', async () => {
    const owner = { teamId: 'T0STANDIN', userId: 'U0BUDGET' };
    await h.tracking.updateSettings(owner, { accountType: 'free' });
    for (let i = 0; i < 4; i++) {
      await h.tracking.trackSent(
        owner,
        { name: `Person ${i}`, relationship: 'cold', note: `Hi Person ${i}, note number ${i}.` },
        h.clock.now(),
      );
    }
    const message = await draftToDm(h, { ...LAURA, limit: '200' }, 'U0BUDGET');
    expect(textOf(message.blocks)).toMatch(/fifth and last personalised note/);
    expect(textOf(message.blocks)).toMatch(/\/ 200/);
  });
});
