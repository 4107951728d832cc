// End to end through the real app, the stand-in Slack and the real `connectnote sweep` process:
// draft → I sent it → sweep --now eight days later → reminder DM → accepted → follow-up DM.
// The sweep runs the way an external scheduler runs it: from a folder whose .env holds the Slack
// settings, with STORE_URL set in the environment (which wins over the .env's).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandinMessage } from '../../src/slack-standin/index.js';
import { FUNNELS_DRAFT, submitDraft } from './harness.js';
import { BOT_TOKEN, TEAM, useTrackingHarness } from './tracking-harness.js';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
/** `connectnote` from the sources (tsx by URL: the sweep runs in another folder). */
const CLI = ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'cli', 'main.ts')];
const cwd = mkdtempSync(join(tmpdir(), 'connectnote-sweep-'));

const h = useTrackingHarness('2026-11-02T10:00:00Z'); // a Monday
beforeAll(() => {
  writeFileSync(
    join(cwd, '.env'),
    [
      `SLACK_BOT_TOKEN=${BOT_TOKEN}`,
      `SLACK_API_URL=${h.slack.url}`,
      '# overridden by the environment:',
      'STORE_URL=memory://',
    ].join('\n'),
  );
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const USER = 'U0E2E';

function buttonValue(message: StandinMessage | undefined, actionId: string): string | undefined {
  const blocks = (message?.blocks ?? []) as Array<{
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
}

async function sweep(nowIso: string) {
  const { stdout, stderr } = await run(process.execPath, [...CLI, 'sweep', '--now', nowIso], {
    cwd,
    env: { PATH: process.env.PATH, STORE_URL: h.storeUrl },
    timeout: 30_000,
  });
  return { summary: JSON.parse(stdout), stdout, stderr };
}

describe('follow-up tracking end to end', () => {
  // Three real CLI processes: give a busy machine time.
  it('draft → I sent it → sweep eight days later → reminder → accepted → follow-ups', {
    timeout: 90_000,
  }, async () => {
    // 1. /connectnote, fill in the modal, get a draft DM.
    const from = await submitDraft(
      h.slack,
      h.sender,
      { userId: USER, teamId: TEAM },
      FUNNELS_DRAFT,
    );
    await h.slack.waitForCall('chat.postMessage', {
      after: from,
      predicate: (c) => JSON.stringify(c.body.blocks ?? []).includes('mark_sent'),
    });
    await h.app.drain(5_000);
    const draft = h.dms(USER).find((m) => buttonValue(m, 'mark_sent'));
    expect(draft).toBeDefined();

    // 2. "I sent it".
    await h.click(
      USER,
      draft as StandinMessage,
      'mark_sent',
      buttonValue(draft, 'mark_sent') as string,
    );
    const home = await h.tracking.home({ teamId: TEAM, userId: USER }, h.clock.now());
    expect(home.pending).toHaveLength(1);
    expect(home.pending[0]?.recipientName).toBe('Laura');

    // 3. A week has not passed: nothing. Eight days later: one reminder DM.
    expect((await sweep('2026-11-06T10:00:00Z')).summary).toEqual({
      due: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    const { summary, stdout } = await sweep('2026-11-10T10:05:00Z');
    expect(stdout.trim()).toBe('{"due":1,"sent":1,"failed":0,"skipped":0}');
    expect(summary.sent).toBe(1);
    const reminder = h.dms(USER).find((m) => buttonValue(m, 'reminder_accepted'));
    expect(JSON.stringify(reminder?.blocks)).toContain('*Laura*');
    expect(JSON.stringify(reminder?.blocks)).toContain('8 days');
    // Once: a second sweep at the same time sends nothing more.
    expect((await sweep('2026-11-10T10:20:00Z')).summary.due).toBe(0);

    // 4. "They accepted" → the follow-ups DM.
    h.clock.set(new Date('2026-11-10T11:00:00Z'));
    await h.click(
      USER,
      reminder as StandinMessage,
      'reminder_accepted',
      buttonValue(reminder, 'reminder_accepted') as string,
    );
    const followUp = JSON.stringify(h.dms(USER).at(-1)?.blocks);
    expect(followUp).toMatch(/Laura\* accepted your invitation/);
    expect(followUp).toMatch(/thank you for accepting my invitation/i);
    expect(followUp).toMatch(/Introduce them/);
    const after = await h.tracking.home({ teamId: TEAM, userId: USER }, h.clock.now());
    expect(after.pending).toHaveLength(0);
    expect(after.recent[0]?.status).toBe('accepted');
  });
});

describe('connectnote sweep usage', () => {
  it('rejects a bad --now with one line and exit status 2', { timeout: 30_000 }, async () => {
    const failed = await run(process.execPath, [...CLI, 'sweep', '--now', 'next tuesday'], {
      cwd,
      env: { PATH: process.env.PATH, STORE_URL: 'memory://', SLACK_BOT_TOKEN: BOT_TOKEN },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed?.stderr).toMatch(/--now must be an ISO-8601 date-time/);
  });
});
