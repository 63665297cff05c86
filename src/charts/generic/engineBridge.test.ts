import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../core/evaluate';
import { DEFAULT_RELEASE } from '../../core/types';
import * as dependencies from '../../engine/chart/dependencies';
import { openChart } from './open';

// A keystroke asks the engine for the schema findings and the render of the same values: the
// values are prepared (dependencies, coalescing) once for both.
vi.mock('../../engine/chart/dependencies', async (original) => {
  const real = await original<typeof dependencies>();
  return { ...real, prepareChart: vi.fn(real.prepareChart) };
});
const prepareChart = vi.mocked(dependencies.prepareChart);

const CHART_DIR = join(import.meta.dirname, '../../../e2e/charts/greeter');

function folderFiles(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, name);
    if (statSync(path).isFile()) files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

describe('the generic module and the engine', () => {
  it('prepares the values once per keystroke for the schema rule and the preview', () => {
    const chart = openChart({ kind: 'folder', files: folderFiles(CHART_DIR) }, { kind: 'folder', label: 'greeter' });
    prepareChart.mockClear();
    const result = evaluate(chart, { service: { port: 0 } }, DEFAULT_RELEASE);
    expect(result.problems.filter((p) => p.id === 'values-schema').map((p) => p.message)).toEqual(["greeter: at '/service/port': minimum: got 0, want 1"]);
    expect(result.yaml).toContain('containerPort: 0');
    expect(prepareChart).toHaveBeenCalledTimes(1);
  });
});
