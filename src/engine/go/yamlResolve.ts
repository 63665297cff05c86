// What go-yaml v2 makes of a plain scalar (its `resolve`), which both directions need: reading
// values (`yes` is a bool, `0x1F` an int, `1e999` a string) and writing them (a string that would
// read back as something else is quoted).

export type Resolved =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint } // fits int64 (Go's int on 64-bit)
  | { kind: 'uint'; value: bigint } // fits uint64 but not int64
  | { kind: 'float'; value: number }
  | { kind: 'timestamp' }
  | { kind: 'str' };

const NULL: Resolved = { kind: 'null' };
const TRUE: Resolved = { kind: 'bool', value: true };
const FALSE: Resolved = { kind: 'bool', value: false };
const STR: Resolved = { kind: 'str' };

const WORDS = new Map<string, Resolved>();
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) WORDS.set(w, TRUE);
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) WORDS.set(w, FALSE);
for (const w of ['', '~', 'null', 'Null', 'NULL']) WORDS.set(w, NULL);
for (const w of ['.nan', '.NaN', '.NAN']) WORDS.set(w, { kind: 'float', value: NaN });
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) WORDS.set(w, { kind: 'float', value: Infinity });
for (const w of ['-.inf', '-.Inf', '-.INF']) WORDS.set(w, { kind: 'float', value: -Infinity });

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** strconv.ParseInt(s, 0, 64) then ParseUint(s, 0, 64): the integer, or undefined. */
export function parseGoInt(s: string): Resolved | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let digits: string;
  if (/^0[xXbB]/.test(body)) digits = '0' + body[1].toLowerCase() + body.slice(2);
  else if (/^0[oO]/.test(body)) digits = '0o' + body.slice(2);
  else if (/^0[0-7]+$/.test(body)) digits = '0o' + body.slice(1);
  else digits = body;
  let v = BigInt(digits);
  if (m[1] === '-') v = -v;
  if (v >= INT64_MIN && v <= INT64_MAX) return { kind: 'int', value: v };
  // ParseUint takes no sign at all
  if (m[1] === '' && v <= UINT64_MAX) return { kind: 'uint', value: v };
  return undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS[mo - 1]);
}

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[+-](\d{2}):(\d{2}))|[ ](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?)$/;

/** go-yaml's parseTimestamp: one of its four time.Parse layouts accepts the text. */
export function isGoYamlTimestamp(s: string): boolean {
  const d = DATE.exec(s);
  if (d) return validDate(Number(d[1]), Number(d[2]), Number(d[3]));
  const t = DATE_TIME.exec(s);
  if (!t) return false;
  if (!validDate(Number(t[1]), Number(t[2]), Number(t[3]))) return false;
  const [h, mi, se] = t[4] !== undefined ? [t[4], t[5], t[6]] : [t[10], t[11], t[12]];
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return false;
  if (t[8] !== undefined && (Number(t[8]) > 24 || Number(t[9]) > 60)) return false;
  return true;
}

/** go-yaml v2's resolve("", s): what an untagged plain scalar means. */
export function resolvePlain(s: string): Resolved {
  const word = WORDS.get(s);
  if (word !== undefined) return word;
  const c = s[0];
  if (c === '.') {
    if (DOT_FLOAT.test(s)) {
      const f = Number(s);
      // strconv.ParseFloat fails on overflow, and then the text stays a string
      if (Number.isFinite(f)) return { kind: 'float', value: f };
    }
    return STR;
  }
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (s[4] === '-' && isGoYamlTimestamp(s)) return { kind: 'timestamp' };
    const plain = s.includes('_') ? s.replaceAll('_', '') : s;
    const n = parseGoInt(plain);
    if (n !== undefined) return n;
    if (YAML_FLOAT.test(plain)) {
      const f = Number(plain);
      if (Number.isFinite(f)) return { kind: 'float', value: f };
    }
  }
  return STR;
}

/** go-yaml v2 writes a string plain only when it reads back as a string (and is not base 60). */
export function plainKeepsString(s: string): boolean {
  if (resolvePlain(s).kind !== 'str') return false;
  const c = s[0];
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return true;
  return !BASE60_FLOAT.test(s);
}
