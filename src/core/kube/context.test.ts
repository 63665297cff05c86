// Every Kubernetes finding names the version it was checked against, once.
import { describe, expect, it } from 'vitest';
import type { KubeObject, RenderedObject } from '../types';
import { checkObjects } from './checkObjects';
import { withKubeVersion } from './context';

function rendered(object: KubeObject): RenderedObject[] {
  return [{ template: 'templates/x.yaml', object }];
}

const badToleration: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: { containers: [{ name: 'web', image: 'nginx' }], tolerations: [{ key: 'a', operator: 'Equal', value: 'b', effect: 'NoSchedul' }] },
};

describe('the version in every kube problem', () => {
  it('ends the why of a rule that does not name it with the version checked', () => {
    for (const version of ['1.33', '1.36']) {
      const problems = checkObjects(rendered(badToleration), { values: {}, userValues: {}, kubeVersion: version });
      const toleration = problems.find((p) => p.id === 'kube-toleration');
      expect(toleration?.why?.endsWith(`(Kubernetes ${version})`)).toBe(true);
    }
  });

  it('takes helm-style versions in their short form', () => {
    const problems = checkObjects(rendered(badToleration), { values: {}, userValues: {}, kubeVersion: 'v1.33.4' });
    expect(problems.find((p) => p.id === 'kube-toleration')?.why).toMatch(/\(Kubernetes 1\.33\)$/);
  });

  it('does not repeat a version the why already names (removed API versions)', () => {
    const ingress: KubeObject = { apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'web' }, spec: {} };
    const problems = checkObjects(rendered(ingress), { values: {}, userValues: {}, kubeVersion: '1.36' });
    const removed = problems.find((p) => p.id === 'kube-api-version');
    expect(removed?.why).toContain('A Kubernetes 1.36 cluster');
    expect(removed?.why?.match(/Kubernetes 1\.36/g)).toHaveLength(1);
  });

  it('appends to any text, keeps one that names the version', () => {
    expect(withKubeVersion('Requests above limits are refused.', '1.33')).toBe('Requests above limits are refused. (Kubernetes 1.33)');
    expect(withKubeVersion('The Kubernetes 1.33 API schema refuses it.', '1.33')).toBe('The Kubernetes 1.33 API schema refuses it.');
  });
});
