// The generic module's only door into the template engine: values and release in, helm's text,
// manifests, notes and schema findings out, worded as helm words them.
import type { Problem, Release, Values } from '../../core/types';
import type { Chart } from '../../engine/chart/types';
import { prepareRender, type PreparedRender } from '../../engine/helm';
import type { GoMap } from '../../engine/value';

export interface EngineRender {
  text: string;
  /** `object`: the document already read by the engine (a copy of its own), when it could read it fast. */
  manifests: { source: string; content: string; hook: boolean; object?: unknown }[];
  notes?: string;
}

/**
 * One set of user values, prepared once (dependencies and coalesced values) for both what a
 * keystroke asks of the engine.
 */
export interface EngineSession {
  /**
   * The chart's (and its subcharts') values.schema.json findings, one problem per finding, worded
   * as helm prints them. Throws when the values cannot be prepared.
   */
  schemaProblems(): Problem[];
  /**
   * helm template's text, manifests and notes for these values (throws HelmError as helm fails);
   * `kubeVersion` as `--kube-version` (undefined: helm's default).
   */
  render(release: Release, kubeVersion?: string): EngineRender;
}

export function engineSession(chart: Chart, userValues: Values): EngineSession {
  const prepared = prepareRender(chart, userValues as GoMap);
  return {
    schemaProblems: () => schemaProblemsOf(chart, prepared),
    render: (release, kubeVersion) => renderPrepared(prepared, release, kubeVersion),
  };
}

function renderPrepared(prepared: PreparedRender, release: Release, kubeVersion: string | undefined): EngineRender {
  // Schema findings are problems of their own (schemaProblems): the preview still shows what the
  // templates make of the values, where helm would stop.
  const result = prepared.render({ releaseName: release.name, namespace: release.namespace, kubeVersion, skipSchemaValidation: true });
  const manifests = result.manifests.map((m) => ({ source: m.source, content: m.content, hook: (m.hook?.length ?? 0) > 0, object: m.object }));
  return { text: result.text, manifests, notes: result.notes };
}

/** `at '/image/tag'` in a schema finding -> `image.tag` (under `prefix` for a subchart), for the jump. */
export function paramOfFinding(finding: string, prefix: string): string[] {
  const pointer = /at '(\/[^']*)'/.exec(finding);
  if (!pointer) return prefix ? [prefix] : [];
  const segs = pointer[1].split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = prefix;
  for (const seg of segs) path = /^\d+$/.test(seg) ? `${path}[${seg}]` : path ? `${path}.${seg.replace(/\./g, '\\.')}` : seg.replace(/\./g, '\\.');
  return path ? [path] : [];
}

/** One problem per finding: helm reports a block per chart ("name:" then "- at '/x': ..." lines). */
function schemaProblemsOf(chart: Chart, prepared: PreparedRender): Problem[] {
  const problems: Problem[] = [];
  for (const block of prepared.schemaFindings()) {
    const [head, ...lines] = block.split('\n').filter((l) => l.trim() !== '');
    const chartName = head.replace(/:$/, '');
    const prefix = chartName === chart.metadata.name ? '' : chartName;
    const findings = lines.length > 0 ? lines.map((l) => l.replace(/^- /, '')) : [head];
    for (const finding of findings) {
      problems.push({
        id: 'values-schema',
        severity: 'error',
        message: `${chartName}: ${finding}`,
        why: "The chart's values.schema.json refuses these values: helm install and helm template stop here.",
        fix: 'Change the value to what the schema asks for.',
        params: paramOfFinding(finding, prefix),
      });
    }
  }
  return problems;
}
