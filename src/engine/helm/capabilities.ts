// `.Capabilities` as `helm template` (helm v4.1.4, no cluster) fills it: a made-up Kubernetes
// version derived from helm's client-go (v1.35.0), the API groups helm's scheme knows, optional
// `--kube-version` / `--api-versions`, and helm's own build information.
import { GoObject, type GoFunc, type GoStructLike, type GoValue, type StructField } from '../value';

/** What helm 4.1.4's `helm template` reports without `--kube-version`. */
export const DEFAULT_KUBE_VERSION = 'v1.35.0';

/** helm 4.1.4's default API version set, in its order (printed with real helm). */
export const DEFAULT_API_VERSIONS: readonly string[] = [
  'v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1',
  'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1',
  'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1',
  'autoscaling/v1', 'autoscaling/v2', 'autoscaling/v2beta1', 'autoscaling/v2beta2', 'batch/v1', 'batch/v1beta1',
  'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2',
  'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1',
  'events.k8s.io/v1beta1', 'extensions/v1beta1', 'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3', 'networking.k8s.io/v1',
  'networking.k8s.io/v1beta1', 'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', 'policy/v1', 'policy/v1beta1',
  'rbac.authorization.k8s.io/v1', 'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1', 'resource.k8s.io/v1',
  'resource.k8s.io/v1beta2', 'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3', 'scheduling.k8s.io/v1alpha1',
  'scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1',
  'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
];

/** helm 4.1.4's build information (`.Capabilities.HelmVersion`). */
const HELM_BUILD = {
  version: 'v4.1.4',
  gitCommit: '05fa37973dc9e42b76e1d2883494c87174b6074f',
  gitTreeState: 'clean',
  goVersion: 'go1.25.9',
  kubeClientVersion: 'v1.35',
};

/** Plain-data form of a non-struct GoObject, for toJson/toYaml (structs offer structFields instead; src/engine/go reads both). */
export interface Marshalable {
  jsonValue(): GoValue;
}

/** common.KubeVersion: Version keeps the input, String() the normalised form (suffixes dropped). */
export class KubeVersion extends GoObject implements GoStructLike {
  readonly goType = 'common.KubeVersion';
  constructor(
    readonly version: string,
    readonly normalized: string,
    readonly major: string,
    readonly minor: string,
  ) {
    super();
  }
  field(name: string): GoValue | undefined {
    switch (name) {
      case 'Version':
      case 'GitVersion':
        return this.version;
      case 'Major':
        return this.major;
      case 'Minor':
        return this.minor;
      case 'String':
        return this.normalized;
    }
    return undefined;
  }
  /** Templates print `{{ .Capabilities.KubeVersion }}` through its String method. */
  format(): string {
    return this.normalized;
  }
  structFields(): StructField[] {
    return [
      { name: 'Version', value: this.version },
      { name: 'Major', value: this.major },
      { name: 'Minor', value: this.minor },
    ];
  }
}

/** Thrown for a `--kube-version` helm refuses; message as helm words it after "invalid kube version 'X': ". */
export class KubeVersionError extends Error {}

/**
 * helm's ParseKubeVersion (k8s.io/apimachinery ParseGeneric): optional "v", at least two numeric
 * components, anything after them ignored for the normalised form.
 */
export function parseKubeVersion(input: string): KubeVersion {
  const m = /^[\t\n\v\f\r ]*v?([0-9]+(?:\.[0-9]+)*)(.*)$/s.exec(input);
  if (!m) throw new KubeVersionError(`could not parse "${input}" as version`);
  const components = m[1].split('.');
  if (components.length < 2) throw new KubeVersionError(`illegal version string "${input}"`);
  if (components[0].startsWith('0') && components[0] !== '0') {
    throw new KubeVersionError(`illegal zero-prefixed version component "${components[0]}" in "${input}"`);
  }
  const numbers = components.map((c) => {
    const n = BigInt(c);
    if (n > 18446744073709551615n) {
      throw new KubeVersionError(`illegal non-numeric version component "${c}" in "${input}": strconv.ParseUint: parsing "${c}": value out of range`);
    }
    return n.toString();
  });
  const version = input.startsWith('v') ? input : `v${input}`;
  return new KubeVersion(version, `v${numbers.join('.')}`, numbers[0], numbers[1]);
}

