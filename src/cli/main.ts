// The configurator as a helm-style command line (contract: DESIGN.md section 3).
//   charts | template [RELEASE] CHART | validate CHART | values CHART [--full] | schema CHART
//   bundle [RELEASE] CHART -o FILE.zip | validate --stack helmfile.yaml | bundle --stack helmfile.yaml -o FILE.zip | diff [RELEASE] CHART --from OLD --to NEW
// Values come from -f files (later wins) and --set / --set-string, layered as helm layers them.
// Every command that checks objects takes --kube-version V (default: the newest schema set we carry);
// a chart opened from a PATH also renders for it (.Capabilities.KubeVersion), as the page does,
// except `template PATH`, which prints exactly what helm prints (helm's own default version).
import { writeFileSync } from 'node:fs';
import { charts, findChart } from '../charts';
import {
  analyzeValuesText, applySetExpressions, defaultsFromSchema, diffValues, dumpYaml, encodeShareLink, evaluate, mergeValues,
  deepEqual, orderLike, releaseCheckMessage, valuesFileText,
} from '../core';
import type { ShareState } from '../core/share';
import { buildBundle, schemaFileText, zipBundle } from '../core/bundle';
import { DEFAULT_RELEASE, type ChartModule, type Release, type Values } from '../core/types';
import { parseArgs, UsageError, type ParsedArgs } from './args';
import { problemLine, summaryLine } from './format';
import { CliError, type Io } from './io';
import { layerValues } from './layer';
import { loadCrypto } from '../engine/sprig';
import { isChartPath, openChartPath, runAnyChartTemplate, splitHelmFlags } from './anyChart';
import { readInputFile } from './readInput';
import { bundleStack, linkFrom, validateStack, writeZip } from './stackCommands';
import { runDiff } from './diffCommand';
import { DEFAULT_KUBE_VERSION, loadAllKubeSchemas, normalizeKubeVersion } from '../core/kube';
import { setRenderKubeVersion } from '../charts/generic/renderKubeVersion';

const USAGE = `usage:
  cli charts
  cli template [RELEASE] CHART [-f values.yaml]... [--set a.b=c]... [--set-string a=b]... [--namespace NS] [--kube-version V]
  cli validate CHART [-f values.yaml]... [--set ...] [--kube-version V]
  cli values CHART [-f values.yaml]... [--set ...] [--full]
  cli schema CHART
  cli bundle [RELEASE] CHART [-f values.yaml]... [--set ...] [--namespace NS] -o FILE.zip [--link-base URL] [--include-secrets] [--kube-version V]
  cli link [RELEASE] CHART [-f values.yaml]... [--set ...] [--namespace NS] [--base URL] [--include-secrets]
  cli diff [RELEASE] CHART [--from OLD.yaml]... [--to NEW.yaml]... [--from-set a=b]... [--to-set a=b]... [-f both.yaml]... [--set ...] [--namespace NS] [--from-release OLD] [--from-namespace OLD_NS] [--kube-version V]
  cli validate --stack helmfile.yaml [--kube-version V]
  cli bundle --stack helmfile.yaml -o FILE.zip [--link-base URL] [--include-secrets] [--kube-version V]
--kube-version V (1.33, v1.36.0): the Kubernetes version the objects are checked against (default ${DEFAULT_KUBE_VERSION}).`;

function requireChart(id: string | undefined): ChartModule {
  if (!id) throw new UsageError('missing CHART');
  const chart = findChart(id) ?? (isChartPath(id) ? openChartPath(id) : undefined);
  if (!chart) throw new CliError(`unknown chart "${id}" (known: ${charts.map((c) => c.id).join(', ')})`);
  return chart;
}

