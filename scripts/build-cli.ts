// `npm run build:cli`: the installed command `chart-configurator` (bin/chart-configurator).
//  1. dist-cli/cli.cjs: src/cli/bin.ts and everything it imports in one CommonJS file (Vite's
//     bundler), with each curated chart's schema validator precompiled by ajv (as the web build does);
//  2. dist-cli/cli.blob: node's start-up snapshot of that file (`node --build-snapshot`), taken after
//     every module is evaluated and each curated chart's template has run once, so a command starts
//     with the code loaded and compiled instead of parsing 3 MB and building the chart schemas.
// A snapshot holds one script, not ES modules: hence CommonJS, dynamic imports inlined, and the
// engine's top-level `await`s (which only make its on-demand modules ready under Node) kept as
// statements whose promises settle before the snapshot is taken (see topLevelAwaitStatements).
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { build, type Plugin } from 'vite';
import { validatorSources } from '../src/ui/catalog/validatorSources';

const root = resolve(import.meta.dirname, '..');
export const CLI_OUT_DIR = join(root, 'dist-cli');
const VALIDATORS = 'virtual:cli-validators';

/** `virtual:cli-validators`: per chart id, a function that evaluates its precompiled validator module. */
function cliValidators(): Plugin {
  const sources = validatorSources();
  return {
    name: 'cli-validators',
    resolveId: (id) => (id === VALIDATORS || id.startsWith(`${VALIDATORS}/`) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${VALIDATORS}`)) return undefined;
      if (id === `\0${VALIDATORS}`) {
        // `require` of an ES module: the bundler evaluates it on the first call, not at start.
        const entries = Object.keys(sources).map((chartId) => `${JSON.stringify(chartId)}: () => require(${JSON.stringify(`${VALIDATORS}/${chartId}`)}).default`);
        return `export const precompiled = { ${entries.join(', ')} };`;
      }
      const source = sources[id.slice(`\0${VALIDATORS}/`.length)];
      if (source === undefined) throw new Error(`no precompiled validator for ${id}`);
      return source;
    },
  };
}

/**
 * Offsets of the `await` keywords of top-level `await x;` statements (also inside top-level `if`s
 * and blocks); throws for any other top-level await, which a script cannot keep.
 */
export function topLevelAwaitStatements(code: string, fileName: string): number[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const offsets: number[] = [];
  const statement = (node: ts.Statement): void => {
    if (ts.isExpressionStatement(node) && ts.isAwaitExpression(node.expression)) {
      offsets.push(node.expression.getStart(file));
      any(node.expression.expression);
    } else if (ts.isIfStatement(node)) {
      any(node.expression);
      statement(node.thenStatement);
      if (node.elseStatement) statement(node.elseStatement);
    } else if (ts.isBlock(node)) node.statements.forEach(statement);
    else any(node);
  };
  // Any other await outside a function is one a script cannot express.
  const any = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      throw new Error(`${fileName}:${line + 1}: a top-level await the CLI bundle cannot keep (only \`await x;\` statements)`);
    }
    ts.forEachChild(node, any);
  };
  file.statements.forEach(statement);
  return offsets;
}

/** Top-level `await x;` -> `void x;` (same length, so positions stay). */
function scriptTopLevelAwaits(): Plugin {
  return {
    name: 'script-top-level-awaits',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !/\bawait\b/.test(code)) return undefined;
      const offsets = topLevelAwaitStatements(code, id);
      if (offsets.length === 0) return undefined;
      let out = code;
      for (const at of offsets) out = `${out.slice(0, at)}void ${out.slice(at + 'await'.length)}`;
      return { code: out, map: null };
    },
  };
}

async function bundle(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [cliValidators(), scriptTopLevelAwaits()],
    ssr: { noExternal: true, target: 'node' },
    // fflate's browser build: the same synchronous code without the worker_threads probe (through
    // node's `module`), which a snapshot should not hold.
    resolve: { alias: [{ find: /^fflate$/, replacement: 'fflate/browser' }] },
    build: {
      ssr: 'src/cli/bin.ts',
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'node20',
      rolldownOptions: {
        output: {
          format: 'cjs',
          entryFileNames: 'cli.cjs',
          codeSplitting: false,
          // The snapshot keeps the whole source: ASCII halves it (V8 stores any other text as
          // UTF-16), minified it is half again. Names are kept for messages and stack traces.
          minify: { compress: true, mangle: { keepNames: true }, codegen: { asciiOnly: true } },
        },
      },
    },
  });
  return join(outDir, 'cli.cjs');
}

/** node's start-up snapshot of the bundle; undefined (and no blob) when this node cannot make one. */
function snapshot(script: string, outDir: string): string | undefined {
  const blob = join(outDir, 'cli.blob');
  try {
    execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], { cwd: outDir, stdio: ['ignore', 'inherit', 'pipe'] });
    return blob;
  } catch (e) {
    rmSync(blob, { force: true });
    const reason = String((e as { stderr?: unknown }).stderr ?? (e as Error).message).split('\n').find((line) => line.trim()) ?? '';
    console.warn(`build:cli: no start-up snapshot (${reason.trim()}); the command runs the bundle instead`);
    return undefined;
  }
}

export interface CliBuild {
  script: string;
  /** Absent when this node could not make a snapshot. */
  blob?: string;
}

/** The bundle and its snapshot in `outDir` (dist-cli/, where bin/chart-configurator looks). */
export async function buildCli(outDir = CLI_OUT_DIR): Promise<CliBuild> {
  const script = await bundle(outDir);
  return { script, blob: snapshot(script, outDir) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const { script, blob } = await buildCli();
  const mb = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build:cli: ${script} (${mb(script)})${blob ? `, start-up snapshot ${mb(blob)}` : ''} in ${seconds} s`);
}

if (process.argv[1] && /build-cli\.ts$/.test(process.argv[1])) await main();
