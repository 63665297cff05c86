// Findings as helm's validator words and nests them: one line per error, "at '<pointer>': <what>",
// causes indented below, a $ref that only passes one cause on left out, numbers printed as
// golang.org/x/text's English printer prints %v and %d (2,000; 1.2345678×10⁰⁷).
import { formatFloatG, quote as goQuote } from '../../go/strconv';
import type { Decimal } from './decimal';
import { decimalToFloat } from './decimal';
import { JsonNumber } from './json';

/** One finding: where in the value, what failed, and the findings it stems from. */
export interface ValidationError {
  /** Location of the schema keyword's schema (for metaschema headers and reference errors). */
  schemaUrl: string;
  /** Path of tokens into the value; null prints as '' (a property name or the schema root). */
  at: string[] | null;
  kind: ErrorKind;
  causes: ValidationError[];
}

export type ErrorKind =
  | { k: 'schema'; location: string }
  | { k: 'group' }
  | { k: 'reference'; keyword: string; url: string }
  | { k: 'text'; text: string };

/** jsonschema's quote: Go %q with double quotes unescaped and single quotes escaped, in '…'. */
export function sq(s: string): string {
  // As Go's code does: the replacements run over the quoted text, closing quote included, so a
  // trailing backslash loses its escape ('a\\' prints as 'a\').
  const q = goQuote(s).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${q.slice(1, -1)}'`;
}

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '',
};

/** A number as golang.org/x/text/message's English printer prints %v of a float64 (and %d). */
export function englishNumber(x: number): string {
  const text = formatFloatG(x);
  const e = text.indexOf('e');
  if (e >= 0) {
    const exp = Array.from(text.slice(e + 1), (c) => SUPERSCRIPT[c] ?? c).join('');
    return `${text.slice(0, e)}×10${exp}`;
  }
  const neg = text.startsWith('-');
  const body = neg ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot >= 0 ? body.slice(0, dot) : body;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${dot >= 0 ? body.slice(dot) : ''}`;
}

/** A rational printed after big.Rat's Float64, as the printer prints it. */
export function englishDecimal(d: Decimal): string {
  return englishNumber(decimalToFloat(d));
}

/** The validator's display of a primitive: strings quoted, others with Go's %v (fmt, no grouping). */
export function display(v: unknown): string {
  if (typeof v === 'string') return sq(v);
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof JsonNumber) return v.text;
  if (typeof v === 'number') return formatFloatG(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return 'value';
}

export function joinQuoted(names: string[]): string {
  return names.map(sq).join(', ');
}

function jsonPtr(tokens: string[] | null): string {
  if (!tokens) return '';
  return tokens.map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function message(kind: ErrorKind): string {
  switch (kind.k) {
    case 'schema':
      return `jsonschema validation failed with ${sq(kind.location)}`;
    case 'group':
    case 'reference':
      return 'validation failed';
    case 'text':
      return kind.text;
  }
}

function skipped(e: ValidationError): boolean {
  return e.causes.length === 1 && e.kind.k === 'reference';
}

/** ValidationError.Error(): the tree as lines, "- " per level below the first, no final newline. */
export function renderError(e: ValidationError): string {
  const out: string[] = [];
  const walk = (err: ValidationError, indent: number): void => {
    if (!skipped(err)) {
      let line = '';
      if (indent > 0) line += `\n${'  '.repeat(indent - 1)}- `;
      indent++;
      line += err.kind.k === 'schema' ? message(err.kind) : `at ${sq(jsonPtr(err.at))}: ${message(err.kind)}`;
      out.push(line);
    }
    for (const c of err.causes) walk(c, indent);
  };
  walk(e, 0);
  return out.join('');
}
