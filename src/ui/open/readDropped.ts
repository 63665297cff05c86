// Files a person drops or picks, read into the engine's ChartFiles (path inside the chart -> bytes).
// A folder arrives as entries (drag and drop) or as a FileList with webkitRelativePath (the folder
// picker); either way the chart is the folder that holds Chart.yaml nearest the top. Sizes are
// capped before anything is read whole.

export type ChartFiles = Map<string, Uint8Array>;

/** Caps on what a dropped folder may hold: a chart is kilobytes; a mistaken drop (a home folder) is not. */
export const FOLDER_LIMITS = { maxFiles: 5000, maxTotalBytes: 50 * 1024 * 1024, maxDepth: 24 };

export class DropError extends Error {}

interface PickedFile {
  path: string;
  file: File;
}

function checkLimits(files: readonly PickedFile[]): void {
  if (files.length > FOLDER_LIMITS.maxFiles) {
    throw new DropError(`The folder holds more than ${FOLDER_LIMITS.maxFiles} files; drop the chart's own folder (the one with Chart.yaml).`);
  }
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  if (total > FOLDER_LIMITS.maxTotalBytes) {
    throw new DropError(`The folder holds ${Math.round(total / 1048576)} MB; a chart is far smaller. Drop the chart's own folder (the one with Chart.yaml).`);
  }
}

/** The chart root: the shallowest folder holding a Chart.yaml; paths are made relative to it. */
export function chartRoot(paths: readonly string[]): string {
  const roots = paths
    .filter((p) => p === 'Chart.yaml' || p.endsWith('/Chart.yaml'))
    .map((p) => p.slice(0, p.length - 'Chart.yaml'.length))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (roots.length === 0) throw new DropError('No Chart.yaml in what was dropped: a chart folder holds Chart.yaml at its top.');
  return roots[0];
}

async function toChartFiles(files: readonly PickedFile[]): Promise<ChartFiles> {
  checkLimits(files);
  const root = chartRoot(files.map((f) => f.path));
  const out: ChartFiles = new Map();
  for (const { path, file } of files) {
    if (!path.startsWith(root)) continue;
    out.set(path.slice(root.length), new Uint8Array(await file.arrayBuffer()));
  }
  return out;
}

/** The folder picker (`<input webkitdirectory>`): every file carries its path below the picked folder. */
export function filesFromFileList(list: FileList | readonly File[]): Promise<ChartFiles> {
  const files = Array.from(list).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  return toChartFiles(files);
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Walks dropped folder entries breadth first, with the same caps as the folder picker. */
async function walkEntries(roots: FileSystemEntry[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const queue: { entry: FileSystemEntry; depth: number }[] = roots.map((entry) => ({ entry, depth: 0 }));
  while (queue.length > 0) {
    const { entry, depth } = queue.shift()!;
    if (depth > FOLDER_LIMITS.maxDepth) throw new DropError('The dropped folder is nested too deeply to be a chart.');
    if (entry.isFile) {
      out.push({ path: entry.fullPath.replace(/^\//, ''), file: await entryFile(entry as FileSystemFileEntry) });
      if (out.length > FOLDER_LIMITS.maxFiles) checkLimits(out);
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      // readEntries returns the entries in batches until an empty one.
      for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
        for (const child of batch) queue.push({ entry: child, depth: depth + 1 });
      }
    }
  }
  return out;
}

export type Dropped = { kind: 'folder'; files: ChartFiles; label: string } | { kind: 'archive'; bytes: Uint8Array; label: string };

export function isArchiveName(name: string): boolean {
  return /\.(tgz|tar\.gz)$/i.test(name);
}

export const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

export async function readArchiveFile(file: File): Promise<Dropped> {
  if (file.size > MAX_ARCHIVE_BYTES) throw new DropError(`${file.name} is ${Math.round(file.size / 1048576)} MB; a packaged chart is far smaller.`);
  return { kind: 'archive', bytes: new Uint8Array(await file.arrayBuffer()), label: file.name };
}

/** What a drop holds: one .tgz, or a folder (or the files of one). */
export async function readDrop(data: DataTransfer): Promise<Dropped> {
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => e !== null && e !== undefined);
  const single = data.files.length === 1 ? data.files[0] : undefined;
  if (single && isArchiveName(single.name)) return readArchiveFile(single);
  if (entries.length === 0) throw new DropError('Nothing readable was dropped: drop a chart folder or a .tgz.');
  const files = await walkEntries(entries);
  const label = entries.length === 1 ? entries[0].name : `${entries.length} items`;
  return { kind: 'folder', files: await toChartFiles(files), label };
}
