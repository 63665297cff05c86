// The CLI run in-process against an in-memory file system, for tests: what it printed, its
// error lines, its exit code and the files it wrote.
import { run } from './main';

export function runCli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  const err: string[] = [];
  const written: Record<string, Uint8Array> = {};
  const code = run(argv, {
    out: (t) => { out += t; },
    err: (l) => { err.push(l); },
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`ENOENT: no such file '${p}'`);
      return files[p];
    },
    writeFile: (p, data) => { written[p] = data; },
  });
  return { code, out, err, written };
}
