// The stand-in Slack: a Web API server on loopback, and what Slack sends an app (signed).
export {
  type ActionSpec,
  type AppHomeOpenedArgs,
  appHomeOpenedEvent,
  type BlockActionArgs,
  blockAction,
  fakeTriggerId,
  type MessageShortcutArgs,
  messageShortcut,
  type SlashCommandArgs,
  slashCommand,
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
export { SlackStandin, type SlackStandinOptions, startSlackStandin } from './server.js';
export type {
  FailureSpec,
  SlackCall,
  StandinEvent,
  StandinMessage,
  StandinUser,
  StandinView,
} from './types.js';
