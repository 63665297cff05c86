import { describe, it, expect } from 'vitest';
import { parseYamlText } from './yaml';
import { fakeChart } from './testing/fakeChart';
import { valuesFileText } from './valuesFile';
import { defaultsFromSchema, mergeValues } from './values';

const header = [
  '# values.yaml for fake-web 2.1.0 (chart-configurator)',
  '# Only the values that differ from the chart defaults.',
  '# helm upgrade --install <release> examples/fake-web --version 2.1.0 -f values.yaml',
].join('\n');

describe('valuesFileText', () => {
  it('writes an empty map when nothing changed', () => {
    expect(valuesFileText(fakeChart, {})).toBe(`${header}\n{}\n`);
  });

  it('writes values equal to the defaults as nothing', () => {
    expect(valuesFileText(fakeChart, { replicaCount: 1, image: { tag: '1.0.0' } })).toBe(`${header}\n{}\n`);
  });

  it('writes only the differences, in the chart key order', () => {
    const text = valuesFileText(fakeChart, { extraArgs: ['--debug'], service: { port: 8080 }, replicaCount: 2 });
    expect(text).toBe(`${header}\nreplicaCount: 2\nservice:\n  port: 8080\nextraArgs:\n  - --debug\n`);
  });

  it('round-trips: the file merged onto the defaults gives the user values', () => {
    const user = { podAnnotations: { 'a.b/c': 'x' }, auth: { enabled: true, password: 'p' }, image: { repository: 'mine' } };
    const parsed = parseYamlText(valuesFileText(fakeChart, user));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const defaults = defaultsFromSchema(fakeChart.schema);
      expect(mergeValues(defaults, parsed.value as Record<string, unknown>)).toEqual(mergeValues(defaults, user));
    }
  });

  it('uses the configurator command for charts without a repository', () => {
    const { repository: _ignored, ...plain } = fakeChart;
    expect(valuesFileText(plain, {})).toContain('# npm run --silent cli -- template <release> fake -f values.yaml');
  });
});
