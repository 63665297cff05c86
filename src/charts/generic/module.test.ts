import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE } from '../../core/types';
import { openGreeter } from './greeter.testing';
import { paramsNamed } from './module';

// Our own test chart (also used by the e2e tests); the expected text is what helm v4.1.4 printed.
describe('a chart opened at run time', () => {
  it('renders exactly what helm template prints, checksum of an included template included', () => {
    const chart = openGreeter();
    const result = evaluate(chart, { extraLabels: { team: 'web' } }, { name: 'demo', namespace: 'apps' });
    expect(result.renderError).toBeUndefined();
    expect(result.yaml).toBe(readFileSync(join(import.meta.dirname, 'fixtures/greeter-demo.expected.yaml'), 'utf8'));
    expect(result.objects.map((o) => `${o.object.kind}/${o.template}`)).toEqual([
      'ConfigMap/templates/configmap.yaml',
      'Service/templates/service.yaml',
      'Deployment/templates/deployment.yaml',
    ]);
    expect(result.notes?.trim()).toBe('Hello from demo-greeter in apps.');
  });

  it('takes its form from values.yaml with the chart schema\'s types, and its identity from Chart.yaml', () => {
    const chart = openGreeter();
    expect(chart).toMatchObject({ id: 'open.greeter', name: 'greeter', version: '0.3.0', appVersion: '1.4.2' });
    expect(chart.groups.map((g) => g.title)).toEqual(['General', 'image', 'service']);
    const port = (chart.schema as { properties: Record<string, { properties: Record<string, unknown> }> }).properties.service.properties.port;
    expect(port).toMatchObject({ type: 'integer', minimum: 1, maximum: 65535, default: 8080, description: 'Port the Service listens on' });
  });

  it("reports values.schema.json findings in helm's words, at the parameter", () => {
    const result = evaluate(openGreeter(), { service: { port: 0 } }, DEFAULT_RELEASE);
    const schema = result.problems.filter((p) => p.id === 'values-schema');
    expect(schema).toEqual([expect.objectContaining({ severity: 'error', message: "greeter: at '/service/port': minimum: got 0, want 1", params: ['service.port'] })]);
    // The preview still shows what the templates make of the values.
    expect(result.yaml).toContain('containerPort: 0');
  });

  it('turns a failing `required` into an error problem naming the parameter, worded as helm', () => {
    const result = evaluate(openGreeter(), { greeting: null }, DEFAULT_RELEASE);
    const failure = result.problems.find((p) => p.id === 'template-error');
    expect(failure?.message).toBe('execution error at (greeter/templates/deployment.yaml:18:28): greeting is required: the pods have nothing to say');
    expect(failure?.params).toEqual(['greeting']);
    expect(result.renderError).toBe(failure?.message);
  });
});

describe('paramsNamed', () => {
  const paths = new Set(['image.tag', 'greeting', 'service.port']);
  it('finds .Values paths and bare parameter paths in a message, and nothing else', () => {
    expect(paramsNamed('executing "x" at <.Values.image.tag>: nil pointer', paths)).toEqual(['image.tag']);
    expect(paramsNamed('execution error at (a:1:2): service.port must be set.', paths)).toEqual(['service.port']);
    expect(paramsNamed('something else broke', paths)).toEqual([]);
  });
});
