// How to greet someone, from their name as the user typed it: "Ana Lúcia" for Ana Lúcia
// Ferreira, "Dr Raman" for Dr Priya Raman, "Zhang Wei" for Zhang Wei (family name first).
// The lists are data files under ./data; only the shapes of syllables are patterns here.

import { listMap, listSet } from '../language/lists.js';
import { personRole, sexOfName } from '../language/people.js';

const data = (file: string) => new URL(`./data/${file}`, import.meta.url);

let titles: ReadonlySet<string> | undefined;
let compounds: ReadonlySet<string> | undefined;
let foldedCompounds: ReadonlySet<string> | undefined;

/** Without accents: "ana lucía" and "ana lucia" are one compound, as "ana lúcia" is. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Ana Lucía", "Maria Jose": two given names said as one, however they are accented. */
function isCompound(pair: string): boolean {
  compounds ??= listSet(data('compound-given-names.txt'));
  foldedCompounds ??= new Set([...compounds].map(fold));
  return compounds.has(pair.toLowerCase()) || foldedCompounds.has(fold(pair));
}
let bound: ReadonlySet<string> | undefined;
let familyFirst: ReadonlyMap<string, string> | undefined;
let givenTitles: ReadonlySet<string> | undefined;
let hispanic: ReadonlySet<string> | undefined;
let yoruba: ReadonlySet<string> | undefined;
let postNominals: ReadonlySet<string> | undefined;
let devotional: ReadonlySet<string> | undefined;
let balinese: ReadonlySet<string> | undefined;
let ethiopian: ReadonlySet<string> | undefined;
let prefixes: ReadonlySet<string> | undefined;
let seconds: ReadonlySet<string> | undefined;
let leading: ReadonlySet<string> | undefined;
let wholeTitles: ReadonlySet<string> | undefined;
let runWords: ReadonlySet<string> | undefined;
let hungarian: ReadonlySet<string> | undefined;
let suffixTitles: ReadonlySet<string> | undefined;
let burmese: ReadonlySet<string> | undefined;
let himalayan: ReadonlySet<string> | undefined;
let opening: ReadonlySet<string> | undefined;
let mothersName: ReadonlySet<string> | undefined;
let englishNames: ReadonlySet<string> | undefined;
let khmer: ReadonlySet<string> | undefined;
let meitei: ReadonlySet<string> | undefined;
let academicTitles: ReadonlySet<string> | undefined;

// Ge'ez names built on a devotion ("Gebremedhin", "Teklemariam", "Woldegiorgis"): Ethiopian
// or Eritrean whether or not a list knows them.
const GEEZ_START =
  /^(?:gebre|gabre|ghebre|gebra|gebru|tekle|tecle|tekla|wolde|welde|walda|habte|haile|kidane|zere|fikre|tesfa|berhane|birhane)\p{L}{2,}$/u;
const GEEZ_END =
  /^\p{L}{2,}(?:mariam|maryam|yesus|iyesus|selassie|silassie|sellassie|giorgis|egziabher|medhin|mikael|kristos|tsion|amlak)$/u;

// Samoan and Tongan words: each syllable a vowel, with one consonant of theirs before it.
const POLYNESIAN = /^(?:[fglmnpstvhkr'‘’ʻ]?[aeiouāēīōū]){2,}$/iu;

/** "Tedros Adhanom": an Ethiopian given name and the father's, with no surname to greet by. */
function givenAndFathers(words: readonly string[]): boolean {
  ethiopian ??= listSet(data('ethiopian-given-names.txt'));
  const names = ethiopian;
  const known = (word: string) =>
    names.has(word.toLowerCase()) ||
    GEEZ_START.test(word.toLowerCase()) ||
    GEEZ_END.test(word.toLowerCase());
  if (words.length >= 2 && words.length <= 3 && words.every(known)) return true;
  // "Bekele Gashe": a given name only Ethiopia uses, then a father's name no list knows;
  // "Abraham Woldemariam": any given name, then a father's name built on a devotion.
  const [given = '', father = ''] = words;
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(father) || sexOfName(father)) return false;
  const devotion = GEEZ_START.test(father.toLowerCase()) || GEEZ_END.test(father.toLowerCase());
  return devotion || (known(given) && !sexOfName(given));
}

/**
 * How many words the given name takes when it is devotional: "Maria das Graças" is 3,
 * "Marie de la Paix" 4; only with a surname after it.
 */
function devotionalGiven(words: readonly string[]): number {
  devotional ??= listSet(data('devotional-given-names.txt'));
  if (!/^(?:da|das|do|dos|de|du|des)$/i.test(words[1] ?? '')) return 0;
  const article = /^(?:de)$/i.test(words[1] ?? '') && /^(?:la|los|las)$/i.test(words[2] ?? '');
  const said = article ? 4 : 3;
  return words.length > said && devotional.has((words[said - 1] ?? '').toLowerCase()) ? said : 0;
}

/** How many words "María del Carmen Ruiz" gives the given name (3), running to its noun; else 0. */
function linkedGiven(words: readonly string[]): number {
  hispanic ??= listSet(data('hispanic-given-names.txt'));
  const linked =
    /^(?:del|de)$/i.test(words[1] ?? '') && hispanic.has((words[0] ?? '').toLowerCase());
  if (!linked || words.length < 4) return 0;
  const noun = words.findIndex((word, at) => at >= 2 && /^\p{Lu}/u.test(word));
  return noun > 0 && noun < words.length - 1 ? noun + 1 : 0;
}

// "Rakotomalala", "Andrianarivo", "Razafindrakoto": Malagasy family names.
// Syllables of a consonant or two and a vowel, the word ending on its vowel.
const MALAGASY_FAMILY = /^(?=\p{L}{8,}$)(?:Ra|Andria|Razaf)(?:[bdfghjklmnprstvz]{0,3}[aeiouy])+$/u;

// "Sophal", "Sreymom", "Vannak": a Khmer given name as romanised, syllable by syllable
// ("Smith" is not one).
const KHMER_SYLLABLES =
  /^(?:(?:chh|ph|th|kh|ch|sr|pr|tr|kr|sv|ng|nh|[bcdhklmnprstvy])?(?:ea|eo|ey|ou|ei|ai|ao|au|[aeiouy])(?:ng|nh|th|nn|[chklmnptv])?)+$/;

// "Ivanovich", "Aleksandrovna", "Volodymyrivna": an East Slavic patronymic.
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$/u;

// "binte" as Singapore spells it; "s/o", "d/o" (son of, daughter of) in Singapore's Indian names.
const PATRONYM = /^(?:bin|binti|binte|bte|bt|ibn|bint|ould|a\/l|a\/p|s\/o|d\/o)$/i;

const PARTICLES = new Set(
  'van von der den de del dela delos della di da dos das du le la ter ten bin ibn al el ní nic ó ua uí mac ap'.split(
    ' ',
  ),
);

/** A word that is a given name ("Ezequiel", "Andrés"), so no surname. */
function secondGiven(word: string): boolean {
  hispanic ??= listSet(data('hispanic-given-names.txt'));
  return !!sexOfName(word) || hispanic.has(word.toLowerCase());
}

/** The title a name starts with ("Dr.", "Professor"), as typed, when it has one. */
export function leadingTitle(name: string): string | undefined {
  titles ??= listSet(data('titles.txt'));
  const first = name.split(' ')[0] ?? '';
  return titles.has(first.replace(/\.$/, '').toLowerCase()) ? first : undefined;
}

// A syllable of each language's usual romanisation, to tell "Zhang Wei" (a Chinese given
// name after the family name) from "Lee Child" or "Kim Smith" (a Western order).
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü))+$/;
// The Wade-Giles spellings Taiwan uses for the initials pinyin spells otherwise: "Hsiao", "Tzu".
const WADE =
  /^(?:hs|ts|tz)(?:iang|iung|ang|eng|ing|ung|iao|ien|uan|ai|ei|ao|ou|an|en|in|un|ia|ieh|iu|uo|ui|u|i|e|o|a)$/;
