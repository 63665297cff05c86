import { describe, expect, it } from 'vitest';
import { fakeChart } from '../testing/fakeChart';
import type { ChartModule } from '../types';
import { chartSource, fetchCommands, helmChartArg } from './chartSource';
import { helmOutputDirFiles, plainManifestFiles } from './manifestFiles';

const fake = fakeChart as unknown as ChartModule;
const variant = (over: Partial<ChartModule>): ChartModule => ({ ...fake, ...over });

describe('chartSource', () => {
  it('reads a helm repository', () => {
    const s = chartSource(fake);
    expect(s).toEqual({ kind: 'repo', repoName: 'examples', repoUrl: 'https://charts.example.com', chartRef: 'examples/fake-web' });
    expect(fetchCommands(s)).toEqual(['helm repo add examples https://charts.example.com', 'helm repo update examples']);
  });

  it('reads an OCI registry: no repo add, a full oci:// chart reference', () => {
    const s = chartSource(variant({ repository: { name: 'oci://ghcr.io/acme/charts', url: 'oci://ghcr.io/acme/charts' } }));
    expect(s).toMatchObject({ kind: 'oci', registry: 'ghcr.io/acme/charts', repoName: 'acme-charts' });
    expect(helmChartArg(s)).toBe('oci://ghcr.io/acme/charts/fake-web');
    expect(fetchCommands(s)).toEqual([]);
  });

  it('reads a chart kept in git from its documentation link', () => {
    const s = chartSource(variant({ repository: undefined, docs: { title: 'x', url: 'https://github.com/acme/charts-src/tree/abc123/helm/fake-web' } }));
    expect(s).toEqual({ kind: 'git', gitUrl: 'https://github.com/acme/charts-src.git', revision: 'abc123', checkoutDir: 'charts-src', chartPath: './charts-src/helm/fake-web' });
    expect(fetchCommands(s)).toEqual(['git clone https://github.com/acme/charts-src.git charts-src', 'git -C charts-src checkout abc123']);
  });

  it('takes a module whose objects are not under templates/ for plain manifests', () => {
    const plain = variant({ repository: undefined, render: (v, r) => fake.render(v, r).map((o) => ({ ...o, template: o.template.replace('templates/', 'k8s/') })) });
    expect(chartSource(plain)).toEqual({ kind: 'manifests' });
    expect(helmChartArg(chartSource(plain))).toBeUndefined();
  });
});

describe('manifest files', () => {
  const objects = fake.render({ replicaCount: 1, image: { repository: 'r', tag: 't' }, service: { type: 'ClusterIP', port: 80 }, auth: { enabled: true, password: '' }, podAnnotations: {}, extraArgs: [] }, { name: 'a', namespace: 'b' });

  it('lays chart objects out as helm --output-dir, with notes as comments', () => {
    const files = helmOutputDirFiles('fake-web', objects);
    expect(Object.keys(files)).toEqual(['fake-web/templates/secret.yaml', 'fake-web/templates/service.yaml', 'fake-web/templates/deployment.yaml']);
    expect(files['fake-web/templates/secret.yaml']).toMatch(/^---\n# Source: fake-web\/templates\/secret\.yaml\n# NOTE: password left empty\napiVersion: v1\n/);
  });

  it('lists plain manifests in the preferred order, the rest in install order', () => {
    const plain = objects.map((o) => ({ ...o, template: o.template.replace('templates/', 'k8s/') }));
    const { files, order } = plainManifestFiles(plain, ['k8s/deployment.yaml', 'k8s/missing.yaml']);
    expect(order).toEqual(['k8s/deployment.yaml', 'k8s/secret.yaml', 'k8s/service.yaml']);
    expect(files['kustomization.yaml']).toBe('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - k8s/deployment.yaml\n  - k8s/secret.yaml\n  - k8s/service.yaml\n');
    expect(files['k8s/service.yaml'].startsWith('---\napiVersion: v1\nkind: Service\n')).toBe(true);
  });
});
