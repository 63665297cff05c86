// The readers of a chart's files, loaded on demand: the .tgz reader (./tar.ts, with fflate's
// inflate) for archives and packed subcharts, the folder reader (./folder.ts, with .helmignore) for
// folders. A chart needs one of them, usually the archive reader, so the browser loads what the
// files at hand need before loading them (the UI's open step); under Node both load when this
// module does, so loading stays synchronous.
import { IN_NODE } from '../functionPacks';
import type { ChartFile, ChartFiles } from './types';

/** A module imported on first use; `get` throws while it is not there yet. */
function onDemand<M>(importer: () => Promise<M>, what: string) {
  let module: M | undefined;
  let loading: Promise<void> | undefined;
  const load = (): Promise<void> => {
    loading ??= importer().then(
      (m) => {
        module = m;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
    return loading;
  };
  const get = (): M => {
    if (module) return module;
    void load().catch(() => undefined);
    throw new Error(`${what} is still loading: load it before loading the chart (prepareChartFiles)`);
  };
  return { load, get };
}

const archiveReader = onDemand(() => import('./tar'), 'the chart archive reader');
const folderReader = onDemand(() => import('./folder'), 'the chart folder reader');

if (IN_NODE) await Promise.all([archiveReader.load(), folderReader.load()]);

/** Whether loading these folder files reads a .tgz (a subchart packed under some charts/ folder). */
export function hasPackedFiles(files: ChartFiles): boolean {
  for (const name of files.keys()) if (name.endsWith('.tgz')) return true;
  return false;
}

/** Loads the readers that loading these files needs (an archive's bytes, or a folder's files). */
export function prepareChartFiles(input: { kind: 'archive' } | { kind: 'folder'; files: ChartFiles }): Promise<void> {
  const folder = input.kind === 'folder';
  return Promise.all([
    folder ? folderReader.load() : undefined,
    !folder || hasPackedFiles(input.files) ? archiveReader.load() : undefined,
  ]).then(() => undefined);
}

/** .tgz bytes -> the files of the chart folder inside (see ./tar.ts). */
export function readChartArchive(tgz: Uint8Array): ChartFiles {
  return archiveReader.get().readChartArchive(tgz);
}

/** A folder's files after .helmignore, in helm's walk order (see ./folder.ts). */
export function folderFiles(files: ChartFiles): ChartFile[] {
  return folderReader.get().folderFiles(files);
}
