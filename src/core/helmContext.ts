// What the `_helpers.tpl` of a `helm create`-style chart gives every template: the name and
// fullname helpers with their overrides, the standard label sets (also as the text the labels
// helper prints, which checksums taken over a template's text include), object metadata and the
// service account name. Charts that follow that layout build their render context from here.
import type { ServiceAccount } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { goString, plainString, truthy, withYaml } from './goTemplate';
import { chartLabel, helmFullname, helmName } from './names';
import { toKubeObject } from './kubeObject';
import type { Release, RenderedObject, Values } from './types';
import { getAt } from './values';

/** `.Chart.Name`, `.Chart.Version` and `.Chart.AppVersion` of the modelled chart. */
export interface ChartIdentity {
  name: string;
  version: string;
  appVersion: string;
}

export type Labels = Record<string, string>;

/** Everything the templates of such a chart share. */
export interface HelmContext {
  values: Values;
  at(path: string): unknown;
  release: Release;
  /** `include "<chart>.name"`. */
  name: string;
  /** `include "<chart>.fullname"`. */
  fullname: string;
  /** Where the objects go: the release namespace unless the chart reads an override. */
  namespace: string;
  /** `include "<chart>.labels"` as data. */
  labels: Labels;
  /** `include "<chart>.selectorLabels"` as data. */
  selectorLabels: Labels;
  /** `include "<chart>.labels"` as the text it prints, one label a line, unindented. */
  labelsText: string;
}

export interface HelmContextOptions {
  /** The namespace the chart's templates print, when it is not the release namespace. */
  namespace?: string;
  /** Labels the chart's labels helper prints after `app.kubernetes.io/managed-by`, in order. */
  extraLabels?: Labels;
}

/** A string value as `default X .Values.key` reads it: set and non-empty, else undefined. */
function overrideAt(values: Values, key: string): string | undefined {
  const v = getAt(values, key);
  return truthy(v) ? goString(v) : undefined;
}

export function helmContext(chart: ChartIdentity, values: Values, release: Release, options: HelmContextOptions = {}): HelmContext {
  const nameOverride = overrideAt(values, 'nameOverride');
  const name = helmName(chart.name, nameOverride);
  const fullname = helmFullname(release.name, chart.name, nameOverride, overrideAt(values, 'fullnameOverride'));
  const chartText = chartLabel(chart.name, chart.version);
  const extra = options.extraLabels ?? {};
  // The labels helper prints names unquoted (so YAML may read them as numbers) and quotes the version.
  const selectorLabels: Labels = { 'app.kubernetes.io/name': plainString(name), 'app.kubernetes.io/instance': plainString(release.name) };
  const labels: Labels = {
    'helm.sh/chart': plainString(chartText),
    ...selectorLabels,
    'app.kubernetes.io/version': chart.appVersion,
    'app.kubernetes.io/managed-by': 'Helm',
    ...extra,
  };
  const labelsText = [
    `helm.sh/chart: ${chartText}`,
    `app.kubernetes.io/name: ${name}`,
    `app.kubernetes.io/instance: ${release.name}`,
    `app.kubernetes.io/version: "${chart.appVersion}"`,
    'app.kubernetes.io/managed-by: Helm',
    ...Object.entries(extra).map(([key, value]) => `${key}: ${value}`),
  ].join('\n');
  return {
    values,
    at: (path: string) => getAt(values, path),
    release,
    name,
    fullname,
    namespace: options.namespace ?? release.namespace,
    labels,
    selectorLabels,
    labelsText,
  };
}

/** `metadata:` with the printed name, the namespace and the standard labels, then `extra`. */
export function helmMetadata(ctx: HelmContext, name: string, extra: Partial<ObjectMeta> = {}): ObjectMeta {
  return { name: plainString(name), namespace: plainString(ctx.namespace), labels: { ...ctx.labels }, ...extra };
}

/** `include "<chart>.serviceAccountName"`: the set name, else the fullname when created, else `default`. */
export function serviceAccountName(ctx: HelmContext): string {
  const name = ctx.at('serviceAccount.name');
  if (truthy(ctx.at('serviceAccount.create'))) return truthy(name) ? goString(name) : ctx.fullname;
  return truthy(name) ? goString(name) : 'default';
}

/** `templates/serviceaccount.yaml` of such a chart: the account's name, the labels and its annotations. */
export function helmServiceAccount(ctx: HelmContext): RenderedObject {
  const account: ServiceAccount = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: helmMetadata(ctx, serviceAccountName(ctx), withYaml('annotations', ctx.at('serviceAccount.annotations'))),
  };
  return templateObject('serviceaccount.yaml', account);
}

/** One object of `templates/<file>`, with hook flag or note when given. */
export function templateObject(file: string, object: { apiVersion?: string; kind?: string }, extra: Partial<RenderedObject> = {}): RenderedObject {
  return { template: `templates/${file}`, object: toKubeObject(object), ...extra };
}
