// text + options → review: findings from every rule, sorted by position, a score, and a
// corrected text with the mechanical fixes applied. Never throws.

import { inferRelationship } from './infer.js';
import { detectLanguage } from './language/detect.js';
import { detectName, nameWords } from './name.js';
import { isRelationshipId, RELATIONSHIPS } from './relationships.js';
import { type NoteReading, readNote } from './roles/index.js';
import { RULES } from './rules/index.js';
import type { Fix, RuleContext } from './rules/rule.js';
import { analyze, type TextAnalysis } from './text.js';
import {
  DEFAULT_CHAR_LIMIT,
  type Finding,
  type RelationshipId,
  type Review,
  type ReviewOptions,
  type RuleId,
  type Severity,
  type WordTarget,
} from './types.js';

/** No one reads more than this many findings of one rule; a pasted essay must stay cheap. */
export const MAX_FINDINGS_PER_RULE = 50;

/** What one finding costs the score; further findings of the same rule cost half, up to twice. */
const COST: Record<Severity, number> = { error: 30, warning: 8, info: 2 };

// When there is no message at all, "missing context/purpose/ask/length" only repeat it.
const IMPLIED_BY_NO_MESSAGE: ReadonlySet<RuleId> = new Set([
  'missing-name',
  'missing-context',
  'missing-purpose',
  'missing-call-to-action',
  'length',
  'too-many-sentences',
]);

// What still holds for a note in another language (SPEC §3): nothing that reads English.
const LANGUAGE_INDEPENDENT: ReadonlySet<RuleId> = new Set([
  'no-message',
  'length',
  'char-limit',
  'placeholder',
  'contact-info',
  'reused',
  'language',
]);

export function review(text: string, options: ReviewOptions = {}): Review {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const opts = options ?? {};
  const analysis = analyze(input);
  const given = isRelationshipId(opts.relationship) ? opts.relationship : undefined;
  const givenName =
    typeof opts.name === 'string' && opts.name.trim() ? opts.name.trim() : undefined;
  const greetedName = safe(() => detectName(analysis), undefined);
  const name = givenName ?? greetedName;
  const names = nameWords(name, str(opts.sender), str(opts.mutual));
  let reading: NoteReading | undefined;
  const read = (): NoteReading => {
    reading ??= readNote(analysis, names);
    return reading;
  };
  const language = safe(() => detectLanguage(input), 'und');
  const english = language === 'eng' || language === 'und';
  const relationship: RelationshipId =
    given ?? (english ? safe(() => inferRelationship(read()), 'cold') : 'cold');
  const wordTarget = { ...RELATIONSHIPS[relationship].wordTarget };
  const limit =
    typeof opts.limit === 'number' && Number.isFinite(opts.limit) && opts.limit > 0
      ? Math.floor(opts.limit)
      : DEFAULT_CHAR_LIMIT;

  const ctx = new Context(
    {
      text: input,
      analysis,
      relationship,
      relationshipInferred: given === undefined,
      wordTarget,
      limit,
      name,
      greetedName,
      nameWords: names,
      options: opts,
      language,
    },
    read,
  );

  const muted = new Set<string>(Array.isArray(opts.mutedRules) ? opts.mutedRules : []);
  const findings: Finding[] = [];
  const fixes: Fix[] = [];
  let noMessage = false;
  for (const rule of RULES) {
    if (!english && !LANGUAGE_INDEPENDENT.has(rule.id)) continue;
    const reports = safe(() => rule.check(ctx), []);
    if (rule.id === 'no-message' && reports.length > 0) noMessage = true;
    if (noMessage && IMPLIED_BY_NO_MESSAGE.has(rule.id)) continue;
    if (muted.has(rule.id)) continue;
    for (const r of reports.length > MAX_FINDINGS_PER_RULE
      ? reports.slice(0, MAX_FINDINGS_PER_RULE)
      : reports) {
      const finding: Finding = {
        ruleId: rule.id,
        severity: r.severity ?? rule.defaultSeverity,
        message: r.message,
      };
      if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
      const span = clampSpan(input, r.start, r.end);
      if (span) {
        finding.start = span[0];
        finding.end = span[1];
        finding.excerpt = input.slice(span[0], span[1]);
      }
      findings.push(finding);
      if (r.fix) fixes.push(r.fix);
    }
  }
  findings.sort(byPosition);

  const result: Review = {
    relationship,
    relationshipInferred: given === undefined,
    words: analysis.wordCount,
    chars: input.length,
    sentences: analysis.countedSentences,
    wordTarget,
    charLimit: limit,
    score: score(findings),
    findings,
  };
  if (name !== undefined) result.name = name;
  const corrected = applyFixes(input, fixes);
  if (corrected !== undefined && corrected !== input) result.corrected = corrected;
  return result;
}

