// The precompiled validators the built page uses (no `new Function` under its Content-Security-
// Policy) report exactly what ajv compiled at run time reports, for every chart.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { charts } from '../charts';
import type { CompiledCheck } from './schemaIssues';
import { validatorFromCheck } from './schemaIssues';
import { createAjvValidator } from './schemaValidator';
import { listFields } from './schemaWalk';
import { standaloneValidatorModule } from './standaloneValidator';
import type { Values } from './types';
import { setAt } from './values';

// Inside the project, so the module's imports of ajv's helpers resolve from node_modules.
const dir = join(process.cwd(), 'node_modules', '.cache', `standalone-validators-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A value of another type than the field's, to make the validator report something. */
function wrongValue(kind: string): unknown {
  return kind === 'number' || kind === 'integer' ? 'not-a-number' : kind === 'boolean' ? 'yes' : kind === 'string' || kind === 'text' ? { not: 'text' } : 42;
}

describe.each(charts.map((c) => [c.id, c] as const))('precompiled validator of %s', (id, chart) => {
  it('gives the same issues as the run-time one', async () => {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${id}.mjs`);
    writeFileSync(file, standaloneValidatorModule(chart.schema));
    const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: CompiledCheck };
    const precompiled = validatorFromCheck(module.default);
    const runtime = createAjvValidator(chart.schema);
    const samples: Values[] = [{}, { unknownKey: 1 }, ...chart.presets.map((p) => p.values)];
    for (const field of listFields(chart.schema).filter((f) => f.kind !== 'object').slice(0, 300)) {
      samples.push(setAt({}, field.path, wrongValue(field.kind)));
    }
    let reported = 0;
    for (const values of samples) {
      const expected = runtime.validate(values);
      reported += expected.length;
      expect(precompiled.validate(values), JSON.stringify(values)).toEqual(expected);
    }
    expect(reported).toBeGreaterThan(samples.length / 2);
  });
});
