import { describe, expect, it } from 'vitest';
import { DraftInputError, draft } from '../../src/coach/draft.js';
import { toSecondPerson } from '../../src/coach/language/perspective.js';

// A field's "he", "she" or "they" is said to the reader as "you" only when it is the reader.
describe('draft: a field’s pronoun that is someone else stays theirs (persp21)', () => {
  it.each([
    ['Tom Reyes', 'he coached him for two seasons'],
    ['Ana Silva', 'she helped her with the grant'],
    ['Ana Silva', 'she taught her to weld at the yard'],
    ['Tom Reyes', 'he met him at the mosque fundraiser'],
    ['Ana Silva', 'when she worked with her on the night shift'],
  ])('asks who is who when two people share one pronoun: %s, "%s"', (name, context) => {
    // "you coached you" says nothing, and nobody named says which one is the reader.
    const read = toSecondPerson(context, { recipient: name });
    expect(read.text).not.toMatch(/\byou\s+\S+(?:\s+\S+)?\s+you\b/);
    expect(read.ambiguous.length).toBeGreaterThan(0);
    expect(() => draft({ name, relationship: 'former-colleague', context })).toThrow(
      DraftInputError,
    );
  });

  it.each([
    ['she loves her job at the bakery', 'you love your job at the bakery'],
    ['she said to add her so she can refer me', 'you said to add you so you can refer me'],
    ['she introduced herself at the panel', 'you introduced yourself at the panel'],
  ])('still says one person’s own words to them: "%s"', (field, spoken) => {
    expect(toSecondPerson(field, { recipient: 'Ana Silva' }).text).toBe(spoken);
  });

  it.each([
    ['Tom Reyes', 'we worked under Sanjay, he was our manager', 'Sanjay'],
    ['Ana Silva', 'we reported to Maria, she was tough but fair', 'Maria'],
    ['Tom Reyes', 'you apprenticed with Gareth, he taught us joinery', 'Gareth'],
  ])(
    'asks whether a "he" or "she" after someone worked under is them: %s, "%s"',
    (name, context, other) => {
      const read = toSecondPerson(context, { recipient: name });
      expect(read.text).not.toMatch(/, you (?:was|were|taught)\b/);
      expect(read.ambiguous.flatMap((unclear) => unclear.candidates)).toContain(other);
    },
  );

  it.each([
    ['Ana Silva', 'introduced by Maria, she runs the lab', 'introduced by Maria, you run the lab'],
    [
      'Ana Silva',
      'Lucy connected us, she leads the choir',
      'Lucy connected us, you lead the choir',
    ],
    [
      'Ana Silva',
      'met at Fiona’s wedding, she was the bridesmaid',
      'met at Fiona’s wedding, you were the bridesmaid',
    ],
  ])('still reads the reader after who introduced them: %s, "%s"', (name, field, spoken) => {
    expect(toSecondPerson(field, { recipient: name }).text).toBe(spoken);
  });

  it.each([
    ['Tom played for the Eagles, they won the league', 'they won the league'],
    ['Tom sings in a choir, they toured Japan', 'they toured Japan'],
    ['you joined the band and they signed with a label', 'they signed with a label'],
    ['you rowed for Leander, they won at Henley', 'they won at Henley'],
    ['you volunteered with the Red Cross, they sent you to Haiti', 'they sent you to Haiti'],
    // A clause opened by "when", "until", "after": the body is still the "they" (draft22).
    ['we played for the Leeds Rhinos when they won the Grand Final', 'they won the Grand Final'],
    ['we sang in the Bach Choir until they folded, he played piano', 'they folded'],
    ['we worked for Nokia before they sold the phone business', 'they sold the phone business'],
  ])('keeps "they" for the team or body named before it: "%s"', (context, kept) => {
    expect(toSecondPerson(context, { recipient: 'Tom Reyes' }).text).toContain(kept);
    const note = draft({ name: 'Tom Reyes', relationship: 'former-colleague', context }).drafts[0];
    expect(note?.text).not.toMatch(/\byou (?:won|toured|signed|sent you|folded|sold)\b/);
  });

  it.each([
    [
      'we were in the same class at Mary Immaculate, she was bridesmaid at my wedding',
      'you were bridesmaid',
    ],
    ['we nursed together at St Catherine, she ran the night ward', 'you ran the night ward'],
    ['we trained at Sanjay Gandhi Hospital, he was our registrar', 'you were our registrar'],
  ])(
    'reads a school or a hospital named for someone as a place, not the "she": "%s"',
    (field, spoken) => {
      const recipient = /\bhe\b/.test(field) ? 'Tom Reyes' : 'Siobhán Ní Bhriain';
      expect(toSecondPerson(field, { recipient }).text).toContain(spoken);
    },
  );

  it('reads the "he" after a team\'s "they" as the reader (draft22)', () => {
    const field = 'we sang in the Bach Choir until they folded, he played piano';
    expect(toSecondPerson(field, { recipient: 'Tom Reyes' }).text).toContain('you played piano');
  });

  it.each([
    ['met at Google, they lead the ML team', 'you lead the ML team'],
    ['PyData London, they asked a great question', 'you asked a great question'],
    ['I read the Can Xue stories they translated', 'stories you translated'],
    ['they run the coding clubs and they have the kids coding', 'you have the kids coding'],
  ])('still reads "they" after a workplace or an event as the reader: "%s"', (field, spoken) => {
    expect(toSecondPerson(field, { recipient: 'Sam Okoro' }).text).toContain(spoken);
  });
});

