// The stack page checks every release against the Kubernetes version picked in this browser (the
// chart pages' picker), and its bundle carries the problems of that version.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { setValue } from '../state/actions';
import { stackBundle } from './stackActions';
import { attachStackHistory } from './stackHistory';
import { stackKubeChecked } from './stackKubeChecks';
import { createStackStore } from './stackStore';

const centrifugo = findChart('centrifugo')!;
const valkey = findChart('percona-valkey')!;
/** Numeric toleration operators: unknown to Kubernetes 1.33 (error), alpha in 1.36 (warning). */
const NUMERIC_TOLERATION = [{ key: 'dedicated', operator: 'Gt', value: '5' }];

function stackWithToleration(kubeVersion?: string) {
  const stack = createStackStore(findChart, { releases: [], bindings: [] }, undefined, kubeVersion ? { kubeVersion } : {});
  const c = stack.add(centrifugo, { name: 'chat', namespace: 'rt' });
  stack.entry(c)!.store.dispatch(setValue('tolerations', NUMERIC_TOLERATION));
  return { stack, c };
}

const toleration = (stack: ReturnType<typeof createStackStore>) => stack.getEvaluation().problems.find((p) => p.id === 'kube-toleration');

describe('the stack and the Kubernetes version', () => {
  it('checks every release against the version it was made with (default: the newest)', () => {
    expect(toleration(stackWithToleration().stack)?.severity).toBe('warning');
    const { stack, c } = stackWithToleration('1.33');
    expect(stack.getKubeVersion()).toBe('1.33');
    expect(toleration(stack)).toMatchObject({ severity: 'error', release: 'chat' });
    expect(toleration(stack)?.why).toMatch(/\(Kubernetes 1\.33\)$/);
    // The release's form sees the stack's problems, so the same finding.
    expect(stack.entry(c)!.view.getEvaluation().problems.find((p) => p.id === 'kube-toleration')?.severity).toBe('error');
  });

  it('follows a new version: subscribers hear of it, the stack and the undo history do not change', async () => {
    const { stack, c } = stackWithToleration('1.33');
    const history = attachStackHistory(stack);
    await Promise.resolve();
    const undoableBefore = history.canUndo();
    const before = stack.toStack();
    let calls = 0;
    const unsubscribe = stack.subscribe(() => calls++);
    stack.setKubeVersion('1.36');
    unsubscribe();
    await Promise.resolve();
    expect(calls).toBe(1);
    expect(toleration(stack)?.severity).toBe('warning');
    expect(toleration(stack)?.why).toMatch(/\(Kubernetes 1\.36\)$/);
    expect(stack.entry(c)!.view.getEvaluation().problems.find((p) => p.id === 'kube-toleration')?.severity).toBe('warning');
    expect(stack.entry(c)!.store.getKubeVersion()).toBe('1.36');
    expect(stack.toStack()).toBe(before);
    expect(history.canUndo()).toBe(undoableBefore);
    // The same version again is no change at all.
    stack.setKubeVersion('1.36');
    expect(calls).toBe(1);
    history.stop();
  });

  it('keeps the evaluation when only the selection changes', () => {
    const { stack, c } = stackWithToleration('1.33');
    const v = stack.add(valkey, { name: 'kv', namespace: 'rt' });
    const evaluation = stack.getEvaluation();
    stack.select(c);
    stack.select(v);
    expect(stack.getEvaluation()).toBe(evaluation);
    stack.setKubeVersion('1.36');
    expect(stack.getEvaluation()).not.toBe(evaluation);
  });

  it('gives releases added later the version in force', () => {
    const { stack } = stackWithToleration('1.33');
    stack.setKubeVersion('1.36');
    const v = stack.add(valkey, { name: 'kv', namespace: 'rt' });
    expect(stack.entry(v)!.store.getKubeVersion()).toBe('1.36');
  });

  it('puts the problems of the chosen version into the bundle README', () => {
    const { stack } = stackWithToleration('1.33');
    const bundleAt = (version: string) => {
      stack.setKubeVersion(version);
      const bundle = stackBundle(stack.getEvaluation(), stack.toStack(), findChart, 'https://example.test/');
      return { errors: bundle.errors, readme: strFromU8(unzipSync(bundle.bytes)['README.md']) };
    };
    const at133 = bundleAt('1.33');
    expect(at133.readme).toContain('(Kubernetes 1.33)');
    const at136 = bundleAt('1.36');
    expect(at136.readme).toContain('(Kubernetes 1.36)');
    expect(at136.readme).not.toContain('(Kubernetes 1.33)');
    expect(at133.errors - at136.errors).toBe(1);
  });

  it('hands the kube hook every release object and a recheck that recomputes the problems', () => {
    const { stack } = stackWithToleration('1.33');
    stack.add(valkey, { name: 'kv', namespace: 'rt' });
    const checked = stackKubeChecked(stack);
    const kinds = new Set(checked.getEvaluation().objects.map((o) => o.object.kind));
    expect(kinds.has('Deployment') && kinds.has('StatefulSet')).toBe(true);
    const first = stack.getEvaluation();
    checked.recheck();
    expect(stack.getEvaluation()).not.toBe(first);
    checked.setKubeVersion('1.36');
    expect(checked.getKubeVersion()).toBe('1.36');
  });
});
