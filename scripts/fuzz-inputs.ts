// Fuzzes every input path (see scripts/fuzz/inputTargets.ts) and prints what happened.
//   npm run fuzz                 10^4 cases per input path
//   npm run fuzz -- --runs 500   another count;  --seed N  to replay;  --only link  to pick paths by name
// Exits 1 when a case threw, took over 1 s, or polluted Object.prototype.
import { CASE_TIME_LIMIT_MS, fuzzTarget, loadTargets } from './fuzz/inputTargets';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(flag('--runs') ?? 10_000);
const seedText = flag('--seed');
const seed = seedText === undefined ? undefined : Number(seedText);
const only = flag('--only');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs needs a positive whole number');
  process.exit(2);
}

const { targets, loadError } = await loadTargets();
const chosen = targets.filter((t) => !only || t.name.includes(only));
console.log(`fuzzing ${chosen.length} input paths, ${runs} cases each${seed === undefined ? '' : `, seed ${seed}`} (limit ${CASE_TIME_LIMIT_MS} ms a case)\n`);
const started = performance.now();
let failed = 0;
if (loadError) {
  failed++;
  console.log(`FAILED: ${loadError}\n`);
}
let slowest = { ms: 0, name: '', input: '' };
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'input path'.padEnd(28)}${pad('cases', 8)}${pad('accepted', 10)}${pad('refused', 9)}${pad('mean ms', 9)}${pad('max ms', 9)}`);
for (const target of chosen) {
  const r = fuzzTarget(target, runs, seed);
  const mean = r.cases > 0 ? r.totalMs / r.cases : 0;
  console.log(`${r.name.padEnd(28)}${pad(r.cases, 8)}${pad(r.accepted, 10)}${pad(r.refused, 9)}${pad(mean.toFixed(2), 9)}${pad(r.slowestMs.toFixed(1), 9)}`);
  if (r.slowestMs > slowest.ms) slowest = { ms: r.slowestMs, name: r.name, input: r.slowestInput };
  if (r.failure) {
    failed++;
    console.log(`  FAILED: ${r.failure}`);
  }
}
console.log(`\nslowest case: ${slowest.ms.toFixed(1)} ms in "${slowest.name}": ${slowest.input}`);
console.log(`${failed === 0 ? 'no failures' : `${failed} input path(s) failed`}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
process.exitCode = failed === 0 ? 0 : 1;
