// Sprig's semver and semverCompare over Masterminds/semver v3.4 (the constraint checks live in
// ../chart/semver.ts, shared with dependency resolution); here: the *semver.Version object
// templates read (.Major, .Prerelease, .Compare ...) and the errors worded as semver words them.
import { compareVersions, isCompatibleRange, parseVersion } from '../chart/semver';
import type { SemVer } from '../chart/semver';
import { GoObject } from '../value';
import type { GoFunc, GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';

const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const VALID = new RegExp(`^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`);

export class SemverVersion extends GoObject {
  readonly goType = '*semver.Version';
  constructor(
    readonly v: SemVer,
    readonly original: string,
  ) {
    super();
  }
  override toString(): string {
    const { major, minor, patch, pre, metadata } = this.v;
    return `${major}.${minor}.${patch}${pre ? '-' + pre : ''}${metadata ? '+' + metadata : ''}`;
  }
  field(name: string): GoValue | undefined {
    switch (name) {
      case 'Major':
        return this.v.major;
      case 'Minor':
        return this.v.minor;
      case 'Patch':
        return this.v.patch;
      case 'Prerelease':
        return this.v.pre;
      case 'Metadata':
        return this.v.metadata;
      case 'Original':
        return this.original;
      case 'String':
        return this.toString();
    }
    return undefined;
  }
  override method(name: string): GoFunc | undefined {
    const other = (o: GoValue): SemVer => {
      if (!(o instanceof SemverVersion)) throw new Error('wrong type for value; expected *semver.Version');
      return o.v;
    };
    switch (name) {
      case 'Compare':
        return (o) => BigInt(compareVersions(this.v, other(o)));
      case 'LessThan':
        return (o) => compareVersions(this.v, other(o)) < 0;
      case 'GreaterThan':
        return (o) => compareVersions(this.v, other(o)) > 0;
      case 'Equal':
        return (o) => compareVersions(this.v, other(o)) === 0;
    }
    return undefined;
  }
  format(): string {
    return this.toString();
  }
}

export function newVersion(text: string): SemverVersion {
  const v = parseVersion(text);
  if (!v) throw new Error('invalid semantic version');
  return new SemverVersion(v, text);
}

/** semver.NewConstraint's validation: "improper constraint: SEGMENT" for the first bad || part. */
function validateConstraint(c: string): void {
  const rewritten = c.replace(RANGE, (_all, from: string, ...rest: string[]) => `>= ${from}, <= ${rest[9]} `);
  for (const part of rewritten.split('||')) {
    if (!VALID.test(part)) throw new Error(`improper constraint: ${part}`);
  }
}

export function semverCompare(constraint: string, version: string): boolean {
  validateConstraint(constraint);
  newVersion(version);
  return isCompatibleRange(constraint, version);
}

export function registerSemver(t: FuncTable): void {
  t.set('semver', goFunc('semver', ['string'], newVersion));
  t.set('semverCompare', goFunc('semverCompare', ['string', 'string'], semverCompare));
}
