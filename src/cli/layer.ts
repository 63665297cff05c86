// -f files are layered by the core's one layering rule (core/values layerValues), which also
// layers the documents of one values file and a helmfile's values entries: later wins, maps merge,
// lists and scalars replace, nulls are kept. Keys are own properties, so `__proto__` stays a key.
export { layerValues } from '../core/values';
