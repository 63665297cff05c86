// Files chosen for "Import helmfile": a helmfile.yaml and the values files it names, picked one by
// one, as a folder, or as a bundle zip. Finds the helmfile among them and reads the values files
// by the paths the helmfile writes (relative to its own folder).
import { readZip } from '../../core/zipRead';

export interface ChosenFile {
  /** Path as the browser gives it: the name, or `folder/sub/name` for a chosen folder. */
  path: string;
  data: Uint8Array;
}

export interface FileSet {
  /** Path -> text of every file (zip contents under the zip's own paths). */
  texts: Record<string, string>;
  /** The helmfile's path, when one was among the files. */
  helmfile?: string;
  notes: string[];
}

const HELMFILE_NAMES = ['helmfile.yaml', 'helmfile.yml', 'helmfile.yaml.gotmpl'];
const MAX_FILES = 500;

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** `./a/../b//c.yaml` -> `b/c.yaml`. */
export function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function isZip(file: ChosenFile): boolean {
  return file.path.toLowerCase().endsWith('.zip') || (file.data[0] === 0x50 && file.data[1] === 0x4b && file.data[2] === 0x03 && file.data[3] === 0x04);
}

export function collectFiles(chosen: readonly ChosenFile[]): FileSet {
  // Paths are the user's: a null-prototype map keeps `__proto__` an ordinary file name.
  const texts: Record<string, string> = Object.create(null) as Record<string, string>;
  const notes: string[] = [];
  const add = (path: string, data: Uint8Array) => {
    if (Object.keys(texts).length >= MAX_FILES) return;
    try {
      texts[normalisePath(path)] = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      notes.push(`${path} is not a text file and was skipped.`);
    }
  };
  for (const file of chosen) {
    if (!isZip(file)) {
      add(file.path, file.data);
      continue;
    }
    try {
      // Sizes are checked before inflating and capped while inflating (a small zip can hold gigabytes).
      const entries = readZip(file.data, (name) => /\.(ya?ml|gotmpl|json)$/i.test(name));
      for (const [path, data] of entries) add(path, data);
      notes.push(`Read ${entries.size} files from ${file.path}.`);
    } catch (e) {
      notes.push(`${file.path} could not be unpacked (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  // The helmfile nearest the top, by its usual names.
  const helmfile = Object.keys(texts)
    .filter((p) => HELMFILE_NAMES.includes(baseName(p).toLowerCase()))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
  return { texts, ...(helmfile ? { helmfile } : {}), notes };
}

/**
 * Reads a values file the helmfile names: first by its path relative to the helmfile's folder,
 * then by its path under any folder, then by file name when only one file has it.
 */
export function valuesFileReader(files: Record<string, string>, helmfilePath: string | undefined): (path: string) => string {
  return (path: string) => {
    const wanted = normalisePath(path);
    const direct = normalisePath(`${dirName(helmfilePath ?? '')}${path}`);
    if (files[direct] !== undefined) return files[direct];
    const suffix = Object.keys(files).filter((p) => p === wanted || p.endsWith(`/${wanted}`));
    if (suffix.length === 1) return files[suffix[0]];
    const sameName = Object.keys(files).filter((p) => baseName(p) === baseName(wanted));
    if (suffix.length === 0 && sameName.length === 1) return files[sameName[0]];
    if (suffix.length > 1 || sameName.length > 1) {
      throw new Error(`several chosen files could be "${path}" (${(suffix.length > 1 ? suffix : sameName).join(', ')}); choose the folder that holds the helmfile, or the bundle zip`);
    }
    throw new Error('it is not among the chosen files; choose it too, or choose the folder that holds the helmfile');
  };
}
