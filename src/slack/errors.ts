// Slack Web API failures, named the way Slack names them, and what the user is told about each.
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { NOTICES } from './messages.js';

/** Trigger ids Slack refused: the modal could not open (too slow, or already used). */
const TRIGGER_ERRORS = new Set([
  'invalid_trigger',
  'invalid_trigger_id',
  'expired_trigger_id',
  'exchanged_trigger_id',
  'trigger_exchanged',
]);

const CHANNEL_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'cannot_dm_bot',
  'user_not_found',
]);

const GONE_ERRORS = new Set([
  'not_found',
  'hash_conflict',
  'view_not_found',
  'message_not_found',
  'cant_update_message',
]);

const AUTH_ERRORS = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
]);

/**
 * The Slack error name behind `error`: Slack's own (`ratelimited`, `channel_not_found`,
 * `invalid_trigger_id`, …), or `http_error` / `request_error` when Slack did not answer.
 * Bolt's wrappers are looked through; anything else is `undefined`.
 */
export function slackErrorName(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    // @slack/web-api 8 throws Error subclasses; Bolt 5 wraps them, keeping them as `original`
    // (UnknownError, AuthorizationError), `originals` (several listeners) or `cause`.
    if (current instanceof WebAPIPlatformError) {
      return typeof current.data?.error === 'string' ? current.data.error : 'platform_error';
    }
    if (current instanceof WebAPIRateLimitedError) return 'ratelimited';
    if (current instanceof WebAPIHTTPError) {
      return current.statusCode === 429 ? 'ratelimited' : 'http_error';
    }
    if (current instanceof WebAPIRequestError) return 'request_error';
    const e = current as {
      message?: unknown;
      original?: unknown;
      originals?: unknown[];
      cause?: unknown;
    };
    // The Web API client gives up on a 429 it may not retry with a plain Error.
    if (typeof e.message === 'string' && /^A rate limit was exceeded/.test(e.message)) {
      return 'ratelimited';
    }
    current = e.original ?? e.originals?.[0] ?? e.cause;
  }
  return undefined;
}

export type ErrorKind =
  | 'ratelimited'
  | 'trigger'
  | 'channel'
  | 'view'
  | 'auth'
  | 'unavailable'
  | 'bug';

export function errorKind(name: string | undefined): ErrorKind {
  if (name === undefined) return 'bug';
  if (name === 'ratelimited') return 'ratelimited';
  if (TRIGGER_ERRORS.has(name)) return 'trigger';
  if (CHANNEL_ERRORS.has(name)) return 'channel';
  if (GONE_ERRORS.has(name)) return 'view';
  if (AUTH_ERRORS.has(name)) return 'auth';
  if (
    name === 'http_error' ||
    name === 'request_error' ||
    name === 'unknown_outcome' ||
    name === 'internal_error' ||
    name === 'fatal_error' ||
    name === 'service_unavailable'
  ) {
    return 'unavailable';
  }
  return 'bug';
}

/** The short, kind sentence the user reads when `error` stopped what they asked for. */
export function userNotice(error: unknown): string {
  return NOTICES[errorKind(slackErrorName(error))];
}

/** The trigger-bound calls (`views.open`, `views.push`) that it is no use retrying. */
export function isTriggerError(error: unknown): boolean {
  return errorKind(slackErrorName(error)) === 'trigger';
}
