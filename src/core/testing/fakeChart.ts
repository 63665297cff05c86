// A tiny chart for the core's own tests, so they do not depend on any real chart module.
import Type from 'typebox';
import type { ChartModule, RenderedObject } from '../types';

export const fakeSchema = Type.Object(
  {
    replicaCount: Type.Integer({ default: 1, minimum: 0, 'x-group': 'workload' }),
    image: Type.Object(
      {
        repository: Type.String({ default: 'example/web' }),
        tag: Type.String({ default: '1.0.0' }),
      },
      { additionalProperties: false, 'x-group': 'workload' },
    ),
    service: Type.Object(
      {
        type: Type.Union([Type.Literal('ClusterIP'), Type.Literal('NodePort')], { default: 'ClusterIP' }),
        port: Type.Integer({ default: 80 }),
      },
      { additionalProperties: false, 'x-group': 'network' },
    ),
    auth: Type.Object(
      {
        enabled: Type.Boolean({ default: false }),
        password: Type.String({ default: '', writeOnly: true }),
      },
      { additionalProperties: false, 'x-group': 'security' },
    ),
    podAnnotations: Type.Record(Type.String(), Type.String(), { default: {} }),
    extraArgs: Type.Array(Type.String(), { default: [] }),
  },
  { additionalProperties: false },
);

export type FakeValues = Type.Static<typeof fakeSchema>;

function render(values: FakeValues, release: { name: string; namespace: string }): RenderedObject[] {
  if (values.image.repository === '') throw new Error('image.repository must not be empty');
  const name = `${release.name}-web`;
  const objects: RenderedObject[] = [
    {
      template: 'templates/deployment.yaml',
      object: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, namespace: release.namespace },
        spec: {
          replicas: values.replicaCount,
          // A selector matching the template's labels: the API server refuses a Deployment without.
          selector: { matchLabels: { app: name } },
          template: {
            metadata: { labels: { app: name } },
            spec: { containers: [{ name: 'web', image: `${values.image.repository}:${values.image.tag}`, args: values.extraArgs }] },
          },
        },
      },
    },
    {
      template: 'templates/service.yaml',
      object: { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { type: values.service.type, ports: [{ port: values.service.port }] } },
    },
  ];
  if (values.auth.enabled) {
    objects.push({
      template: 'templates/secret.yaml',
      object: { apiVersion: 'v1', kind: 'Secret', metadata: { name }, stringData: { password: values.auth.password } },
      note: values.auth.password ? undefined : 'password left empty',
    });
  }
  return objects;
}

export const fakeChart: ChartModule<FakeValues> = {
  id: 'fake',
  name: 'Fake Web',
  chartName: 'fake-web',
  version: '2.1.0',
  appVersion: '1.0.0',
  description: 'A made-up chart for tests.',
  repository: { name: 'examples', url: 'https://charts.example.com' },
  docs: { url: 'https://example.com/fake', title: 'Fake README' },
  schema: fakeSchema,
  groups: [
    { id: 'workload', title: 'Workload' },
    { id: 'network', title: 'Network' },
    { id: 'security', title: 'Security' },
  ],
  rules: [
    {
      id: 'auth-without-password',
      title: 'Authentication needs a password',
      check: ({ values }) =>
        values.auth.enabled && values.auth.password === ''
          ? [{ id: 'auth-without-password', severity: 'warning', message: 'Authentication is on but the password is empty.', params: ['auth.enabled', 'auth.password'] }]
          : [],
    },
    {
      id: 'nodeport-info',
      title: 'NodePort exposes every node',
      check: ({ userValues }) =>
        (userValues.service as { type?: string } | undefined)?.type === 'NodePort'
          ? [{ id: 'nodeport-info', severity: 'info', message: 'NodePort opens the port on every node.', params: ['service.type'] }]
          : [],
    },
  ],
  render,
  presets: [{ id: 'secure', title: 'Secure', description: 'Turns on auth.', doc: 'Security', values: { auth: { enabled: true } } }],
};
