// "What runs now" from pasted text: values files, `helm get values` output, share links, and
// the clear messages for anything else.
import { describe, expect, it } from 'vitest';
import { findChart } from '../../charts';
import { encodeShareLink } from '../../core/share';
import { readBaselineInput } from './baselineInput';

const centrifugo = findChart('centrifugo')!;

describe('readBaselineInput', () => {
  it('reads a plain values file', () => {
    expect(readBaselineInput(centrifugo, 'replicaCount: 2\nservice:\n  type: NodePort\n')).toMatchObject({ ok: true, from: 'values', values: { replicaCount: 2, service: { type: 'NodePort' } } });
  });

  it('reads `helm get values` output with its heading, and `--all` output', () => {
    expect(readBaselineInput(centrifugo, 'USER-SUPPLIED VALUES:\nreplicaCount: 4\n')).toMatchObject({ ok: true, values: { replicaCount: 4 } });
    expect(readBaselineInput(centrifugo, 'COMPUTED VALUES:\r\nreplicaCount: 5\r\n')).toMatchObject({ ok: true, values: { replicaCount: 5 } });
  });

  it('takes a release installed without values as the chart defaults', () => {
    for (const text of ['USER-SUPPLIED VALUES:\nnull\n', 'null\n', 'USER-SUPPLIED VALUES:\n']) {
      const read = readBaselineInput(centrifugo, text);
      expect(read, text).toMatchObject({ ok: true, values: {} });
      expect(read.ok && read.note, text).toMatch(/defaults/);
    }
  });

  it('keeps values that break the schema (that is what runs) with a note', () => {
    const read = readBaselineInput(centrifugo, 'replicaCount: many\n');
    expect(read).toMatchObject({ ok: true, values: { replicaCount: 'many' } });
    expect(read.ok && read.note).toMatch(/do not fit/);
  });

  it('reads a share link of this chart, whole or as a fragment, with its release', () => {
    const { fragment } = encodeShareLink(
      { chart: 'centrifugo', values: { replicaCount: 3 }, release: { name: 'chat', namespace: 'apps' } },
      { includeSecrets: false, schema: centrifugo.schema },
    );
    for (const text of [`https://example.org/configurator/${fragment}`, `  ${fragment}\n`]) {
      expect(readBaselineInput(centrifugo, text), text).toMatchObject({ ok: true, from: 'link', values: { replicaCount: 3 }, release: { name: 'chat', namespace: 'apps' } });
    }
  });

  it('refuses a link of another chart or a damaged link, saying why', () => {
    const { fragment } = encodeShareLink({ chart: 'kraken', values: {} }, { includeSecrets: false, schema: centrifugo.schema });
    expect(readBaselineInput(centrifugo, fragment)).toMatchObject({ ok: false, error: expect.stringMatching(/"kraken", not Centrifugo/) });
    expect(readBaselineInput(centrifugo, '#/centrifugo?s=1.%%%')).toMatchObject({ ok: false, error: expect.stringMatching(/damaged|unpacked|valid/) });
  });

  it('answers empty, broken, non-map and oversized text with a message', () => {
    expect(readBaselineInput(centrifugo, '  \n')).toMatchObject({ ok: false, error: expect.stringMatching(/helm get values/) });
    expect(readBaselineInput(centrifugo, 'a: [1, 2\n')).toMatchObject({ ok: false, error: expect.stringMatching(/line/) });
    expect(readBaselineInput(centrifugo, '- 1\n- 2\n')).toMatchObject({ ok: false });
    expect(readBaselineInput(centrifugo, `a: "${'x'.repeat(1_100_000)}"\n`)).toMatchObject({ ok: false, error: expect.stringMatching(/at most/) });
  });

  it('reads values for a chart opened at run time without compiling a schema check', () => {
    // schemaIsHint: the engine checks the chart's values.schema.json; no ajv (the page's CSP forbids it).
    const opened = { ...centrifugo, schemaIsHint: true, schema: { type: 'object', properties: { replicaCount: { type: 'integer' } } } } as typeof centrifugo;
    expect(readBaselineInput(opened, 'USER-SUPPLIED VALUES:\nreplicaCount: many\n')).toEqual({ ok: true, from: 'values', values: { replicaCount: 'many' } });
    expect(readBaselineInput(opened, 'a: [1\n')).toMatchObject({ ok: false, error: expect.stringMatching(/^YAML syntax error at line/) });
    expect(readBaselineInput(opened, '- 1\n')).toMatchObject({ ok: false, error: expect.stringMatching(/map of keys/) });
  });

  it('keeps __proto__ as an ordinary key', () => {
    const read = readBaselineInput(centrifugo, '__proto__:\n  polluted: true\n');
    expect(read.ok && Object.hasOwn(read.values, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
