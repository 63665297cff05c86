// Every keyword, draft, metaschema check and compile error against what helm 4.1.4 printed for the
// same chart (see helmCases.fixture.ts).
import { describe, expect, it } from 'vitest';
import { newMap } from '../../value';
import { chartFiles } from '../testkit';
import { loadChart, prepareValues, schemaError } from '../index';
import { HELM_CASES } from './helmCases.fixture';

function ours(schema: string, values: string): string {
  const chart = loadChart(
    chartFiles({ 'Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n', 'values.yaml': values, 'values.schema.json': schema }),
  );
  const err = schemaError(chart, prepareValues(chart, newMap()));
  return err === null ? '' : `Error: ${err}`;
}

const lines = (s: string): string[] => s.trimEnd().split('\n');

describe('values.schema.json findings, as helm prints them', () => {
  for (const c of HELM_CASES) {
    it(c.name, () => {
      const got = ours(c.schema, c.values);
      if (c.exact) expect(got.trimEnd()).toBe(c.helm.trimEnd());
      else expect(lines(got).sort()).toEqual(lines(c.helm).sort());
    });
  }
});
