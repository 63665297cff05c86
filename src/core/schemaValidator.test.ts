import { describe, it, expect } from 'vitest';
import Type from 'typebox';
import { cachedValidator, createAjvValidator } from './schemaValidator';

const schema = Type.Object(
  {
    replicaCount: Type.Integer(),
    port: Type.Optional(Type.Union([Type.Integer(), Type.String()])),
    serviceType: Type.Optional(Type.Union([Type.Literal('ClusterIP'), Type.Literal('NodePort')])),
    image: Type.Optional(Type.Object({ tag: Type.String() }, { additionalProperties: false })),
    annotations: Type.Optional(Type.Record(Type.String(), Type.String())),
    hosts: Type.Optional(Type.Array(Type.Object({ host: Type.String() }, { additionalProperties: false }))),
    email: Type.Optional(Type.String({ format: 'email' })),
    limits: Type.Optional(Type.Union([Type.Object({ cpu: Type.String() }), Type.Null()])),
    level: Type.Optional(Type.String({ enum: ['debug', 'info'] })),
  },
  { additionalProperties: false },
);
const validator = createAjvValidator(schema);

describe('createAjvValidator', () => {
  it('accepts valid values', () => {
    expect(validator.validate({ replicaCount: 1, port: 'http', annotations: { a: 'b' }, limits: null })).toEqual([]);
  });

  it('reports type errors at the value path', () => {
    expect(validator.validate({ replicaCount: 'two' })).toEqual([
      { path: 'replicaCount', kind: 'type', message: 'expected integer, got string' },
    ]);
  });

  it('turns an anyOf failure into one readable issue', () => {
    expect(validator.validate({ replicaCount: 1, port: true })).toEqual([
      { path: 'port', kind: 'type', message: 'expected integer or string, got boolean' },
    ]);
  });

  it('reads unions of literals as enums', () => {
    const issues = validator.validate({ replicaCount: 1, serviceType: 'Ingress' });
    expect(issues).toEqual([{ path: 'serviceType', kind: 'enum', message: 'must be one of "ClusterIP", "NodePort"; got "Ingress"' }]);
  });

  it('reports enum keyword failures', () => {
    expect(validator.validate({ replicaCount: 1, level: 'trace' })[0]).toMatchObject({ path: 'level', kind: 'enum' });
  });

  it('names the unknown key itself, at any depth and inside lists', () => {
    const issues = validator.validate({ replicaCount: 1, replicas: 2, image: { tag: 'x', tga: 'y' }, hosts: [{ host: 'a', path: '/' }] });
    expect(issues.filter((i) => i.kind === 'unknown-key').map((i) => i.path).sort()).toEqual(['hosts[0].path', 'image.tga', 'replicas']);
  });

  it('escapes dots of unknown keys in the path', () => {
    expect(validator.validate({ replicaCount: 1, 'a.b': 1 })[0].path).toBe('a\\.b');
  });

  it('reports missing required properties at their own path', () => {
    expect(validator.validate({ image: { tag: 'x' } })).toEqual([
      { path: 'replicaCount', kind: 'required', message: '"replicaCount" must be set' },
    ]);
  });

  it('checks formats', () => {
    expect(validator.validate({ replicaCount: 1, email: 'not-an-email' })[0]).toMatchObject({ path: 'email', kind: 'format' });
  });

  it('explains errors inside the matching branch of a nullable object', () => {
    expect(validator.validate({ replicaCount: 1, limits: { cpu: 1 } })).toEqual([
      { path: 'limits.cpu', kind: 'type', message: 'expected string, got integer' },
    ]);
  });

  it('reports free-form map values of the wrong type', () => {
    expect(validator.validate({ replicaCount: 1, annotations: { a: 1 } })[0]).toMatchObject({ path: 'annotations.a', kind: 'type' });
  });
});

describe('cachedValidator', () => {
  it('compiles a schema once', () => {
    expect(cachedValidator(schema)).toBe(cachedValidator(schema));
  });
});

describe('nullable unions', () => {
  it('mentions null among the accepted types', () => {
    const v = createAjvValidator(Type.Object({ limits: Type.Union([Type.Object({}), Type.Null()]) }));
    expect(v.validate({ limits: 'x' })).toEqual([{ path: 'limits', kind: 'type', message: 'expected object or null, got string' }]);
  });
});