/**
 * A rule's view of the note, with the reading computed on first use. A class, so the getter
 * sits on the prototype: an object literal with a getter is built by V8's slow path in old
 * space, and everything it pointed to (the analysis, the reading) outlived every young-
 * generation collection, which promoted a tenth of all a review allocates and let the heap
 * (and peak RSS) balloon until a full collection.
 */
class Context implements RuleContext {
  readonly text: string;
  readonly analysis: TextAnalysis;
  readonly relationship: RelationshipId;
  readonly relationshipInferred: boolean;
  readonly wordTarget: WordTarget;
  readonly limit: number;
  readonly name?: string;
  readonly greetedName?: string;
  readonly nameWords: ReadonlySet<string>;
  readonly options: ReviewOptions;
  readonly language: string;

  constructor(
    fields: Omit<RuleContext, 'reading'>,
    private readonly read: () => NoteReading,
  ) {
    this.text = fields.text;
    this.analysis = fields.analysis;
    this.relationship = fields.relationship;
    this.relationshipInferred = fields.relationshipInferred;
    this.wordTarget = fields.wordTarget;
    this.limit = fields.limit;
    this.name = fields.name;
    this.greetedName = fields.greetedName;
    this.nameWords = fields.nameWords;
    this.options = fields.options;
    this.language = fields.language;
  }

  get reading(): NoteReading {
    return this.read();
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function clampSpan(text: string, start?: number, end?: number): [number, number] | undefined {
  if (typeof start !== 'number' || typeof end !== 'number') return undefined;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  const s = Math.max(0, Math.min(text.length, Math.floor(start)));
  const e = Math.max(s, Math.min(text.length, Math.floor(end)));
  return [s, e];
}

/** Whole-note findings first, then by start, then the longer span first, then by rule order. */
function byPosition(a: Finding, b: Finding): number {
  const as = a.start ?? -1;
  const bs = b.start ?? -1;
  if (as !== bs) return as - bs;
  const ae = a.end ?? -1;
  const be = b.end ?? -1;
  if (ae !== be) return be - ae;
  return RULE_ORDER[a.ruleId] - RULE_ORDER[b.ruleId];
}

const RULE_ORDER = Object.fromEntries(RULES.map((r, i) => [r.id, i])) as Record<RuleId, number>;

/**
 * The review with only the findings `keep` accepts, its score counted again: a draft's review
 * leaves alone the terms the user typed. Its corrected text goes, as it may hold a dropped fix.
 */
export function keepFindings(review: Review, keep: (finding: Finding) => boolean): Review {
  const findings = review.findings.filter(keep);
  if (findings.length === review.findings.length) return review;
  const { corrected: _corrected, ...rest } = review;
  return { ...rest, findings, score: score(findings) };
}

function score(findings: readonly Finding[]): number {
  const perRule = new Map<string, number>();
  let total = 0;
  for (const f of findings) {
    const base = COST[f.severity];
    const spent = perRule.get(f.ruleId) ?? 0;
    const cost = spent === 0 ? base : Math.min(base / 2, 2 * base - spent);
    if (cost <= 0) continue;
    perRule.set(f.ruleId, spent + cost);
    total += cost;
  }
  return Math.max(0, Math.min(100, Math.round(100 - total)));
}

/** Applies non-overlapping fixes left to right; a capitalisation composes with a fix of the same word. */
function applyFixes(text: string, fixes: Fix[]): string | undefined {
  if (fixes.length === 0) return undefined;
  const sorted = fixes
    .filter((f) => f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .sort(
      (a, b) => a.start - b.start || Number(a.capitalise ?? false) - Number(b.capitalise ?? false),
    );
  let out = '';
  let at = 0;
  let lastReplacement: { start: number; outIndex: number } | undefined;
  for (const f of sorted) {
    if (f.start < at) {
      // Overlaps the previous fix: only a capital letter can still apply, to its result.
      if (f.capitalise && lastReplacement && lastReplacement.start === f.start) {
        const i = lastReplacement.outIndex;
        out = out.slice(0, i) + out.charAt(i).toUpperCase() + out.slice(i + 1);
      }
      continue;
    }
    out += text.slice(at, f.start);
    lastReplacement = { start: f.start, outIndex: out.length };
    out += f.replacement;
    at = f.end;
  }
  return out + text.slice(at);
}