/** -f files then --set flags, as helm layers them; file problems (syntax, not a map) end the command. */
function userValuesFrom(chart: ChartModule, args: ParsedArgs, io: Io): Values {
  let layered: Values = {};
  for (const file of args.valueFiles) {
    let text: string;
    try {
      text = io.readFile(file); // `-` is standard input
    } catch (e) {
      throw new CliError(`cannot read values file ${file}: ${(e as Error).message}`);
    }
    const { values, problems } = analyzeValuesText(chart, text);
    if (!values) throw new CliError(`${file}: ${problems.map((p) => problemLine(p)).join('; ')}`);
    layered = layerValues(layered, values);
  }
  try {
    layered = applySetExpressions(layered, args.sets);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  // Normalise to the minimal diff: the same shape the app stores and downloads.
  const defaults = defaultsFromSchema(chart.schema);
  return diffValues(defaults, mergeValues(defaults, layered));
}

/** --kube-version as helm takes it (`1.33`, `v1.33.2`); the objects are checked against that version. */
export function kubeVersionFrom(args: ParsedArgs): string | undefined {
  if (args.kubeVersion === undefined) return undefined;
  if (!normalizeKubeVersion(args.kubeVersion)) throw new CliError(`invalid --kube-version "${args.kubeVersion}" (expected e.g. 1.33 or v1.36.0)`);
  return args.kubeVersion;
}

/**
 * RELEASE and --namespace as helm takes them (an empty namespace means the default one), refused
 * with helm's message when helm would refuse them: they end up in file names and commands.
 */
function releaseFrom(args: ParsedArgs, name?: string): Release {
  const release = { name: name ?? 'release-name', namespace: args.namespace || 'default' };
  const refused = releaseCheckMessage(release);
  if (refused) throw new CliError(refused);
  return release;
}

export function run(argv: string[], io: Io): number {
  const onPath = runAnyChartTemplate(argv, io); // `template PATH`: helm's own output, through the engine
  if (onPath !== undefined) return onPath;
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
    if (args.help || !args.command) {
      io.out(USAGE + '\n');
      return args.help ? 0 : 1;
    }
    switch (args.command) {
      case 'charts': {
        for (const c of charts) io.out(`${c.id}\t${c.chartName} ${c.version}\t${c.description}\n`);
        return 0;
      }
      case 'schema': {
        const chart = requireChart(args.positionals[0]);
        io.out(schemaFileText(chart));
        return 0;
      }
      case 'bundle': {
        if (!args.output) throw new UsageError('bundle needs -o FILE.zip');
        const kubeVersion = renderingFor(kubeVersionFrom(args));
        if (args.stack) return bundleStack(args.stack, args.output, io, { ...args, kubeVersion });
        const [a, b] = args.positionals;
        const chart = requireChart(b ?? a);
        const release = releaseFrom(args, b ? a : undefined);
        const user = userValuesFrom(chart, args, io);
        const link = encodeShareLink({ chart: chart.id, release, values: user }, { includeSecrets: args.includeSecrets, schema: chart.schema });
        const files = buildBundle({ chart, release, values: user, kubeVersion }, { shareLink: linkFrom(args.linkBase, link.fragment), omittedSecrets: link.omittedSecrets });
        writeZip(args.output, zipBundle(files), io);
        const { problems } = evaluate(chart, user, release, undefined, { kubeVersion });
        io.out(`wrote ${args.output}: ${Object.keys(files).length} files\n`);
        io.err(summaryLine(problems));
        return 0;
      }
      case 'link': {
        // The link the page's "Copy link" would give for these values (secrets left out unless asked).
        const [a, b] = args.positionals;
        const chart = requireChart(b ?? a);
        const release = releaseFrom(args, b ? a : undefined);
        const user = userValuesFrom(chart, args, io);
        const defaults = defaultsFromSchema(chart.schema);
        const state: ShareState = { chart: chart.id, values: diffValues(defaults, mergeValues(defaults, user)) };
        if (!deepEqual(release, DEFAULT_RELEASE)) state.release = release;
        if (chart.origin) state.origin = chart.origin;
        const link = encodeShareLink(state, { includeSecrets: args.includeSecrets, schema: chart.schema });
        io.out(`${linkFrom(args.linkBase, link.fragment)}\n`);
        if (link.omittedSecrets.length > 0) io.err(`left out ${link.omittedSecrets.length} secret(s): ${link.omittedSecrets.join(', ')} (--include-secrets keeps them)`);
        return 0;
      }
      case 'values': {
        const chart = requireChart(args.positionals[0]);
        releaseFrom(args);
        const user = userValuesFrom(chart, args, io);
        if (args.full) {
          const defaults = defaultsFromSchema(chart.schema);
          io.out(dumpYaml(orderLike(mergeValues(defaults, user), defaults)));
        } else io.out(valuesFileText(chart, user));
        return 0;
      }
      case 'validate': {
        const kubeVersion = renderingFor(kubeVersionFrom(args));
        if (args.stack) return validateStack(args.stack, io, { kubeVersion });
        const chart = requireChart(args.positionals[0]);
        const release = releaseFrom(args);
        const user = userValuesFrom(chart, args, io);
        // Rendered too: the objects are checked as the Kubernetes API server would (src/core/kube).
        const { problems } = evaluate(chart, user, release, undefined, { kubeVersion });
        for (const p of problems) io.out(problemLine(p) + '\n');
        io.err(summaryLine(problems));
        return problems.some((p) => p.severity === 'error') ? 1 : 0;
      }
      case 'diff':
        return runDiff(args, io, { requireChart, userValuesFrom, releaseFrom, kubeVersion: renderingFor(kubeVersionFrom(args)) });
      case 'template': {
        const [a, b] = args.positionals;
        const chart = requireChart(b ?? a);
        const release = releaseFrom(args, b ? a : undefined);
        const user = userValuesFrom(chart, args, io);
        const result = evaluate(chart, user, release, undefined, { kubeVersion: kubeVersionFrom(args) });
        io.out(result.yaml);
        for (const p of result.problems) io.err(problemLine(p));
        if (result.renderError) throw new CliError(`render failed: ${result.renderError}`);
        return result.problems.some((p) => p.id === 'schema') ? 1 : 0;
      }
      default:
        throw new UsageError(`unknown command "${args.command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`Error: ${e.message}`);
      io.err(USAGE);
      return 1;
    }
    io.err(`Error: ${(e as Error).message}`);
    return 1;
  } finally {
    setRenderKubeVersion(undefined);
  }
}

/**
 * The version a checking command checks against (--kube-version, else the default), which charts
 * opened from a PATH render for too, as on the page: one version per command.
 */
function renderingFor(kubeVersion: string | undefined): string {
  const version = kubeVersion ?? DEFAULT_KUBE_VERSION;
  setRenderKubeVersion(version);
  return version;
}

/**
 * `--kube-version V` or `--kube-version=V` (the last one, as the parser keeps), read before parsing:
 * the schemas load before `run`. A version that is no version loads the default; `run` refuses it.
 */
export function kubeVersionArg(argv: string[]): string | undefined {
  try {
    const value = splitHelmFlags(argv).flags.kubeVersion;
    return value !== undefined ? normalizeKubeVersion(value) : undefined;
  } catch {
    return undefined;
  }
}

/** The commands that check rendered objects (and so load the Kubernetes schemas first). */
const CHECKING_COMMANDS = new Set(['template', 'validate', 'bundle', 'diff']);

/** The arguments that may name a chart (not `-f values.yaml`); all of them when argv does not parse. */
function chartArguments(argv: string[]): string[] {
  try {
    return parseArgs(splitHelmFlags(argv).rest).positionals;
  } catch {
    return argv;
  }
}

/** This process's standard streams and files. */
const PROCESS_IO: Io = {
  out: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(line + '\n'),
  readFile: (path) => readInputFile(path),
  writeFile: (path, data) => writeFileSync(path, data),
};

/**
 * `run` after loading what it needs synchronously: the exit code. The built command (bin.ts) calls
 * it too, with other streams while it warms up its start-up snapshot.
 */
export async function runProcess(argv: string[], io: Io = PROCESS_IO): Promise<number> {
  // Charts opened from a path may call Sprig's key and certificate functions, which are synchronous
  // in templates: their code loads once here (Node then makes keys with node:crypto).
  if (chartArguments(argv).some((arg) => isChartPath(arg))) await loadCrypto();
  // The Kubernetes OpenAPI validators are loaded on demand; the checks run synchronously after.
  if (CHECKING_COMMANDS.has(argv[0] ?? '')) await loadAllKubeSchemas(kubeVersionArg(argv) ?? DEFAULT_KUBE_VERSION);
  return run(argv, io);
}

// Run only when executed directly (tests import `run`).
const invokedDirectly = process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  void runProcess(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
