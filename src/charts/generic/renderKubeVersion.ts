// The Kubernetes version charts opened at run time render for (`.Capabilities.KubeVersion`, as
// `helm template --kube-version`): unset, helm's own default; a chart page sets the version the
// person chose, so templates that pick an API version or a field by it follow the choice. A file of
// its own so the page can set it without loading the engine; curated charts never read it.
let current: string | undefined;

/** `1.33` (or `v1.33.0`); undefined: helm template's default. */
export function setRenderKubeVersion(version: string | undefined): void {
  current = version;
}

/** What renders use now, in the form a cluster reports it (`v1.33.0`). */
export function renderKubeVersion(): string | undefined {
  if (current === undefined) return undefined;
  return /^v?\d+\.\d+$/.test(current) ? `v${current.replace(/^v/, '')}.0` : current;
}
