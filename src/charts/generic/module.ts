// A ChartModule built at run time around a chart the app has never seen (a dropped folder, a .tgz,
// a chart from a repository): the form comes from its values (formSchema.ts), the preview from the
// template engine, and the checks from its values.schema.json and its own `required`/`fail` calls,
// so the UI, the CLI and bundles take one path for every chart.
import { load as loadYaml } from 'js-yaml';
import type { ChartModule, Problem, Release, RenderedObject, KubeObject, Rule, Values } from '../../core/types';
import { registerValidator } from '../../core/schemaIssues';
import { SWITCHED_OFF_ID, SWITCHED_OFF_TITLE } from '../../core/switchedOff';
import { listFields } from '../../core/schemaWalk';
import { diffValues, defaultsFromSchema } from '../../core/values';
import type { Chart } from '../../engine/chart/types';
import { buildFormSchema } from './formSchema';
import { engineSession, type EngineSession } from './engineBridge';
import { packageChart, safeFileWord } from './packaging';
import { renderKubeVersion } from './renderKubeVersion';
import { provenSwitchedOff, switchedOffProblems } from './switchedOffCheck';
import { genericChartId, type GenericSource } from './source';


export interface GenericChartModule extends ChartModule {
  generic: { chart: Chart; source: GenericSource };
}

function text(bytes: Uint8Array | null | undefined): string | undefined {
  return bytes ? new TextDecoder().decode(bytes) : undefined;
}


/** helm's `# Source:` path minus the chart name: what RenderedObject.template holds. */
function templateOf(source: string): string {
  const slash = source.indexOf('/');
  return slash < 0 ? source : source.slice(slash + 1);
}

