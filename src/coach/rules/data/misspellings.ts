// Common misspellings whose right spelling is two words or where Hunspell's first
// suggestion is a different word ("alot" → "allot"). Lower-case. Sorted.
export const MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['alot', 'a lot'],
  ['aswell', 'as well'],
  ['buisness', 'business'],
  ['colegue', 'colleague'],
  ['colegues', 'colleagues'],
  ['collegue', 'colleague'],
  ['collegues', 'colleagues'],
  ['eachother', 'each other'],
  ['incase', 'in case'],
  ['infact', 'in fact'],
  ['inspite', 'in spite'],
  ['noone', 'no one'],
  ['ofcourse', 'of course'],
  ['profesional', 'professional'],
  ['proffesional', 'professional'],
  ['proffessional', 'professional'],
  ['teh', 'the'],
  ['thankyou', 'thank you'],
  ['untill', 'until'],
]);
