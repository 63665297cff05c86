// `helm template` in TypeScript (helm v4.1.4): values prepared and checked against the schemas,
// every template rendered, the output split, sorted in install order and printed as helm prints it,
// NOTES.txt returned apart. Errors are HelmError with helm's wording (without the "Error: " prefix).
import { ChartError, isCompatibleRange, prepareChart, schemaErrorOf, validateValues, type PreparedChart } from '../chart';
import type { Chart } from '../chart/types';
import { mapSet, newMap, type GoMap } from '../value';
import { KubeVersionError, makeCapabilities } from './capabilities';
import { yamlDump, yamlReader } from './dataFuncs';
import { HelmError } from './errors';
import { isTestHook, ManifestParseError, sortManifests, templateOutput, type RenderedManifest } from './manifests';
import { releaseMap } from './objects';
import { renderTemplates } from './render';

export { HelmError } from './errors';
export type { RenderedManifest } from './manifests';
export { DEFAULT_KUBE_VERSION, DEFAULT_API_VERSIONS, parseKubeVersion } from './capabilities';
export { prepareEngine } from './prepare';

export interface RenderOptions {
  releaseName: string;
  namespace: string;
  /** `--kube-version` (default v1.35.0, as helm 4.1.4 reports). */
  kubeVersion?: string;
  /** `--api-versions`: added to helm's default set. */
  apiVersions?: string[];
  /** `--is-upgrade`. */
  isUpgrade?: boolean;
  /** `--include-crds`: print crds/ files first. */
  includeCrds?: boolean;
  /** `--skip-tests`: leave out test hooks. */
  skipTests?: boolean;
  /** `--skip-schema-validation`. */
  skipSchemaValidation?: boolean;
}

export interface RenderResult {
  /** Every printed document in output order: CRDs (when asked), manifests, hooks. */
  manifests: RenderedManifest[];
  /** The root chart's rendered NOTES.txt, when it has one. */
  notes?: string;
  /** Exactly `helm template`'s stdout. */
  text: string;
}

/** helm's CRDObjects: crds/ files of the chart, then of each dependency, named by full path. */
function crdManifests(chart: Chart): RenderedManifest[] {
  const out: RenderedManifest[] = chart.crds.map((f) => ({
    source: `${chart.fullPath}/${f.name}`,
    content: new TextDecoder('utf-8').decode(f.data),
    kind: 'CustomResourceDefinition',
    crd: true,
  }));
  for (const dep of chart.dependencies) out.push(...crdManifests(dep));
  return out;
}

// helm's ValidateReleaseName (chartutil): a DNS-1123 subdomain of at most 53 characters.
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const RELEASE_NAME_MAX = 53;

function checkReleaseName(name: string): void {
  if (name !== '' && RELEASE_NAME.test(name) && name.length <= RELEASE_NAME_MAX) return;
  throw new HelmError(
    `release name check failed: release name ${JSON.stringify(name)}: invalid release name, must match regex ${RELEASE_NAME.source} and the length must not be longer than ${RELEASE_NAME_MAX}`,
    'values',
  );
}

/** `helm template` of a loaded chart (src/engine/chart's loadChart) with the user's values. */
export function renderChart(loaded: Chart, userValues: GoMap, options: RenderOptions): RenderResult {
  return prepareRender(loaded, userValues).render(options);
}

/**
 * A chart and one set of user values, prepared once (helm's ProcessDependencies + CoalesceValues)
 * for both the values.schema.json check and the render: a live preview asks for both on every
 * keystroke.
 */
export interface PreparedRender {
  /**
   * validateValues' findings for the prepared values (one block per chart, as helm prints them);
   * throws what preparing the values threw. Remembered.
   */
  schemaFindings(): string[];
  /** renderChart with these values: the same checks in the same order, the same result and errors. */
  render(options: RenderOptions): RenderResult;
}

type Preparation = { ok: true; prepared: PreparedChart } | { ok: false; error: unknown };

