// The switched-off hint for charts opened at run time: a value under `enabled: false` is hinted
// only when rendering without it gives the same output, proven on a tiny chart of our own.
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../core/evaluate';
import type { Values } from '../../core/types';
import { defaultsFromSchema, mergeValues } from '../../core/values';
import { openChart } from './open';
import { MAX_PROBES, provenSwitchedOff } from './switchedOffCheck';

const encoder = new TextEncoder();
const TINY: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n',
  'values.yaml': [
    'ingress:', '  enabled: false', '  host: web.example', '  annotations: {}',
    'metrics:', '  enabled: false', '  port: 9100',
    'extra:', '  enabled: false', '  token: ""',
    'replicas: 1', '',
  ].join('\n'),
  // Reads metrics.port whether metrics is on or not: a value there is used.
  'templates/service.yaml': [
    'apiVersion: v1', 'kind: Service', 'metadata:', '  name: {{ .Release.Name }}-tiny', '  annotations:',
    '    metrics-port: {{ .Values.metrics.port | quote }}', 'spec:', '  ports:', '    - port: 80', '',
  ].join('\n'),
  'templates/ingress.yaml': [
    '{{- if .Values.ingress.enabled }}', 'apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', '  name: {{ .Release.Name }}-tiny',
    '  annotations: {{- toYaml .Values.ingress.annotations | nindent 4 }}', 'spec:', '  rules:', '    - host: {{ .Values.ingress.host }}', '{{- end }}', '',
  ].join('\n'),
  // NOTES.txt reads extra.token even with extra off: the notes differ, so no hint.
  'templates/NOTES.txt': '{{- if .Values.extra.token }}A token is set.{{ end }}\n',
};

function openTiny() {
  const files = new Map(Object.entries(TINY).map(([name, text]) => [name, encoder.encode(text)]));
  return openChart({ kind: 'folder', files }, { kind: 'folder', label: 'tiny' });
}

const release = { name: 'web', namespace: 'default' };
const chart = openTiny();
const hints = (user: Values) => evaluate(chart, user, release).problems.filter((p) => p.id === 'switched-off');

describe('switched-off on a chart opened at run time', () => {
  it('hints values whose section the templates skip while the switch is off', () => {
    expect(hints({ ingress: { host: 'shop.example', annotations: { a: 'b' } } })).toEqual([
      expect.objectContaining({ severity: 'info', params: ['ingress.host', 'ingress.enabled'], message: 'ingress.host is set, but ingress.enabled is off, so the chart does not use it.' }),
      expect.objectContaining({ severity: 'info', params: ['ingress.annotations', 'ingress.enabled'] }),
    ]);
  });

  it('says nothing of a value the templates read although its switch is off (manifests or notes)', () => {
    expect(hints({ metrics: { port: 9200 } })).toEqual([]);
    expect(hints({ extra: { token: 's3cret' } })).toEqual([]);
    // One section proven, the other not: only the proven one is hinted.
    expect(hints({ metrics: { port: 9200 }, ingress: { host: 'shop.example' } }).map((p) => p.params[0])).toEqual(['ingress.host']);
  });

  it('says nothing once the switch is on, or when nothing under a switch that is off was changed', () => {
    expect(hints({ ingress: { enabled: true, host: 'shop.example' } })).toEqual([]);
    expect(hints({ replicas: 3 })).toEqual([]);
    // A value set to its default is no change.
    expect(hints({ ingress: { host: 'web.example' } })).toEqual([]);
  });

  it('takes hostile keys under a switch that is off as ordinary keys', () => {
    const user = JSON.parse('{"ingress":{"__proto__":{"polluted":true},"host":"shop.example"}}') as Values;
    const found = hints(user).map((p) => p.params[0]);
    expect(found).toContain('ingress.host');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers the same values from its cache', () => {
    const rule = chart.rules.find((r) => r.id === 'switched-off')!;
    const values = mergeValues(defaultsFromSchema(chart.schema), { ingress: { host: 'shop.example' } });
    const first = rule.check({ values, userValues: { ingress: { host: 'shop.example' } }, release });
    expect(first).toHaveLength(1);
    expect(rule.check({ values, userValues: { ingress: { host: 'shop.example' } }, release })).toBe(first);
    // Another release is another render.
    expect(rule.check({ values, userValues: {}, release: { ...release, name: 'other' } })).not.toBe(first);
  });
});

describe('provenSwitchedOff', () => {
  const same = { yaml: 'a: 1\n' };
  const values: Values = { a: { enabled: false, x: 2, y: 3 }, b: { enabled: false, z: 1 } };

  it('renders nothing again when no value sits under a switch that is off', () => {
    const renderWith = vi.fn(() => same);
    const current = vi.fn(() => same);
    expect(provenSwitchedOff({ c: 1 }, { ...values, c: 1 }, current, renderWith)).toEqual([]);
    expect(renderWith).not.toHaveBeenCalled();
    expect(current).not.toHaveBeenCalled();
  });

  it('renders once per switch, without every value of that section', () => {
    const seen: Values[] = [];
    const renderWith = (user: Values) => (seen.push(user), same);
    const proven = provenSwitchedOff({ a: { x: 2, y: 3 }, b: { z: 1 } }, values, () => same, renderWith);
    expect(proven.map((p) => p.path)).toEqual(['a.x', 'a.y', 'b.z']);
    expect(seen).toEqual([{ b: { z: 1 } }, { a: { x: 2, y: 3 } }]);
  });

  it('proves nothing when the current render failed, or the other render fails or differs', () => {
    expect(provenSwitchedOff({ a: { x: 2 } }, values, () => undefined, () => same)).toEqual([]);
    expect(provenSwitchedOff({ a: { x: 2 } }, values, () => same, () => undefined)).toEqual([]);
    expect(provenSwitchedOff({ a: { x: 2 } }, values, () => same, () => ({ yaml: 'a: 2\n' }))).toEqual([]);
    expect(provenSwitchedOff({ a: { x: 2 } }, values, () => ({ ...same, notes: 'x' }), () => same)).toEqual([]);
  });

  it(`probes at most ${MAX_PROBES} switches`, () => {
    const many: Values = {};
    const user: Values = {};
    for (let i = 0; i < MAX_PROBES + 3; i++) {
      many[`s${i}`] = { enabled: false, v: 1 };
      user[`s${i}`] = { v: 2 };
    }
    const renderWith = vi.fn(() => same);
    expect(provenSwitchedOff(user, many, () => same, renderWith)).toHaveLength(MAX_PROBES);
    expect(renderWith).toHaveBeenCalledTimes(MAX_PROBES);
  });
});
