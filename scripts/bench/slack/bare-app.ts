// The reference for the Slack benchmark: a bare Bolt app on the same receiver, with the same
// receiver and App options as ConnectNote's HTTP mode (src/slack/app.ts), whose `/connectnote`
// only acknowledges and opens an empty modal. The difference is ConnectNote's own work.
// Env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL (the stand-in).
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { announceReady, stopOnSignal } from '../lib/server-child.js';
import { maybeProfile } from './profile.js';
import { installServerTiming } from './server-timing.js';

installServerTiming();
const stopProfile = await maybeProfile('bare');

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  logLevel: LogLevel.ERROR,
  processBeforeResponse: false,
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      },
    },
  ],
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  deferInitialization: true,
  convoStore: false,
});

app.command('/connectnote', async ({ ack, body, client }) => {
  await ack();
  await client.views.open({
    trigger_id: body.trigger_id,
    view: { type: 'modal', title: { type: 'plain_text', text: 'ConnectNote' }, blocks: [] },
  });
});

await app.init();
const server = await receiver.start({ port: 0, host: '127.0.0.1' });
announceReady({ port: (server.address() as AddressInfo).port });

stopOnSignal(() => app.stop().then(stopProfile));