describe('draft: the recipient by title and surname in a field (draft21, tuning-i)', () => {
  it('says "Mr Haddad runs" to Mr Haddad as "you run"', () => {
    const { drafts } = draft({
      name: 'Mr. Karim Haddad',
      relationship: 'introduced',
      context:
        'Lena at the Beirut port authority said Mr Haddad runs customs clearance for the terminal',
      purpose: 'we are opening a freight forwarding desk in Tripoli',
      mutual: 'Lena Khoury',
      limit: 300,
    });
    expect(drafts.length).toBeGreaterThan(0);
    for (const { text } of drafts) {
      expect(text).toContain('you run customs clearance');
      expect(text).not.toMatch(/Haddad runs/);
    }
  });

  it('leaves a title and surname the mutual contact shares as typed', () => {
    const { drafts } = draft({
      name: 'Ms. Adaeze Nwosu',
      relationship: 'introduced',
      context: 'Dr Nwosu told me about the OH service at Network Rail',
      purpose: 'we are setting up health checks in Crewe',
      mutual: 'Dr Chidi Nwosu',
      limit: 300,
    });
    for (const { text } of drafts) expect(text).toContain('Dr Nwosu');
  });
});

// "…till they shut the line down, he was the best operator": a field that calls the recipient
// "he" or "she" means someone else by "they" (the firm), and says it so (draft24).
describe('draft: "they" beside the recipient\'s "he" or "she" (draft24)', () => {
  it.each([
    [
      'Thandiwe Nkosi',
      'me and Thandiwe baked nights at the Braamfontein bakery till they sold the building, she did all the sourdough',
      /till they sold the building/,
    ],
    [
      'Patrick Doyle',
      'we drove buses out of the Broadstone depot until they closed the route, he trained me on the double-deckers',
      /until they closed the route/,
    ],
    [
      'Marta Kowalczyk',
      'we packed apples together at the Grójec orchard till they brought in the machines, she taught me to grade by hand',
      /till they brought in the machines/,
    ],
  ])('%s: "they" stays them', (name, context, kept) => {
    const texts = draft({
      name,
      relationship: 'former-colleague',
      context,
      purpose: 'I run my own place in the city now and would like to reconnect',
      variants: 3,
    }).drafts.map((d) => d.text);
    expect(texts.some((text) => kept.test(text))).toBe(true);
    for (const text of texts) {
      expect(text).not.toMatch(/\b(?:till|until) you\b/);
      expect(text).not.toMatch(/\b(?:till|until) they \S+[.,]/);
    }
  });
});
