// The entry of the installed command `chart-configurator` (package.json "bin"): scripts/build-cli.ts
// bundles it into dist-cli/cli.cjs and makes node's start-up snapshot of it, dist-cli/cli.blob, in
// which every module is already evaluated and each curated chart's `template` has run once.
// The curated charts check values with validators ajv compiled at build time, never at run time.
import './snapshotSafe'; // first: before any module makes a TextDecoder
import { startupSnapshot } from 'node:v8';
import { precompiled } from 'virtual:cli-validators';
import { charts } from '../charts';
import { registerValidator, validatorFromCheck, type CompiledCheck } from '../core/schemaIssues';
import { dumpYaml } from '../core/yamlText';
import type { SchemaValidator } from '../core/schemaValidator';
import type { Io } from './io';
import { runProcess } from './main';

/** A precompiled validator whose module is evaluated on its first use (one chart per command). */
function onFirstUse(load: () => CompiledCheck): SchemaValidator {
  let validator: SchemaValidator | undefined;
  return { validate: (values) => (validator ??= validatorFromCheck(load())).validate(values) };
}

for (const chart of charts) {
  const load = Object.hasOwn(precompiled, chart.id) ? precompiled[chart.id] : undefined;
  if (load) registerValidator(chart.schema, onFirstUse(load));
}

/**
 * Each curated chart's template and validate once, and its template with every preset as a values
 * file (YAML read, values layered, the preset's parts rendered), so the snapshot holds that code
 * compiled.
 */
async function warmUp(): Promise<void> {
  for (const chart of charts) {
    const files = new Map(chart.presets.map((preset) => [`${preset.id}.yaml`, dumpYaml(preset.values)]));
    const quiet: Io = {
      out: () => undefined,
      err: () => undefined,
      readFile: (path) => {
        const text = files.get(path);
        if (text === undefined) throw new Error(`no file ${path} while the snapshot is made`);
        return text;
      },
    };
    await runProcess(['template', chart.id], quiet);
    await runProcess(['validate', chart.id], quiet);
    for (const file of files.keys()) await runProcess(['template', chart.id, '-f', file], quiet);
  }
}

const setExitCode = (code: number) => {
  process.exitCode = code;
};

if (startupSnapshot.isBuildingSnapshot()) {
  // Started from a snapshot, process.argv is [node, ...arguments]: there is no script path.
  startupSnapshot.setDeserializeMainFunction(() => void runProcess(process.argv.slice(1)).then(setExitCode));
  // The snapshot is written once the event loop is empty, so after this.
  void warmUp();
} else {
  // On the next turn: the modules the engine loads on demand (promises made while this bundle was
  // evaluated, see scripts/build-cli.ts) are in by then.
  setImmediate(() => void runProcess(process.argv.slice(2)).then(setExitCode));
}
