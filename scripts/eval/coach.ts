// The coach's evaluation: per-rule precision and recall, the share of good notes that get
// no warning or error, and relationship inference, on the tuning notes (corpus/notes, which
// the rules and the model were tuned and trained on) and on the sealed notes
// (corpus/coach/sealed*.jsonl: each part written by someone who never saw the code, before the
// tuning it measures, and never tuned on).

import { review } from '../../src/coach/review.js';
import {
  RELATIONSHIP_IDS,
  type RelationshipId,
  RULE_IDS,
  type RuleId,
} from '../../src/coach/types.js';
import { type LabelledNote, sealedNotes, sealedParts, trainingNotes } from '../corpus.js';

export const TARGETS = { goodClean: 0.97, recall: 0.95, precision: 0.9 } as const;

export interface RuleFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | undefined;
  recall: number | undefined;
}

export interface CoachFigures {
  name: string;
  notes: number;
  good: number;
  goodClean: number;
  rules: Partial<Record<RuleId, RuleFigures>>;
  /** confusion[labelled][inferred] */
  confusion: Record<RelationshipId, Record<RelationshipId, number>>;
  relationshipAccuracy: number;
  /** Notes whose findings differ from their labels, for reading. */
  misses: { id: string; text: string; missing: RuleId[]; extra: RuleId[] }[];
}

/** The rule ids a review reports at warning or error level (and `language`, an info). */
export function firedRules(note: LabelledNote): Set<RuleId> {
  const r = review(note.text, { relationship: note.relationship, limit: note.limit });
  return new Set(
    r.findings.filter((f) => f.severity !== 'info' || f.ruleId === 'language').map((f) => f.ruleId),
  );
}

export function evaluate(name: string, notes: readonly LabelledNote[]): CoachFigures {
  const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>();
  const confusion = Object.fromEntries(
    RELATIONSHIP_IDS.map((a) => [a, Object.fromEntries(RELATIONSHIP_IDS.map((b) => [b, 0]))]),
  ) as CoachFigures['confusion'];
  let good = 0;
  let goodClean = 0;
  let rightRelationship = 0;
  const misses: CoachFigures['misses'] = [];
  for (const note of notes) {
    const fired = firedRules(note);
    const expected = new Set(note.expect);
    for (const id of RULE_IDS) {
      const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      if (fired.has(id) && expected.has(id)) c.tp++;
      else if (fired.has(id)) c.fp++;
      else if (expected.has(id)) c.fn++;
      counts.set(id, c);
    }
    if (expected.size === 0) {
      good++;
      if (fired.size === 0) goodClean++;
    }
    const missing = [...expected].filter((id) => !fired.has(id));
    const extra = [...fired].filter((id) => !expected.has(id));
    if (missing.length > 0 || extra.length > 0)
      misses.push({ id: note.id, text: note.text, missing, extra });
    if (!expected.has('language')) {
      const inferred = review(note.text, { limit: note.limit }).relationship;
      confusion[note.relationship][inferred]++;
      if (inferred === note.relationship) rightRelationship++;
    }
  }
  const rules: CoachFigures['rules'] = {};
  for (const [id, c] of counts) {
    if (c.tp + c.fp + c.fn === 0) continue;
    rules[id] = {
      ...c,
      precision: c.tp + c.fp === 0 ? undefined : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? undefined : c.tp / (c.tp + c.fn),
    };
  }
  const judged = notes.filter((n) => !n.expect.includes('language')).length;
  return {
    name,
    notes: notes.length,
    good,
    goodClean: good === 0 ? 1 : goodClean / good,
    rules,
    confusion,
    relationshipAccuracy: judged === 0 ? 1 : rightRelationship / judged,
    misses,
  };
}

/** Why the figures miss the targets, one line each; empty when they meet them. */
export function shortfalls(f: CoachFigures): string[] {
  const out: string[] = [];
  if (f.goodClean < TARGETS.goodClean) {
    out.push(`good notes with no warning ${pct(f.goodClean)} < ${pct(TARGETS.goodClean)}`);
  }
  for (const [id, r] of Object.entries(f.rules)) {
    if (r.recall !== undefined && r.recall < TARGETS.recall) {
      out.push(`${id} recall ${pct(r.recall)} < ${pct(TARGETS.recall)}`);
    }
    if (r.precision !== undefined && r.precision < TARGETS.precision) {
      out.push(`${id} precision ${pct(r.precision)} < ${pct(TARGETS.precision)}`);
    }
  }
  return out;
}

export function pct(v: number | undefined): string {
  return v === undefined ? '   –  ' : `${(v * 100).toFixed(1)}%`;
}

