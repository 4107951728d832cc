// The baseline the coach is measured against: an off-the-shelf retext pipeline doing the
// mechanical part of the job — retext-english parsing, retext-spell with dictionary-en
// (Hunspell via nspell) and the stock retext checks — with no guideline rules at all.
import dictionaryEn from 'dictionary-en';
import { retext } from 'retext';
import retextContractions from 'retext-contractions';
import retextDiacritics from 'retext-diacritics';
import retextEnglish from 'retext-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextQuotes from 'retext-quotes';
import retextRedundantAcronyms from 'retext-redundant-acronyms';
import retextRepeatedWords from 'retext-repeated-words';
import retextSentenceSpacing from 'retext-sentence-spacing';
import retextSpell from 'retext-spell';

export interface BaselineReview {
  messages: number;
}

/** Builds the pipeline once; the returned function reviews one text synchronously. */
export function createBaseline(): (text: string) => BaselineReview {
  const processor = retext()
    // `retext` ships with retext-latin; retext-english replaces it as the parser.
    .use(retextEnglish)
    .use(retextSpell, { dictionary: dictionaryEn })
    .use(retextRepeatedWords)
    .use(retextIndefiniteArticle)
    .use(retextSentenceSpacing)
    .use(retextContractions)
    .use(retextQuotes)
    .use(retextDiacritics)
    .use(retextRedundantAcronyms)
    .freeze();
  return (text) => ({ messages: processor.processSync(text).messages.length });
}
