import { describe, expect, it } from 'vitest';
import { loadChart } from './load';
import { metadataAsMap } from './chartYaml';
import { chartFiles, json } from './testkit';
import { loadValues } from './valuesFile';

// Expected values printed by helm 4.1.4 (`toJson .Values`, `toJson .Chart`, its error texts).
describe('chart YAML goes through the engine YAML reader (go-yaml v2 rules)', () => {
  it('reads values as helm does: e5 stays a string, y/n/on keys are booleans', () => {
    expect(json(loadValues('a: e5\ne2: x\nn: 1\ny: 2\non: 3\nb: 0x1F\nc: 1e3\n'))).toBe('{"a":"e5","b":31,"c":1000,"e2":"x","false":1,"true":3}');
    expect(() => loadValues('d: .nan\n')).toThrow('cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: NaN');
    expect(() => loadValues('a: b: c\n')).toThrow('cannot unmarshal yaml document: error converting YAML to JSON: yaml: mapping values are not allowed in this context');
  });

  it('converts Chart.yaml scalars into string fields, keeping ints apart from floats', () => {
    const chart = loadChart(
      chartFiles({
        'Chart.yaml':
          'apiVersion: v2\nname: t\nversion: 0.1.0\nappVersion: 20230101\ndescription: 1.10\nhome: e5\nicon: y\n' +
          'keywords: [on, 0x10, 1e3, 18446744073709551615]\nannotations:\n  a: 2\n',
      }),
    );
    const m = metadataAsMap(chart.metadata);
    expect(json(m.AppVersion)).toBe('"20230101"');
    expect(chart.metadata.description).toBe('1.1');
    expect(chart.metadata.home).toBe('e5');
    expect(chart.metadata.icon).toBe('true');
    expect(chart.metadata.keywords).toEqual(['true', '16', '1000', '18446744073709551615']);
    expect(json(m.Annotations)).toBe('{"a":"2"}');
  });

  it('refuses NaN and infinities in Chart.yaml, even in string fields', () => {
    expect(() => loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: t\nversion: 0.1.0\nappVersion: .inf\n' }))).toThrow(
      'cannot load Chart.yaml: error converting YAML to JSON: json: unsupported value: +Inf',
    );
    expect(() => loadChart(chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: t\nversion: 0.1.0\nfoo: .nan\n' }))).toThrow(
      'cannot load Chart.yaml: error converting YAML to JSON: json: unsupported value: NaN',
    );
  });
});
