// The chart-agnostic core: one import for the UI, the CLI and the charts.
export * from './types';
export * from './paths';
export * from './names';
export * from './releaseName';
export * from './sha256';
export {
  defaultsFromSchema, mergeValues, getAt, setAt, deleteAt, diffValues, orderLike, deepEqual, isMap,
} from './values';
export * from './setParser';
export * from './yaml';
export * from './render';
export * from './schemaValidator';
export * from './schemaWalk';
export * from './validate';
export * from './rules';
export * from './valueReaders';
export * from './evaluate';
export { evaluateWith, recheckWith, validateWith } from './pipeline';
export * from './kube';
export * from './share';
export * from './valuesFile';
export * from './importValues';
