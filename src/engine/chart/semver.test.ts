import { describe, expect, it } from 'vitest';
import { isCompatibleRange, parseVersion } from './semver';

describe('semver (Masterminds v3.4 as helm uses it)', () => {
  it('coerces loose versions and refuses bad ones', () => {
    expect(parseVersion('1')).toMatchObject({ major: 1n, minor: 0n, patch: 0n });
    expect(parseVersion('v1.2')).toMatchObject({ major: 1n, minor: 2n, patch: 0n });
    expect(parseVersion('1.2.3-rc.1+build')).toMatchObject({ pre: 'rc.1', metadata: 'build' });
    expect(parseVersion('abc')).toBeNull();
    expect(parseVersion('1.2.3-01')).toBeNull();
  });

  it('checks constraints', () => {
    expect(isCompatibleRange('~0.2', '0.2.9')).toBe(true);
    expect(isCompatibleRange('~0.2', '0.3.0')).toBe(false);
    expect(isCompatibleRange('^1.2.0', '1.9.0')).toBe(true);
    expect(isCompatibleRange('^0.2.0', '0.3.0')).toBe(false);
    expect(isCompatibleRange('1.x', '1.2.0')).toBe(true);
    expect(isCompatibleRange('*', '0.1.0')).toBe(true);
    expect(isCompatibleRange('>=1.0.0, <2.0.0', '1.5.0')).toBe(true);
    expect(isCompatibleRange('>=1.0.0 <2.0.0', '2.0.0')).toBe(false);
    expect(isCompatibleRange('1.0.0 - 1.4.0', '1.4.0')).toBe(true);
    expect(isCompatibleRange('<1.0.0 || >=3', '3.1.0')).toBe(true);
    expect(isCompatibleRange('>=1.0.0', '1.2.0-beta')).toBe(false);
    expect(isCompatibleRange('>=1.0.0-0', '1.2.0-beta')).toBe(true);
    // An empty constraint is not a constraint: helm then drops the dependency silently.
    expect(isCompatibleRange('', '1.0.0')).toBe(false);
  });
});
