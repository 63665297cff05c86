// After hostile input: is Object.prototype (and Array.prototype) exactly as before, and does a
// freshly compiled ajv validator still report errors? Used by the hostile-input tests and the fuzz
// script. Pollution of a prototype breaks ajv at once ("vs.forEach is not a function") or, with
// `allErrors=false`, silently weakens every check.
import Type from 'typebox';
import { createAjvValidator } from '../schemaValidator';

const PROTOTYPES: [string, object][] = [['Object', Object.prototype], ['Array', Array.prototype], ['Function', Function.prototype]];

function describePrototypes(): string {
  return PROTOTYPES.map(([name, proto]) => `${name}:${Reflect.ownKeys(proto).map(String).sort().join(',')}`).join('|');
}

const baseline = describePrototypes();

const probeSchema = Type.Object({ count: Type.Integer(), name: Type.String() }, { additionalProperties: false });

/** The cheap part, for every fuzz case: prototypes hold the keys they held at start. */
export function prototypesChanged(): string | undefined {
  const now = describePrototypes();
  if (now !== baseline) return `a prototype changed: ${now} (was ${baseline})`;
  const probe = {} as Record<string, unknown>;
  for (const key of ['x', 'allErrors', 'polluted', 'image', 'tag', 'evil']) {
    if (probe[key] !== undefined) return `{} inherits "${key}"`;
  }
  return undefined;
}

/** Undefined when all is well; otherwise what was found. Also compiles and runs a fresh ajv. */
export function pollutionReport(): string | undefined {
  const changed = prototypesChanged();
  if (changed) return changed;
  try {
    const issues = createAjvValidator(probeSchema).validate({ count: 'x', extra: 1 });
    if (issues.length !== 3) return `ajv reports ${issues.length} issues instead of 3 (missing name, count type, extra key)`;
  } catch (e) {
    return `ajv throws: ${e instanceof Error ? e.message : String(e)}`;
  }
  return undefined;
}
