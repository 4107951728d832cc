// npm run train: rebuilds src/coach/roles/model.json from the labelled training notes in
// corpus/notes. Deterministic: the same corpus gives the same file, byte for byte.
// The sealed sets (corpus/coach/sealed*.jsonl) are never read here.

import { writeFileSync } from 'node:fs';
import { parse } from '../src/coach/language/nlp.js';
import { detectName, nameWords } from '../src/coach/name.js';
import { type UnitShape, unitFeatures } from '../src/coach/roles/features.js';
import type { RoleModel } from '../src/coach/roles/index.js';
import {
  type BinaryModel,
  probability,
  serializeModels,
  trainBinary,
  trainMultinomial,
} from '../src/coach/roles/logistic.js';
import { ROLES, type Role } from '../src/coach/roles/roles.js';
import { analyze } from '../src/coach/text.js';
import { RELATIONSHIP_IDS } from '../src/coach/types.js';
import { type LabelledNote, trainingNotes } from './corpus.js';

interface Unit {
  note: number;
  features: string[];
  roles: Set<Role>;
}

export function unitsOf(notes: readonly LabelledNote[]): {
  units: Unit[];
  noteFeatures: string[][];
} {
  const units: Unit[] = [];
  const noteFeatures: string[][] = [];
  notes.forEach((note, n) => {
    const parts = note.units ?? [];
    const text = parts.map((u) => u.text).join(' ');
    const analysis = analyze(text);
    const names = nameWords(detectName(analysis));
    const parsed = parse(text);
    const all = new Set<string>();
    let at = 0;
    parts.forEach((u, i) => {
      const start = at;
      const end = at + u.text.length;
      at = end + 1;
      const tokens = parsed.tokens.filter((t) => t.start >= start && t.end <= end);
      const shape: UnitShape = {
        first: i === 0,
        last: i === parts.length - 1,
        terminator: /[.!?…]+["'’”)]*$/.exec(u.text.trim())?.[0].replace(/["'’”)]+$/, '') ?? '',
      };
      const features = unitFeatures(tokens, shape, names);
      for (const f of features) all.add(f);
      units.push({ note: n, features, roles: new Set(u.roles) });
    });
    noteFeatures.push([...all]);
  });
  return { units, noteFeatures };
}

const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
const FOLDS = 5;

/** Picks the threshold with the best F1 over held-out folds (ties: the higher one). */
function chooseThreshold(units: readonly Unit[], role: Role): number {
  const scores: { p: number; y: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = units.filter((u) => u.note % FOLDS !== fold);
    const held = units.filter((u) => u.note % FOLDS === fold);
    const m = trainBinary(
      train.map((u) => u.features),
      train.map((u) => u.roles.has(role)),
    );
    for (const u of held) scores.push({ p: probability(m, u.features), y: u.roles.has(role) });
  }
  let best = 0.5;
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scores) {
      if (s.p >= t && s.y) tp++;
      else if (s.p >= t) fp++;
      else if (s.y) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 >= bestF1) {
      bestF1 = f1;
      best = t;
    }
  }
  return best;
}

export function train(notes: readonly LabelledNote[]): RoleModel {
  const { units, noteFeatures } = unitsOf(notes);
  const roles: Partial<Record<Role, BinaryModel>> = {};
  for (const role of ROLES) {
    const labels = units.map((u) => u.roles.has(role));
    if (!labels.some(Boolean)) continue;
    const m = trainBinary(
      units.map((u) => u.features),
      labels,
    );
    m.threshold = chooseThreshold(units, role);
    roles[role] = m;
  }
  const relationship = trainMultinomial(
    noteFeatures,
    notes.map((n) => n.relationship),
    RELATIONSHIP_IDS,
  );
  return { version: 1, roles, relationship };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const notes = trainingNotes().filter((n) => n.units && n.units.length > 0);
  const started = performance.now();
  const model = train(notes);
  const out = new URL('../src/coach/roles/model.json', import.meta.url);
  writeFileSync(out, serializeModels(model));
  const sentences = notes.reduce((n, note) => n + (note.units?.length ?? 0), 0);
  console.log(
    `trained on ${notes.length} notes, ${sentences} sentences in ${Math.round(performance.now() - started)} ms → src/coach/roles/model.json`,
  );
  for (const role of ROLES) {
    const m = model.roles[role];
    if (m)
      console.log(
        `  ${role.padEnd(16)} threshold ${m.threshold}  features ${Object.keys(m.weights).length}`,
      );
  }
}
