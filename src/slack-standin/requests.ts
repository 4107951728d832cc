// Sends requests to the app the way Slack does: signed (v0 HMAC-SHA256), slash commands
// form-encoded, interactivity as `payload=<json>` form-encoded, events as JSON.
import { createHmac } from 'node:crypto';

export interface SignedResponse {
  status: number;
  /** The raw response text. */
  text: string;
  /** The response parsed as JSON, when it is JSON. */
  json?: unknown;
  /** Milliseconds from sending to the response arriving. */
  ms: number;
}

export interface SendOptions {
  /** Override the signature timestamp (seconds since the epoch), e.g. to send a stale request. */
  timestamp?: number;
  /** Override the signature (a forged request). */
  signature?: string;
  /** Extra headers, e.g. `x-slack-retry-num`. */
  headers?: Record<string, string>;
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`);
  return `v0=${hmac.digest('hex')}`;
}

export class SlackRequestSender {
  readonly #url: string;
  readonly #secret: string;

  /**
   * @param url the app's request URL, e.g. `http://127.0.0.1:PORT/slack/events`
   * @param signingSecret the app's SLACK_SIGNING_SECRET
   */
  constructor(url: string, signingSecret: string) {
    this.#url = url;
    this.#secret = signingSecret;
  }

  /** A slash command (see `slashCommand()` for the fields). */
  command(fields: Record<string, string>, options?: SendOptions): Promise<SignedResponse> {
    return this.send(
      new URLSearchParams(fields).toString(),
      'application/x-www-form-urlencoded',
      options,
    );
  }

  /** An interaction: block_actions, view_submission, view_closed, message_action, shortcut. */
  interaction(payload: object, options?: SendOptions): Promise<SignedResponse> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, 'application/x-www-form-urlencoded', options);
  }

  /** An Events API envelope (see `appHomeOpenedEvent()`). */
  event(envelope: object, options?: SendOptions): Promise<SignedResponse> {
    return this.send(JSON.stringify(envelope), 'application/json', options);
  }

  async send(
    body: string,
    contentType: string,
    options: SendOptions = {},
  ): Promise<SignedResponse> {
    // Bolt checks the timestamp against the real time, so this is never a playground clock.
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = options.signature ?? slackSignature(this.#secret, timestamp, body);
    const started = performance.now();
    const response = await fetch(this.#url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let json: unknown;
    if (text && (response.headers.get('content-type') ?? '').includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: response.status, text, json, ms };
  }
}
