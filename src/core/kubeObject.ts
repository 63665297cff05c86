// Renderers build objects with kubernetes-types, where apiVersion, kind and metadata are optional;
// the core's KubeObject has them. This checks an object instead of casting it (no copy).
import type { KubeObject } from './types';

interface TypedObject {
  apiVersion?: string;
  kind?: string;
  metadata?: object;
}

function isKubeObject(object: TypedObject): object is KubeObject {
  return typeof object.apiVersion === 'string' && typeof object.kind === 'string' && typeof object.metadata === 'object' && object.metadata !== null;
}

/** The object itself as a KubeObject; one without apiVersion, kind or metadata is a renderer bug. */
export function toKubeObject(object: TypedObject): KubeObject {
  if (isKubeObject(object)) return object;
  throw new Error(`A rendered ${object.kind ?? 'object'} has no apiVersion, kind or metadata.`);
}
