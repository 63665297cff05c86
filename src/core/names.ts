// Kubernetes object names the way helm charts build them. One helper caps a name at 63 characters
// (the DNS label limit) and drops one trailing '-', as `trunc 63 | trimSuffix "-"` does.

export const NAME_LIMIT = 63;

/** `trunc 63 | trimSuffix "-"`: trimSuffix removes a single '-', not a run of them. */
export function truncateName(s: string): string {
  const cut = s.length > NAME_LIMIT ? s.slice(0, NAME_LIMIT) : s;
  return cut.endsWith('-') ? cut.slice(0, -1) : cut;
}

/** The chart's short name: nameOverride when set, else the chart name. */
export function helmName(chartName: string, nameOverride?: string): string {
  return truncateName(nameOverride || chartName);
}

/**
 * The common `<chart>.fullname` helper: fullnameOverride wins; otherwise `<release>-<name>`,
 * or the release name alone when it already contains the name.
 */
export function helmFullname(release: string, chartName: string, nameOverride?: string, fullnameOverride?: string): string {
  if (fullnameOverride) return truncateName(fullnameOverride);
  const name = nameOverride || chartName;
  return truncateName(release.includes(name) ? release : `${release}-${name}`);
}

/** The `helm.sh/chart` label value: `<chart>-<version>`, '+' replaced since labels forbid it. */
export function chartLabel(chartName: string, version: string): string {
  return truncateName(`${chartName}-${version}`.replaceAll('+', '_'));
}
