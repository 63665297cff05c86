// Shared contracts of the chart-agnostic core. Every chart module and every consumer (UI, CLI,
// tests) speaks these types; nothing here knows a particular chart.
import type { TSchema } from 'typebox';
import type { ConsumerSpec, ProviderSpec } from './bundle/wiringTypes';
import type { UpgradeCheck } from './diff/upgradeInput';
import type { FrozenLinkDictionaries } from './shareDictionary';

/** A values tree as helm sees it: plain JSON-like data. */
export type Values = Record<string, unknown>;

/** Helm's release object, as far as templates read it. */
export interface Release {
  name: string;
  namespace: string;
}

export const DEFAULT_RELEASE: Release = { name: 'release-name', namespace: 'default' };

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about a configuration. `params` are dotted value paths (list items as `a[0].b`) the
 * UI jumps to and highlights; `doc` names the chart documentation section the finding comes from.
 */
export interface Problem {
  /** Stable id of the rule (or `schema` / `unknown-key` for schema findings). */
  id: string;
  severity: Severity;
  /** One line: what is wrong. */
  message: string;
  /** Why it fails or hurts. */
  why?: string;
  /** How to fix it. */
  fix?: string;
  params: string[];
  /** Documentation section, e.g. "Scaling" (the README heading). */
  doc?: string;
}

/** What a rule sees: the merged values (defaults + user), the user's own overrides, the release. */
export interface RuleContext<V = Values> {
  values: V;
  /** Only what the user set (the minimal diff); lets rules tell "explicitly set" from "default". */
  userValues: Values;
  release: Release;
}

/** A cross-field check. Pure: returns the problems it finds, empty when all is well. */
export interface Rule<V = Values> {
  id: string;
  /** One line for documentation of the rule set. */
  title: string;
  check(ctx: RuleContext<V>): Problem[];
}

/** A Kubernetes object as rendered; typed per kind by the chart module (kubernetes-types). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** One rendered object and the template file helm would name in its `# Source:` header. */
export interface RenderedObject {
  /** Path inside the chart, e.g. `templates/deployment.yaml`. */
  template: string;
  object: KubeObject;
  /** Set when the object is a helm hook (helm prints hooks after the other manifests). */
  hook?: boolean;
  /** Remark shown above the object in the preview (e.g. "password generated at install"). */
  note?: string;
}

/**
 * Stands in for a value helm makes up at random on every render (e.g. a `randAlphaNum` password):
 * a chart renders this instead and says why in the object's `note`; fixture tools put it where two
 * helm renders of the same input differ.
 */
export const GENERATED_PLACEHOLDER = '<generated at install>';

/** A named starting point taken from the chart's documentation. */
export interface Preset {
  id: string;
  title: string;
  description: string;
  /** Documentation section the preset comes from. */
  doc: string;
  /** Overrides applied on top of the chart defaults (helm merge semantics). */
  values: Values;
}

/** A form section, in the order of the chart README. Schema nodes name it with `x-group`. */
export interface Group {
  id: string;
  title: string;
  description?: string;
}

/**
 * A chart module: one folder under src/charts, the only place that knows the chart. The shape is
 * the same for every chart so a reader who knows one knows all.
 */
export interface ChartModule<V = Values> {
  id: string;
  /** Display name. */
  name: string;
  /** Chart name as helm knows it (`.Chart.Name`). */
  chartName: string;
  version: string;
  appVersion: string;
  description: string;
  /** Where the chart comes from, for `helm repo add` and install commands; absent for plain manifests. */
  repository?: { name: string; url: string };
  /** Where its documentation lives, shown in the UI and cited by problems. */
  docs: { url: string; title: string };
  /** JSON Schema of the values (TypeBox-built): defaults, types, descriptions, x-group, writeOnly. */
  schema: TSchema;
  groups: Group[];
  rules: Rule<V>[];
  render(values: V, release: Release): RenderedObject[];
  /**
   * Charts rendered by the template engine (opened at run time) give helm's exact text beside the
   * objects: comments, quoting and key order as `helm template` prints them, and NOTES.txt apart.
   */
  renderText?(values: V, release: Release): { yaml: string; objects: RenderedObject[]; notes?: string };
  /**
   * The schema only drives the form (inferred from values.yaml, or the chart's values.schema.json
   * merged into it): the pipeline does not validate against it; the chart's rules check as helm does.
   */
  schemaIsHint?: boolean;
  /**
   * A chart published nowhere (opened from a folder or a .tgz): the packaged chart, which bundles
   * carry at `path` (relative to the bundle, e.g. `charts/name-1.0.0.tgz`) and install from.
   */
  packagedChart?(): { path: string; bytes: Uint8Array };
  /** A chart opened at run time: what share links name, so whoever opens one knows which chart to open. */
  origin?: ChartOrigin;
  presets: Preset[];
  /**
   * Facts about installing the chart that no value changes and the preview cannot show (CRDs that
   * `helm template` leaves out, subcharts summarised, generated passwords); shown beside the preview.
   */
  notices?: Notice[];
  /**
   * Plain manifests only (a module without a chart): template paths in the order the documentation
   * applies them with kubectl. Bundles list the files in this order; without it, helm's install order.
   */
  applyOrder?: readonly string[];
  /** Services its releases offer to other releases of a stack (e.g. a Redis endpoint). */
  provides?: readonly ProviderSpec[];
  /** Parameters that name another release's service, which a stack can bind to a provider. */
  consumes?: readonly ConsumerSpec[];
  /** The chart's own upgrade impacts (core/diff), beside the generic ones. */
  upgradeChecks?: UpgradeCheck[];
  /** Charts the app ships: their earlier share-link dictionaries, loaded only for a link that needs one. */
  linkDictionaries?: () => Promise<FrozenLinkDictionaries>;
}

/**
 * A chart's identity and what the chart picker shows: written once in the chart folder's `meta.ts`
 * and spread into its module, so the picker can list charts without loading their modules.
 */
export type ChartMeta = Pick<ChartModule, 'id' | 'name' | 'chartName' | 'version' | 'appVersion' | 'description' | 'repository' | 'docs'>;

/** The chart a link's values are for, when the app does not ship it (a repository URL when it has one). */
export interface ChartOrigin {
  name: string;
  version: string;
  repoUrl?: string;
}

export interface Notice {
  title: string;
  text: string;
  /** Documentation section it comes from. */
  doc?: string;
}

/** Extensions we use inside JSON Schema nodes (besides default, description, writeOnly, enum). */
export interface SchemaHints {
  /** Form section id (see ChartModule.groups); inherited by children. */
  'x-group'?: string;
  /** Field kind override for the form: `yaml` = inline YAML editor for free-form blocks. */
  'x-widget'?: 'yaml' | 'text' | 'textarea' | 'number' | 'switch' | 'select' | 'stringList' | 'keyValue';
  /** Short human label; defaults to the last path segment. */
  title?: string;
  /** Documentation section this parameter belongs to. */
  'x-doc'?: string;
  /** On an open object: its keys not named in `properties` are edited together in one YAML editor. */
  'x-extras'?: 'yaml';
  /** Marks a parameter no template of this chart version reads. */
  'x-no-effect'?: string;
}
