// The installed command against `helm template`, whole processes (issue 12: `template` no slower
// than helm, median of 7 runs each). Builds the command (npm run build:cli), then runs in rounds
// of 7 per command, the commands interleaved so that load on the machine falls on all of them
// alike; prints each round's median, p50/p95 over every run, and the spread of the round medians.
// Node's own empty start is printed as the floor a command run by node cannot go below.
// `npm run bench:cli` runs this part alone; `npm run bench` runs it with the others.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findTool } from '../scripts/helmTools';
import { buildCli } from '../scripts/build-cli';
import { figures, show } from './engine';

const root = resolve(import.meta.dirname, '..');
const RUNS_PER_ROUND = 7;
const ROUNDS = 3;

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

const median = (values: number[]) => figures(values).p50;

interface Series {
  all: number[];
  roundMedians: number[];
}

/** ROUNDS rounds of RUNS_PER_ROUND runs of every command, interleaved run by run. */
function measure(commands: Command[]): Series[] {
  const series = commands.map((): Series => ({ all: [], roundMedians: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    const times = commands.map((): number[] => []);
    for (let i = 0; i < RUNS_PER_ROUND; i++) commands.forEach((c, j) => times[j].push(timeOnce(c)));
    times.forEach((t, j) => {
      series[j].all.push(...t);
      series[j].roundMedians.push(median(t));
    });
  }
  return series;
}

function line(label: string, s: Series): string {
  const rounds = s.roundMedians.map((m) => m.toFixed(0)).join(' / ');
  const spread = Math.max(...s.roundMedians) - Math.min(...s.roundMedians);
  return `  ${label.padEnd(54)} median of ${RUNS_PER_ROUND} per round ${rounds} ms (spread ${spread.toFixed(0)} ms); all runs ${show(figures(s.all))}`;
}

export async function cliBench(): Promise<void> {
  console.log('\n== installed command vs helm template (whole process, wall time)');
  const built = await buildCli();
  const mb = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  build: ${built.script} ${mb(built.script)}${built.blob ? `, start-up snapshot ${mb(built.blob)}` : ', no start-up snapshot'}`);

  const bin = join(root, 'bin', 'chart-configurator');
  const fixture = join(root, 'src/charts/centrifugo/fixtures/ha-redis.values.yaml');
  const helm = findTool('helm');
  const chartDir = resolve(root, '../shared/upstream/charts/centrifugo');
  const withHelm = helm !== undefined && existsSync(chartDir);
  const cases: { name: string; ours: string[]; helm: string[] }[] = [
    { name: 'defaults', ours: ['template', 'centrifugo'], helm: ['template', 'release-name', chartDir] },
    { name: '-f ha-redis.values.yaml', ours: ['template', 'centrifugo', '-f', fixture], helm: ['template', 'release-name', chartDir, '-f', fixture] },
  ];
  const commands: Command[] = [{ label: 'node -e 0 (node alone: the floor)', cmd: process.execPath, args: ['-e', '0'] }];
  for (const c of cases) {
    commands.push({ label: `chart-configurator template (${c.name})`, cmd: bin, args: c.ours });
    if (helm && withHelm) commands.push({ label: `helm template (${c.name})`, cmd: helm, args: c.helm });
  }
  commands.push({ label: 'node dist-cli/cli.cjs, no snapshot (defaults)', cmd: process.execPath, args: [built.script, ...cases[0].ours] });

  const series = measure(commands);
  commands.forEach((c, i) => console.log(line(c.label, series[i])));
  if (!withHelm) {
    console.log('  helm template: skipped (no helm binary or ../shared/upstream/charts/centrifugo)');
    return;
  }
  for (const c of cases) {
    const ours = median(series[commands.findIndex((x) => x.label === `chart-configurator template (${c.name})`)].all);
    const theirs = median(series[commands.findIndex((x) => x.label === `helm template (${c.name})`)].all);
    const verdict = ours <= theirs ? 'met' : `not met: ${(ours / theirs).toFixed(2)}x helm`;
    console.log(`  target (${c.name}): median ${ours.toFixed(0)} ms <= helm's ${theirs.toFixed(0)} ms: ${verdict}`);
  }
  console.log(`  floor: node's empty start, median ${median(series[0].all).toFixed(0)} ms`);
}

if (process.argv[1] && /bench[\\/]cli\.ts$/.test(process.argv[1])) {
  cliBench().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
