import { describe, expect, it } from 'vitest';
import { review } from '../../src/coach/review.js';
import type { RelationshipId } from '../../src/coach/types.js';

const GOOD =
  'Hi Leo, great meeting you at the Fintech Summit yesterday. I enjoyed our chat about onboarding flows. I’d love to connect to keep swapping ideas.';

describe('review', () => {
  it('gives a clean note 100 and no corrected text', () => {
    const r = review(GOOD);
    expect(r.findings).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.corrected).toBeUndefined();
    expect(r).toMatchObject({
      words: 25,
      chars: GOOD.length,
      sentences: 3,
      charLimit: 300,
      name: 'Leo',
    });
    expect(r.wordTarget).toEqual({ min: 20, max: 50 });
  });

  it('costs errors much more than warnings', () => {
    const warning = review(GOOD.replace('enjoyed', 'enjoyd'));
    const error = review(`${GOOD} Send me your phone number.`);
    expect(warning.findings.map((f) => f.severity)).toEqual(['warning']);
    expect(warning.score).toBeLessThan(100);
    expect(warning.score).toBeGreaterThanOrEqual(90);
    expect(error.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(error.score).toBeLessThanOrEqual(70);
  });

  it('clamps the score at 0 for a hopeless note', () => {
    const r = review('ACCEPT NOW!!! [First Name] send me ur email address u r gr8 thx '.repeat(3), {
      limit: 50,
    });
    expect(r.score).toBe(0);
  });

  it('sorts findings by position, whole-note findings first', () => {
    const r = review('hey u, i recieve alot of requests');
    const starts = r.findings.map((f) => f.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.findings[0]?.start).toBeUndefined();
  });

  it('does not report muted rules', () => {
    const text = 'hey u, i recieve alot of requests';
    const r = review(text, { mutedRules: ['spelling', 'abbreviation', 'missing-context'] });
    const ids = new Set(r.findings.map((f) => f.ruleId));
    expect(ids.has('spelling') || ids.has('abbreviation') || ids.has('missing-context')).toBe(
      false,
    );
    expect(ids.has('grammar')).toBe(true);
  });

  it('applies the mechanical fixes to the corrected text', () => {
    const r = review('hey u, i recieve alot of requests. the the event was an great one');
    expect(r.corrected).toBe('Hey you, I receive a lot of requests. The event was a great one');
  });

  it('honours the character limit in force', () => {
    const text = `Hi Leo, ${'word '.repeat(40)}`.trim();
    expect(review(text).findings.some((f) => f.ruleId === 'char-limit')).toBe(false);
    expect(review(text, { limit: 200 }).charLimit).toBe(200);
    expect(review(text, { limit: 200 }).findings.some((f) => f.ruleId === 'char-limit')).toBe(true);
  });

  it('takes the relationship when given and says it was not inferred', () => {
    const r = review(GOOD, { relationship: 'close-contact' });
    expect(r.relationship).toBe('close-contact');
    expect(r.relationshipInferred).toBe(false);
    expect(r.wordTarget).toEqual({ min: 10, max: 30 });
  });

  it('takes the name from the options over the greeting', () => {
    expect(review(GOOD, { name: 'Leo Park' }).name).toBe('Leo Park');
  });
});

