import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { decodeStackFragment, encodeStackLink } from './stackLink';
import type { Stack } from './stack';

const stack: Stack = {
  releases: [
    { name: 'valkey', namespace: 'k', chart: 'percona-valkey', values: { auth: { password: 'pw' }, mode: 'cluster' } },
    { name: 'cf', namespace: 'k', chart: 'centrifugo', values: { replicaCount: 2 }, needs: ['valkey'] },
  ],
  bindings: [{ consumer: 'cf', point: 'redis', provider: 'valkey' }],
};

describe('stack links', () => {
  it('round-trips a stack and leaves secrets out unless asked', () => {
    const link = encodeStackLink(stack, { includeSecrets: false, resolveChart: findChart });
    expect(link.fragment).toMatch(/^#\/stack\?s=2\./);
    expect(link.omittedSecrets).toEqual(['valkey:auth.password']);
    const back = decodeStackFragment(link.fragment);
    expect(back).toEqual({ ok: true, secretsIncluded: false, omittedSecrets: ['valkey:auth.password'], stack: { ...stack, releases: [{ ...stack.releases[0], values: { mode: 'cluster' } }, stack.releases[1]] } });
    const full = decodeStackFragment(encodeStackLink(stack, { includeSecrets: true, resolveChart: findChart }).fragment);
    expect(full).toEqual({ ok: true, secretsIncluded: true, omittedSecrets: [], stack });
  });

  it('reads a hand-typed fragment without the slash, or with a trailing one', () => {
    const { fragment } = encodeStackLink(stack, { includeSecrets: true, resolveChart: findChart });
    const query = fragment.slice(fragment.indexOf('?'));
    for (const typed of [`#stack${query}`, `stack${query}`, `/stack${query}`, `#/stack/${query}`]) {
      expect(decodeStackFragment(typed), typed).toEqual({ ok: true, secretsIncluded: true, omittedSecrets: [], stack });
    }
    for (const other of [`#stacks${query}`, `#/x/stack${query}`, `#${query}`]) expect(decodeStackFragment(other).ok, other).toBe(false);
  });

  it('rejects damaged links with a message', () => {
    for (const bad of ['#/stack?s=2.abc', '#/stack?s=1.@@@', '#/centrifugo?s=1.abc', '#/stack?s=1.' + 'A'.repeat(20)]) {
      const r = decodeStackFragment(bad);
      expect(r.ok).toBe(false);
    }
  });
});