const HANGUL =
  /^(?:(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(?:ng|[kntlmp](?![aeiouy]))?-?)+$/;
const KANA = /^(?:(?:sh|ch|ts|ky|gy|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueoy]))+$/;
// Vietnamese syllables: up to three consonants, one to three vowels (with their tone
// marks), up to two closing consonants.
const VIET_VOWELS = 'aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
const VIET_SYLLABLE = new RegExp(
  `^[^\\s\\-${VIET_VOWELS}]{0,3}[${VIET_VOWELS}]{1,3}[^\\s\\-${VIET_VOWELS}]{0,2}$`,
  'iu',
);

/** The language whose order the name is in, when it is family name first. */
export function familyNameFirst(
  words: readonly string[],
): 'zh' | 'ko' | 'vi' | 'ja' | 'hu' | undefined {
  if (words.length < 2) return undefined;
  familyFirst ??= listMap(data('family-names-first.txt'));
  // "Ōtani Shōhei", "Itō": a Japanese long vowel typed with its macron is the same name.
  const [family = '', ...given] = words.map((word) =>
    word
      .toLowerCase()
      .replace(/ō/gu, 'o')
      .replace(/ū/gu, 'u')
      .replace(/ā/gu, 'a')
      .replace(/ē/gu, 'e')
      .replace(/ī/gu, 'i'),
  );
  const language = familyFirst.get(family);
  switch (language) {
    case 'zh':
      // "Yu-ting", "Hsiao-wen": a given name typed with a hyphen between its syllables.
      return given.length <= 2 &&
        given.every((word) => word.split('-').every((part) => PINYIN.test(part) || WADE.test(part)))
        ? 'zh'
        : undefined;
    case 'ko':
      return given.length <= 2 && given.every((word) => HANGUL.test(word)) ? 'ko' : undefined;
    case 'vi':
      return given.length <= 3 && given.every((word) => VIET_SYLLABLE.test(word))
        ? 'vi'
        : undefined;
    case 'ja':
      return given.length === 1 && given.every((word) => KANA.test(word)) ? 'ja' : undefined;
    case 'hu':
      // Hungarian names put the family name first too: "Kovács Péter", "Szabó Anna".
      return given.length === 1 ? 'hu' : undefined;
    default: {
      // "Orbán Viktor", "Bartók Béla": a family name no list knows, by its Hungarian letters,
      // before a Hungarian given name.
      hungarian ??= listSet(data('hungarian-given-names.txt'));
      // "Rubik Ernő": "ő" and "ű" are written in Hungarian alone.
      const magyar =
        given.length === 1 &&
        !hungarian.has(family) &&
        !sexOfName(family) &&
        ((hungarian.has(given[0] ?? '') && /[áéíóöőúüű]|cs|gy|ly|ny|sz|zs/u.test(family)) ||
          /[őű]/u.test(words[1] ?? ''));
      return magyar ? 'hu' : undefined;
    }
  }
}

/** A title as listed: lower case, without its full stop ("Dr." → "dr"). */
const bare = (word: string) => word.replace(/\.$/, '').toLowerCase();

/**
 * How many words at the start of a name are titles said together: "Prof. Dr." and "Maj Gen"
 * are 2. A name is left after them.
 */
function titleRun(words: readonly string[]): number {
  titles ??= listSet(data('titles.txt'));
  runWords ??= listSet(data('title-run-words.txt'));
  const known = titles;
  const before = runWords;
  let at = 0;
  while (at < Math.min(words.length - 1, 3)) {
    const word = bare(words[at] ?? '');
    const next = bare(words[at + 1] ?? '');
    // "Maj Gen", "Wg Cdr", "Rt Hon": a word that is a title only before another.
    const joined =
      before.has(word) &&
      (known.has(next) || before.has(next) || (at > 0 && /\.$/.test(words[at] ?? '')));
    if (known.has(word) || joined) at += 1;
    else break;
  }
  return at;
}

// "His Excellency", "H.E.", "HRH": a style, not a title to greet by.
const STYLE =
  /^(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[Rr]oyal\s+)?(?:Excellency|Holiness|Majesty|Highness|Eminence|Grace|Honou?r|Lordship|Ladyship)|H\.\s?E\.|HE|HRH|H\.R\.H\.)\s+/u;

/** Where the one word typed in capitals is, in a name whose other words are not. */
function familyInCapitals(words: readonly string[]): number | undefined {
  const capitals = (word: string) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(word);
  const at = words.findIndex(capitals);
  if (at < 0 || words.length < 2 || words.filter(capitals).length > 1) return undefined;
  return at;
}

/** "Van der Berg, Pieter" as capitaliseName leaves it: its first particle in lower case. */
function capitaliseParticles(text: string): string {
  const first = /^(\p{L}+)\s/u.exec(text)?.[1] ?? '';
  return PARTICLES.has(first.toLowerCase()) && /,/.test(text)
    ? `${first.toLowerCase()}${text.slice(first.length)}`
    : text;
}

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[-'’])(\p{L})/gu,
      (_, mark: string, letter: string) => mark + letter.toUpperCase(),
    );
}

