// The real app (HTTP mode, loopback) against the stand-in Slack, on a real SQLite file, with
// helpers for the tracking surfaces' tests: the shared harness plus DM and click helpers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockAction, type StandinMessage } from '../../src/slack-standin/index.js';
import { type Harness, perFile, startHarness } from './harness.js';

export { BOT_TOKEN } from './harness.js';
export const TEAM = 'T0STANDIN';

export interface TrackingHarness extends Harness {
  storeUrl: string;
  /** Messages the app posted in the user's DM (not ephemeral ones). */
  dms(userId: string): StandinMessage[];
  /** Ephemeral messages the app showed the user. */
  ephemerals(userId: string): StandinMessage[];
  /** Clicks a button in a message, as `userId`, and waits for the app to finish handling it. */
  click(
    userId: string,
    message: StandinMessage,
    actionId: string,
    value: string,
    teamId?: string,
  ): Promise<void>;
  /** Resolves once the app has finished handling every request in flight. */
  settle(): Promise<void>;
}

/** One tracking harness for a test file, as useHarness. */
export const useTrackingHarness = (start?: string) => perFile(() => startTrackingHarness(start));

export async function startTrackingHarness(
  start = '2026-11-02T10:00:00Z',
): Promise<TrackingHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-slack-tracking-'));
  const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const h = await startHarness({ STORE_URL: storeUrl }, { start });
  const { slack, app, sender } = h;
  // Listeners ack first and keep working; wait until the app is idle.
  const settle = async () => {
    await app.drain(5_000);
  };
  return {
    ...h,
    storeUrl,
    dms: (userId) => slack.messages(slack.dmChannel(userId)).filter((m) => !m.ephemeralTo),
    ephemerals: (userId) =>
      slack.calls
        .filter((c) => c.method === 'chat.postEphemeral' && c.body.user === userId)
        .map((c) => c.body as unknown as StandinMessage),
    async click(userId, message, actionId, value, teamId = TEAM) {
      const res = await sender.interaction(
        blockAction({
          userId,
          teamId,
          channelId: message.channel,
          message: message as never,
          action: { actionId, value },
        }),
      );
      if (res.status !== 200) throw new Error(`the app answered ${res.status}: ${res.text}`);
      await settle();
    },
    settle,
    async close() {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