export function print(f: CoachFigures, showMisses: number): void {
  const bad = f.notes - f.good;
  console.log(`\n== ${f.name}: ${f.notes} notes (${f.good} good, ${bad} bad)`);
  console.log(
    `good notes with no warning or error: ${pct(f.goodClean)}  (target ≥ ${pct(TARGETS.goodClean)})`,
  );
  console.log(`${'rule'.padEnd(24)} precision   recall    tp   fp   fn`);
  for (const id of RULE_IDS) {
    const r = f.rules[id];
    if (!r) continue;
    console.log(
      `${id.padEnd(24)} ${pct(r.precision).padStart(8)}  ${pct(r.recall).padStart(8)}  ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`,
    );
  }
  console.log(
    `\nrelationship inference: ${pct(f.relationshipAccuracy)} right (rows labelled, columns inferred)`,
  );
  const short = ['met', 'after', 'intro', 'cold', 'former', 'close'];
  console.log(`${''.padEnd(18)}${short.map((s) => s.padStart(7)).join('')}`);
  for (const a of RELATIONSHIP_IDS) {
    console.log(
      `${a.padEnd(18)}${RELATIONSHIP_IDS.map((b) => String(f.confusion[a][b]).padStart(7)).join('')}`,
    );
  }
  const s = shortfalls(f);
  console.log(s.length === 0 ? '\ntargets: met' : `\ntargets missed:\n  ${s.join('\n  ')}`);
  for (const m of f.misses.slice(0, showMisses)) {
    console.log(
      `  ${m.id}: missing [${m.missing.join(', ')}] extra [${m.extra.join(', ')}]\n    ${m.text}`,
    );
  }
}

/**
 * Five-fold cross-validation on the tuning notes: each fold is reviewed by a model trained
 * on the other four, so tuning can see how the reader does on notes it was not trained on
 * without ever opening the sealed set.
 */
export async function crossValidate(
  notes: readonly LabelledNote[],
  folds = 5,
): Promise<CoachFigures> {
  const { train } = await import('../train.js');
  const { roleModel, useRoleModel } = await import('../../src/coach/roles/index.js');
  const committed = roleModel();
  const parts: CoachFigures[] = [];
  try {
    for (let k = 0; k < folds; k++) {
      useRoleModel(train(notes.filter((_, i) => i % folds !== k)));
      parts.push(
        evaluate(
          `fold ${k}`,
          notes.filter((_, i) => i % folds === k),
        ),
      );
    }
  } finally {
    useRoleModel(committed);
  }
  return merge(
    'tuning set, 5-fold cross-validated (each note read by a model not trained on it)',
    parts,
  );
}

function merge(name: string, parts: readonly CoachFigures[]): CoachFigures {
  const rules: CoachFigures['rules'] = {};
  for (const id of RULE_IDS) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const p of parts) {
      const r = p.rules[id];
      if (r) {
        c.tp += r.tp;
        c.fp += r.fp;
        c.fn += r.fn;
      }
    }
    if (c.tp + c.fp + c.fn === 0) continue;
    rules[id] = {
      ...c,
      precision: c.tp + c.fp === 0 ? undefined : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? undefined : c.tp / (c.tp + c.fn),
    };
  }
  const confusion = parts[0]?.confusion as CoachFigures['confusion'];
  for (const p of parts.slice(1)) {
    for (const a of RELATIONSHIP_IDS)
      for (const b of RELATIONSHIP_IDS) confusion[a][b] += p.confusion[a][b];
  }
  const notes = parts.reduce((n, p) => n + p.notes, 0);
  const good = parts.reduce((n, p) => n + p.good, 0);
  const clean = parts.reduce((n, p) => n + p.goodClean * p.good, 0);
  let right = 0;
  let all = 0;
  for (const a of RELATIONSHIP_IDS) {
    for (const b of RELATIONSHIP_IDS) {
      all += confusion[a][b];
      if (a === b) right += confusion[a][b];
    }
  }
  return {
    name,
    notes,
    good,
    goodClean: good === 0 ? 1 : clean / good,
    rules,
    confusion,
    relationshipAccuracy: all === 0 ? 1 : right / all,
    misses: parts.flatMap((p) => p.misses),
  };
}

export async function evalCoach(args: readonly string[]): Promise<boolean> {
  if (args.includes('--cv')) {
    const show = Number(args.find((a) => a.startsWith('--misses='))?.slice(9) ?? 0);
    const cv = await crossValidate(trainingNotes());
    print(cv, show);
    return shortfalls(cv).length === 0;
  }
  const show = Number(args.find((a) => a.startsWith('--misses='))?.slice(9) ?? 0);
  const tuning = evaluate('tuning set (corpus/notes: trained and tuned on)', trainingNotes());
  print(tuning, show);
  if (args.includes('--tuning-only')) return shortfalls(tuning).length === 0;
  // The sealed notes are summarised, never listed: reading them would be tuning on them.
  const parts = sealedParts();
  if (parts.length > 1) {
    for (const { file, notes } of parts) {
      const f = evaluate(`sealed part corpus/coach/${file}`, notes);
      console.log(
        `${f.name}: ${f.notes} notes, good notes clean ${pct(f.goodClean)}, relationship ${pct(f.relationshipAccuracy)}`,
      );
    }
  }
  const sealed = evaluate('SEALED set (corpus/coach/sealed*.jsonl: never tuned on)', sealedNotes());
  print({ ...sealed, misses: [] }, 0);
  return shortfalls(sealed).length === 0;
}