function prepare(loaded: Chart, userValues: GoMap): Preparation {
  try {
    return { ok: true, prepared: prepareChart(loaded, userValues) };
  } catch (error) {
    return { ok: false, error };
  }
}

class PreparedValues implements PreparedRender {
  /** Values no template has seen yet: a render may change them (`set`, `unset`, `merge`), so it takes them. */
  private unrendered: Preparation | null;
  private findings: string[] | undefined;

  constructor(
    private readonly loaded: Chart,
    private readonly userValues: GoMap,
  ) {
    this.unrendered = prepare(loaded, userValues);
  }

  /** The prepared values, handed over to a render (a later call prepares them afresh). */
  private take(forRender: boolean): Preparation {
    const p = this.unrendered ?? prepare(this.loaded, this.userValues);
    this.unrendered = forRender ? null : p;
    return p;
  }

  schemaFindings(): string[] {
    if (this.findings) return this.findings;
    const p = this.take(false);
    if (!p.ok) throw p.error;
    this.findings = validateValues(this.loaded, p.prepared.values);
    return this.findings;
  }

  render(options: RenderOptions): RenderResult {
    let caps;
    try {
      caps = makeCapabilities(options.kubeVersion, options.apiVersions ?? []);
    } catch (e) {
      if (e instanceof KubeVersionError) throw new HelmError(`invalid kube version '${options.kubeVersion}': ${e.message}`, 'values');
      throw e;
    }
    checkReleaseName(options.releaseName);
    const p = this.take(true);
    if (!p.ok) {
      if (p.error instanceof ChartError) throw new HelmError(p.error.message, 'values');
      throw p.error;
    }
    if (!options.skipSchemaValidation) {
      const findings = this.findings ?? (this.findings = validateValues(this.loaded, p.prepared.values));
      const schemaProblem = schemaErrorOf(findings);
      if (schemaProblem !== null) throw new HelmError(schemaProblem, 'values');
    }
    return renderPrepared(this.loaded, p.prepared, caps, options);
  }
}

/** Prepares `userValues` for `loaded` once; see PreparedRender. */
export function prepareRender(loaded: Chart, userValues: GoMap): PreparedRender {
  return new PreparedValues(loaded, userValues);
}

function renderPrepared(loaded: Chart, prepared: PreparedChart, caps: ReturnType<typeof makeCapabilities>, options: RenderOptions): RenderResult {
  const { chart, values } = prepared;
  const required = chart.metadata.kubeVersion;
  if (required !== '' && !isCompatibleRange(required, caps.kubeVersion.format())) {
    throw new HelmError(`chart requires kubeVersion: ${required} which is incompatible with Kubernetes ${caps.kubeVersion.version}`, 'render');
  }

  const top = newMap();
  mapSet(top, 'Capabilities', caps);
  mapSet(top, 'Release', releaseMap({ name: options.releaseName, namespace: options.namespace, isUpgrade: options.isUpgrade }));
  mapSet(top, 'Values', values);
  const rendered = renderTemplates(chart, top, yamlDump, loaded);

  let notes: string | undefined;
  const rootNotes = `${chart.metadata.name}/templates/NOTES.txt`;
  for (const [name, text] of [...rendered]) {
    if (!name.endsWith('NOTES.txt')) continue;
    if (name === rootNotes) notes = text;
    rendered.delete(name);
  }

  let sorted;
  try {
    sorted = sortManifests(rendered, yamlReader);
  } catch (e) {
    if (e instanceof ManifestParseError) throw new HelmError(e.message, 'render');
    throw e;
  }
  const crds = options.includeCrds ? crdManifests(chart) : [];
  const hooks = options.skipTests ? sorted.hooks.filter((h) => !isTestHook(h)) : sorted.hooks;
  return {
    manifests: [...crds, ...sorted.manifests, ...hooks],
    notes,
    text: templateOutput(crds, sorted.manifests, hooks),
  };
}

