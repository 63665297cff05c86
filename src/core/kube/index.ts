// Rendered objects checked as the Kubernetes API server would (see README "Kubernetes checks").
export { checkObjects, KUBE_CHECKS, type KubeCheckContext } from './checkObjects';
export { loadAllKubeSchemas, loadKubeSchemas } from './openapi';
export { DEFAULT_KUBE_VERSION, KUBE_VERSIONS, normalizeKubeVersion, schemaSetFor, type KubeVersion } from './versions';
