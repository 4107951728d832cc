// Reading the labelled corpora in corpus/: training notes with sentence roles
// (corpus/notes), and whole notes with the rules they must trigger (corpus/coach).

import { readdirSync, readFileSync } from 'node:fs';
import { isRelationshipId } from '../src/coach/relationships.js';
import { isRole, type Role } from '../src/coach/roles/roles.js';
import { type RelationshipId, RULE_IDS, type RuleId } from '../src/coach/types.js';

const IMPLIED_BY_NO_MESSAGE: readonly RuleId[] = [
  'missing-name',
  'missing-context',
  'missing-purpose',
  'missing-call-to-action',
  'length',
  'too-many-sentences',
];

export const CORPUS = new URL('../corpus/', import.meta.url);

export interface LabelledNote {
  id: string;
  walk: string;
  register: string;
  relationship: RelationshipId;
  limit: number;
  text: string;
  /** Rule ids that must fire; [] for a good note. */
  expect: RuleId[];
  /** Sentence units with their roles, where the corpus labels them. */
  units?: { text: string; roles: Role[] }[];
}

export function readJsonl(path: URL): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${path.pathname}:${i + 1}: not JSON`);
      }
    });
}

function toNote(raw: unknown, where: string): LabelledNote {
  const r = raw as Record<string, unknown>;
  const units = Array.isArray(r.sentences)
    ? (r.sentences as { text: string; roles: string[] }[]).map((u) => ({
        text: String(u.text),
        roles: (u.roles ?? []).filter(isRole),
      }))
    : undefined;
  const text = typeof r.text === 'string' ? r.text : (units ?? []).map((u) => u.text).join(' ');
  if (!isRelationshipId(r.relationship)) throw new Error(`${where}: bad relationship`);
  const expect = ((r.expect as string[]) ?? []).filter((id): id is RuleId =>
    (RULE_IDS as readonly string[]).includes(id),
  );
  // Where there is no message at all the coach reports that alone (the rest only repeat
  // it); the writers of the corpora labelled this both ways, so read them one way.
  if (expect.includes('no-message')) {
    for (const implied of IMPLIED_BY_NO_MESSAGE) {
      const at = expect.indexOf(implied);
      if (at >= 0) expect.splice(at, 1);
    }
  }
  const note: LabelledNote = {
    id: String(r.id),
    walk: String(r.walk ?? ''),
    register: String(r.register ?? ''),
    relationship: r.relationship,
    limit: Number(r.limit ?? 300),
    text,
    expect,
  };
  if (units) note.units = units;
  return note;
}

/** The training notes: every file in corpus/notes, in name order. */
export function trainingNotes(): LabelledNote[] {
  const dir = new URL('notes/', CORPUS);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(new URL(f, dir)).map((raw, i) => toNote(raw, `${f}:${i + 1}`)));
}

/**
 * The sealed notes, file by file: corpus/coach/sealed*.jsonl, each written by someone who
 * never saw the code, before the tuning it measures, and never tuned on.
 */
export function sealedParts(): { file: string; notes: LabelledNote[] }[] {
  const dir = new URL('coach/', CORPUS);
  return readdirSync(dir)
    .filter((f) => f.startsWith('sealed') && f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      notes: readJsonl(new URL(file, dir)).map((raw, i) => toNote(raw, `${file}:${i + 1}`)),
    }));
}

/** Every sealed note, all files together. */
export function sealedNotes(): LabelledNote[] {
  return sealedParts().flatMap((p) => p.notes);
}
