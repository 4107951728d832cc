import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { errorKind, slackErrorName, userNotice } from '../../src/slack/errors.js';
import { NOTICES } from '../../src/slack/messages.js';

const platform = (error: string) => new WebAPIPlatformError({ ok: false, error });

describe('Slack errors by name', () => {
  it('reads the name from the Web API client’s errors, through Bolt’s wrappers', () => {
    expect(slackErrorName(platform('channel_not_found'))).toBe('channel_not_found');
    expect(slackErrorName(new WebAPIRateLimitedError(3))).toBe('ratelimited');
    expect(slackErrorName(new WebAPIHTTPError(503, 'Service Unavailable', {}, ''))).toBe(
      'http_error',
    );
    expect(slackErrorName(new WebAPIRequestError(new Error('ECONNREFUSED')))).toBe('request_error');
    expect(slackErrorName(new Error('A rate limit was exceeded (url: x, retry-after: 1)'))).toBe(
      'ratelimited',
    );
    expect(
      slackErrorName({
        code: 'slack_bolt_unknown_error',
        original: platform('expired_trigger_id'),
      }),
    ).toBe('expired_trigger_id');
    expect(slackErrorName({ originals: [platform('invalid_auth')] })).toBe('invalid_auth');
    // Bolt 5 keeps a wrapped error as the standard `cause`.
    expect(
      slackErrorName(new Error('authorization failed', { cause: platform('token_revoked') })),
    ).toBe('token_revoked');
    expect(slackErrorName(new TypeError('x is undefined'))).toBeUndefined();
  });

  it('tells the user something kind and specific for each kind', () => {
    expect(errorKind('invalid_trigger')).toBe('trigger');
    expect(errorKind('invalid_trigger_id')).toBe('trigger');
    expect(errorKind('expired_trigger_id')).toBe('trigger');
    expect(errorKind('ratelimited')).toBe('ratelimited');
    expect(errorKind('channel_not_found')).toBe('channel');
    expect(errorKind('hash_conflict')).toBe('view');
    expect(errorKind('missing_scope')).toBe('auth');
    expect(errorKind('http_error')).toBe('unavailable');
    expect(userNotice(new TypeError('boom'))).toBe(NOTICES.bug);
    for (const notice of Object.values(NOTICES)) {
      expect(notice.length).toBeLessThan(140);
      expect(notice).not.toMatch(/Error|undefined|stack/);
    }
  });
});
