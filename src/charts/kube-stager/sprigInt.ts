// sprig's `int` (spf13/cast ToInt, errors dropped), which this chart's replica and budget checks use:
// numbers truncate, booleans are 0/1, numeric strings parse with Go's base prefixes, the rest is 0.
export function sprigInt(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v !== 'string') return 0;
  // cast trims a zero decimal part ("3.0", "3.") before parsing.
  const s = /^([+-]?\d+)\.0*$/.exec(v)?.[1] ?? v;
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s.replaceAll(/(?<=[0-9a-fA-F])_(?=[0-9a-fA-F])/g, ''));
  if (!m) return 0;
  const body = m[2];
  const digits = /^0[0-7]+$/.test(body) ? `0o${body.slice(1)}` : /^0[oO]/.test(body) ? `0o${body.slice(2)}` : body;
  const n = Number(BigInt(digits));
  return m[1] === '-' ? -n : n;
}
