// `npm run train` rebuilds the committed role model from corpus/notes, byte for byte: a
// labelled note changed without retraining, or training that stopped being deterministic,
// fails here rather than drifting silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainingNotes } from '../../scripts/corpus.js';
import { train } from '../../scripts/train.js';
import { serializeModels } from '../../src/coach/roles/logistic.js';

describe('the committed role model', () => {
  // Training on ~7,200 notes takes ~100 s alone; a loaded 2-core machine can triple that.
  // CI runs the suite on three Nodes; the model is trained once, on the first (.ci/run sets
  // CONNECTNOTE_SKIP_TRAINING for the others), since training is plain arithmetic and takes
  // two minutes a run.
  const skip = process.env.CONNECTNOTE_SKIP_TRAINING === '1';
  it.skipIf(skip)('is what training on corpus/notes gives', { timeout: 600_000 }, () => {
    const notes = trainingNotes().filter((n) => n.units && n.units.length > 0);
    const committed = readFileSync(
      new URL('../../src/coach/roles/model.json', import.meta.url),
      'utf8',
    );
    expect(serializeModels(train(notes)) === committed).toBe(true);
  });
});
