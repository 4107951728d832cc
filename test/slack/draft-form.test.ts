import { describe, expect, it } from 'vitest';
import {
  decodeAnotherVersion,
  decodeEdit,
  encodeAnotherVersion,
  encodeEdit,
  isPlaceholderName,
  readDraftForm,
} from '../../src/slack/draft-form.js';

const text = (value: string | null) => ({ type: 'plain_text_input', value });
const select = (value: string | null) => ({
  type: 'static_select',
  selected_option: value === null ? null : { value },
});

function values(inputs: Record<string, string | null>) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const id of ['name', 'greet_as', 'context', 'topic', 'purpose', 'mutual', 'sender']) {
    out[id] = { [id]: text(inputs[id] ?? null) };
  }
  out.relationship = { relationship: select(inputs.relationship ?? null) };
  out.limit = { limit: select(inputs.limit ?? '300') };
  return out as never;
}

const GOOD = {
  name: 'Laura',
  relationship: 'met-briefly',
  context: 'the XYZ event',
  purpose: 'to stay in touch',
};

describe('readDraftForm', () => {
  it('reads a good form into a request, dropping empty optional fields', () => {
    const result = readDraftForm(values({ ...GOOD, limit: '200', topic: '  ' }));
    expect(result).toEqual({
      ok: true,
      request: { ...GOOD, limit: 200 },
    });
  });

  it('reads greet_as when given, and reports a placeholder there under greet_as', () => {
    const result = readDraftForm(values({ ...GOOD, greet_as: ' Dr Raman ' }));
    expect(result.ok && result.request.greetAs).toBe('Dr Raman');
    const bad = readDraftForm(values({ ...GOOD, greet_as: '{{name}}' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors)).toEqual(['greet_as']);
  });

  it('reports each problem under its block id', () => {
    const result = readDraftForm(values({ limit: '250' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'context',
      'limit',
      'name',
      'purpose',
      'relationship',
    ]);
  });

  it('refuses template placeholders as names', () => {
    for (const name of [
      '[First Name]',
      '{{name}}',
      '<name>',
      'Name',
      'first name',
      'John Doe',
      'XXX',
    ]) {
      expect(isPlaceholderName(name)).toBe(true);
    }
    for (const name of ['Laura', 'Zoë', "O'Brien", 'Jean-Luc', 'Nameeta']) {
      expect(isPlaceholderName(name)).toBe(false);
    }
  });

  it('strips control characters and refuses fields over their length', () => {
    const ok = readDraftForm(values({ ...GOOD, name: 'Lau\u0007ra' }));
    expect(ok.ok && ok.request.name).toBe('Laura');
    const long = readDraftForm(values({ ...GOOD, purpose: 'p'.repeat(301) }));
    expect(long.ok).toBe(false);
  });

  it('keeps the button value within Slack’s 2,000 characters, or says to shorten', () => {
    const heavy = readDraftForm(
      values({
        ...GOOD,
        context: '<'.repeat(500),
        topic: '&'.repeat(150),
        purpose: '>'.repeat(300),
      }),
    );
    expect(heavy).toMatchObject({ ok: false, errors: { context: expect.any(String) } });
  });
});

describe('button values', () => {
  it('round-trip and refuse forgeries', () => {
    const request = { ...GOOD, relationship: 'met-briefly' as const, limit: 300 as const };
    expect(decodeAnotherVersion(encodeAnotherVersion({ request, index: 2 }))).toEqual({
      request,
      index: 2,
    });
    expect(decodeAnotherVersion('{"v":1,"i":0,"r":{"name":""}}')).toBeUndefined();
    expect(decodeAnotherVersion('not json')).toBeUndefined();
    const target = { name: 'Laura', relationship: 'cold' as const, limit: 200 };
    expect(decodeEdit(encodeEdit(target, 'Hi Laura'))).toEqual({ target, note: 'Hi Laura' });
  });
});
