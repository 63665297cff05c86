import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { fakeSchema } from '../../core/testing/fakeChart';
import { schemaForValuesFile } from './valuesSchema';

describe('schemaForValuesFile', () => {
  it('drops required lists at every level so a partial values file is valid', () => {
    expect(fakeSchema.required?.length).toBeGreaterThan(0);
    const out = schemaForValuesFile(fakeSchema);
    expect(JSON.stringify(out)).not.toContain('"required":[');
    const image = out.properties?.image as { properties?: Record<string, unknown>; additionalProperties?: unknown };
    expect(Object.keys(image.properties ?? {})).toEqual(['repository', 'tag']);
    expect(image.additionalProperties).toBe(false);
  });

  it('keeps a parameter named "required" and data that merely looks like the keyword', () => {
    const schema = Type.Object({
      required: Type.Object({ on: Type.Boolean({ default: true }) }),
      policy: Type.Object({}, { default: { required: ['a'] }, additionalProperties: true }),
    });
    const out = schemaForValuesFile(schema);
    expect(out.required).toBeUndefined();
    expect(out.properties?.required).toMatchObject({ type: 'object', properties: { on: { type: 'boolean' } } });
    expect((out.properties?.policy as { default: unknown }).default).toEqual({ required: ['a'] });
  });

  it('returns a copy: the chart schema is not changed', () => {
    const before = JSON.stringify(fakeSchema);
    schemaForValuesFile(fakeSchema);
    expect(JSON.stringify(fakeSchema)).toBe(before);
  });
});
