// Loads every public chart of ../shared/corpus (when it sits beside the repo) and checks what helm
// 4.1.4 reads from each; passes silently when the folder is absent (CI clones may lack it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newMap } from '../value';
import type { ChartFiles } from './types';
import { loadChart } from './load';
import { prepareChart, schemaError } from './index';

const CORPUS = join(__dirname, '../../../../shared/corpus');

function readFolder(root: string): ChartFiles {
  const files: ChartFiles = new Map();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), new Uint8Array(readFileSync(path)));
    }
  };
  walk(root);
  return files;
}

// folder -> [name, version, subcharts, template files] as in each chart's Chart.yaml and folders.
const EXPECTED: Record<string, [string, string, string[], number]> = {
  'bitnami-nginx': ['nginx', '22.1.1', ['common'], 18],
  'bitnami-redis': ['redis', '23.1.1', ['common'], 36],
  'external-dns': ['external-dns', '1.21.1', [], 9],
  'ingress-nginx': ['ingress-nginx', '4.15.1', [], 45],
  'kube-state-metrics': ['kube-state-metrics', '8.4.0', [], 19],
  'metrics-server': ['metrics-server', '3.13.1', [], 20],
  'prometheus-node-exporter': ['prometheus-node-exporter', '4.56.1', [], 14],
  vault: ['vault', '0.34.1', [], 47],
};

describe('the public corpus', () => {
  it('loads every chart as helm does, and only external-dns fails its own schema', () => {
    if (!existsSync(CORPUS)) return;
    for (const [folder, [name, version, deps, templates]] of Object.entries(EXPECTED)) {
      const chart = loadChart(readFolder(join(CORPUS, folder)));
      expect(chart.metadata.name, folder).toBe(name);
      expect(chart.metadata.version, folder).toBe(version);
      expect(chart.dependencies.map((d) => d.metadata.name), folder).toEqual(deps);
      expect(chart.templates.length, folder).toBe(templates);
      const prepared = prepareChart(chart, newMap());
      const error = schemaError(prepared.chart, prepared.values);
      if (folder === 'external-dns') {
        expect(error).toBe(
          "values don't meet the specifications of the schema(s) in the following chart(s):\nexternal-dns:\n- at '/policy': got null, want string\n",
        );
      } else {
        expect(error, folder).toBeNull();
      }
    }
  });
});
