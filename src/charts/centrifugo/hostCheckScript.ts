// Our own shell script for the optional host-check Job: it waits until REMOTE_HOST resolves to an
// IPv4 address, through the cluster's resolver and, when CUSTOM_DNS is set, through that server too.
// Each round that fails waits twice as long as the one before; after the last round the Job fails.

export const HOST_CHECK_ATTEMPTS = 10;
export const HOST_CHECK_FIRST_WAIT_SECONDS = 2;

export const hostCheckScript = `set -u
host="\${REMOTE_HOST:-}"
extra_dns="\${CUSTOM_DNS:-}"
if [ -z "$host" ]; then
  echo "host-check: REMOTE_HOST is empty, nothing to look up" >&2
  exit 1
fi

# Prints the IPv4 addresses dig finds for the host; an optional argument names the DNS server.
lookup() {
  if [ -n "\${1:-}" ]; then
    dig +short A "$host" "@$1" 2>/dev/null | grep -E '^([0-9]{1,3}\\.){3}[0-9]{1,3}$'
  else
    dig +short A "$host" 2>/dev/null | grep -E '^([0-9]{1,3}\\.){3}[0-9]{1,3}$'
  fi
}

round=1
wait_s=${HOST_CHECK_FIRST_WAIT_SECONDS}
while [ "$round" -le ${HOST_CHECK_ATTEMPTS} ]; do
  ok=yes
  found="$(lookup)"
  if [ -n "$found" ]; then
    echo "round $round: cluster DNS resolves $host to $(echo $found)"
  else
    echo "round $round: cluster DNS cannot resolve $host"
    ok=no
  fi
  if [ -n "$extra_dns" ]; then
    found="$(lookup "$extra_dns")"
    if [ -n "$found" ]; then
      echo "round $round: $extra_dns resolves $host to $(echo $found)"
    else
      echo "round $round: $extra_dns cannot resolve $host"
      ok=no
    fi
  fi
  if [ "$ok" = yes ]; then
    echo "host-check passed for $host"
    exit 0
  fi
  if [ "$round" -lt ${HOST_CHECK_ATTEMPTS} ]; then
    echo "next try in \${wait_s}s"
    sleep "$wait_s"
    wait_s=$((wait_s * 2))
  fi
  round=$((round + 1))
done
echo "host-check failed: $host did not resolve after ${HOST_CHECK_ATTEMPTS} rounds" >&2
exit 1
`;
