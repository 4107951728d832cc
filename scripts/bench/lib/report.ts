// The shapes benchmarks return and the table index.ts prints.

export interface Check {
  /** The target as a person reads it, e.g. "≥ 2,000/s". */
  target: string;
  pass: boolean;
}

export interface Row {
  figure: string;
  unit: Unit;
  /** ConnectNote's figure (or the size under test, per the section's columns). */
  value?: number;
  /** The side-by-side reference figure. */
  baseline?: number;
  /** value ÷ baseline, when the comparison means something. */
  ratio?: number;
  /** Targets this row is held to; none means the figure is informational. */
  checks?: Check[];
}

export type Unit = 'per-s' | 'ms' | 'MB' | 'count' | 'number';

export interface SideBySide {
  value?: number;
  baseline?: number;
  ratio?: number;
}

/** A figure beside its reference, with value ÷ baseline when both were measured. */
export function sideBySide(value: number | undefined, baseline: number | undefined): SideBySide {
  const ratio = value !== undefined && baseline !== undefined ? value / baseline : undefined;
  return { value, baseline, ratio };
}

/** The checks that apply: a target on a figure that could not be measured is left out. */
export function checks(
  ...candidates: Array<[figure: number | undefined, target: string, passes: (n: number) => boolean]>
): Check[] {
  return candidates.flatMap(([figure, target, passes]) =>
    figure === undefined ? [] : [{ target, pass: passes(figure) }],
  );
}

export interface Section {
  name: string;
  title: string;
  /** Column headers for value and baseline, e.g. ["ConnectNote", "retext baseline"]. */
  columns: [string, string];
  rows: Row[];
  /** What was measured how, printed under the table. */
  notes: string[];
  /** Pieces that could not be measured, with why. */
  missing: string[];
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'per-s':
      return `${Math.round(value).toLocaleString('en-US')}/s`;
    case 'ms':
      return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    case 'number':
      return value.toFixed(3);
  }
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${ratio.toFixed(2)}×`;
}

function pad(text: string, width: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, width - [...text].length));
  return right ? gap + text : text + gap;
}

export function renderSection(section: Section): string {
  const header = ['Figure', section.columns[0], section.columns[1], 'Ratio', 'Target', 'Result'];
  const lines: string[][] = [];
  for (const row of section.rows) {
    const checks = row.checks ?? [];
    const first = checks[0];
    lines.push([
      row.figure,
      formatValue(row.value, row.unit),
      formatValue(row.baseline, row.unit),
      formatRatio(row.ratio),
      first?.target ?? '',
      first ? (first.pass ? 'PASS' : 'MISS') : '',
    ]);
    for (const check of checks.slice(1)) {
      lines.push(['', '', '', '', check.target, check.pass ? 'PASS' : 'MISS']);
    }
  }
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...lines.map((l) => [...(l[i] ?? '')].length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, i >= 1 && i <= 3))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [`== ${section.title}`, format(header), rule, ...lines.map(format)];
  for (const note of section.notes) out.push(`  · ${note}`);
  for (const missing of section.missing) out.push(`  ! not measured: ${missing}`);
  return out.join('\n');
}

export function verdicts(sections: readonly Section[]): {
  pass: number;
  miss: number;
  missing: number;
} {
  let pass = 0;
  let miss = 0;
  let missing = 0;
  for (const section of sections) {
    missing += section.missing.length;
    for (const row of section.rows) {
      for (const check of row.checks ?? []) {
        if (check.pass) pass++;
        else miss++;
      }
    }
  }
  return { pass, miss, missing };
}
