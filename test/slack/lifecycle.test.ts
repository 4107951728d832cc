// stop(): no new requests, work in flight finishes first.
import { describe, expect, it } from 'vitest';
import { draftToDm, LAURA, openDraftModal, startHarness, submitView } from './harness.js';

describe('graceful stop', () => {
  it('lets a draft in flight reach the user before stop() resolves, then refuses connections', async () => {
    const h = await startHarness();
    try {
      await draftToDm(h); // warm: the coach's first draft
      const view = await openDraftModal(h);
      h.slack.slow('chat.postMessage', 300);
      const from = h.slack.calls.length;
      const ack = await submitView(h, view, LAURA);
      expect(ack.status).toBe(200);
      // The modal closed; the DM is still on its way when the stop begins.
      const stopping = h.app.stop();
      const health = await fetch(`${h.app.baseUrl}/healthz`).catch(() => undefined);
      expect(health === undefined || health.status === 503).toBe(true);
      await stopping;
      expect(
        h.callsSince(from).filter((c) => c.method === 'chat.postMessage' && c.status === 200),
      ).toHaveLength(1);
      await expect(fetch(`${h.app.baseUrl}/healthz`)).rejects.toThrow();
    } finally {
      await h.close();
    }
  });
});
