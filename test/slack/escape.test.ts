import { describe, expect, it } from 'vitest';
import { inertJson } from '../../src/slack/encoding.js';
import { escapeMrkdwn, slackToPlainText } from '../../src/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('makes mentions, broadcasts and links inert', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <http://evil|label> a & b')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil|label&gt; a &amp; b',
    );
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });
});

describe('slackToPlainText', () => {
  it.each([
    ['Hi <@U123>!', 'Hi @U123!'],
    ['Hi <@U123|sam>', 'Hi @sam'],
    ['in <#C1|general>', 'in #general'],
    ['<!here> and <!channel>', '@here and @channel'],
    ['see <https://x.example|the page>', 'see the page'],
    ['see <https://x.example>', 'see https://x.example'],
    ['mail <mailto:a@b.example|a@b.example>', 'mail a@b.example'],
    ['thanks :wave: :+1::skin-tone-2:', 'thanks'],
    ['*bold* _it_ ~strike~ `code`', 'bold it strike code'],
    ['snake_case_name and 2*3*4', 'snake_case_name and 2*3*4'],
    ['R&amp;D &lt;team&gt;', 'R&D <team>'],
    ['meet at 10:30: great', 'meet at 10:30: great'],
    ['```\nblock\n```', 'block'],
  ])('%s → %s', (markup, plain) => {
    expect(slackToPlainText(markup)).toBe(plain);
  });
});

describe('inertJson', () => {
  it('round-trips through JSON.parse with no <, > or & left', () => {
    const value = { note: '<!channel> & <@U1>', n: 1 };
    const encoded = inertJson(value);
    expect(encoded).not.toMatch(/[<>&]/);
    expect(JSON.parse(encoded)).toEqual(value);
  });
});
