// The Kubernetes versions we check against (each with its bundled OpenAPI schema set) and the API
// versions each one no longer serves.

/** Newest first; the first is the default. */
export const KUBE_VERSIONS = ['1.36', '1.33'] as const;
export type KubeVersion = (typeof KUBE_VERSIONS)[number];
export const DEFAULT_KUBE_VERSION: KubeVersion = KUBE_VERSIONS[0];

function parts(v: string): [number, number] {
  const m = /^v?(\d+)\.(\d+)/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

export function atLeast(version: string, than: string): boolean {
  const [a, b] = parts(version);
  const [c, d] = parts(than);
  return a > c || (a === c && b >= d);
}

/** `1.33`, `v1.33.2`, `1.33.0` -> `1.33` (helm's `--kube-version` takes the same forms); undefined when not a version. */
export function normalizeKubeVersion(text: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)(\.\d+)?([-+][0-9A-Za-z.+-]*)?$/.exec(text.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

/**
 * The schema set to check a version against: the newest we carry that is not newer than it (the
 * oldest for anything older). Rules that depend on the version (removed APIs) use the version itself.
 */
export function schemaSetFor(version: string): KubeVersion {
  return KUBE_VERSIONS.find((v) => atLeast(version, v)) ?? KUBE_VERSIONS[KUBE_VERSIONS.length - 1];
}

/** API versions removed from Kubernetes (the deprecation guide), by group/version and kind. */
const REMOVED: { apiVersion: string; kinds?: readonly string[]; removedIn: string; use: string }[] = [
  { apiVersion: 'extensions/v1beta1', removedIn: '1.16', use: 'apps/v1 or networking.k8s.io/v1' },
  { apiVersion: 'apps/v1beta1', removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', removedIn: '1.16', use: 'apps/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], removedIn: '1.22', use: 'networking.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', removedIn: '1.22', use: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', removedIn: '1.22', use: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], removedIn: '1.22', use: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', removedIn: '1.22', use: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], removedIn: '1.22', use: 'storage.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], removedIn: '1.22', use: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], removedIn: '1.22', use: 'coordination.k8s.io/v1' },
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: '1.25', use: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], removedIn: '1.25', use: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: '1.25', use: 'events.k8s.io/v1' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget', 'PodSecurityPolicy'], removedIn: '1.25', use: 'policy/v1 (PodSecurityPolicy has no successor: Pod Security Admission)' },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', use: 'node.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.25', use: 'autoscaling/v2' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], removedIn: '1.26', use: 'autoscaling/v2' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', removedIn: '1.26', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', removedIn: '1.29', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', removedIn: '1.32', use: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27', use: 'storage.k8s.io/v1' },
];

/** Why `apiVersion`/`kind` cannot be created on `version`, or undefined when it can (or is unknown to us). */
export function removedApi(apiVersion: string, kind: string, version: string): { removedIn: string; use: string } | undefined {
  for (const r of REMOVED) {
    if (r.apiVersion === apiVersion && (!r.kinds || r.kinds.includes(kind)) && atLeast(version, r.removedIn)) return r;
  }
  return undefined;
}
