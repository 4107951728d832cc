import { describe, expect, it } from 'vitest';
import {
  capitaliseName,
  cleanText,
  embed,
  greetingName,
  looksLikePlaceholderName,
  parseContext,
  parsePurpose,
  parseTopic,
  saysNothing,
} from '../../src/coach/draft/normalize.js';
import { shortenings, trimTail } from '../../src/coach/draft/shorten.js';
import { draft } from '../../src/coach/draft.js';

describe('cleanText', () => {
  it('collapses spaces and strips trailing punctuation and quotes', () => {
    expect(cleanText('  the   XYZ\n event!!  ')).toBe('the XYZ event');
    expect(cleanText('"PyCon Berlin".')).toBe('PyCon Berlin');
    expect(cleanText(undefined)).toBe('');
  });
});

describe('capitaliseName', () => {
  it.each([
    ['leo', 'Leo'],
    ["mary-jane o'neil", "Mary-Jane O'Neil"],
    ['ALICE SMITH', 'Alice Smith'],
    ['  jean   luc ', 'Jean Luc'],
    ['McDonald', 'McDonald'],
    ['de Vries', 'De Vries'],
    ['José', 'José'],
    ['Dr joão da silva', 'Dr João da Silva'],
    ['MARÍA DEL CARMEN LÓPEZ', 'María del Carmen López'],
    ['NGUYEN VAN AN', 'Nguyen Van An'],
    ["Ritu ma'am", "Ritu ma'am"],
    ['João da Silva', 'João da Silva'],
    ['park ji-hoon', 'Park Ji-hoon'],
  ])('%s → %s', (raw, expected) => {
    expect(capitaliseName(raw)).toBe(expected);
  });
});

describe('greetingName', () => {
  it('greets by the first name, or by title and last name', () => {
    expect(greetingName("Mary-Jane O'Neil")).toBe('Mary-Jane');
    expect(greetingName('Dr. Priya Raman')).toBe('Dr. Raman');
    expect(greetingName('Leo')).toBe('Leo');
  });
});

describe('looksLikePlaceholderName', () => {
  it.each(['[First Name]', '{{name}}', '<name>', 'first name', 'Name', 'TBD', 'xxx'])(
    'flags %s',
    (name) => expect(looksLikePlaceholderName(name)).toBe(true),
  );
  it.each(['Leo', 'Mary-Jane', 'Nam'])('accepts %s', (name) =>
    expect(looksLikePlaceholderName(name)).toBe(false),
  );
});

describe('embed', () => {
  it('lowercases a common sentence-initial word but not a proper noun or an acronym', () => {
    expect(embed('The XYZ event')).toBe('the XYZ event');
    expect(embed('Last week’s meetup')).toBe('last week’s meetup');
    expect(embed('PyCon Berlin')).toBe('PyCon Berlin');
    expect(embed('Rust meetup')).toBe('Rust meetup');
    expect(embed('AWS Summit')).toBe('AWS Summit');
  });
});

describe('parseContext', () => {
  it('reads "we met at X", "met at X", "at X" and "X" as the same place', () => {
    for (const raw of ['we met at the XYZ event', 'Met at the XYZ event.', 'at the XYZ event']) {
      expect(parseContext(raw, 'met-briefly')).toEqual({
        kind: 'place',
        prep: 'at',
        phrase: 'the XYZ event',
      });
    }
    expect(parseContext('The XYZ event', 'met-briefly')).toEqual({
      kind: 'place',
      prep: null,
      phrase: 'the XYZ event',
    });
  });
  it('keeps the preposition the user chose', () => {
    expect(parseContext('I met you during the AI panel', 'met-briefly')).toMatchObject({
      prep: 'during',
      phrase: 'the AI panel',
    });
  });
  it('reads "worked together at X" as a workplace for a former colleague', () => {
    expect(parseContext('we worked together at ABC Company', 'former-colleague')).toEqual({
      kind: 'place',
      prep: 'at',
      phrase: 'ABC Company',
    });
  });
  it('keeps clauses as clauses, adding the missing "I"', () => {
    expect(parseContext('came across your profile on GitHub', 'cold')).toEqual({
      kind: 'clause',
      clause: 'I came across your profile on GitHub',
    });
    expect(parseContext('Sam introduced us at the offsite', 'introduced')).toEqual({
      kind: 'clause',
      clause: 'Sam introduced us at the offsite',
    });
    expect(parseContext('We chatted about Rust at PyCon', 'met-briefly')).toEqual({
      kind: 'clause',
      clause: 'we chatted about Rust at PyCon',
    });
  });
});

