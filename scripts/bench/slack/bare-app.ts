// The reference for the Slack benchmark: a bare Bolt app on the same receiver as ConnectNote's
// HTTP mode, whose `/connectnote` only acknowledges and opens an empty modal.
// Env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL (the stand-in).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { announceReady } from '../lib/server-child.js';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      },
    },
  ],
});

app.command('/connectnote', async ({ ack, body, client }) => {
  await ack();
  await client.views.open({
    trigger_id: body.trigger_id,
    view: { type: 'modal', title: { type: 'plain_text', text: 'ConnectNote' }, blocks: [] },
  });
});

const server = (await app.start(0)) as Server;
announceReady({ port: (server.address() as AddressInfo).port });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app.stop().finally(() => process.exit(0));
  });
}
