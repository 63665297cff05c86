// The rendered objects as files. A chart's objects are laid out as `helm template --output-dir`
// writes them (`<chart>/templates/<file>.yaml`, each object as `---`, `# Source:` and its YAML, in
// helm's install order); plain manifests keep their own file names and get a kustomization.yaml
// listing them in apply order, so `kubectl apply -k` takes the folder as it is.
import { sortForInstall } from '../render';
import type { RenderedObject } from '../types';
import { dumpYaml } from '../yaml';

function noteLines(note: string | undefined): string[] {
  return note ? note.split('\n').map((line) => `# NOTE: ${line}`.trimEnd()) : [];
}

/** Files keyed by their path under the output directory, as helm v4 writes them (measured). */
export function helmOutputDirFiles(chartName: string, objects: RenderedObject[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { template, object, note } of sortForInstall(objects)) {
    const path = `${chartName}/${template}`;
    const header = ['---', `# Source: ${path}`, ...noteLines(note)];
    files[path] = (files[path] ?? '') + `${header.join('\n')}\n${dumpYaml(object)}`;
  }
  return files;
}

/**
 * File paths in apply order: the given order first (files it names that were rendered), then any
 * other file in helm's install order, so a namespace or CRD still comes before what uses it.
 */
export function manifestApplyOrder(objects: RenderedObject[], preferred: readonly string[] = []): string[] {
  const rendered = new Set(objects.map((o) => o.template));
  const order = preferred.filter((path, i) => rendered.has(path) && preferred.indexOf(path) === i);
  for (const { template } of sortForInstall(objects)) if (!order.includes(template)) order.push(template);
  return order;
}

export const KUSTOMIZATION_FILE = 'kustomization.yaml';

/** Plain manifests: one file per template path, plus a kustomization.yaml listing them in order. */
export function plainManifestFiles(objects: RenderedObject[], preferredOrder: readonly string[] = []): { files: Record<string, string>; order: string[] } {
  const order = manifestApplyOrder(objects, preferredOrder);
  const files: Record<string, string> = {};
  for (const path of order) {
    files[path] = objects
      .filter((o) => o.template === path)
      .map(({ object, note }) => `${['---', ...noteLines(note)].join('\n')}\n${dumpYaml(object)}`)
      .join('');
  }
  files[KUSTOMIZATION_FILE] = dumpYaml({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: order });
  return { files, order };
}
