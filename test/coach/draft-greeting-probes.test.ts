// Greetings for names as people type them into a form (draft25): the classes the probe set
// (fixtures/greeting-probes.txt) found, each with names other than the ones that showed it,
// and the probe sets themselves, greeted through a whole draft as the eval judges them.
import { describe, expect, it } from 'vitest';
import { greetedAs } from '../../scripts/eval/drafts.js';
import { greetingsFor, readGreetingProbes } from '../../scripts/eval/greeting-probes.js';
import { capitaliseName } from '../../src/coach/draft/normalize.js';
import { draft, guessGreeting } from '../../src/coach/draft.js';

const greet = (name: string) => guessGreeting(capitaliseName(name));

describe('greetings: classes the probe set found (draft25)', () => {
  it.each([
    // A Chinese name, then the English given name they go by.
    ['Leung Chi Keung Raymond', 'Raymond'],
    ['Ng Siew Ling Cindy', 'Cindy'],
    ['Chua Kok Leong Vincent', 'Vincent'],
    // A Khmer family name first.
    ['Meas Sophea', 'Sophea'],
    ['Chea Vuthy', 'Vuthy'],
    ['Prak Sopheap', 'Sopheap'],
    // A Russian name family first, with the patronymic.
    ['Smirnov Aleksei Petrovich', 'Aleksei'],
    ['Kuznetsova Olga Ivanovna', 'Olga'],
    ['Shevchenko Taras Hryhorovych', 'Taras'],
    // "Sr." before a woman's name is Sister: a name in religion, said whole.
    ['Sr. Teresa Benedicta', 'Sr. Teresa Benedicta'],
    ['Sr. Anne Marie Joseph', 'Sr. Anne Marie Joseph'],
    ['Sr Agnes Wanjiru', 'Sr Agnes Wanjiru'],
    // A Malay honour of one word goes with the given name; a Chinese name's family name.
    ['Datin Noraini Ahmad', 'Datin Noraini'],
    ['Datuk Siti Nurhaliza', 'Datuk Siti'],
    ['Dato Wong Kah Woh', 'Dato Wong'],
    // Ethiopian: title and given name, the father's name after it.
    ['Prof. Getachew Engida', 'Prof. Getachew'],
    ['Dr. Abraham Woldemariam', 'Dr. Abraham'],
    ['W/ro Tigist Haile', 'W/ro Tigist'],
    ['w/t selam bekele', 'W/t Selam'],
    // A Filipino title: the middle name is the mother's, the surname the last.
    ['Atty. Ramon Bautista Aquino', 'Atty. Aquino'],
    ['Engr. Rodrigo Santos Villanueva', 'Engr. Villanueva'],
    // Two surnames, a comma, the given name.
    ['rodríguez pérez, ana lucía', 'Ana Lucía'],
    ['Fernández Torres, Carlos', 'Carlos'],
    ['Smith Jones, Emily', 'Emily'],
    // A hyphenated German degree under a professor.
    ['Prof. Dr.-Ing. Stefanie Wolf', 'Prof. Wolf'],
    // Classes tuning-l showed fresh, with other names: a Latin American second given name.
    ['Leidy Johana Castaño', 'Leidy Johana'],
    ['Kelly Tatiana Ospina', 'Kelly Tatiana'],
    ['Maria Rita Lopes', 'Maria Rita'],
    // A French given name opening a compound one.
    ['Jean Damascène Ndayisaba', 'Jean Damascène'],
    ['Marie Goretti Mukamana', 'Marie Goretti'],
    // A Southern US double name.
    ['Tommy Lee Barnes', 'Tommy Lee'],
    ['Bobbie Rae Hutchins', 'Bobbie Rae'],
    // A Meitei family name first.
    ['Laishram Bembem Devi', 'Bembem'],
    ['Thokchom Ibomcha Singh', 'Ibomcha'],
    // Señor abbreviated, before a man's name.
    ['Sr. Tomás Ibarra', 'Sr. Ibarra'],
    // A South Asian prefix typed with its dot.
    ['Mohd. Tariq Mehmood', 'Tariq'],
    ['Ch. Shujaat Hussain', 'Shujaat'],
  ])('greets %s as %s', (name, greeting) => {
    expect(greet(name)).toBe(greeting);
  });

  it.each([
    ['Datuk Nicol David', 'Datuk Nicol'],
    ['Lim Jones', 'Lim'],
    // Never "Olivia Grace": a middle name is no second given name. Three plain words are said
    // whole since draft26, which is right whichever the second word is.
    ['Olivia Grace Miller', 'Olivia Grace Miller'],
    ['António Manuel Rosado', 'António Manuel Rosado'],
    ['Emily Marie Carter', 'Emily Marie Carter'],
    ['Mohd Faizal bin Ahmad', 'Mohd Faizal'],
    ['Sister Mary Joseph', 'Sister Mary'],
    ['Dr. Daniel Kahneman', 'Dr. Kahneman'],
    ['Dr. Emma Johnson', 'Dr. Johnson'],
    ['Dr. Anders Svensson', 'Dr. Svensson'],
    ['Tan Wei Ming', 'Tan Wei Ming'],
    ['Chan Tai Man', 'Chan Tai Man'],
    ['Priya Raman, Director', 'Priya'],
    ['Dr. Alejandro Quispe Mamani', 'Dr. Quispe Mamani'],
  ])('leaves %s greeted as %s', (name, greeting) => {
    expect(greet(name)).toBe(greeting);
  });

  it.each([
    ['Dmitri [Dima] Volkov', 'Dima'],
    ['Tiago [Ti] Moreira', 'Ti'],
    ['Ekaterina [Katya] Smirnova', 'Katya'],
    // A title the review would flag in lower case after its dot is left for the given name.
    ['Dott.ssa Giulia Ferrari', 'Giulia'],
    ['Prof.ssa Chiara Bianchi', 'Chiara'],
    ['W/ro Almaz Tesfaye', 'Almaz'],
  ])('drafts for %s greeting %s', (name, greeting) => {
    const { drafts } = draft({
      name,
      relationship: 'met-briefly',
      context: 'we met at the rural broadband summit in Kisumu',
      purpose: 'I want to hear how your co-op laid the fibre',
      limit: 300,
      variants: 1,
    });
    expect(greetedAs(drafts[0]?.text ?? '')).toBe(greeting);
  });

  it('still takes a bracketed slot for a placeholder', () => {
    const typed = (name: string) => () =>
      draft({ name, relationship: 'met-briefly', context: 'we met at the summit', limit: 300 });
    expect(typed('[First Name] Smith')).toThrow(/placeholder/);
    expect(typed('[Name]')).toThrow(/placeholder/);
  });
});

