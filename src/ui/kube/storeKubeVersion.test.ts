// A chart page's store checks against the Kubernetes version picked, re-checks at once when it
// changes, and a chart opened at run time renders for it (.Capabilities.KubeVersion).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Type from 'typebox';
import { openChart } from '../../charts/generic/open';
import { setRenderKubeVersion } from '../../charts/generic/renderKubeVersion';
import { loadKubeSchemas } from '../../core/kube/openapi';
import type { ChartModule, Values } from '../../core/types';
import { setValue } from '../state/actions';
import { createValuesStore } from '../state/store';

const release = { name: 'web', namespace: 'default' };

/** A chart whose Deployment tolerates with an operator Kubernetes 1.35 added (Gt, behind a gate). */
const tolerating: ChartModule<Values> = {
  id: 'tolerating', name: 'tolerating', chartName: 'tolerating', version: '1.0.0', appVersion: '1', description: '',
  docs: { url: '', title: '' }, groups: [], rules: [], presets: [],
  schema: Type.Object({ stdin: Type.Unknown({ default: false }) }),
  render: (values) => [{
    template: 'templates/deployment.yaml',
    object: {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'nginx', stdin: values.stdin }], tolerations: [{ key: 'a', operator: 'Gt', value: '5' }] },
        },
      },
    },
  }],
};

const ids = (store: { getEvaluation(): { problems: { id: string }[] } }) => store.getEvaluation().problems.map((p) => p.id);

describe('a store checked against a chosen Kubernetes version', () => {
  it('starts from the version given, defaulting to the newest', () => {
    expect(createValuesStore(tolerating, { userValues: {}, release }).getKubeVersion()).toBe('1.36');
    expect(createValuesStore(tolerating, { userValues: {}, release }, undefined, { kubeVersion: '1.33' }).getKubeVersion()).toBe('1.33');
  });

  it('re-checks at once when the version changes, keeping the rendered objects', () => {
    const store = createValuesStore(tolerating, { userValues: {}, release });
    const before = store.getEvaluation();
    const toleration = () => store.getEvaluation().problems.find((p) => p.id === 'kube-toleration');
    expect(toleration()?.severity).toBe('warning');
    const listener = vi.fn();
    store.subscribe(listener);
    store.setKubeVersion('1.33');
    expect(listener).toHaveBeenCalledTimes(1);
    const after = store.getEvaluation();
    expect(toleration()?.severity).toBe('error');
    expect(toleration()?.message).toMatch(/do not exist before Kubernetes 1\.35/);
    expect(after.objects).toBe(before.objects);
    store.setKubeVersion('1.33');
    expect(listener).toHaveBeenCalledTimes(1);
    // Later states keep the version.
    store.dispatch(setValue('stdin', true));
    expect(toleration()?.severity).toBe('error');
    store.setKubeVersion('1.36');
    expect(toleration()?.severity).toBe('warning');
  });

  it('adds the schema findings of validators loaded after the render when asked to recheck', async () => {
    const store = createValuesStore(tolerating, { userValues: { stdin: 'yes' }, release }, undefined, { kubeVersion: '1.36' });
    expect(ids(store)).not.toContain('kube-schema');
    await loadKubeSchemas('1.36', [{ apiVersion: 'apps/v1', kind: 'Deployment' }]);
    const listener = vi.fn();
    store.subscribe(listener);
    store.recheck();
    expect(listener).toHaveBeenCalledTimes(1);
    const schema = store.getEvaluation().problems.find((p) => p.id === 'kube-schema');
    expect(schema?.message).toMatch(/stdin must be of type boolean/);
    expect(schema?.why).toMatch(/Kubernetes 1\.36/);
  }, 60_000);
});

describe('a chart opened at run time', () => {
  const files = new Map<string, Uint8Array>([
    ['Chart.yaml', new TextEncoder().encode('apiVersion: v2\nname: capable\nversion: 0.1.0\n')],
    ['values.yaml', new TextEncoder().encode('greeting: hi\n')],
    ['templates/cm.yaml', new TextEncoder().encode(
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n'
      + '  modern: {{ semverCompare ">=1.36.0-0" .Capabilities.KubeVersion.Version | quote }}\n',
    )],
  ]);
  let chart: ChartModule<Values>;
  beforeAll(() => {
    chart = openChart({ kind: 'folder', files }, { kind: 'folder', label: 'capable' }) as unknown as ChartModule<Values>;
  });
  afterEach(() => setRenderKubeVersion(undefined));

  it('renders for helm template\'s default version unless a page sets one', () => {
    const store = createValuesStore(chart, { userValues: {}, release });
    expect(store.getEvaluation().yaml).toContain('kube: "v1.35.0"');
  });

  it('renders again for the version a page picks', () => {
    setRenderKubeVersion('1.36');
    const store = createValuesStore(chart, { userValues: {}, release }, undefined, { kubeVersion: '1.36' });
    expect(store.getEvaluation().yaml).toContain('kube: "v1.36.0"');
    expect(store.getEvaluation().yaml).toContain('modern: "true"');
    setRenderKubeVersion('1.33');
    store.setKubeVersion('1.33');
    expect(store.getEvaluation().yaml).toContain('kube: "v1.33.0"');
    expect(store.getEvaluation().yaml).toContain('modern: "false"');
  });
});

describe('the bundle of a chart page', () => {
  it('lists the open problems as the picked Kubernetes version sees them', async () => {
    const { buildBundle } = await import('../../core/bundle');
    const readme = (kubeVersion?: string) => String(buildBundle({ chart: tolerating, release, values: {}, kubeVersion })['README.md']);
    const section = (text: string) => text.slice(text.indexOf('## Open problems'));
    expect(section(readme('1.33'))).toMatch(/do not exist before Kubernetes 1\.35/);
    expect(section(readme('1.36'))).toMatch(/feature gate/);
    expect(section(readme())).toMatch(/feature gate/);
  });
});
