// The committed field trees (src/core/kube/fields) are what the generator writes from the installed
// kubernetes-models packages today: after an upgrade this fails until `npm run kube:fields` is run.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { definitionName, treeFiles } from './kube-field-tree';

describe('kube field trees', () => {
  const files = treeFiles();

  it('are current (run npm run kube:fields when not)', () => {
    expect(files.map((f) => `${f.set.out}: ${f.current ? 'current' : 'STALE'}`)).toEqual(files.map((f) => `${f.set.out}: current`));
  });

  it('stay small: well under 40 KB gzip per set', () => {
    for (const f of files) expect(gzipSync(f.text).length, f.set.out).toBeLessThan(20_000);
  });

  it('name definitions as the OpenAPI spec does', () => {
    expect(definitionName('IIoK8sApiAppsV1DeploymentSpec', 'IDeploymentSpec')).toBe('io.k8s.api.apps.v1.DeploymentSpec');
    expect(definitionName('IIoK8sApimachineryPkgApisMetaV1ObjectMeta', 'IObjectMeta')).toBe('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    expect(definitionName('IIoK8sKubeAggregatorPkgApisApiregistrationV1APIService', 'IAPIService')).toBe('io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService');
    expect(() => definitionName('IIoK8sApiCoreV1Pod', 'IService')).toThrow();
  });
});