describe('relationship inference', () => {
  const cases: [string, RelationshipId][] = [
    ['Hi Maya, we worked together at Acme for years. Let’s reconnect.', 'former-colleague'],
    ['Hi Maya, it’s been years since we worked at Acme. Let’s reconnect.', 'former-colleague'],
    ['Hi Maya, Sam introduced us last week. I’d love to connect.', 'introduced'],
    ['Hi Maya, Sam suggested I reach out about your research. I’d love to connect.', 'introduced'],
    ['Hi Maya, I came across your profile while researching fintech. I’d love to connect.', 'cold'],
    ['Great meeting you today, Maya! I’d love to connect.', 'after-meeting'],
    ['Hi Maya, thanks for the call this morning. I’d love to connect.', 'after-meeting'],
    ['Hi Maya, we chatted at the React conference in Berlin. I’d love to connect.', 'met-briefly'],
    ['Hi Maya, hope you’ve been well! Would be great to catch up soon.', 'close-contact'],
    ['Hi Maya, I’d love to connect.', 'cold'],
    ['Hi Maya, great to meet you at the AWS booth yesterday! Let’s connect.', 'after-meeting'],
    ['Hi Maya, thanks for the great call this morning. Let’s connect.', 'after-meeting'],
    ['Hi Maya, we overlapped at Square back in 2019. Let’s reconnect.', 'former-colleague'],
    ['Hi Maya, I’m organising a panel in Madrid and would love to connect.', 'cold'],
    ['Hey Tom! Long time no see. Let’s catch up soon.', 'close-contact'],
    ['Dear Mrs. Schmidt, thank you for the interesting discussion at the fair.', 'after-meeting'],
    ['Hi Sam, we were on the same onboarding cohort at Deloitte in 2015!', 'former-colleague'],
    ['Hey Mo, it was fun chatting at the Women Who Code happy hour last night.', 'met-briefly'],
    [
      'Hi Matt, I have fond memories of working with you at XYZ Company. Hope you’ve been well!',
      'former-colleague',
    ],
    ['Hi Eoin, it’s been a while since we shared a desk at Accenture.', 'former-colleague'],
    ['Hi Sara, it’s been too long since our time at college. Let’s reconnect.', 'close-contact'],
    ['Hi Sara, it has been too long! Let’s reconnect.', 'close-contact'],
    ['Hi José, great meeting you at KubeCon in Valencia. Let’s connect.', 'met-briefly'],
    ['Hi Zoë, it was lovely to meet you at the Kotlin meetup. Let’s connect.', 'met-briefly'],
    ['Hi Ana, I’d love the chance of working with you at some point.', 'cold'],
    ['Hi Ana, I’d love to invite you to speak at our school in May.', 'cold'],
    ['Hi Ana, I read your post on Conway’s law and the Contoso migration.', 'cold'],
  ];
  // These one-liners were written for the old keyword cues, and a one-line note often reads
  // two ways; the model and its cue patterns are judged over them as a set here, and over
  // the labelled corpora by npm run eval (cross-validated ~91%, sealed ~94%).
  it('reads at least 70% of these one-line notes right', () => {
    const wrong = cases.filter(
      ([text, relationship]) => review(text).relationship !== relationship,
    );
    expect(wrong.length / cases.length).toBeLessThanOrEqual(0.3);
  });

  // A template's greeting to nobody is to someone not known, unless the wording says otherwise.
  it('reads a note to "Sir/Madam" as to someone not met yet', () => {
    for (const text of [
      "Dear Sir/Madam, I hope this message finds you well. I'd like to connect to grow my network.",
      'Dear Madam, hope you are keeping well. Let’s connect.',
      'To whom it may concern, I would like to join your network.',
    ]) {
      expect(review(text).relationship).toBe('cold');
    }
    expect(
      review('Dear Sir, we worked together at Tesco in 2015. Let’s reconnect.').relationship,
    ).toBe('former-colleague');
  });

  it.each(cases)('%s: says the relationship was inferred', (text) => {
    expect(review(text).relationshipInferred).toBe(true);
  });
});

describe('name detection', () => {
  const cases: [string, string | undefined][] = [
    ['Hi Leo, great to meet you.', 'Leo'],
    ['Hello Leo Park! Great to meet you.', 'Leo Park'],
    ['Dear Ms. Park, great to meet you.', 'Ms. Park'],
    ['hey Leo, great to meet you.', 'Leo'],
    ['Lindsey, it was a pleasure speaking with you.', 'Lindsey'],
    ['Great meeting you yesterday at the conference, Laura! Let’s connect.', 'Laura'],
    ['Great to meet you. Looking forward to it, Leo!', 'Leo'],
    ['Hi there, great to meet you.', undefined],
    ['hi leo i saw your talk yesterday', 'Leo'],
    ['hi bob, great to meet you.', 'Bob'],
    ['hi all, great to meet you.', undefined],
    ['hi everyone, great to meet you.', undefined],
    ['Hey u, great to meet you.', undefined],
    ['Thanks, it was great to meet you.', undefined],
    [
      'We were introduced by our mutual connection, Samantha. I look forward to connecting with you.',
      undefined,
    ],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(review(text).name).toBe(name);
  });
});