/** "Oyelaran Folasade": a Yoruba given name after a word that is not a given name. */
function yorubaFirst(words: readonly string[]): boolean {
  yoruba ??= listSet(data('yoruba-given-names.txt'));
  return (
    words.length === 2 &&
    yoruba.has((words[1] ?? '').toLowerCase()) &&
    !yoruba.has((words[0] ?? '').toLowerCase()) &&
    !sexOfName(words[0] ?? '')
  );
}

const LOOSE_SYLLABLE = /^(?:ng|[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:ng|ck|[hkmnprtw])?)$/i;

/** "Ong Kah Wai": a Chinese family name, then two one-syllable words no list knows as given. */
function looseChinese(words: readonly string[]): boolean {
  // "Wong Kar-wai", "Chan Siu-ming": a Cantonese given name typed with its hyphen.
  const hyphened = words.length === 2 && /^\p{L}+-\p{L}+$/u.test(words[1] ?? '');
  if (words.length !== 3 && !hyphened) return false;
  familyFirst ??= listMap(data('family-names-first.txt'));
  const language = familyFirst.get((words[0] ?? '').toLowerCase());
  if (language !== 'zh' && language !== 'ko') return false;
  return words
    .slice(1)
    .flatMap((word) => word.split('-'))
    .every((word) => word.length <= 5 && LOOSE_SYLLABLE.test(word));
}

/** "Kate" for Katherine, "Bob": a name in brackets that is a given name or a short form of one. */
function nicknameOf(inside: string, name: string): boolean {
  const words = inside.split(' ');
  // "Juan Pérez (JP)": the initials of the name, said as one.
  const initials = name
    .split(' ')
    .map((word) => word.charAt(0))
    .join('');
  if (/^\p{Lu}{2,3}$/u.test(inside) && initials.startsWith(inside)) return true;
  if (words.length > 2 || !/^\p{Lu}\p{Ll}/u.test(inside)) return false;
  // "(Kate)" for Katherine: a short form begins as a word of the name does.
  const short = (word: string) =>
    name
      .split(' ')
      .some(
        (part) => part !== word && part.toLowerCase().startsWith(word.slice(0, 3).toLowerCase()),
      );
  return words.every((word) => !!sexOfName(word) || short(word));
}

/** A word typed all in lower case, with its first letter raised. */
function raise(word: string): string {
  return word === word.toLowerCase() ? titleCase(word) : word;
}

/**
 * "Mei Ling Tan", "Wei Ming Lim": a Chinese given name of two syllables, each typed as a word,
 * before the family name, as Singapore and Malaysia write it; she is greeted "Mei Ling".
 */
function givenBeforeFamily(words: readonly string[]): string | undefined {
  if (words.length !== 3) return undefined;
  familyFirst ??= listMap(data('family-names-first.txt'));
  const [one = '', two = '', last = ''] = words.map((word) => word.toLowerCase());
  const language = familyFirst.get(last);
  if (language !== 'zh' && language !== 'ko') return undefined;
  // One syllable each: "Anna Mei Chen" is a Western given name and a middle name.
  const syllable = (word: string) =>
    PINYIN.test(word) && !/^(?:[^aeiouü]*[aeiouü]+n?g?r?)[^aeiouü]+[aeiouü]/.test(word);
  // "Tan Mei Ling" is family name first: a first word that is a family name is not given.
  if (!syllable(one) || !syllable(two) || familyFirst.has(one)) return undefined;
  return `${words[0]} ${words[1]}`;
}

/**
 * The name to greet someone by: the given name; a compound given name whole; title and
 * surname when the user typed a title; and for names in family-name-first order, the
 * given name (Korean, Japanese, Vietnamese: the last word) or the whole name (Chinese,
 * where the whole name is how a stranger greets a person whichever order it was typed in).
 */
export function guessGreeting(typed: string): string {
  const said = say(typed);
  const words = typed.trim().split(/\s+/);
  return said === words[0] && unsure(words) ? words.join(' ') : said;
}

// "Gurpreet Singh Sandhu", "Harpreet Kaur Gill": the Sikh name after the given name is no
// second given name.
const SIKH = /^(?:singh|kaur)$/i;

/**
 * "Jimmy Ray Tidwell", "Ingrid Paola Cassiani", "Chan Sok Dara": three plain words whose first
 * alone would be the greeting may hold a given name of two words, a middle name or a family
 * name first, and no list can tell which; the whole name greets them either way. A particle,
 * a word of two letters no list knows as a name ("Te"), a patronymic or an Ethiopian name (given,
 * father's, grandfather's) say the first word is the given name.
 */
function unsure(words: readonly string[]): boolean {
  // "Tsakhiagiin Elbegdorj": a Mongolian father's name in the genitive before the given name.
  if (words.length === 2)
    return /^\p{Lu}\p{Ll}{4,}(?:iin|ijn|yn)$/u.test(words[0] ?? '') && !sexOfName(words[0] ?? '');
  if (words.length !== 3) return false;
  if (!words.every((word) => /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u.test(word))) return false;
  const [first = '', middle = '', last = ''] = words;
  // "Jose Santos Jr": letters after the name are no part of it.
  postNominals ??= listSet(data('post-nominals.txt'));
  if (postNominals.has(last.toLowerCase())) return false;
  ethiopian ??= listSet(data('ethiopian-given-names.txt'));
  if (ethiopian.has(first.toLowerCase()) || GEEZ_START.test(first.toLowerCase())) return false;
  if (SIKH.test(middle) || (middle.length <= 2 && !sexOfName(middle))) return false;
  return !words.some(
    (word) => PARTICLES.has(word.toLowerCase()) || PATRONYM.test(word) || PATRONYMIC.test(word),
  );
}

