import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { clusterInitScript, clusterScaleScript, connectionTestScript, shellWord, type ClusterScriptParams } from './scripts';

// Runs a script under /bin/sh with stub `valkey-cli` and `sleep` first on PATH. The stub plays a
// set of pods: `<dir>/down-<pod>` makes a pod not answer, `<dir>/info` and `<dir>/nodes` are what
// CLUSTER INFO / CLUSTER NODES print, `--cluster add-node` appends the new node to `nodes`.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const VALKEY_CLI_STUB = `#!/bin/sh
echo "auth=\${REDISCLI_AUTH:-} $*" >> "$STATE/calls"
host=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h) host="$2"; shift 2 ;;
    -p) shift 2 ;;
    *) break ;;
  esac
done
pod="\${host%%.*}"
case "$*" in
  ping) [ -e "$STATE/down-$pod" ] && exit 1; echo PONG ;;
  "cluster info") if [ -e "$STATE/info" ]; then cat "$STATE/info"; else printf 'cluster_state:fail\\r\\ncluster_slots_assigned:0\\r\\n'; fi ;;
  "cluster nodes") cat "$STATE/nodes" ;;
  "cluster myid") echo "id-$pod" ;;
  "--cluster add-node "*)
    new="\${3%%.*}"
    if [ "\${5:-}" = "--cluster-slave" ]; then
      echo "id-$new 10.0.0.99:6379@16379 slave id-x 0 0 1 connected" >> "$STATE/nodes"
    else
      echo "id-$new 10.0.0.99:6379@16379 master - 0 0 1 connected" >> "$STATE/nodes"
    fi ;;
