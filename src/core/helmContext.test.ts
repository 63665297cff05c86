import { describe, expect, it } from 'vitest';
import { helmContext, helmMetadata, helmServiceAccount, serviceAccountName, templateObject } from './helmContext';

const CHART = { name: 'web', version: '1.2.3+build', appVersion: '4.5' };
const release = { name: 'prod', namespace: 'apps' };

describe('helmContext', () => {
  it('names objects like the name and fullname helpers, with and without overrides', () => {
    expect(helmContext(CHART, {}, release)).toMatchObject({ name: 'web', fullname: 'prod-web', namespace: 'apps' });
    expect(helmContext(CHART, {}, { name: 'web-prod', namespace: 'x' }).fullname).toBe('web-prod');
    expect(helmContext(CHART, { nameOverride: 'site' }, release)).toMatchObject({ name: 'site', fullname: 'prod-site' });
    expect(helmContext(CHART, { fullnameOverride: 'edge', nameOverride: '' }, release)).toMatchObject({ name: 'web', fullname: 'edge' });
    expect(helmContext(CHART, {}, { name: 'r'.repeat(70), namespace: 'x' }).fullname).toHaveLength(63);
  });

  it('builds the standard label sets in the helper order, extra labels last', () => {
    const ctx = helmContext(CHART, {}, release, { extraLabels: { 'app.kubernetes.io/component': 'server' } });
    expect(ctx.selectorLabels).toEqual({ 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'prod' });
    expect(Object.entries(ctx.labels)).toEqual([
      ['helm.sh/chart', 'web-1.2.3_build'],
      ['app.kubernetes.io/name', 'web'],
      ['app.kubernetes.io/instance', 'prod'],
      ['app.kubernetes.io/version', '4.5'],
      ['app.kubernetes.io/managed-by', 'Helm'],
      ['app.kubernetes.io/component', 'server'],
    ]);
  });

  it('prints the labels as the helper does: the version quoted, names as they are', () => {
    const ctx = helmContext(CHART, { nameOverride: 123 }, release);
    expect(ctx.labelsText.split('\n')).toEqual([
      'helm.sh/chart: web-1.2.3_build',
      'app.kubernetes.io/name: 123',
      'app.kubernetes.io/instance: prod',
      'app.kubernetes.io/version: "4.5"',
      'app.kubernetes.io/managed-by: Helm',
    ]);
    // As data, the unquoted print reads back as YAML reads it.
    expect(ctx.labels['app.kubernetes.io/name']).toBe(123);
  });

  it('reads values by path and takes a namespace the chart overrides', () => {
    const ctx = helmContext(CHART, { a: { b: [1, 2] } }, release, { namespace: 'other' });
    expect(ctx.at('a.b[1]')).toBe(2);
    expect(ctx.namespace).toBe('other');
  });
});

describe('helmMetadata and serviceAccountName', () => {
  const ctx = helmContext(CHART, { serviceAccount: { create: true, name: '' } }, release);

  it('writes name, namespace and the labels, then the extras', () => {
    const meta = helmMetadata(ctx, 'prod-web', { annotations: { a: 'b' } });
    expect(Object.keys(meta)).toEqual(['name', 'namespace', 'labels', 'annotations']);
    expect(meta.labels).toEqual(ctx.labels);
    expect(meta.labels).not.toBe(ctx.labels);
  });

  it('picks the set name, else the fullname when created, else default', () => {
    expect(serviceAccountName(ctx)).toBe('prod-web');
    expect(serviceAccountName(helmContext(CHART, { serviceAccount: { create: true, name: 'bot' } }, release))).toBe('bot');
    expect(serviceAccountName(helmContext(CHART, { serviceAccount: { create: false, name: 'bot' } }, release))).toBe('bot');
    expect(serviceAccountName(helmContext(CHART, { serviceAccount: { create: false } }, release))).toBe('default');
  });

  it('places an object under templates/, with a hook flag only when given', () => {
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } };
    expect(templateObject('configmap.yaml', object)).toEqual({ template: 'templates/configmap.yaml', object });
    expect(templateObject('job.yaml', object, { hook: true })).toEqual({ template: 'templates/job.yaml', object, hook: true });
    expect(templateObject('job.yaml', object, {})).not.toHaveProperty('hook');
  });
});

describe('helmServiceAccount', () => {
  it('names the account as the helper does, with the standard labels and its annotations', () => {
    const ctx = helmContext(CHART, { serviceAccount: { create: true, name: '', annotations: { 'b/x': '1', 'a/y': '2' } } }, release);
    const { template, object } = helmServiceAccount(ctx);
    expect(template).toBe('templates/serviceaccount.yaml');
    expect(object).toEqual({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { ...helmMetadata(ctx, 'prod-web'), annotations: { 'a/y': '2', 'b/x': '1' } } });
    expect(Object.keys(object.metadata.annotations as object)).toEqual(['a/y', 'b/x']);
    expect(helmServiceAccount(helmContext(CHART, {}, release)).object.metadata).not.toHaveProperty('annotations');
  });
});