/** The greeting the name's own shape gives, before a shape left unclear is said whole. */
function say(typed: string): string {
  titles ??= listSet(data('titles.txt'));
  let said = guess(typed);
  // "Sr. Mary Joseph": a title or an initial alone greets no one; the whole name does.
  if (
    typed.trim().includes(' ') &&
    (/^[^\s.]+\.$/u.test(said) || titles.has(said.toLowerCase().replace(/\.$/, '')))
  ) {
    said = typed.trim().replace(/\s+/g, ' ');
  }
  // "Ma. del Rosario", never "Ma. del": a greeting that would end on a particle is said whole.
  if (PARTICLES.has(said.split(' ').pop() ?? '') && said !== typed.trim()) {
    said = typed.trim().replace(/\s+/g, ' ');
  }
  // "Dr. al-Farsi" → "Dr. Al-Farsi", "Dr ní Bhriain" → "Dr Ní Bhriain": an article or an
  // Irish particle opening the name said takes its capital.
  said = said.replace(
    /(?<=^|\s)(?:(?:al|el|ad|ud|ul|as|ash|at|az|ar|an|ed)-\p{Lu}|(?:ní|nic|uí|ó|ua)(?=\s\p{Lu}))/gu,
    (article) => article.charAt(0).toUpperCase() + article.slice(1),
  );
  // "Zhang WEI", "yamamoto HARUKI": a name said in a greeting is not shouted.
  return said.replace(/(?<![\p{L}'’-])\p{Lu}[\p{Lu}'’-]{2,}(?![\p{L}'’-])/gu, (word) =>
    /[AEIOUYÀ-ÖØ-Ý]/u.test(word) ? titleCase(word) : word,
  );
}

/**
 * The greeting the user typed, as a greeting says it: without "Hi" or "Dear" before it or
 * pronouns after it, and a word of the name in the name's own case ("min-jun" for Kim
 * Min-jun is "Min-jun", "mcdonald" for Ronald McDonald "McDonald").
 */
export function typedGreeting(greeting: string, name: string): string {
  const plain = greeting
    .replace(/^(?:hi|hello|hey|hiya|dear)\s+(?=\S)/iu, '')
    .replace(/\s*\((?:she|he|they|ze|xe)\/[^)]*\)/giu, '')
    .trim();
  const named = new Map(name.split(/\s+/).map((word) => [word.toLowerCase(), word]));
  return plain
    .split(' ')
    .map((word) => {
      const own = named.get(word.toLowerCase());
      return own && own.charAt(0) === word.charAt(0) ? own : word;
    })
    .join(' ');
}

/** "van der Berg, Pieter": a family name may open with its particles. */
const LISTED =
  /^((?:\p{L}+\s+){0,3}\p{Lu}[\p{L}'’-]+),\s*(\p{L}[\p{L}'’-]+(?:\s\p{L}[\p{L}'’-]+)?)$/u;

function guess(written: string): string {
  titles ??= listSet(data('titles.txt'));
  const listedTitles = titles;
  // "Dr.Priya Raman": a title typed without its space.
  const typed = written.replace(/^(\p{L}+\.)(?=\p{Lu}\p{Ll})/u, (all, title: string) =>
    listedTitles.has(bare(title)) ? `${title} ` : all,
  );
  // "fatima.zahra", "Aarav_Sharma": a name typed as a handle or an email's local part.
  if (/^\p{L}+(?:[._]\p{L}+){1,3}$/u.test(typed.trim())) {
    return say(
      typed
        .trim()
        .split(/[._]/)
        .map((word) => (word === word.toLowerCase() ? titleCase(word) : word))
        .join(' '),
    );
  }
  postNominals ??= listSet(data('post-nominals.txt'));
  const after = postNominals;
  // "Jane Doe, PhD", "Tom Reyes MBE", "Chidi Okonkwo (he/him)": only the name itself.
  titles ??= listSet(data('titles.txt'));
  const known_titles = titles;
  // "Sharma, Priya" as a directory lists people: the given name after the comma.
  // "O'BRIEN, siobhan", "van der Berg, Pieter": the given name in any case, the particles.
  // "Smith, John (PhD)": letters after the name, in brackets, are no part of it.
  const unlettered = typed
    .trim()
    .replace(/\s*\(([^)]*)\)$/u, (all, inside: string) =>
      after.has(inside.replace(/\./g, '').toLowerCase()) ? '' : all,
    );
  const listed = LISTED.exec(capitaliseParticles(unlettered));
  const surname = listed?.[1]?.split(' ') ?? [];
  if (
    listed &&
    // "De La Cruz, Maria": particles typed with capitals are particles still. "García López,
    // María José": two surnames before a given name any list knows.
    (surname.slice(0, -1).every((word) => PARTICLES.has(word.toLowerCase())) ||
      (surname.length === 2 &&
        !surname.some(secondGiven) &&
        secondGiven((listed[2] ?? '').split(' ')[0] ?? ''))) &&
    !after.has((listed[2] ?? '').replace(/\./g, '').toLowerCase())
  ) {
    const given = (listed[2] ?? '')
      .split(' ')
      .map((word) =>
        word === word.toLowerCase() || word === word.toUpperCase() ? titleCase(word) : word,
      );
    return say(`${given.join(' ')} ${listed[1]}`);
  }
  const kept = typed
    .replace(/\s*\((?:she|he|they|ze|xe)\/[^)]*\)/giu, '')
    // "Col. (Retd) Vikram Singh", "Dr (Mrs) Ngozi Uche-Okeke": brackets after a title add to it.
    .replace(/^((?:\S+\s+){0,2}\S+?)\s*\([^)]*\)/u, (all, before: string) =>
      titleRun([...before.split(/\s+/), '']) === before.split(/\s+/).length ? before : all,
    )
    // "Dr (Mrs) Ngozi Uche-Okeke": a title in brackets is no nickname.
    .replace(/\s*\(([\p{L}.]+)\)/gu, (all, word: string) =>
      known_titles.has(word.replace(/\.$/, '').toLowerCase()) ? '' : all,
    )
    .replace(/,.*$/u, '')
    .split(' ')
    .filter(Boolean);
  // Letters after a name are typed in capitals or with stops ("MBA", "PhD", "Jr."): "Li Ma" keeps Ma.
  const letters = (word: string) =>
    after.has(word.replace(/\./g, '').toLowerCase()) &&
    (/\p{Lu}.*\p{Lu}|\./u.test(word) || /^(?:jr|sr|esq)$/i.test(word));
  while (kept.length > 1 && letters(kept[kept.length - 1] ?? '')) kept.pop();
  const typedName = kept.join(' ') || typed;
  // "Priya Raman (Monzo)", "Kenji Sato (Data Platform)": brackets after the name that hold
  // no name of theirs say where or what they work at.
  const aside = /\s\(([^)]*)\)$/u.exec(typedName);
  const fullName =
    aside && !nicknameOf(aside[1] ?? '', typedName.slice(0, aside.index))
      ? typedName.slice(0, aside.index)
      : typedName;
  // "Robert (Bob) Smith", 'Oluwaseun "Seun" Adeyemi': the name they go by, as typed.
  // "Siriporn Chaiyaporn [Ploy]": a Thai nickname is often typed in square brackets.
  const known =
    /(?:^|\s)[(["“'‘]([\p{L}][\p{L}'’-]*(?: [\p{L}][\p{L}'’-]*)?)[)\]"”'’](?=\s|$)/u.exec(
      fullName,
    )?.[1];
  // "Katherine 'Kate'", "'Kate' Moss": a name beside the nickname is enough.
  const beside = fullName.replace(/[(["“'‘][^)\]"”'’]*[)\]"”'’]/u, '');
  // "Hiroshi Tanaka (田中 博)": the name in another script is no nickname to greet in English.
  const sameScript = !/\p{Script=Latin}/u.test(beside) || /\p{Script=Latin}/u.test(known ?? '');
  if (known && /\p{L}/u.test(beside) && sameScript) {
    return known;
  }
  const words = fullName.split(' ').filter(Boolean);
  if (words.length === 0) return fullName;
  // "Tan Wei Ming Jonathan", "Wong Ka Ho Kelvin": a Chinese name, then the English given
  // name the person goes by, as Hong Kong, Singapore and Malaysia write it.
  const english = words[words.length - 1] ?? '';
  englishNames ??= listSet(data('english-given-names.txt'));
  const englishGiven = englishNames;
  const chineseFirst = words.slice(0, -1);
  if (
    words.length >= 3 &&
    (englishGiven.has(english.toLowerCase()) ||
      (!!sexOfName(english) &&
        !LOOSE_SYLLABLE.test(english) &&
        !PINYIN.test(english.toLowerCase()))) &&
    (familyNameFirst(chineseFirst) === 'zh' || looseChinese(chineseFirst))
  ) {
    return english;
  }
  // "Ningthoujam Thoibi Devi": a Meitei family name first, then the given name.
  meitei ??= listSet(data('meitei-family-names.txt'));
  if (words.length >= 2 && meitei.has((words[0] ?? '').toLowerCase())) return words[1] as string;
  // "Jean Bosco Habimana", "Marie Goretti Mukamana": a French given name that opens a
  // compound one, before a surname.
  if (
    words.length === 3 &&
    /^(?:jean|marie)$/i.test(words[0] ?? '') &&
    /^\p{Lu}/u.test(words[1] ?? '') &&
    !PARTICLES.has((words[1] ?? '').toLowerCase()) &&
    !sexOfName(words[2] ?? '')
  ) {
    return `${words[0]} ${words[1]}`;
  }
  // "Sr. Maria Goretti", "Sr. Mary Joseph": before a woman's name "Sr." is Sister, and a name
  // taken in religion is said whole.
  if (words.length >= 2 && /^sr\.?$/i.test(words[0] ?? '') && sexOfName(words[1] ?? '') === 'f') {
    return words.join(' ');
  }
  // "Petrov Ivan Sergeyevich": a Russian or Ukrainian name typed family name first; the given
  // name is the word before the patronymic.
  const patronymic = words.findIndex((word, at) => at >= 1 && PATRONYMIC.test(word));
  if (patronymic >= 1 && words.length === 3) return words[patronymic - 1] as string;
  // "Md. Rafiqul Islam", "Syed Ali Hosseini": the name after the prefix is what they are called.
  prefixes ??= listSet(data('name-prefixes.txt'));
  if (words.length >= 2 && prefixes.has((words[0] ?? '').toLowerCase())) {
    return say(words.slice(1).join(' '));
  }
  // "Mingyur Rinpoche", "Ahmet Bey", "Ravi Kumar ji": a title after the name stays after it.
  suffixTitles ??= listSet(data('name-suffix-titles.txt'));
  const honour = words[words.length - 1] ?? '';
  if (words.length >= 2 && suffixTitles.has(honour.toLowerCase())) {
    return `${say(words.slice(0, -1).join(' '))} ${honour}`;
  }
  // "His Excellency Ana Duarte", "HE Ambassador Ana Duarte": after a style, a title is said
  // with the surname; with none, the whole name is the formal greeting.
  const style = STYLE.exec(fullName);
  if (style && words.length > 2) {
    const rest = fullName.slice(style[0].length);
    return leadingTitle(rest) ? say(rest) : rest;
  }
  // "The Hon. Lydia Wanjiru", "The Rev. Sam Obi": "the" is no part of the title said.
  if (/^the$/i.test(words[0] ?? '') && words.length > 2 && leadingTitle(words.slice(1).join(' '))) {
    return say(words.slice(1).join(' '));
  }
  // "Prof. Dr. Anja Weber", "Maj Gen Peter Okello", "Hon Justice Kofi Mensah": titles said
  // together, then whatever the last of them is said with.
  const run = titleRun(words);
  // "Prof. Dr. Anja Weber", "Prof. dr. ir. de Vries": degrees stacked are said as the highest.
  const degrees = words.slice(0, run);
  academicTitles ??= listSet(data('academic-titles.txt'));
  const academic = academicTitles;
  if (run > 1 && degrees.every((word) => academic.has(bare(word)))) {
    const highest = degrees.find((word) => /^prof/i.test(word)) ?? degrees[0] ?? '';
    return say([highest, ...words.slice(run)].join(' '));
  }
  if (run > 1) {
    // The greeting is what the last title proper says ("Gen" of "Maj Gen", "Sgt." of "Sgt.
    // Maj."), then the whole run put in its place.
    const anchor =
      words
        .slice(0, run)
        .reverse()
        .find((word) => titles?.has(bare(word))) ?? '';
    const said = say(`${anchor} ${words.slice(run).join(' ')}`);
    return said.startsWith(`${anchor} `)
      ? `${words.slice(0, run).join(' ')} ${said.slice(anchor.length + 1)}`
      : said;
  }
  // "Don Teodoro Quispe Mamani", "Don Ricardo Pérez": the Spanish "Don" before a given name
  // is said with it, as "Doña" is; "Don Alan Smith" is a man called Don.
  hispanic ??= listSet(data('hispanic-given-names.txt'));
  if (
    /^Don$/.test(words[0] ?? '') &&
    words.length >= 3 &&
    sexOfName(words[1] ?? '') !== 'f' &&
    (hispanic.has((words[1] ?? '').toLowerCase()) || words.length >= 4)
  ) {
    return `Don ${words[1]}`;
  }
  // "Tan Sri Azman Hashim", "Puan Sri Aminah": a Malaysian title of two words, said with the
  // given name ("Tan" alone is a family name).
  const malay = /^((?:Tan|Puan|Toh)\s+(?:Sri|Seri|Puan))\s+(\S.*)$/iu.exec(fullName);
  if (malay?.[1] && malay[2]) return `${malay[1]} ${say(malay[2])}`;
  // "Datuk Seri Lim Kok Wing", "Dato' Sri Najib Razak": the honour keeps its second word; a
  // Chinese name under it is greeted by the family name, a Malay one (no surname) whole.
  // "Dato' Lee Chong Wei": so with an honour of one word; a Malay name under one is said
  // with its given name, as "Sir Keir" ("Datin Sharifah", given-name-titles.txt).
  const malayHonour = /^((?:Dato['’]?|Datuk|Datin)(?:\s+(?:Sri|Seri|Paduka))?)\s+(\S.*)$/iu.exec(
    fullName,
  );
  if (malayHonour?.[1] && malayHonour[2]) {
    const rest = malayHonour[2].split(' ');
    const fathers = rest.findIndex((word) => PATRONYM.test(word));
    if (fathers > 0) return `${malayHonour[1]} ${rest.slice(0, fathers).join(' ')}`;
    const chinese = familyNameFirst(rest) || looseChinese(rest);
    if (chinese) return `${malayHonour[1]} ${rest[0]}`;
    if (/\s/.test(malayHonour[1])) return `${malayHonour[1]} ${rest.join(' ')}`;
  }
  const title = leadingTitle(fullName);
  if (title && words.length > 1) {
    // "Swami Atmananda", "Venerable Thich Minh Tue": a name taken in religion, said whole.
    wholeTitles ??= listSet(data('whole-name-titles.txt'));
    if (wholeTitles.has(bare(title))) return words.join(' ');
    // "Dra. Maria das Graças Silva" → "Dra. Silva": the given name's "das" is no particle.
    const devoted = devotionalGiven(words.slice(1)) || linkedGiven(words.slice(1));
    if (devoted > 0) return `${title} ${words.slice(1 + devoted).join(' ')}`;
    const rest = words.slice(1);
    if (givenAndFathers(rest)) return `${title} ${rest[0]}`;
    // "Dr. Tenzin Norbu": a Tibetan or Bhutanese name has no surname; the title goes with
    // the first name.
    himalayan ??= listSet(data('himalayan-name-words.txt'));
    const tibetan = himalayan;
    if (rest.length >= 2 && rest.every((word) => tibetan.has(word.toLowerCase()))) {
      return `${title} ${rest[0]}`;
    }
    // "Prof. I Wayan Sudarma": "I" marks a Balinese man's name as "Ni" a woman's, then the
    // birth-order name; the title goes with the name of his own, the last.
    balinese ??= listSet(data('balinese-birth-order.txt'));
    if (
      rest.length >= 3 &&
      /^(?:I|Ni)$/.test(rest[0] ?? '') &&
      balinese.has((rest[1] ?? '').toLowerCase())
    ) {
      return `${title} ${rest[rest.length - 1]}`;
    }
    // "Dr K Ramesh Kumar": after a father's initial, every word is the given name.
    const initials = rest.findIndex((word) => !/^\p{Lu}\.?$/u.test(word));
    if (initials > 0 && rest.length - initials >= 2) {
      return `${title} ${say(rest.slice(initials).join(' '))}`;
    }
    // "Dato' Ahmad Faizal bin Hassan": a Malay name has no surname; the given name is
    // before "bin", said with the title.
    const fathers = rest.findIndex((word) => PATRONYM.test(word));
    if (fathers > 0) return `${title} ${rest.slice(0, fathers).join(' ')}`;
    givenTitles ??= listSet(data('given-name-titles.txt'));
    // "Sir Keir Starmer" → "Sir Keir"; "Sheikh Khalid Al Thani" → "Sheikh Khalid".
    if (givenTitles.has(title.replace(/\.$/, '').toLowerCase()) && rest.length > 1) {
      // "Pak Muhammad Rizki", "Sir Jean-Luc Martin": the given name as it would be greeted.
      const given = say(rest.join(' '));
      return `${title} ${rest.join(' ').startsWith(given) && !leadingTitle(given) ? given : rest[0]}`;
    }
    const capitals = familyInCapitals(rest);
    if (capitals !== undefined) return `${title} ${titleCase(rest[capitals] ?? '')}`;
    if (familyNameFirst(rest) || yorubaFirst(rest) || looseChinese(rest)) {
      return `${title} ${rest[0]}`;
    }
    // "Dr. Alejandro Quispe Mamani", "Prof. Juan Carlos Pérez Gómez": both surnames.
    hispanic ??= listSet(data('hispanic-given-names.txt'));
    // "Dra. Gabriela Inés Soto Vera": four words from a Spanish given name are two and two.
    const given =
      isCompound(`${rest[0]} ${rest[1]}`) ||
      (rest.length === 4 && hispanic.has((rest[0] ?? '').toLowerCase()))
        ? 2
        : 1;
    mothersName ??= listSet(data('mothers-name-titles.txt'));
    if (
      rest.length === given + 2 &&
      !mothersName.has(bare(title)) &&
      (given === 2 || hispanic.has((rest[0] ?? '').toLowerCase())) &&
      // "Ing. Martín Ezequiel Ferraro": a second given name, then one surname.
      (given === 2 || !secondGiven(rest[1] ?? '')) &&
      !rest.some((word) => PARTICLES.has(word.toLowerCase()))
    ) {
      return `${title} ${rest.slice(given).join(' ')}`;
    }
    // "Dr Maarten van der Linden" → "Dr van der Linden": the surname keeps its particles.
    // "prof van den Berg": with no given name, the particles open the surname.
    const particle = rest.findIndex(
      (word, index) => (index > 0 || rest.length > 1) && PARTICLES.has(word.toLowerCase()),
    );
    // "Dr. Renee Two Bulls": a Plains surname of two words is said whole.
    opening ??= listSet(data('surname-opening-words.txt'));
    const plains = rest.length >= 3 && opening.has((rest[rest.length - 2] ?? '').toLowerCase());
    const surname =
      particle >= 0
        ? rest.slice(particle).join(' ')
        : plains
          ? rest.slice(-2).join(' ')
          : rest[rest.length - 1];
    return `${title} ${surname}`;
  }
  // "Aung San Suu Kyi", "Min Aung Hlaing": a Burmese name has no surname and is said whole.
  burmese ??= listSet(data('burmese-name-words.txt'));
  const myanmar = burmese;
  if (
    words.length >= 2 &&
    words.every((word) => myanmar.has(word.toLowerCase())) &&
    !familyNameFirst(words)
  ) {
    return words.join(' ');
  }
  // "Stanzin Dolma", "Jigme Thinley": a Tibetan or Bhutanese name has no family name either.
  himalayan ??= listSet(data('himalayan-name-words.txt'));
  const tibetan = himalayan;
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((word) => tibetan.has(word.toLowerCase()))
  ) {
    return words.join(' ');
  }
  // "Recruiter Jane Smith", "CTO Priya Raman": what they do, typed before who they are.
  if (words.length >= 3 && personRole(words[0] ?? '') && !sexOfName(words[0] ?? '')) {
    return say(words.slice(1).join(' '));
  }
  // "K. Ramesh", "R Priya", "K. Ramesh Kumar": initials (a father's or a village's name)
  // before the given name.
  // "K.V. Raghavan": initials typed without spaces are initials too.
  const initials = words.findIndex((word) => !/^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3})$/u.test(word));
  if (initials > 0 && /\p{Ll}/u.test(words[initials] ?? '')) {
    // "A. K. Mensah": one word after the initials that is no known given name is the
    // surname, and the name is said whole rather than as a bare surname.
    const after = words.slice(initials);
    if (after.length === 1 && !sexOfName(after[0] ?? '')) return fullName;
    return say(after.join(' '));
  }
  // "Ni Luh Putu Sari": "Ni" marks a Balinese woman's name, as "I" a man's; the birth-order
  // name after it is what she is called.
  balinese ??= listSet(data('balinese-birth-order.txt'));
  if (words.length >= 3 && /^ni$/i.test(words[0] ?? '')) {
    const order = words.slice(1).filter((word) => balinese?.has(word.toLowerCase()));
    const said = order.find((word) => word.toLowerCase() !== 'luh') ?? order[0];
    if (said) return said;
  }
  // "OKAFOR Chinedu", "DUPONT Marie": the family name in capitals, the given name after it.
  const family = familyInCapitals(words);
  // "TJ Miller", "AJ Okafor": two or three capitals without a vowel are initials said as a name.
  if (family === 0 && /^\p{Lu}{2,3}$/u.test(words[0] ?? '') && !/[AEIOUY]/.test(words[0] ?? '')) {
    if (!familyNameFirst(words)) return words[0] as string;
  }
  if (family === 0 && !familyNameFirst(words)) {
    // "OKAFOR chinedu": the given name typed in lower case is still greeted with a capital.
    return say(words.slice(1).map(raise).join(' '));
  }
  // "ZHANG Wei": the family name in capitals is said as a name, not shouted.
  if (family === 0) return say(words.map(titleCase).join(' '));
  // "Aung San Suu Kyi", "Zaw Min Htet": a Burmese name has no family name to cut it at.
  burmese ??= listSet(data('burmese-name-words.txt'));
  const burmeseWords = burmese;
  if (words.length >= 2 && words.every((word) => burmeseWords.has(word.toLowerCase()))) {
    return words.join(' ');
  }
  const singapore = givenBeforeFamily(words);
  if (singapore) return singapore;
  // "Mohd Faizal bin Ahmad", "Nur Aisyah binti Abdullah": the given name is before "bin".
  const patronym = words.findIndex((word) => PATRONYM.test(word));
  // "Mohd Abdul Rahman bin Ismail": all of it before "bin", never "Mohd" alone.
  if (patronym >= 2 && patronym <= 3) return words.slice(0, patronym).join(' ');
  // "María del Carmen Ruiz", "María de los Ángeles": the given name runs to its noun.
  const devoted = devotionalGiven(words);
  if (devoted > 0) return words.slice(0, devoted).join(' ');
  const linked = linkedGiven(words);
  if (linked > 0) return words.slice(0, linked).join(' ');
  // "Nour El-Houda Benyoucef", "Saif Al-Islam Kadri": a given name joined to its second half
  // by the article.
  if (words.length >= 3 && /^(?:el|al|ul|ud|ed|ad|ud)-\p{L}/iu.test(words[1] ?? '')) {
    return `${words[0]} ${words[1]}`;
  }
  // "Ong Kah Wai", "Lee Mei Fong": a Chinese family name and a given name of two syllables
  // romanised other than in pinyin (Hokkien, Cantonese); said whole, as Chinese names are.
  if (looseChinese(words) && !familyNameFirst(words)) return words.join(' ');
  bound ??= listSet(data('bound-given-names.txt'));
  const pair = `${words[0]} ${words[1]}`;
  // "Mohammed Abdul Raheem Qureshi": in South Asia "Mohammed" goes before the name he is
  // called by ("Abdul Raheem") and a surname ends the name; an Arab "Mohamed Abdel Aziz"
  // (his father's name after his own) or "… Al Thani" may be called Mohamed: said whole.
  if (
    words.length >= 3 &&
    bound.has(words[0]?.toLowerCase() ?? '') &&
    bound.has(words[1]?.toLowerCase() ?? '')
  ) {
    const surname =
      words.length >= 4 &&
      /^m(?:o|u)h?am+[ae]d$/i.test(words[0] ?? '') &&
      !words.some((word) => PARTICLES.has(word.toLowerCase()) || PATRONYM.test(word));
    return surname ? `${words[1]} ${words[2]}` : words.join(' ');
  }
  // "Mohamed Ould Abdel Aziz": "Ould" (son of) begins the father's name, not his own.
  const fathers = PATRONYM.test(words[1] ?? '');
  if (
    words.length >= 2 &&
    !fathers &&
    // "Mohammed Al Maktoum": an article opens the family name, not a second given name.
    !PARTICLES.has(words[1]?.toLowerCase() ?? '') &&
    (isCompound(pair) || bound.has(words[0]?.toLowerCase() ?? ''))
  ) {
    return `${words[0]} ${words[1]}`;
  }
  seconds ??= listSet(data('second-given-names.txt'));
  if (words.length >= 3 && seconds.has((words[1] ?? '').toLowerCase())) {
    return `${words[0]} ${words[1]}`;
  }
  // "Maria Inês Carvalho": where given names are compound, two of the same sex before a
  // surname are one ("Olivia Grace Miller" has a middle name, greeted by neither).
  const [first = '', second = '', last = ''] = words;
  const sex = sexOfName(first);
  leading ??= listSet(data('leading-given-names.txt'));
  hispanic ??= listSet(data('hispanic-given-names.txt'));
  // "Pedro Luis Martínez García": two surnames after the two given names.
  const fourth = words[3];
  // "Rosa Elvira Quispe Mamani": two given names of one sex and two surnames, as
  // Spanish and Portuguese names are written, whatever the first name.
  if (
    (words.length === 3 || (words.length === 4 && fourth && !sexOfName(fourth))) &&
    (leading.has(first.toLowerCase()) || words.length === 4) &&
    sex &&
    (sexOfName(second) === sex ||
      (words.length === 4 && !!hispanic?.has(second.toLowerCase()) && !sexOfName(second))) &&
    !sexOfName(last)
  ) {
    return `${first} ${second}`;
  }
  // "Ingrid Paola Cassiani", "Leidy Johana Castaño": a Spanish or Portuguese second given
  // name after a first from anywhere, then one surname, as Latin America names people.
  const secondSex = sexOfName(second);
  if (
    words.length === 3 &&
    hispanic.has(second.toLowerCase()) &&
    // "António Manuel Rosado" is António: a Spanish or Portuguese first name joins a second
    // only when it is one that opens compounds (leading-given-names.txt).
    (leading.has(first.toLowerCase()) || !hispanic.has(fold(first))) &&
    !/^(?:mar[ií]a|marie|ana|anne|ann|jos[eé])$/iu.test(second) &&
    (!sex || !secondSex || sex === secondSex) &&
    !sexOfName(last) &&
    !hispanic.has(last.toLowerCase()) &&
    !PARTICLES.has(second.toLowerCase())
  ) {
    return `${first} ${second}`;
  }
  // "Giovanni Maria Pinna", "Carlo Maria Rossi": "Maria" after a man's name is his too.
  if (words.length >= 3 && sex !== 'f' && /^mar[ií]a$/iu.test(second) && !sexOfName(last)) {
    return `${first} ${second}`;
  }
  // "Rosa Elvira Quispe Mamani", "Ana Carolina Souza Lima": a Spanish or Portuguese given
  // name, a second, then the two surnames.
  hispanic ??= listSet(data('hispanic-given-names.txt'));
  if (
    words.length === 4 &&
    hispanic.has(first.toLowerCase()) &&
    !words.some((word) => PARTICLES.has(word.toLowerCase())) &&
    (!sexOfName(second) || sexOfName(second) === sex) &&
    !sexOfName(last) &&
    !sexOfName(fourth ?? '')
  ) {
    return `${first} ${second}`;
  }
  // "Tuilagi Sefo Leavasa": a Samoan or Tongan name may open with a chief's title before the
  // given name, or with two given names; the first two words are right either way.
  if (
    words.length >= 3 &&
    !sexOfName(first) &&
    words.every((word) => word.length >= 3 && POLYNESIAN.test(word))
  ) {
    return `${first} ${second}`;
  }
  if (yorubaFirst(words)) return words[1] as string;
  // "Wanyenze Sarah", "Nalubega Grace": a family or clan name no list knows, then a woman's
  // given name, as Ugandan and other forms write it. A man's given name is too often a
  // surname ("Sherwin Charles") to read so.
  if (
    words.length === 2 &&
    !sexOfName(first) &&
    sexOfName(second) === 'f' &&
    !hispanic.has(first.toLowerCase()) &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(first) &&
    !familyNameFirst(words)
  ) {
    return second;
  }
  // "Rakotomalala Hery": a Malagasy family name (long, of "Ra-" or "Andria-") typed first.
  if (
    words.length === 2 &&
    MALAGASY_FAMILY.test(first) &&
    !MALAGASY_FAMILY.test(second) &&
    !sexOfName(first)
  ) {
    return second;
  }
  // "Mbarga Essomba Paul": two family names no list knows, then a given name, as names are
  // written in Cameroon and other places that put the family name first.
  if (
    words.length === 3 &&
    !sexOfName(first) &&
    !sexOfName(second) &&
    sexOfName(last) &&
    words.every((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word)) &&
    !familyNameFirst(words)
  ) {
    return last;
  }
  // "Thi Ha Nguyen": a Vietnamese name typed given name first; she is greeted as "Ha".
  if (
    words.length >= 3 &&
    familyNameFirst([...words].reverse()) === 'vi' &&
    !familyNameFirst(words)
  ) {
    // "Minh Anh Tran": a given name of two syllables, said whole, unless the first is the
    // middle name "Thi" or "Van".
    const middle = /^(?:thị|thi|văn|van)$/iu.test(words[0] ?? '');
    return words.length === 3 && !middle
      ? `${words[0]} ${words[1]}`
      : (words[words.length - 2] as string);
  }
  // "O'Brien Siobhan", "McAllister Fiona": an Irish or Scottish surname typed first.
  if (
    words.length === 2 &&
    !sexOfName(first) &&
    (/^[Oo]['’]\p{L}{2,}$/u.test(first) ||
      (/^(?:mc|mac)\p{L}{2,}$/iu.test(first) && !!sexOfName(second)))
  ) {
    return second;
  }
  // "Van der Berg Pieter", "De Souza Maria": the surname and its particles typed first.
  if (words.length >= 3 && PARTICLES.has(first.toLowerCase()) && !familyNameFirst(words)) {
    const given = words[words.length - 1] ?? '';
    if (sexOfName(given)) return given;
    if (PARTICLES.has(second.toLowerCase())) return words.join(' ');
  }
  // "Sok Chenda", "Chan Sophal": a Khmer family name, then the given name they are called by.
  khmer ??= listSet(data('khmer-family-names.txt'));
  if (
    words.length === 2 &&
    khmer.has(first.toLowerCase()) &&
    !familyNameFirst(words) &&
    !sexOfName(second) &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(second) &&
    KHMER_SYLLABLES.test(second.toLowerCase())
  ) {
    return second;
  }
  switch (familyNameFirst(words)) {
    case 'zh':
      return words.join(' ');
    case 'ko':
    case 'ja':
    case 'hu':
      return words.slice(1).join(' ');
    case 'vi':
      // "Nguyễn Thị Lan Anh": after the middle name, a given name of two syllables is said whole.
      if (words.length === 4 && /^(?:thị|thi|văn|van)$/i.test(words[1] ?? '')) {
        return words.slice(2).join(' ');
      }
      return words[words.length - 1] as string;
    default:
      return words[0] as string;
  }
}
