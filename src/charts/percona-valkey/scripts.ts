// Our own shell scripts for the chart's hook pods, written from the steps the chart README
// describes (cluster formation, scaling, connection test). They run under /bin/sh of the rpm image
// with valkey-cli; the password reaches valkey-cli through REDISCLI_AUTH, so it never shows up in
// the process list. Values are put into the scripts as single-quoted shell words.

export interface ClusterScriptParams {
  /** The StatefulSet name; pod i is `<fullname>-<i>`. */
  fullname: string;
  namespace: string;
  port: number;
  /** Pods the cluster should have (cluster.replicas). */
  replicas: number;
  replicasPerPrimary: number;
  /** cluster.nodeTimeout in milliseconds. */
  nodeTimeoutMs: number;
  auth: boolean;
}

/** A value as one single-quoted shell word. */
export function shellWord(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Helpers both cluster jobs share: pod addresses, valkey-cli per pod, waiting for a pod. */
function prelude(p: ClusterScriptParams): string {
  return `set -eu
${p.auth ? 'export REDISCLI_AUTH="$VALKEY_PASSWORD"\n' : ''}STS=${shellWord(p.fullname)}
DOMAIN=${shellWord(`${p.fullname}-headless.${p.namespace}.svc.cluster.local`)}
PORT=${p.port}
WANT=${p.replicas}
PER_PRIMARY=${p.replicasPerPrimary}

# Stable DNS name of pod $1 behind the headless Service.
pod() { echo "$STS-$1.$DOMAIN"; }
# valkey-cli against host $1 with the remaining arguments.
vk() { h="$1"; shift; valkey-cli -h "$h" -p "$PORT" "$@"; }
# Waits until host $1 answers PING; gives up after about five minutes so the Job retries.
await() {
  n=0
  until vk "$1" ping 2>/dev/null | grep -q PONG; do
    n=$((n + 1))
    if [ "$n" -ge 150 ]; then echo "no answer from $1" >&2; return 1; fi
    sleep 2
  done
}
# Slots the cluster has assigned, as host $1 sees it (0 when no cluster is formed).
assigned() {
  a="$(vk "$1" cluster info 2>/dev/null | tr -d '\\r' | sed -n 's/^cluster_slots_assigned://p')" || true
  echo "\${a:-0}"
}
`;
}

/**
 * Post-install: waits for every pod, leaves an already formed cluster alone, otherwise creates it
 * from all pods with `--cluster-replicas` replicas per primary.
 */
export function clusterInitScript(p: ClusterScriptParams): string {
  return `${prelude(p)}
members=""
i=0
while [ "$i" -lt "$WANT" ]; do
  echo "waiting for $(pod "$i")"
  await "$(pod "$i")"
  members="$members $(pod "$i"):$PORT"
  i=$((i + 1))
done

if [ "$(assigned "$(pod 0)")" != "0" ] && vk "$(pod 0)" cluster info | tr -d '\\r' | grep -q '^cluster_state:ok'; then
  echo "the cluster is already formed; nothing to do"
  exit 0
fi

echo "creating the cluster from:$members"
# shellcheck disable=SC2086
valkey-cli --cluster create $members --cluster-replicas "$PER_PRIMARY" --cluster-yes
echo "cluster formed"
`;
}

/**
 * Post-upgrade: forms the cluster if it never was; adds pods that are not members yet (as
 * primaries until there are replicas/(1+replicasPerPrimary) of them, then as replicas) and moves
 * slots to new primaries; after a scale-down waits for failover of lost primaries, repairs slot
 * coverage if it must, and makes every live node forget the nodes whose pods are gone.
 */
export function clusterScaleScript(p: ClusterScriptParams): string {
  // Failover starts once a node has been unreachable for the node timeout; allow some margin.
  const failoverWait = Math.max(1, Math.ceil(p.nodeTimeoutMs / 1000)) + 15;
  return `${prelude(p)}FAILOVER_WAIT=${failoverWait}

i=0
while [ "$i" -lt "$WANT" ]; do
  await "$(pod "$i")"
  i=$((i + 1))
done
SEED="$(pod 0)"

if [ "$(assigned "$SEED")" = "0" ]; then
  echo "no cluster yet: forming it"
  members=""
  i=0
  while [ "$i" -lt "$WANT" ]; do members="$members $(pod "$i"):$PORT"; i=$((i + 1)); done
  # shellcheck disable=SC2086
  valkey-cli --cluster create $members --cluster-replicas "$PER_PRIMARY" --cluster-yes
  exit 0
fi

nodes() { vk "$SEED" cluster nodes | tr -d '\\r'; }
# Primaries that are not failed (new ones own no slots until the rebalance).
primaries() { nodes | awk '$3 ~ /master/ && $3 !~ /fail/' | wc -l | tr -d ' '; }
TARGET=$((WANT / (1 + PER_PRIMARY)))
[ "$TARGET" -ge 1 ] || TARGET=1

# ---- scale up: pods whose node id the cluster does not know yet
wanted_ids=""
new_primaries=0
i=0
while [ "$i" -lt "$WANT" ]; do
  host="$(pod "$i")"
  id="$(vk "$host" cluster myid | tr -d '\\r')"
  wanted_ids="$wanted_ids $id"
  if ! nodes | awk '{print $1}' | grep -qx "$id"; then
    if [ "$(primaries)" -lt "$TARGET" ] || [ "$PER_PRIMARY" -eq 0 ]; then
      echo "adding $host as a primary"
      valkey-cli --cluster add-node "$host:$PORT" "$SEED:$PORT"
      new_primaries=$((new_primaries + 1))
    else
      echo "adding $host as a replica"
      valkey-cli --cluster add-node "$host:$PORT" "$SEED:$PORT" --cluster-slave
    fi
    sleep 3
  fi
  i=$((i + 1))
done
if [ "$new_primaries" -gt 0 ]; then
  echo "moving slots to the new primaries"
  valkey-cli --cluster rebalance "$SEED:$PORT" --cluster-use-empty-masters || echo "rebalance did not finish; check the slot spread" >&2
fi

# ---- scale down: members whose pod no longer exists
gone=""
for id in $(nodes | awk '{print $1}'); do
  case " $wanted_ids " in *" $id "*) ;; *) gone="$gone $id" ;; esac
done
if [ -n "$gone" ]; then
  echo "nodes without a pod:$gone; waiting \${FAILOVER_WAIT}s for failover"
  sleep "$FAILOVER_WAIT"
  # A lost primary that still owns slots had no surviving replica: cover its slots again.
  for id in $gone; do
    if nodes | awk -v id="$id" '$1 == id && $3 ~ /master/ && NF > 8' | grep -q .; then
      echo "$id still owns slots; repairing slot coverage"
      valkey-cli --cluster fix "$SEED:$PORT" --cluster-fix-with-unreachable-masters --cluster-yes || true
      break
    fi
  done
  for id in $gone; do
    echo "forgetting $id"
    i=0
    while [ "$i" -lt "$WANT" ]; do
      vk "$(pod "$i")" cluster forget "$id" >/dev/null 2>&1 || true
      i=$((i + 1))
    done
  done
  valkey-cli --cluster rebalance "$SEED:$PORT" || echo "rebalance did not finish; check the slot spread" >&2
fi

vk "$SEED" cluster info | tr -d '\\r' | grep -E '^cluster_(state|known_nodes|size|slots_ok):'
`;
}

/** helm test: PING through the client Service must answer PONG. */
export function connectionTestScript(p: { host: string; port: number; auth: boolean }): string {
  return `set -eu
${p.auth ? 'export REDISCLI_AUTH="$VALKEY_PASSWORD"\n' : ''}HOST=${shellWord(p.host)}
PORT=${p.port}
reply="$(valkey-cli -h "$HOST" -p "$PORT" ping | tr -d '\\r')"
if [ "$reply" != "PONG" ]; then
  echo "expected PONG from $HOST:$PORT, got: $reply" >&2
  exit 1
fi
echo "$HOST:$PORT answered PONG"
`;
}
