// The installed command against `helm template`, whole processes (issue 12: `template` no slower
// than helm, median of 7 runs each). Builds the command (npm run build:cli), then runs in rounds
// of 7 per command, the commands interleaved so that load on the machine falls on all of them
// alike; prints each round's median, p50/p95 over every run, and the spread of the round medians.
// Node's own empty start is printed as the floor a command run by node cannot go below.
// `npm run bench:cli` runs this part alone (3 rounds); `npm run bench` measures one round per run.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findTool } from '../scripts/helmTools';
import { buildCli } from '../scripts/build-cli';
import { figures, median, show } from './stats';

const root = resolve(import.meta.dirname, '..');
export const RUNS_PER_ROUND = 7;

interface Command {
  label: string;
  cmd: string;
  args: string[];
}

/** Wall time of one whole process, output discarded; a failing run ends the benchmark. */
function timeOnce({ cmd, args, label }: Command): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${label} exited with ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return ms;
}

interface Series {
  all: number[];
  roundMedians: number[];
}

/** `rounds` rounds of `runsPerRound` runs of every command, interleaved run by run. */
function measure(commands: Command[], rounds: number, runsPerRound: number): Series[] {
  const series = commands.map((): Series => ({ all: [], roundMedians: [] }));
  for (let round = 0; round < rounds; round++) {
    const times = commands.map((): number[] => []);
    for (let i = 0; i < runsPerRound; i++) commands.forEach((c, j) => times[j].push(timeOnce(c)));
    times.forEach((t, j) => {
      series[j].all.push(...t);
      series[j].roundMedians.push(median(t));
    });
  }
  return series;
}

function line(label: string, s: Series, runsPerRound: number): string {
  const rounds = s.roundMedians.map((m) => m.toFixed(0)).join(' / ');
  const spread = Math.max(...s.roundMedians) - Math.min(...s.roundMedians);
  return `  ${label.padEnd(54)} median of ${runsPerRound} per round ${rounds} ms (spread ${spread.toFixed(0)} ms); all runs ${show(figures(s.all))}`;
}

interface Case {
  name: string;
  ours: Command;
  helm?: Command;
}

export interface CliSetup {
  cases: Case[];
  floor: Command;
  unsnapshotted: Command;
}

/** Builds the command and lists what to time; helm's side only when helm and the upstream chart are here. */
export async function prepareCli(): Promise<CliSetup> {
  console.log('\n== installed command vs helm template (whole process, wall time)');
  const built = await buildCli();
  const mb = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  build: ${built.script} ${mb(built.script)}${built.blob ? `, start-up snapshot ${mb(built.blob)}` : ', no start-up snapshot'}`);
  const bin = join(root, 'bin', 'chart-configurator');
  const fixture = join(root, 'src/charts/centrifugo/fixtures/ha-redis.values.yaml');
  const chartDir = resolve(root, '../shared/upstream/charts/centrifugo');
  const found = findTool('helm');
  const helm = found !== undefined && existsSync(chartDir) ? found : undefined;
  if (helm === undefined) console.log('  helm template: skipped (no helm binary or ../shared/upstream/charts/centrifugo)');
  const variants = [
    { name: 'defaults', ours: ['template', 'centrifugo'], helm: ['template', 'release-name', chartDir] },
    { name: '-f ha-redis.values.yaml', ours: ['template', 'centrifugo', '-f', fixture], helm: ['template', 'release-name', chartDir, '-f', fixture] },
  ];
  return {
    cases: variants.map((v) => ({
      name: v.name,
      ours: { label: `chart-configurator template (${v.name})`, cmd: bin, args: v.ours },
      helm: helm !== undefined ? { label: `helm template (${v.name})`, cmd: helm, args: v.helm } : undefined,
    })),
    floor: { label: 'node -e 0 (node alone: the floor)', cmd: process.execPath, args: ['-e', '0'] },
    unsnapshotted: { label: 'node dist-cli/cli.cjs, no snapshot (defaults)', cmd: process.execPath, args: [built.script, ...variants[0].ours] },
  };
}

export interface CliCaseResult {
  name: string;
  /** Median wall time of the command, and of helm on the same chart and values (when measured). */
  ours: number;
  helm?: number;
}

/** Times every command, prints the lines and each case's verdict; returns each case's medians. */
export function measureCli(setup: CliSetup, rounds: number, runsPerRound = RUNS_PER_ROUND): CliCaseResult[] {
  const commands = [setup.floor, ...setup.cases.flatMap((c) => (c.helm ? [c.ours, c.helm] : [c.ours])), setup.unsnapshotted];
  const series = measure(commands, rounds, runsPerRound);
  commands.forEach((c, i) => console.log(line(c.label, series[i], runsPerRound)));
  const medianOf = (command: Command) => median(series[commands.indexOf(command)].all);
  const results = setup.cases.map((c) => ({ name: c.name, ours: medianOf(c.ours), helm: c.helm ? medianOf(c.helm) : undefined }));
  for (const r of results) {
    if (r.helm === undefined) continue;
    const verdict = r.ours <= r.helm ? 'met' : `not met: ${(r.ours / r.helm).toFixed(2)}x helm`;
    console.log(`  target (${r.name}): median ${r.ours.toFixed(0)} ms <= helm's ${r.helm.toFixed(0)} ms: ${verdict}`);
  }
  console.log(`  floor: node's empty start, median ${medianOf(setup.floor).toFixed(0)} ms`);
  return results;
}

if (process.argv[1] && /bench[\\/]cli\.ts$/.test(process.argv[1])) {
  prepareCli()
    .then((setup) => measureCli(setup, 3))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