describe('parsePurpose', () => {
  it('tells verb phrases, clauses and noun phrases apart', () => {
    expect(parsePurpose('to share ideas about onboarding')).toEqual({
      kind: 'verb',
      phrase: 'share ideas about onboarding',
    });
    expect(parsePurpose('Stay in touch.')).toEqual({ kind: 'verb', phrase: 'stay in touch' });
    expect(parsePurpose("I'm hiring data engineers")).toEqual({
      kind: 'clause',
      clause: "I'm hiring data engineers",
    });
    expect(parsePurpose('freelance projects')).toEqual({
      kind: 'noun',
      phrase: 'freelance projects',
    });
  });
  it('keeps only the reason from a whole call to action', () => {
    expect(parsePurpose("I'd love to connect on LinkedIn to swap ideas")).toEqual({
      kind: 'verb',
      phrase: 'swap ideas',
    });
  });
  it('strips a leading "about" from a topic', () => {
    expect(parseTopic('About Video marketing')).toBe('Video marketing');
  });
});

describe('shortenings', () => {
  it('cuts only before a clause or a trailing phrase, longest first', () => {
    const forms = shortenings('marketing trends in the construction industry, mostly in Ohio');
    expect(forms[0]).toBe('marketing trends in the construction industry, mostly in Ohio');
    expect(forms).toContain('marketing trends in the construction industry');
    expect(forms).toContain('marketing trends');
    expect(forms).not.toContain('marketing trends in the');
    expect(forms).not.toContain('marketing trends in the construction');
    for (let i = 1; i < forms.length; i += 1) {
      expect((forms[i] ?? '').length).toBeLessThan((forms[i - 1] ?? '').length);
    }
  });
  it('never leaves a dangling preposition or a stub clause', () => {
    expect(trimTail('the meetup in the')).toBe('the meetup');
    expect(shortenings('the crawl in Amsterdam, where we talked for hours')).not.toContain(
      'the crawl in Amsterdam, where we talked',
    );
  });
});

describe('fields typed as forms are filled (draft19)', () => {
  it('reads a numbered list typed on one line as a list', () => {
    expect(cleanText('1) the expo in Osaka 2) the dinner after')).toBe(
      'the expo in Osaka, the dinner after',
    );
    expect(cleanText('1. Fanuc 2. Denso')).toBe('Fanuc, Denso');
    // A number inside a sentence is no list mark.
    expect(cleanText('we ran 2 sites and 3) more later')).toBe('we ran 2 sites and 3) more later');
  });

  it.each(['N/A', 'n/a', '-', '?', 'none', 'TBD'])('treats "%s" as a field left empty', (typed) => {
    expect(saysNothing(typed)).toBe(true);
    const { drafts } = draft({
      name: 'Kenji Sato',
      relationship: 'former-colleague',
      context: 'we built welding cells at Fanuc in Osaka',
      purpose: typed,
    });
    expect(drafts.length).toBe(3);
    for (const { text } of drafts) expect(text).not.toMatch(/\b(?:n\/a|none|tbd)\b|\s[-?]\s/i);
  });

  it.each(['Osaka', 'no-code tools', 'x-ray lab', 'nothing but net'])(
    'keeps "%s", which says something',
    (typed) => {
      expect(saysNothing(typed)).toBe(false);
    },
  );
});
