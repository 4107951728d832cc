// A review reads a sentence's model rows without building feature strings (unitRows); they
// must be exactly the rows of the strings training reads (unitFeatures), in the same order,
// or the sums, and so the decisions, would drift from what the model learned.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectName, nameWords } from '../../src/coach/name.js';
import { readNote, roleModel } from '../../src/coach/roles/index.js';
import { featureRows } from '../../src/coach/roles/logistic.js';
import { analyze } from '../../src/coach/text.js';

const DIR = new URL('../../corpus/notes/', import.meta.url);

function tuningNotes(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(DIR).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    for (const line of readFileSync(new URL(file, DIR), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const note = JSON.parse(line) as { sentences: { text: string }[] };
      out.push(note.sentences.map((s) => s.text).join(' '));
    }
  }
  return out;
}

const ODD = [
  'Hi Sam, 40% of our clinic_staff said your audit_tool works! Could we connect?',
  'Dear Dr. Ng — I saw your talk on 3D printing at $5 a part. Would you connect with me?',
  "Hey Jo, I don't want to sell you anything, honest. We met at PyCon '24; mind if I add you?",
];

describe('unitRows', () => {
  it('gives the rows of unitFeatures, in order, for every tuning note', () => {
    const m = roleModel();
    let sentences = 0;
    for (const text of [...tuningNotes(), ...ODD]) {
      const analysis = analyze(text);
      const reading = readNote(analysis, nameWords(detectName(analysis)));
      for (const s of reading.sentences) {
        expect(s.rows, s.sentence.text).toEqual(featureRows(m, s.features()));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(2000);
  });
});
