import { isCorrect, nearbyWords } from '../src/coach/spell.js';

for (const w of ['genomic', 'meds', 'photonics', 'crits', 'realtor'])
  console.log(w, isCorrect(w), nearbyWords(w));
