import { describe, expect, it } from 'vitest';
import type { KubeObject, RenderedObject } from '../types';
import { prerequisitesOf } from './prerequisites';

const obj = (kind: string, name: string, extra: Record<string, unknown> = {}, apiVersion = 'v1'): RenderedObject => ({
  template: `templates/${kind.toLowerCase()}.yaml`,
  object: { apiVersion, kind, metadata: { name, namespace: 'ns', ...((extra.metadata as object) ?? {}) }, ...extra } as KubeObject,
});

const deployment = (podSpec: Record<string, unknown>) => obj('Deployment', 'web', { spec: { template: { spec: podSpec } } }, 'apps/v1');
const titles = (objects: RenderedObject[], provided: RenderedObject[] = []) => prerequisitesOf(objects, 'ns', provided).map((p) => p.title);

describe('prerequisitesOf', () => {
  it('names the operator behind each custom resource', () => {
    expect(titles([
      obj('ServiceMonitor', 'm', {}, 'monitoring.coreos.com/v1'),
      obj('Certificate', 'c', { spec: { secretName: 'tls' } }, 'cert-manager.io/v1'),
      obj('IngressRoute', 'r', {}, 'traefik.io/v1alpha1'),
      obj('Widget', 'w', {}, 'example.com/v1'),
    ])).toEqual(['Prometheus Operator', 'cert-manager', 'Traefik', 'CRDs of example.com']);
  });

  it('does not ask for a CRD the objects define themselves', () => {
    const crd = obj('CustomResourceDefinition', 'widgets.example.com', { spec: { group: 'example.com', names: { kind: 'Widget' } } }, 'apiextensions.k8s.io/v1');
    expect(titles([crd, obj('Widget', 'w', {}, 'example.com/v1')])).toEqual([]);
  });

  it('asks for the ingress controller of the class, a default class, and the issuer', () => {
    const nginx = obj('Ingress', 'a', { spec: { ingressClassName: 'nginx' } }, 'networking.k8s.io/v1');
    const none = obj('Ingress', 'b', { metadata: { annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt' } }, spec: { tls: [{ secretName: 'b-tls' }] } }, 'networking.k8s.io/v1');
    expect(titles([nginx, none])).toEqual([
      'Ingress controller for class "nginx" (ingress-nginx)',
      'A default IngressClass',
      'cert-manager ClusterIssuer "letsencrypt"',
    ]);
  });

  it('asks for a ReadWriteMany storage class for shared volumes', () => {
    const rwx = obj('PersistentVolumeClaim', 'uploads', { spec: { accessModes: ['ReadWriteMany'], storageClassName: 'efs' } });
    const sts = obj('StatefulSet', 'db', { spec: { volumeClaimTemplates: [{ spec: { accessModes: ['ReadWriteOnce'] } }] } }, 'apps/v1');
    expect(titles([rwx, sts])).toEqual(['A ReadWriteMany storage class ("efs")', 'A default StorageClass']);
  });

  it('lists Secrets, ConfigMaps and claims pods read but nothing creates, unless another release does', () => {
    const web = deployment({
      serviceAccountName: 'runner',
      imagePullSecrets: [{ name: 'pull' }],
      containers: [{ env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 'creds', key: 'a' } } }, { name: 'B', valueFrom: { secretKeyRef: { name: 'opt', key: 'b', optional: true } } }], envFrom: [{ configMapRef: { name: 'cfg' } }] }],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }],
    });
    expect(titles([web])).toEqual([
      'Secret "creds" in namespace ns',
      'Secret "pull" in namespace ns',
      'ConfigMap "cfg" in namespace ns',
      'PersistentVolumeClaim "data" in namespace ns',
      'ServiceAccount "runner" in namespace ns',
    ]);
    const creds = obj('Secret', 'creds');
    expect(titles([web, obj('ConfigMap', 'cfg')], [creds])).not.toContain('Secret "creds" in namespace ns');
    expect(titles([web, obj('ConfigMap', 'cfg')], [creds])).not.toContain('ConfigMap "cfg" in namespace ns');
  });

  it('needs metrics-server for an HPA and nothing for plain objects', () => {
    expect(titles([obj('HorizontalPodAutoscaler', 'h', {}, 'autoscaling/v2')])).toEqual(['metrics-server']);
    expect(titles([obj('Service', 's'), obj('ConfigMap', 'c'), deployment({ containers: [{}] })])).toEqual([]);
  });
});
