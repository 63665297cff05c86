// Test helper: our own small test chart (e2e/charts/greeter, also used by the e2e tests) read from
// disk and opened as a chart dropped on the page would be.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { openChart } from './open';

export const GREETER_DIR = join(import.meta.dirname, '../../../e2e/charts/greeter');

/** Every file below `root`, by its path relative to it. */
export function folderFiles(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** A fresh module each call (nothing cached between tests). */
export const openGreeter = () => openChart({ kind: 'folder', files: folderFiles(GREETER_DIR) }, { kind: 'folder', label: 'greeter' });
