// The Compare tab's derived data: the baseline rendered through the page's pipeline, and where
// each object that differs sits in the texts the diff editor shows.
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { openGreeter } from '../../charts/generic/greeter.testing';
import { diffObjects } from '../../core/diff';
import { cachedValidator } from '../../core/schemaValidator';
import { DEFAULTS_BASELINE, type Baseline } from '../baseline/baselines';
import { changeLocations, changeSummary, countChanges, evaluateBaseline, outlineChanges } from './compareModel';

const centrifugo = findChart('centrifugo')!;
const validator = cachedValidator(centrifugo.schema);
const release = { name: 'chat', namespace: 'apps' };
const snapshot = (values: Baseline['values'], rel?: Baseline['release']): Baseline => ({ id: 's', kind: 'snapshot', label: 'S', at: 1, values, ...(rel ? { release: rel } : {}) });

function compare(before: Baseline, after: Baseline) {
  const a = evaluateBaseline(centrifugo, before, release, validator);
  const b = evaluateBaseline(centrifugo, after, release, validator);
  const changes = diffObjects(a.objects, b.objects);
  return { a, b, changes, listed: outlineChanges(changes), locations: changeLocations(outlineChanges(changes), a.yaml, b.yaml) };
}

function lines(text: string, from: number, to: number): string {
  return text.split('\n').slice(from - 1, to).join('\n');
}

describe('compare model', () => {
  it('renders a baseline with the page release unless it carries its own', () => {
    expect(evaluateBaseline(centrifugo, DEFAULTS_BASELINE, release, validator).yaml).toContain('name: chat-centrifugo');
    expect(evaluateBaseline(centrifugo, snapshot({}, { name: 'old', namespace: 'apps' }), release, validator).yaml).toContain('name: old-centrifugo');
  });

  it('finds a changed object in the current text, over the lines of that document', () => {
    const { b, listed, locations } = compare(DEFAULTS_BASELINE, snapshot({ replicaCount: 3 }));
    expect(listed.map((c) => [c.kind, c.apiKind])).toEqual([['changed', 'Deployment']]);
    const at = locations.get(listed[0].key)!;
    expect(at.side).toBe('modified');
    const doc = lines(b.yaml, at.startLine, at.endLine);
    expect(doc).toMatch(/^---/);
    expect(doc).toContain('kind: Deployment');
    expect(doc).toContain('replicas: 3');
    expect(doc.match(/^kind:/gm)).toHaveLength(1);
  });

  it('puts removed objects in the baseline text, first in the outline, after a rename', () => {
    const { a, b, listed, locations, changes } = compare(DEFAULTS_BASELINE, snapshot({ fullnameOverride: 'talk' }));
    const counts = countChanges(changes);
    expect(counts.removed).toBeGreaterThan(0);
    expect(counts.added).toBe(counts.removed);
    expect(listed[0].kind).toBe('removed');
    for (const change of listed) {
      const at = locations.get(change.key)!;
      const text = change.kind === 'removed' ? a.yaml : b.yaml;
      expect(at.side).toBe(change.kind === 'removed' ? 'original' : 'modified');
      expect(lines(text, at.startLine, at.endLine)).toContain(`name: ${change.name}`);
    }
    expect(changeSummary(counts)).toBe(`${counts.added} added, ${counts.removed} removed`);
  });

  it('reports a baseline that cannot be rendered instead of throwing', () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 150; i++) cursor = (cursor.a = {}) as Record<string, unknown>;
    const evaluation = evaluateBaseline(centrifugo, snapshot(deep), release, validator);
    expect(evaluation.renderError).toMatch(/deeper/);
    expect(evaluation.objects).toEqual([]);
  });

  it('says when nothing differs', () => {
    const { changes, listed } = compare(DEFAULTS_BASELINE, DEFAULTS_BASELINE);
    expect(listed).toEqual([]);
    expect(changeSummary(countChanges(changes))).toBe('No object differs');
  });
});

describe('compare model, chart opened at run time', () => {
  const greeter = openGreeter();
  const none = { validate: () => [] };

  it('compares the engine\'s exact text and finds the changed object in it', () => {
    const a = evaluateBaseline(greeter, DEFAULTS_BASELINE, release, none);
    const b = evaluateBaseline(greeter, snapshot({ service: { port: 9090 } }), release, none);
    const listed = outlineChanges(diffObjects(a.objects, b.objects));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((c) => c.kind === 'changed')).toBe(true);
    expect(listed.map((c) => c.apiKind)).toContain('Service');
    const service = listed.find((c) => c.apiKind === 'Service')!;
    const at = changeLocations(listed, a.yaml, b.yaml).get(service.key)!;
    expect(lines(b.yaml, at.startLine, at.endLine)).toMatch(/kind: Service[\s\S]*9090/);
  });
});

describe('compare model, the Kubernetes version picked', () => {
  // A toleration operator Kubernetes 1.35 added (Gt): unknown to 1.33 (an error), gated in 1.36 (a warning).
  const gt = snapshot({ tolerations: [{ key: 'a', operator: 'Gt', value: '5', effect: 'NoSchedule' }] });
  const toleration = (kubeVersion?: string) => evaluateBaseline(centrifugo, gt, release, validator, kubeVersion).problems.find((p) => p.id === 'kube-toleration');

  it('checks the baseline against the version given, the newest by default', () => {
    expect(toleration('1.33')?.severity).toBe('error');
    expect(toleration('1.33')?.message).toMatch(/before Kubernetes 1\.35/);
    expect(toleration('1.36')?.severity).toBe('warning');
    expect(toleration()?.severity).toBe('warning');
  });
});
