// Semantic versions and constraints as helm 4.1.4 checks them (Masterminds/semver v3.4.0, whose
// NewVersion coerces "1" and "v1.2" to 1.0.0 and 1.2.0): Chart.yaml `version` must parse, and a
// dependency's `version` range must accept the loaded subchart's version for it to be used.

export interface SemVer {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  metadata: string;
}

const LOOSE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const UINT64_MAX = (1n << 64n) - 1n;

function parseUint(s: string): bigint | null {
  const n = BigInt(s);
  return n > UINT64_MAX ? null : n;
}

function validPrerelease(p: string): boolean {
  return p.split('.').every((part) => {
    if (part === '') return false;
    if (/^[0-9]+$/.test(part)) return !(part.length > 1 && part[0] === '0');
    return /^[0-9A-Za-z-]+$/.test(part);
  });
}

/** Masterminds' NewVersion (coercing); null when the text is not a version. */
export function parseVersion(text: string): SemVer | null {
  const m = LOOSE.exec(text);
  if (!m) return null;
  const major = parseUint(m[1]);
  const minor = m[2] ? parseUint(m[2].slice(1)) : 0n;
  const patch = m[3] ? parseUint(m[3].slice(1)) : 0n;
  if (major === null || minor === null || patch === null) return null;
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  if (pre !== '' && !validPrerelease(pre)) return null;
  return { major, minor, patch, pre, metadata };
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sNum = /^[0-9]+$/.test(s) && BigInt(s) <= UINT64_MAX;
  const oNum = /^[0-9]+$/.test(o) && BigInt(o) <= UINT64_MAX;
  if (!sNum && !oNum) return s > o ? 1 : -1;
  if (!oNum) return -1;
  if (!sNum) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

function comparePrerelease(a: string, b: string): number {
  const sp = a.split('.');
  const op = b.split('.');
  for (let i = 0; i < Math.max(sp.length, op.length); i++) {
    const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

export function compareVersions(v: SemVer, o: SemVer): number {
  const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
  if (d !== 0) return d;
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

interface Constraint {
  op: string;
  con: SemVer;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const CONSTRAINT = new RegExp(`^\\s*(${OPS})\\s*(${CV})\\s*$`);
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const FIND = new RegExp(`(${OPS})\\s*(${CV})`, 'g');
const VALID = new RegExp(`^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`);

const isX = (s: string): boolean => s === 'x' || s === '*' || s === 'X';

function parseConstraint(text: string): Constraint | null {
  const m = CONSTRAINT.exec(text);
  if (!m) return null;
  const [, op, full, major, minor = '', patch = '', pre = ''] = m;
  let ver = full;
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major)) {
    ver = `0.0.0${pre}`;
    dirty = true;
  } else if (minor === '' || isX(minor.slice(1))) {
    minorDirty = dirty = true;
    ver = `${major}.0.0${pre}`;
  } else if (patch === '' || isX(patch.slice(1))) {
    patchDirty = dirty = true;
    ver = `${major}${minor}.0${pre}`;
  }
  const con = parseVersion(ver);
  return con ? { op, con, dirty, minorDirty, patchDirty } : null;
}

function tilde(v: SemVer, c: Constraint): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  return v.minor === c.con.minor || c.minorDirty;
}

function caret(v: SemVer, c: Constraint): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (v.minor > 0n) return false;
  return c.con.patch === v.patch;
}

function check(v: SemVer, c: Constraint, includePre: boolean): boolean {
  if (v.pre !== '' && !includePre) return false;
  const { con } = c;
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : compareVersions(v, con) === 0;
    case '!=':
      if (c.dirty) {
        if (con.major !== v.major) return true;
        if (con.minor !== v.minor && !c.minorDirty) return true;
        if (c.minorDirty) return false;
        if (con.patch !== v.patch && !c.patchDirty) return true;
        if (c.patchDirty) return (v.pre !== '' || con.pre !== '') && comparePrerelease(v.pre, con.pre) !== 0;
      }
      return compareVersions(v, con) !== 0;
    case '>':
      if (!c.dirty) return compareVersions(v, con) === 1;
      if (v.major !== con.major) return v.major > con.major;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > con.minor;
      return compareVersions(v, con) === 1;
    case '<':
      return compareVersions(v, con) < 0;
    case '>=':
    case '=>':
      return compareVersions(v, con) >= 0;
    case '<=':
    case '=<':
      if (!c.dirty) return compareVersions(v, con) <= 0;
      if (v.major > con.major) return false;
      return !(v.major === con.major && v.minor > con.minor && !c.minorDirty);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      return caret(v, c);
  }
  return false;
}

/** Masterminds' NewConstraint + Check; false when either side does not parse (helm's IsCompatibleRange). */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  const rewritten = constraint.replace(RANGE, (_all, from: string, ...rest: string[]) => `>= ${from}, <= ${rest[9]} `);
  const ors: Constraint[][] = [];
  const hasPre: boolean[] = [];
  for (const part of rewritten.split('||')) {
    if (!VALID.test(part)) return false;
    const found = part.match(FIND) ?? [part];
    const list: Constraint[] = [];
    for (const s of found) {
      const c = s.length > 0 ? parseConstraint(s) : null;
      if (!c) return false;
      list.push(c);
    }
    ors.push(list);
    hasPre.push(list.some((c) => c.con.pre !== ''));
  }
  return ors.some((list, i) => list.every((c) => check(v, c, hasPre[i])));
}
