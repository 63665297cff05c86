// A chart folder's files as helm 4.1.4's folder loader takes them (pkg/chart/loader's LoadDir):
// .helmignore and helm's default rule `templates/.?*` applied, names cleaned, files in
// filepath.Walk order, the per-file size cap applied. A packaged .tgz skips this (./tar.ts).
import type { ChartFile, ChartFiles } from './types';
import { ChartError } from './types';
import { IgnoreRules } from './ignore';
import { MAX_FILE_SIZE } from './limits';

const decoder = new TextDecoder('utf-8');

function trimBom(d: Uint8Array): Uint8Array {
  return d.length >= 3 && d[0] === 0xef && d[1] === 0xbb && d[2] === 0xbf ? d.subarray(3) : d;
}

/** Go's filepath.Walk order: names compared segment by segment (so "a/b" comes before "a.txt"). */
function walkOrder(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
}

/** A folder's files after .helmignore and helm's default rule, in walk order. */
export function folderFiles(files: ChartFiles): ChartFile[] {
  const ignoreFile = files.get('.helmignore');
  const rules = ignoreFile ? IgnoreRules.parse(decoder.decode(trimBom(ignoreFile))) : new IgnoreRules();
  rules.addDefaults();
  const out: ChartFile[] = [];
  const ignoredDirs = new Set<string>();
  const names = [...files.keys()].map((n) => [n, normalise(n)] as const).sort((x, y) => walkOrder(x[1], y[1]));
  for (const [original, name] of names) {
    if (name === '') continue;
    const segs = name.split('/');
    if (segs.some((s) => s === '..')) throw new ChartError(`chart illegally references parent directory`);
    let skipped = false;
    for (let i = 1; i < segs.length && !skipped; i++) {
      const dir = segs.slice(0, i).join('/');
      if (ignoredDirs.has(dir)) skipped = true;
      else if (rules.ignores(dir, true)) {
        ignoredDirs.add(dir);
        skipped = true;
      }
    }
    if (skipped || rules.ignores(name, false)) continue;
    const data = files.get(original) as Uint8Array;
    if (data.length > MAX_FILE_SIZE) {
      throw new ChartError(`chart file ${JSON.stringify(segs[segs.length - 1])} is larger than the maximum file size ${MAX_FILE_SIZE}`);
    }
    out.push({ name, data: trimBom(data) });
  }
  return out;
}
