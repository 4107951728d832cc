// The stand-in Slack: a Web API server on loopback, and what Slack sends an app (signed).
//
//   const slack = await startSlackStandin({ users: [{ id: 'U1', tz: 'Europe/Paris' }] });
//   const app = await startApp(deps, { host: '127.0.0.1', port: 0 });   // SLACK_API_URL = slack.url
//   const send = new SlackRequestSender(app.eventsUrl, signingSecret);
//   await send.command(slashCommand({ userId: 'U1', triggerId: slack.issueTrigger('U1') }));
//   const open = await slack.waitForCall('views.open');
//   await send.interaction(viewSubmission({ userId: 'U1', view: slack.view(id), inputs: { name: 'Ana' } }));
export {
  type ActionSpec,
  type AppHomeOpenedArgs,
  appHomeOpenedEvent,
  appUninstalledEvent,
  type BlockActionArgs,
  blockAction,
  fakeTriggerId,
  type MessageShortcutArgs,
  messageShortcut,
  type SlashCommandArgs,
  slashCommand,
  tokensRevokedEvent,
  userChangeEvent,
  type ViewLike,
  type ViewSubmissionArgs,
  viewClosed,
  viewState,
  viewSubmission,
  type Who,
} from './payloads.js';
export {
  type SendOptions,
  type SignedResponse,
  SlackRequestSender,
  slackSignature,
} from './requests.js';
export {
  type InstallGrant,
  type IssuedToken,
  SlackStandin,
  type SlackStandinOptions,
  startSlackStandin,
} from './server.js';
export type {
  FailureSpec,
  SlackCall,
  StandinEvent,
  StandinMessage,
  StandinUser,
  StandinView,
} from './types.js';
