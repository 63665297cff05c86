// The loaded chart, shaped after helm v4's chart.Chart (pkg/chart/v2) so that the render loop can walk
// it as helm's engine does. Facts from helm 4.1.4's loader:
// - `templates` holds every file under templates/ (NOTES.txt and `_` partials included). Helm parses
//   all of them; files whose base name starts with `_` are partials (parsed, never rendered to
//   output). Of a library chart helm keeps only the `_` files (its other templates are not even parsed).
// - `files` is what `.Files` sees: every file that is not Chart.yaml, Chart.lock, values.yaml,
//   values.schema.json, templates/..., charts/... (except charts/*.prov), and not ignored by
//   .helmignore (folder charts only). crds/ files are in `files` too; `crds` lists them apart.
//   For apiVersion v1 charts, requirements.yaml and requirements.lock stay in `files` as helm keeps them.
// - A template's name in errors, `# Source:` and `.Template.Name` is `fullPath + "/" + file.name`,
//   e.g. "mychart/templates/x.yaml", "mychart/charts/sub/templates/y.yaml" (templateFullName below).
import type { GoMap, GoValue } from '../value';

/** Files of a chart folder: path inside the chart ("templates/x.yaml") -> bytes. */
export type ChartFiles = Map<string, Uint8Array>;

/** One file of a chart; `name` is its path relative to the chart folder, with `/` separators. */
export interface ChartFile {
  readonly name: string;
  readonly data: Uint8Array;
}

/** Chart.yaml `maintainers[]` (Go: *chart.Maintainer). */
export interface ChartMaintainer {
  name: string;
  email: string;
  url: string;
}

/** Chart.yaml `dependencies[]` (Go: *chart.Dependency). */
export interface ChartDependency {
  /** The dependency's chart name; after prepareChart, helm replaces it by the alias when one is set. */
  name: string;
  version: string;
  repository: string;
  condition: string;
  tags: string[];
  enabled: boolean;
  /** Each item a string (a key under the child's `exports`) or a {child, parent} map. */
  importValues: GoValue[];
  alias: string;
}

/** Chart.yaml (Go: chart.Metadata); every field helm's `.Chart` exposes, Go zero values when absent. */
export interface ChartMetadata {
  name: string;
  home: string;
  sources: string[];
  version: string;
  description: string;
  keywords: string[];
  maintainers: ChartMaintainer[];
  icon: string;
  /** "v1" when Chart.yaml omits it, as helm assumes. */
  apiVersion: string;
  condition: string;
  tags: string;
  appVersion: string;
  deprecated: boolean;
  /** Prototype-free string map (Go map[string]string); null when Chart.yaml has none (Go nil map). */
  annotations: { [key: string]: string } | null;
  kubeVersion: string;
  dependencies: ChartDependency[];
  /** "", "application" or "library". */
  type: string;
}

export interface Chart {
  metadata: ChartMetadata;
  /** helm's ChartFullPath: "mychart" for the root, "<parent fullPath>/charts/<name or alias>" below. */
  fullPath: string;
  /** Every file under templates/, in load order; see the header for partials and NOTES.txt. */
  templates: ChartFile[];
  /** values.yaml as helm reads it (numbers are float64 = JS number); empty map when absent. */
  values: GoMap;
  /** values.schema.json bytes, or null when the chart has none. */
  schema: Uint8Array | null;
  /** What `.Files` sees (see the header). */
  files: ChartFile[];
  /** crds/*.yaml|yml|json of this chart only (helm's CRDObjects adds the dependencies' own). */
  crds: ChartFile[];
  /** Loaded subcharts; after prepareChart only the enabled ones, aliases applied. */
  dependencies: Chart[];
  /** null for the root chart. */
  parent: Chart | null;
  /** Every file as loaded (after .helmignore), e.g. the raw values.yaml text with its comments. */
  raw: ChartFile[];
}

/** Name of a template as helm gives it: "mychart/templates/x.yaml". */
export function templateFullName(chart: Chart, file: ChartFile): string {
  return `${chart.fullPath}/${file.name}`;
}

/** Library charts only lend their templates as partials (helm compares the type case-insensitively). */
export function isLibraryChart(chart: Chart): boolean {
  return chart.metadata.type.toLowerCase() === 'library';
}

/** A template whose base name starts with `_` is a partial: parsed, never rendered to output. */
export function isPartial(file: ChartFile): boolean {
  const base = file.name.slice(file.name.lastIndexOf('/') + 1);
  return base.startsWith('_');
}

/** An error while loading or preparing a chart, worded as helm words it (without "Error: "). */
export class ChartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartError';
  }
}
