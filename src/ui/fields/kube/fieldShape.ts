// Which form fields get a structured Kubernetes editor, worked out once per field: the field's
// shape (core/kubeShapes), the editor spec and the YAML placeholder showing the expected shape.
import { kubeExampleYaml, kubeShapeOf, type KubeShape } from '../../../core/kubeShapes';
import type { FieldInfo } from '../../../core/schemaWalk';
import { isMap } from '../../../core/values';
import { NOT_APPLICABLE } from '../testers';
import { shapeSpec, type ShapeSpec } from './specs';

export interface KubeFieldInfo {
  shape: KubeShape;
  spec: ShapeSpec;
  /** What the empty YAML box shows: an example of the shape as this chart writes it. */
  placeholder: string;
}

const cache = new WeakMap<FieldInfo, KubeFieldInfo | null>();

/** Kinds a structured editor may take over; objects with named children keep their sub-fields. */
const TAKEN_KINDS: ReadonlySet<FieldInfo['kind']> = new Set(['yaml', 'keyValue']);

export function kubeFieldInfo(field: FieldInfo): KubeFieldInfo | undefined {
  const cached = cache.get(field);
  if (cached !== undefined) return cached ?? undefined;
  const shape = TAKEN_KINDS.has(field.kind) ? kubeShapeOf(field.segs, field.schema, field.defaultValue) : undefined;
  let info: KubeFieldInfo | null = null;
  if (shape) {
    const spec = shapeSpec(shape, field.schema, field.defaultValue);
    const lead = spec.container === 'list' ? 'A YAML list, e.g.' : 'A YAML map, e.g.';
    info = { shape, spec, placeholder: `${lead}\n${kubeExampleYaml(shape, field.schema, field.defaultValue)}` };
  }
  cache.set(field, info);
  return info ?? undefined;
}

/** Ranked above the YAML and key-value inputs for the fields whose shape is known. */
export function kubeTester(field: FieldInfo): number {
  return kubeFieldInfo(field) ? 3 : NOT_APPLICABLE;
}

/** Whether the value can be shown in the structured editor (else the YAML box opens first). */
export function fitsEditor(spec: ShapeSpec, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (spec.container === 'list') return Array.isArray(value) && value.every(isMap);
  if (spec.container === 'stringMap') return isMap(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  return isMap(value);
}