/** common.VersionSet: a list of "group/version" strings with Has. */
export class VersionSet extends GoObject implements Marshalable {
  readonly goType = 'common.VersionSet';
  constructor(readonly versions: readonly string[]) {
    super();
  }
  field(_name: string): GoValue | undefined {
    return undefined;
  }
  override method(name: string): GoFunc | undefined {
    if (name !== 'Has') return undefined;
    return (...args: GoValue[]) => {
      if (args.length !== 1) throw new Error(`wrong number of args for Has: want 1 got ${args.length}`);
      const v = args[0];
      return typeof v === 'string' && this.versions.includes(v);
    };
  }
  format(): string {
    return `[${this.versions.join(' ')}]`;
  }
  jsonValue(): GoValue {
    return [...this.versions];
  }
  /** range, index and len see the underlying []string (the template engine's list protocol). */
  goElements(): GoValue[] {
    return [...this.versions];
  }
}

/** version.BuildInfo. */
export class HelmBuildInfo extends GoObject implements GoStructLike {
  readonly goType = 'version.BuildInfo';
  field(name: string): GoValue | undefined {
    switch (name) {
      case 'Version':
        return HELM_BUILD.version;
      case 'GitCommit':
        return HELM_BUILD.gitCommit;
      case 'GitTreeState':
        return HELM_BUILD.gitTreeState;
      case 'GoVersion':
        return HELM_BUILD.goVersion;
      case 'KubeClientVersion':
        return HELM_BUILD.kubeClientVersion;
    }
    return undefined;
  }
  format(): string {
    const b = HELM_BUILD;
    return `{${b.version} ${b.gitCommit} ${b.gitTreeState} ${b.goVersion} ${b.kubeClientVersion}}`;
  }
  structFields(): StructField[] {
    const b = HELM_BUILD;
    return [
      { name: 'Version', json: 'version', value: b.version },
      { name: 'GitCommit', json: 'git_commit', value: b.gitCommit },
      { name: 'GitTreeState', json: 'git_tree_state', value: b.gitTreeState },
      { name: 'GoVersion', json: 'go_version', value: b.goVersion },
      { name: 'KubeClientVersion', json: 'kube_client_version', value: b.kubeClientVersion },
    ];
  }
}

/** *common.Capabilities. */
export class Capabilities extends GoObject implements GoStructLike {
  readonly goType = '*common.Capabilities';
  readonly helmVersion = new HelmBuildInfo();
  constructor(
    readonly kubeVersion: KubeVersion,
    readonly apiVersions: VersionSet,
  ) {
    super();
  }
  field(name: string): GoValue | undefined {
    switch (name) {
      case 'KubeVersion':
        return this.kubeVersion;
      case 'APIVersions':
        return this.apiVersions;
      case 'HelmVersion':
        return this.helmVersion;
    }
    return undefined;
  }
  format(): string {
    const k = this.kubeVersion;
    return `{{${k.version} ${k.normalized} ${k.major} ${k.minor}} ${this.apiVersions.format()} ${this.helmVersion.format()}}`;
  }
  structFields(): StructField[] {
    return [
      { name: 'KubeVersion', value: this.kubeVersion },
      { name: 'APIVersions', value: this.apiVersions },
      { name: 'HelmVersion', value: this.helmVersion },
    ];
  }
}

/** Capabilities for `helm template [--kube-version V] [--api-versions A]...`. */
export function makeCapabilities(kubeVersion?: string, extraApiVersions: readonly string[] = []): Capabilities {
  const kv = kubeVersion ? parseKubeVersion(kubeVersion) : parseKubeVersion(DEFAULT_KUBE_VERSION);
  return new Capabilities(kv, new VersionSet([...DEFAULT_API_VERSIONS, ...extraApiVersions]));
}
