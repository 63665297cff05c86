// Every chart schema is a valid JSON Schema. The app's validator skips this check when it compiles
// a schema (it doubles the compile time, see core/schemaValidator.ts), so it is made here once.
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { unwrapDefault } from '../core/schemaValidator';
import { charts } from '.';

const Ajv = unwrapDefault(AjvModule);

describe('chart schemas', () => {
  for (const chart of charts) {
    it(`${chart.id}: valid against the JSON Schema meta-schema`, () => {
      const ajv = new Ajv({ strict: false });
      expect(ajv.validateSchema(chart.schema), ajv.errorsText(ajv.errors)).toBe(true);
    });
  }
});
