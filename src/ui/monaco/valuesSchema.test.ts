import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { centrifugo } from '../../charts/centrifugo';
import { createAjvValidator } from '../../core/schemaValidator';
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
    expect(out.properties?.required).toMatchObject({ type: ['object', 'null'], properties: { on: { type: ['boolean', 'null'] } } });
    expect((out.properties?.policy as { default: unknown }).default).toEqual({ required: ['a'] });
  });

  it('returns a copy: the chart schema is not changed', () => {
    const before = JSON.stringify(fakeSchema);
    schemaForValuesFile(fakeSchema);
    expect(JSON.stringify(fakeSchema)).toBe(before);
  });
});

describe('null in a values file', () => {
  // What monaco-yaml checks the editor text against, compiled by our own ajv validator.
  const validator = createAjvValidator(schemaForValuesFile(centrifugo.schema) as never);

  it('accepts null for any key, as helm deletes the key', () => {
    const values = {
      replicaCount: null,
      image: null,
      config: { engine: { type: null, redis: { address: null } }, admin: { password: null } },
      service: { port: null, annotations: null },
      resources: null,
    };
    expect(validator.validate(values)).toEqual([]);
  });

  it('still reports wrong types and values outside an enum', () => {
    const issues = validator.validate({ replicaCount: 'three', config: { engine: { type: 'postgres' } } });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['replicaCount', 'config.engine.type']));
  });

  it('leaves list items alone: null inside a list is no deletion', () => {
    const schema = Type.Object({ hosts: Type.Array(Type.String(), { default: [] }) });
    const out = schemaForValuesFile(schema) as { properties: { hosts: { type: unknown; items: { type: unknown } } } };
    expect(out.properties.hosts.type).toEqual(['array', 'null']);
    expect(out.properties.hosts.items.type).toBe('string');
  });
});