function toObjects(manifests: { source: string; content: string; hook?: boolean; object?: unknown }[]): RenderedObject[] {
  const out: RenderedObject[] = [];
  for (const m of manifests) {
    let parsed: unknown = m.object; // the engine's own reading (js-yaml's, a copy of its own), when it has one
    if (parsed === undefined) {
      try {
        parsed = loadYaml(m.content);
      } catch {
        continue; // the engine already refused output helm could not parse
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
    const object = parsed as KubeObject;
    if (typeof object.kind !== 'string') continue;
    object.metadata ??= {};
    out.push({ template: templateOf(m.source), object, hook: m.hook === true });
  }
  return out;
}

type RenderOutcome = { ok: true; yaml: string; objects: RenderedObject[]; notes?: string } | { ok: false; message: string };

/**
 * Parameters a template error names: `.Values.a.b` in the failing action, or a parameter path
 * written as a word of the message (`required "image.tag is required"`).
 */
export function paramsNamed(message: string, fieldPaths: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of message.matchAll(/\.Values\.([\w.-]+)/g)) if (fieldPaths.has(m[1])) found.add(m[1]);
  for (const word of message.split(/[\s:,;()"'`<>]+/)) {
    const candidate = word.replace(/^\.?(Values\.)?/, '').replace(/[.]+$/, '');
    if (candidate && fieldPaths.has(candidate)) found.add(candidate);
  }
  return [...found];
}

function templateProblem(message: string, fieldPaths: ReadonlySet<string>): Problem {
  const failed = /^execution error at \([^)]*\): /.test(message);
  return {
    id: 'template-error',
    severity: 'error',
    message,
    why: failed
      ? "The chart's templates refuse these values (a required value is missing or a check of the chart failed): helm install stops here."
      : 'The templates cannot render with these values: helm install and helm template stop with this error.',
    fix: 'Set the value the message names, or change the values it complains about.',
    params: paramsNamed(message, fieldPaths),
  };
}

/** `archive`: the .tgz the chart came in, carried by bundles as it is (else the folder is packaged). */
export function buildGenericModule(chart: Chart, source: GenericSource, archive?: Uint8Array): GenericChartModule {
  const meta = chart.metadata;
  const valuesText = text(chart.raw.find((f) => f.name === 'values.yaml')?.data) ?? '';
  const form = buildFormSchema(valuesText, chart.values as Values, text(chart.schema));
  // The form schema is a hint, never compiled (no run-time code generation under the page's CSP):
  // the values are checked by the chart's own values.schema.json through the engine (rules below).
  registerValidator(form.schema, { validate: () => [] });
  const defaults = defaultsFromSchema(form.schema);

  // The rules and the preview of one keystroke get the same values object from the pipeline: the
  // engine prepares it once (user overrides, dependencies, coalesced values) for the schema check
  // and the render, and renders it once per release.
  interface Keystroke {
    engine: EngineSession;
    render?: { release: Release; kubeVersion: string | undefined; outcome: RenderOutcome };
    switchedOff?: { release: Release; kubeVersion: string | undefined; problems: Problem[] };
  }
  const keystrokes = new WeakMap<object, Keystroke>();
  const keystroke = (values: Values): Keystroke => {
    let k = keystrokes.get(values);
    if (!k) keystrokes.set(values, (k = { engine: engineSession(chart, diffValues(defaults, values)) }));
    return k;
  };

  const schemaRule: Rule = {
    id: 'values-schema',
    title: "The chart's values.schema.json (as helm checks it)",
    check: ({ values }) => keystroke(values).engine.schemaProblems(),
  };
  const rules: Rule[] = chart.schema ? [schemaRule] : [];
  if (form.schemaError) {
    const broken: Problem = { id: 'values-schema', severity: 'error', message: form.schemaError, params: [] };
    rules.push({ id: 'values-schema-json', title: 'values.schema.json parses', check: () => [broken] });
  }

  const renderOnce = (values: Values, release: Release): RenderOutcome => {
    const k = keystroke(values);
    const hit = k.render;
    const kubeVersion = renderKubeVersion();
    if (hit && hit.release.name === release.name && hit.release.namespace === release.namespace && hit.kubeVersion === kubeVersion) return hit.outcome;
    let outcome: RenderOutcome;
    try {
      const result = k.engine.render(release, kubeVersion);
      outcome = { ok: true, yaml: result.text, objects: toObjects(result.manifests), notes: result.notes };
    } catch (e) {
      outcome = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    k.render = { release, kubeVersion, outcome };
    return outcome;
  };
  const fieldPaths = new Set(listFields(form.schema).map((f) => f.path));
  rules.push({
    id: 'template-error',
    title: 'The templates render (required, fail and other template errors, as helm reports them)',
    check: ({ values, release }) => {
      const outcome = renderOnce(values, release);
      return outcome.ok ? [] : [templateProblem(outcome.message, fieldPaths)];
    },
  });

  // A value under `enabled: false` is hinted only once a second render proves it unused.
  rules.push({
    id: SWITCHED_OFF_ID,
    title: `${SWITCHED_OFF_TITLE} (proven unused by rendering without them)`,
    check: ({ values, release }) => {
      const k = keystroke(values);
      const kubeVersion = renderKubeVersion();
      const hit = k.switchedOff;
      if (hit && hit.release.name === release.name && hit.release.namespace === release.namespace && hit.kubeVersion === kubeVersion) return hit.problems;
      const renderWith = (user: Values) => {
        try {
          // Only the text is compared: no objects read from it.
          const other = engineSession(chart, user).render(release, kubeVersion);
          return { yaml: other.text, notes: other.notes };
        } catch {
          return undefined;
        }
      };
      const user = diffValues(defaults, values);
      const problems = switchedOffProblems(provenSwitchedOff(user, values, () => {
        const outcome = renderOnce(values, release);
        return outcome.ok ? { yaml: outcome.yaml, notes: outcome.notes } : undefined;
      }, renderWith));
      k.switchedOff = { release, kubeVersion, problems };
      return problems;
    },
  });

  const renderText = (values: Values, release: Release) => {
    const outcome = renderOnce(values, release);
    if (!outcome.ok) throw new Error(outcome.message);
    return { yaml: outcome.yaml, objects: outcome.objects, notes: outcome.notes };
  };

  return {
    id: genericChartId(meta.name),
    name: meta.name,
    chartName: meta.name,
    version: meta.version,
    appVersion: meta.appVersion,
    description: meta.description,
    repository: source.kind === 'repo' ? { name: meta.name, url: source.repoUrl } : undefined,
    docs: { url: meta.home || (meta.sources[0] ?? ''), title: `${meta.name} ${meta.version}` },
    schema: form.schema,
    schemaIsHint: true,
    groups: form.groups,
    rules,
    presets: [],
    render: (values, release) => renderText(values, release).objects,
    renderText,
    packagedChart:
      source.kind === 'repo'
        ? undefined
        : () => ({ path: `charts/${safeFileWord(`${meta.name}-${meta.version}`)}.tgz`, bytes: archive ?? packageChart(chart) }),
    origin: { name: meta.name, version: meta.version, ...(source.kind === 'repo' ? { repoUrl: source.repoUrl } : {}) },
    generic: { chart, source },
  };
}
