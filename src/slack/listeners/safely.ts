// One wrapper for every listener: a failure is logged with its context and the user is told,
// kindly and briefly; nothing escapes to Bolt as an unhandled error, no stack reaches Slack.
import type { AllMiddlewareArgs, App, BlockAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../deps.js';
import { slackErrorName, userNotice } from '../errors.js';
import { noticeModal } from '../views/notice-modal.js';
import type { ActionArgs } from './args.js';

// biome-ignore lint/suspicious/noExplicitAny: Bolt's ack functions differ per surface
type AnyAck = (...args: any[]) => Promise<void>;

interface ListenerArgs extends AllMiddlewareArgs {
  body: unknown;
  ack?: AnyAck;
}

/** Who and where a request came from, read from any Slack payload. */
export interface RequestContext {
  type?: string;
  id?: string;
  teamId?: string;
  userId?: string;
  channelId?: string;
}

export function requestContext(body: unknown): RequestContext {
  const b = (body ?? {}) as Record<string, unknown>;
  const obj = (value: unknown) =>
    value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const event = obj(b.event);
  const view = obj(b.view);
  const actions = Array.isArray(b.actions) ? b.actions : [];
  return {
    type: str(b.command)
      ? 'slash_command'
      : str(b.type) === 'event_callback'
        ? str(event.type)
        : str(b.type),
    id:
      str(b.command) ??
      str(b.callback_id) ??
      str(view.callback_id) ??
      str(obj(actions[0]).action_id),
    teamId: str(b.team_id) ?? str(obj(b.team).id) ?? str(obj(b.user).team_id),
    userId: str(b.user_id) ?? str(obj(b.user).id) ?? str(event.user),
    channelId: str(b.channel_id) ?? str(obj(b.channel).id) ?? str(obj(b.container).channel_id),
  };
}

/** Tell the user what went wrong: in the channel (only they see it), else in their DM. */
export async function notifyUser(
  client: WebClient,
  where: RequestContext,
  text: string,
): Promise<boolean> {
  if (!where.userId) return false;
  if (where.channelId && !where.channelId.startsWith('D')) {
    try {
      await client.chat.postEphemeral({ channel: where.channelId, user: where.userId, text });
      return true;
    } catch {
      // Not in that channel, or Slack is struggling: fall back to the DM.
    }
  }
  try {
    const dm = await client.conversations.open({ users: where.userId });
    if (!dm.channel?.id) return false;
    await client.chat.postMessage({ channel: dm.channel.id, text });
    return true;
  } catch {
    return false;
  }
}

/**
 * Wrap a listener: log failures with context; if the listener had not acknowledged yet,
 * acknowledge with the notice (slash commands) or a notice view (modal submissions),
 * otherwise send the notice as an ephemeral message or DM.
 */
export function safely<A extends ListenerArgs>(
  deps: Pick<AppDeps, 'logger'>,
  name: string,
  listener: (args: A) => Promise<void>,
): (args: A) => Promise<void> {
  return async (args: A) => {
    let acked = false;
    const originalAck = args.ack;
    const wrapped: A = originalAck
      ? {
          ...args,
          ack: async (...ackArgs: unknown[]) => {
            acked = true;
            await originalAck(...ackArgs);
          },
        }
      : args;
    try {
      await listener(wrapped);
    } catch (error) {
      const where = requestContext(args.body);
      const slackError = slackErrorName(error);
      deps.logger.error(
        `listener ${name} failed`,
        {
          slackError,
          type: where.type,
          id: where.id,
          team: where.teamId,
          user: where.userId,
          channel: where.channelId,
        },
        error,
      );
      const text = userNotice(error);
      try {
        if (originalAck && !acked) {
          acked = true;
          if (where.type === 'slash_command') {
            await originalAck({ response_type: 'ephemeral', text });
            return;
          }
          if (where.type === 'view_submission') {
            await originalAck({ response_action: 'update', view: noticeModal(text) });
            return;
          }
          await originalAck();
        }
        const told = await notifyUser(args.client, where, text);
        if (!told) deps.logger.warn(`could not tell user ${where.userId ?? '?'} about the failure`);
      } catch (notifyError) {
        deps.logger.warn(
          `could not tell user ${where.userId ?? '?'} about the failure`,
          notifyError,
        );
      }
    }
  };
}

/** Registers a block action under its id, wrapped by `safely` and logged as `action <id>`. */
export function onAction<A extends BlockAction>(
  app: App,
  deps: AppDeps,
  actionId: string,
  listener: (args: ActionArgs<A>) => Promise<void>,
): void {
  app.action<A>(actionId, safely(deps, `action ${actionId}`, listener));
}
