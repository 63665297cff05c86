// `validate --stack helmfile.yaml` and `bundle --stack helmfile.yaml -o FILE.zip`: a helmfile read
// into a stack, its releases and the connections between them checked, and its bundle written.
import { dirname, isAbsolute, join } from 'node:path';
import { charts, findChart } from '../charts';
import { encodeStackLink, evaluateStack, importHelmfile, stackBundleFiles, zipBundle, type Stack } from '../core/bundle';
import { problemLine, summaryLine } from './format';
import { CliError, type Io } from './io';

export const DEFAULT_LINK_BASE = 'https://<configurator>/';

/**
 * A link base and a fragment (`#/...`) joined into one URL, `<base>/#/<chart>?...`: a base naming
 * a folder without its slash gets one (`https://example.org/app` -> `https://example.org/app/`), a
 * page file (`.../index.html`) and a query are kept as they are.
 */
export function linkFrom(base: string | undefined, fragment: string): string {
  const page = (base ?? DEFAULT_LINK_BASE).replace(/#.*$/, '');
  const [, origin = '', path = '', query = ''] = /^([a-z][a-z0-9+.-]*:\/\/[^/?]*)?([^?]*)(.*)$/is.exec(page) ?? [];
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.endsWith('/') || /\.[a-z0-9]+$/i.test(lastSegment) ? path : `${path}/`;
  return `${origin}${folder}${query}${fragment}`;
}

/** Reads the helmfile; values files are looked up beside it. Import errors end the command. */
export function readStack(path: string, io: Io): Stack {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const base = dirname(path);
  const result = importHelmfile(text, { charts, fileName: path, readFile: (file) => io.readFile(isAbsolute(file) ? file : join(base, file)) });
  for (const issue of result.issues) io.err(`${issue.severity}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`);
  if (!result.ok) throw new CliError(`${path} cannot be imported (see the errors above)`);
  if (result.stack.releases.length === 0) throw new CliError(`${path} holds no release`);
  return result.stack;
}

/** `kubeVersion`: what every release's objects are checked against (--kube-version; default core/kube's). */
export function validateStack(path: string, io: Io, opts: { kubeVersion?: string } = {}): number {
  const stack = readStack(path, io);
  const { problems, plans } = evaluateStack(stack, findChart, { kubeVersion: opts.kubeVersion });
  for (const p of problems) io.out(problemLine(p, `${p.release ?? 'stack'}: `) + '\n');
  io.err(`${plans.length} release(s): ${summaryLine(problems)}`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

export function bundleStack(path: string, output: string, io: Io, opts: { linkBase?: string; includeSecrets: boolean; kubeVersion?: string }): number {
  const stack = readStack(path, io);
  const link = encodeStackLink(stack, { includeSecrets: opts.includeSecrets, resolveChart: findChart });
  const evaluation = evaluateStack(stack, findChart, { kubeVersion: opts.kubeVersion });
  const files = stackBundleFiles(evaluation, { shareLink: linkFrom(opts.linkBase, link.fragment), omittedSecrets: link.omittedSecrets });
  writeZip(output, zipBundle(files), io);
  const { problems } = evaluation;
  io.out(`wrote ${output}: ${Object.keys(files).length} files, ${stack.releases.length} release(s)\n`);
  io.err(summaryLine(problems));
  return 0;
}

export function writeZip(output: string, zip: Uint8Array, io: Io): void {
  if (!io.writeFile) throw new CliError('this command line cannot write files');
  try {
    io.writeFile(output, zip);
  } catch (e) {
    throw new CliError(`cannot write ${output}: ${(e as Error).message}`);
  }
}
