import { beforeAll, describe, expect, it } from 'vitest';
import { loadChart } from '../chart';
import type { Chart } from '../chart/types';
import { mapSet, newMap } from '../value';
import { prepareEngine, renderChart } from './index';

// Keys and certificates are remembered per call site across renders of one loaded chart (a live
// preview re-renders for every keystroke); within one render every call still makes its own.

const utf8 = new TextEncoder();
const opts = { releaseName: 'rel', namespace: 'ns' };

const TEMPLATE = `{{- $ca := genCA "ca" 365 }}
{{- $cert := genSignedCert .Values.host nil (list .Values.host) 365 $ca }}
ca: {{ $ca.Cert | sha256sum }}
cert: {{ $cert.Cert | sha256sum }}
other: {{ (genCA "ca" 365).Cert | sha256sum }}
loop: {{ range until 2 }}{{ (genCA "ca" 365).Cert | sha256sum }} {{ end }}
helper: {{ include "h" . }} {{ include "h" . }}
tpl: {{ tpl "{{ (genCA \\"ca\\" 365).Cert | sha256sum }}" . }}
label: {{ .Values.label }}
`;

function chart(): Chart {
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: gen\nversion: 1.0.0\n',
    'values.yaml': 'host: a.example\nlabel: x\n',
    'templates/_h.tpl': '{{ define "h" }}{{ (genCA "ca" 365).Cert | sha256sum }}{{ end }}',
    'templates/t.yaml': TEMPLATE,
  };
  return loadChart(new Map(Object.entries(files).map(([k, v]) => [k, utf8.encode(v)])));
}

function fields(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(\w+): (.*)$/gm)) out[m[1]] = m[2].trim();
  return out;
}

function render(c: Chart, values: Record<string, string> = {}): Record<string, string> {
  const user = newMap();
  for (const [k, v] of Object.entries(values)) mapSet(user, k, v);
  return fields(renderChart(c, user, opts).text);
}

beforeAll(async () => {
  await prepareEngine(chart()); // fills the RSA key pools, as the browser does
});

describe('generated keys and certificates across renders', () => {
  it('gives every call of one render its own certificate', () => {
    const r = render(chart());
    const hashes = [r.ca, r.cert, r.other, ...r.loop.split(' '), ...r.helper.split(' '), r.tpl];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('reuses them when the same chart renders again with other values', () => {
    const c = chart();
    const first = render(c);
    const second = render(c, { label: 'y' });
    expect(second.label).toBe('y');
    expect({ ...second, label: 'x' }).toEqual(first);
  });

  it('makes new ones where the arguments changed, and for another loaded chart', () => {
    const c = chart();
    const first = render(c);
    const changed = render(c, { host: 'b.example' });
    expect(changed.cert).not.toBe(first.cert);
    expect(changed.ca).toBe(first.ca);
    expect(changed.loop).toBe(first.loop);
    expect(render(chart()).ca).not.toBe(first.ca);
  });
});
