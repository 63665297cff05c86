// Upgrade diff: which objects change between two renders, their text as a unified diff, and what
// `helm upgrade` from one to the other does (refusals, downtime, rollouts).
export { diffObjects, objectKey, type ObjectChange, type ObjectChangeKind } from './objects';
export { unifiedDiff } from './unifiedDiff';
export { diffLines, type LineHunk } from './lineDiff';
export { upgradeImpact, upgradeRefused } from './impact';
export type { UpgradeCheck, UpgradeInput } from './upgradeInput';
export { paramsFeeding, valueChanges, type ValueChange } from './valueChanges';
export { sizeChange } from './volumes';
export { GENERATED_ID } from './generated';
export { IMMUTABLE_ID } from './immutable';
export { RENAMED_ID, REMOVED_ID } from './replaced';
export { VOLUME_SIZE_ID } from './volumes';
export { NOT_ROLLED_ID, ROLLOUT_ID, SCALE_ID, SCALE_TO_ZERO_ID } from './workloads';