describe('greetings: the probe sets (draft25)', () => {
  it.each([
    ['greeting-probes.txt', 251],
    ['greeting-probes-held.txt', 59],
    ['greeting-probes-shapes.txt', 114],
  ])('%s: at least %i names greeted by an accepted name', (file, floor) => {
    let greeted = 0;
    for (const { name, accepted } of readGreetingProbes(
      new URL(`./fixtures/${file}`, import.meta.url),
    )) {
      if (accepted.includes(greetingsFor(name, 1)[0] ?? '')) greeted++;
    }
    expect(greeted).toBeGreaterThanOrEqual(floor);
  });
});

describe('greetings: the shape of the name as typed (draft26)', () => {
  it.each([
    // Three plain words: a given name of two words, a middle name or a family name first; the
    // whole name greets them whichever it is.
    ['Dorcas Wairimu Njoroge', 'Dorcas Wairimu Njoroge'],
    ['Kirra Jarrah Mundine', 'Kirra Jarrah Mundine'],
    // A second word of three letters no list knows is no particle: it may be a given name.
    ['Waylon Dee Hatcher', 'Waylon Dee Hatcher'],
    ['Tamsin Jae Pearce', 'Tamsin Jae Pearce'],
    ['Kofi Nti Boakye', 'Kofi Nti Boakye'],
    ['Nadia Selene Arbeláez', 'Nadia Selene Arbeláez'],
    ['Tupac Yupanqui Huamán', 'Tupac Yupanqui Huamán'],
    // A Mongolian father's name in the genitive, then the given name.
    ['Gantulgyn Sarangerel', 'Gantulgyn Sarangerel'],
    ['Ochirbatiin Munkhbat', 'Ochirbatiin Munkhbat'],
  ])('%s → %s', (name, greeting) => {
    expect(greet(name)).toBe(greeting);
  });

  it.each([
    // The shape is plain: a particle, a short word or a Sikh name after the given name, letters
    // after the name, an Ethiopian name (given, father's, grandfather's).
    ['Hemi Te Rangi', 'Hemi'],
    ['Maartje van Houten', 'Maartje'],
    ['Jaswinder Kaur Dhillon', 'Jaswinder'],
    ['Marcus Reyes Jr.', 'Marcus'],
    ['Haile Gebru Asfaw', 'Haile'],
    ['Olivia Grace', 'Olivia'],
  ])('%s stays %s', (name, greeting) => {
    expect(greet(name)).toBe(greeting);
  });
});
