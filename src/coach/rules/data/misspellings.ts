// Common misspellings whose right spelling is two words or where Hunspell's first
// suggestion is a different word ("alot" → "allot"). Lower-case. Sorted.
export const MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['alot', 'a lot'],
  ['aswell', 'as well'],
  ['eachother', 'each other'],
  ['incase', 'in case'],
  ['infact', 'in fact'],
  ['inspite', 'in spite'],
  ['noone', 'no one'],
  ['ofcourse', 'of course'],
  ['teh', 'the'],
  ['thankyou', 'thank you'],
  ['untill', 'until'],
]);
