// The SUMMARY table `npm run bench` ends with: one row per figure, its target, its value in every
// run, the spread of those values and whether the target was met. Pure: the runs' numbers in, text out.

export type Unit = 'ms' | 'characters';

export interface Target {
  /** As the table prints it, e.g. "p95 < 50 ms". */
  text: string;
  /** The bound the run's value is held to; a run may bring its own (helm's time in that run). */
  limit?: number;
  /** Strictly below the limit, or at most the limit ("no slower than"). */
  compare: 'below' | 'at most';
}

/** One run's figure: `value` is the statistic the target is on (p95, median, a count). */
export interface RunFigure {
  value: number;
  /** Printed before the value as "p50 / p95". */
  p50?: number;
  /** This run's own limit, overriding the target's. */
  limit?: number;
}

export interface MeasuredRow {
  figure: string;
  unit: Unit;
  target?: Target;
  /** One entry per run; undefined when the run could not measure it. */
  runs: (RunFigure | undefined)[];
}

/** A row of ready-made cells (e.g. the load average), with no target or spread. */
export interface TextRow {
  figure: string;
  cells: string[];
}

export type SummaryRow = MeasuredRow | TextRow;

const isText = (row: SummaryRow): row is TextRow => 'cells' in row;

/** 1 decimal under 100 (ms), whole numbers above, thousands separated; characters always whole. */
export function formatNumber(n: number, unit: Unit): string {
  if (!Number.isFinite(n)) return '—';
  const digits = unit === 'ms' && Math.abs(n) < 100 ? 1 : 0;
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const withUnit = (text: string, unit: Unit) => (unit === 'ms' ? `${text} ms` : `${text} ${unit}`);

export function formatCell(run: RunFigure | undefined, unit: Unit): string {
  if (!run) return 'not measured';
  const value = formatNumber(run.value, unit);
  return withUnit(run.p50 === undefined ? value : `${formatNumber(run.p50, unit)} / ${value}`, unit);
}

const measured = (row: MeasuredRow): RunFigure[] => row.runs.filter((r): r is RunFigure => r !== undefined);

/** min–max of the runs' values (the statistic the target is on); one value when all runs agree. */
export function spread(row: MeasuredRow): string {
  const values = measured(row).map((r) => r.value);
  if (values.length === 0) return '—';
  const low = formatNumber(Math.min(...values), row.unit);
  const high = formatNumber(Math.max(...values), row.unit);
  return withUnit(low === high ? low : `${low}–${high}`, row.unit);
}

export function meets(run: RunFigure, target: Target): boolean | undefined {
  const limit = run.limit ?? target.limit;
  if (limit === undefined) return undefined;
  return target.compare === 'below' ? run.value < limit : run.value <= limit;
}

/** "yes" when every run met the target, "no" when none did, else how many did. */
export function verdict(row: MeasuredRow): string {
  if (!row.target) return '';
  const runs = measured(row);
  const checked = runs.map((r) => meets(r, row.target!)).filter((m): m is boolean => m !== undefined);
  if (checked.length === 0) return 'not measured';
  const met = checked.filter(Boolean).length;
  const partial = checked.length < row.runs.length ? ` (${checked.length} of ${row.runs.length} runs measured)` : '';
  if (met === checked.length) return `yes${partial}`;
  if (met === 0) return `no${partial}`;
  return `in ${met} of ${checked.length} runs`;
}

/** The rows as a Markdown table with padded columns (readable in a terminal, pasteable in the README). */
export function summaryTable(rows: readonly SummaryRow[], runCount: number): string {
  const runHeads = Array.from({ length: runCount }, (_, i) => `run ${i + 1}`);
  const header = ['figure', 'target', ...runHeads, 'spread', 'met?'];
  const body = rows.map((row) => {
    if (isText(row)) return [row.figure, '', ...runHeads.map((_, i) => row.cells[i] ?? ''), '', ''];
    return [row.figure, row.target?.text ?? '', ...runHeads.map((_, i) => formatCell(row.runs[i], row.unit)), spread(row), verdict(row)];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((cells) => cells[c].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
