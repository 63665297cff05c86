// Stack advice must agree with what the stack page shows (issue 14, item 4): no "bind X to Y" when
// X is bound to Y, and binding points named as the Connections panel names them.
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { stackPresets } from '../../charts/stackPresets';
import { evaluateStack, type Stack } from './stack';

const presetStack = (): Stack => structuredClone(stackPresets.find((p) => p.id === 'centrifugo-valkey-ha')!.stack);

function valkeyElsewhere(bound: boolean): Stack {
  const stack = presetStack();
  stack.releases[0] = { ...stack.releases[0], name: 'percona-valkey', namespace: 'data' };
  stack.bindings = bound ? [{ consumer: 'centrifugo', point: 'redis', provider: 'percona-valkey' }] : [];
  if (!bound) {
    const centrifugo = stack.releases[1];
    centrifugo.values = { ...centrifugo.values, config: { engine: { type: 'redis', redis: { address: ['redis://percona-valkey.data.svc.cluster.local:6379'] } } } };
  }
  return stack;
}

describe('stack advice', () => {
  it('does not advise binding a point that is bound to that very release', () => {
    const problems = evaluateStack(valkeyElsewhere(true), findChart).problems;
    const authMissing = problems.find((p) => p.id === 'stack-auth-missing');
    expect(authMissing?.message).toMatch(/the binding could not pass it/);
    for (const p of problems) expect(`${p.message} ${p.fix ?? ''}`).not.toMatch(/\bbind\b[^.]* to percona-valkey/i);
    expect(problems.some((p) => p.id === 'binding-password-unreachable')).toBe(true);
  });

  it('advises binding when the address is typed by hand, naming the point as the page does', () => {
    const problems = evaluateStack(valkeyElsewhere(false), findChart).problems;
    const authMissing = problems.find((p) => p.id === 'stack-auth-missing');
    expect(authMissing?.fix).toMatch(/^Bind centrifugo's Redis engine to percona-valkey \(Connections, "Bind to release…"\)/);
    for (const p of problems) expect(`${p.message} ${p.fix ?? ''}`).not.toContain('centrifugo.redis');
  });
});