esac
exit 0
`;

function run(script: string, setup: (dir: string) => void = () => {}, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'valkey-scripts-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'valkey-cli'), VALKEY_CLI_STUB);
  writeFileSync(join(dir, 'sleep'), `#!/bin/sh\necho "$1" >> "${dir}/sleeps"\n`);
  chmodSync(join(dir, 'valkey-cli'), 0o755);
  chmodSync(join(dir, 'sleep'), 0o755);
  setup(dir);
  let code = 0;
  let stdout = '';
  try {
    stdout = execFileSync('/bin/sh', ['-c', script], { env: { PATH: `${dir}:/usr/bin:/bin`, STATE: dir, ...env }, stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    code = (e as { status: number }).status;
  }
  const lines = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8').trim().split('\n') : []);
  return { code, stdout, calls: lines('calls'), sleeps: lines('sleeps') };
}

const params: ClusterScriptParams = {
  fullname: 'rel-percona-valkey',
  namespace: 'ns',
  port: 6379,
  replicas: 6,
  replicasPerPrimary: 1,
  nodeTimeoutMs: 15000,
  auth: true,
};
const host = (i: number) => `rel-percona-valkey-${i}.rel-percona-valkey-headless.ns.svc.cluster.local`;
const FORMED = 'cluster_state:ok\r\ncluster_slots_assigned:16384\r\n';

/** CLUSTER NODES lines: `primaries` primaries owning slots, then replicas, for pods 0..count-1. */
function nodesFile(count: number, primaries: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const role = i < primaries ? 'master -' : `slave id-rel-percona-valkey-${i % primaries}`;
    const slots = i < primaries ? ` ${i * 100}-${i * 100 + 99}` : '';
    lines.push(`id-rel-percona-valkey-${i} 10.0.0.${i}:6379@16379 ${role} 0 0 1 connected${slots}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('shellWord', () => {
  it('quotes values so the shell reads them back unchanged', () => {
    for (const v of ['plain', "it's", 'a b $(rm -rf /) `x` "q"']) {
      expect(execFileSync('/bin/sh', ['-c', `printf %s ${shellWord(v)}`], { encoding: 'utf8' })).toBe(v);
    }
  });
});

describe('cluster-init script', () => {
  it('waits for every pod, then creates the cluster from all of them', () => {
    const r = run(clusterInitScript(params), () => {}, { VALKEY_PASSWORD: 's3cret' });
    expect(r.code).toBe(0);
    const create = r.calls.find((c) => c.includes('--cluster create'));
    const members = [0, 1, 2, 3, 4, 5].map((i) => `${host(i)}:6379`).join(' ');
    expect(create).toBe(`auth=s3cret --cluster create ${members} --cluster-replicas 1 --cluster-yes`);
    expect(r.calls.filter((c) => c.endsWith(' ping'))).toHaveLength(6);
  });

  it('leaves an already formed cluster alone', () => {
    const r = run(clusterInitScript(params), (d) => writeFileSync(join(d, 'info'), FORMED), { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(0);
    expect(r.calls.some((c) => c.includes('--cluster create'))).toBe(false);
  });

  it('keeps waiting for a pod that does not answer, then fails so the Job retries', () => {
    const r = run(clusterInitScript(params), (d) => writeFileSync(join(d, 'down-rel-percona-valkey-3'), ''), { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(1);
    expect(r.sleeps.length).toBeGreaterThan(100);
    expect(r.calls.some((c) => c.includes('--cluster create'))).toBe(false);
  });

  it('sends no password when auth is off', () => {
    const r = run(clusterInitScript({ ...params, auth: false }), () => {}, { VALKEY_PASSWORD: 'ignored' });
    expect(r.code).toBe(0);
    expect(r.calls.every((c) => c.startsWith('auth= '))).toBe(true);
  });
});

describe('cluster-scale script', () => {
  it('forms the cluster when none exists yet', () => {
    const r = run(clusterScaleScript(params), () => {}, { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(0);
    expect(r.calls.filter((c) => c.includes('--cluster create'))).toHaveLength(1);
  });

  it('adds new pods as primaries up to replicas/(1+replicasPerPrimary), the rest as replicas, then rebalances', () => {
    const r = run(clusterScaleScript({ ...params, replicas: 8 }), (d) => {
      writeFileSync(join(d, 'info'), FORMED);
      writeFileSync(join(d, 'nodes'), nodesFile(6, 3));
    }, { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(0);
    const adds = r.calls.filter((c) => c.includes('--cluster add-node'));
    expect(adds).toEqual([
      `auth=x --cluster add-node ${host(6)}:6379 ${host(0)}:6379`,
      `auth=x --cluster add-node ${host(7)}:6379 ${host(0)}:6379 --cluster-slave`,
    ]);
    expect(r.calls.some((c) => c.includes(`--cluster rebalance ${host(0)}:6379 --cluster-use-empty-masters`))).toBe(true);
    expect(r.calls.some((c) => c.includes('cluster forget'))).toBe(false);
  });

  it('after a scale-down waits for failover, repairs lost slots and makes every live node forget the gone ones', () => {
    const r = run(clusterScaleScript({ ...params, replicas: 6 }), (d) => {
      writeFileSync(join(d, 'info'), FORMED);
      // Pod 7 was a primary that still owns slots (no replica survived); pod 6 a replica.
      const lines = nodesFile(6, 3).trim().split('\n');
      lines.push('id-rel-percona-valkey-6 10.0.0.6:6379@16379 slave,fail id-rel-percona-valkey-0 0 0 1 disconnected');
      lines.push('id-rel-percona-valkey-7 10.0.0.7:6379@16379 master,fail - 0 0 1 disconnected 900-999');
      writeFileSync(join(d, 'nodes'), `${lines.join('\n')}\n`);
    }, { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(0);
    expect(r.sleeps).toContain('30');
    expect(r.calls.filter((c) => c.includes('--cluster fix'))).toHaveLength(1);
    const forgets = r.calls.filter((c) => c.includes('cluster forget'));
    expect(forgets).toHaveLength(12);
    expect(forgets.filter((c) => c.endsWith('cluster forget id-rel-percona-valkey-7'))).toHaveLength(6);
    expect(r.calls.some((c) => c.includes('--cluster add-node'))).toBe(false);
  });

  it('changes nothing when the cluster already has exactly the wanted pods', () => {
    const r = run(clusterScaleScript(params), (d) => {
      writeFileSync(join(d, 'info'), FORMED);
      writeFileSync(join(d, 'nodes'), nodesFile(6, 3));
    }, { VALKEY_PASSWORD: 'x' });
    expect(r.code).toBe(0);
    expect(r.calls.filter((c) => /--cluster (add-node|rebalance|fix|create)|cluster forget/.test(c))).toEqual([]);
  });
});

describe('connection test script', () => {
  it('passes on PONG and fails otherwise', () => {
    const ok = run(connectionTestScript({ host: 'rel-percona-valkey', port: 6380, auth: true }), () => {}, { VALKEY_PASSWORD: 'pw' });
    expect(ok.code).toBe(0);
    expect(ok.calls).toEqual(['auth=pw -h rel-percona-valkey -p 6380 ping']);
    const down = run(connectionTestScript({ host: 'rel-percona-valkey', port: 6380, auth: false }), (d) => {
      appendFileSync(join(d, 'down-rel-percona-valkey'), '');
    });
    expect(down.code).toBe(1);
  });
});
