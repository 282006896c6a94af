#!/usr/bin/env bash
# Shared by bench/run and bench/hostile (sourced, not run): settings, prerequisites, the corpus,
# the service on a fresh data dir (stopped on any exit), memory readings and wrk runs.
# Expects: set -euo pipefail and the working directory at the repository root.

SIZES=${BENCH_SIZES:-1000 10000 100000}
DURATION=${BENCH_DURATION:-8}          # seconds per wrk run
WARMUP=${BENCH_WARMUP:-2}               # seconds of discarded wrk run before each endpoint's runs
RATE=${BENCH_RATE:-200}                 # requests/s of the paced (latency) runs
CLIENTS=${BENCH_CLIENTS:-4}             # parallel loader clients
PORT=${BENCH_PORT:-8095}
# the JVM options the README recommends for a small instance (heap, GC and code cache bounded)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k}
SEED=${BENCH_SEED:-42}
MAX_T=${BENCH_MAX_THREADS:-2}           # wrk -t / -c of the max-throughput runs
MAX_C=${BENCH_MAX_CONNECTIONS:-8}
PACED_C=${BENCH_PACED_CONNECTIONS:-4}   # wrk -c of the paced runs (one thread): 4 x 50 req/s each
MIXED_RATE=${BENCH_MIXED_RATE:-20}      # articles/s of the feed during the mixed runs (0: no mixed runs)
MIXED_CLIENTS=${BENCH_MIXED_CLIENTS:-2} # its loader clients
# articles generated past the largest size, for the feed of the mixed runs (about 2,000 per size)
MIXED_RESERVE=${BENCH_MIXED_RESERVE:-4000}
OUT=target/bench
DATA=$OUT/data
URL=http://127.0.0.1:$PORT
LIB="target/quarkus-app/lib/main/*"
START=$SECONDS

log() { printf '%s [%4ds] %s\n' "$(date +%T)" $((SECONDS - START)) "$*" >&2; }
die() { log "error: $*"; exit 1; }
# the value of key=... in a RESULT or LOAD line
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p" <<<"$2"; }

# ---- prerequisites ----
mkdir -p "$OUT"
# always: a jar left from another commit would be measured in this one's name (Maven skips what is up to date)
log "building the service (offline first)"
./mvnw -o -q -DskipTests package || ./mvnw -q -DskipTests package
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update && "${SUDO[@]}" apt-get install -y wrk
fi
command -v curl >/dev/null || die "curl is needed"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is in use (set BENCH_PORT)"; fi

MACHINE=$(
  echo "- cores: $(nproc), CPU: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "- RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- wrk: $(wrk -v 2>&1 | head -1)"
  echo "- service JVM options: $JAVA_OPTS, MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}; loader clients: $CLIENTS; wrk max mode -t$MAX_T -c$MAX_C, paced mode -t1 -c$PACED_C at $RATE req/s; ${DURATION}s per run"
)
echo "$MACHINE" >&2

# ---- corpus: generated once for the largest size, loaded in growing prefixes ----
MAX=0; for n in $SIZES; do [ "$n" -gt "$MAX" ] && MAX=$n; done
GENERATED=$((MAX + MIXED_RESERVE))
# named by size, seed and a checksum of the generator, so a changed generator makes a new corpus
CORPUS=$OUT/corpus-$GENERATED-$SEED-$(cksum <bench/Generate.java | cut -d' ' -f1).jsonl
if [ ! -s "$CORPUS" ]; then
  log "generating $GENERATED articles"
  java -cp "$LIB" bench/Generate.java --count "$GENERATED" --seed "$SEED" --out "$CORPUS.tmp" >&2
  mv "$CORPUS.tmp" "$CORPUS"
fi
# the wrk lists are written next to the corpus; compile the loader once (no source launch per step)
[ -s "$OUT/wrk-questions.txt" ] || java -cp "$LIB" bench/Generate.java --count 1 --out "$OUT/lists.jsonl" >&2
javac -d "$OUT/classes" bench/Load.java

# ---- the service, on a fresh data dir, stopped on any exit ----
rm -rf "$DATA"
export FACTQUERY_API_KEY
FACTQUERY_API_KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
PID=
PGDATA_ABS=$(pwd)/$DATA/pgdata
# the embedded PostgreSQL's postmaster, from its pid file, only if that pid really is it (after a
# crash the file can be stale and the pid reused by another process)
postmaster() {
  local pm; pm=$(head -1 "$DATA/pgdata/postmaster.pid" 2>/dev/null) || return 0
  tr '\0' ' ' <"/proc/$pm/cmdline" 2>/dev/null | grep -q "postgres -D $PGDATA_ABS" && echo "$pm" || true
}
stop_service() {
  [ -n "$PID" ] || return 0
  log "stopping the service (SIGTERM)"
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$PID" 2>/dev/null; then log "service still running after 60 s, SIGKILL"; kill -KILL "$PID" || true; fi
  PID=
  local pm; pm=$(postmaster)
  if [ -n "$pm" ]; then # left behind by a killed service: fast shutdown
    log "stopping the embedded PostgreSQL left running (pid $pm)"
    kill -INT "$pm" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap stop_service EXIT
trap 'exit 130' INT TERM

log "starting the service on port $PORT"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
# two glibc malloc arenas, not one per core and thread: the ingestion threads' arenas were most of
# the RSS above the JVM's own accounting (see README, Benchmarks)
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} FACTQUERY_DATA_DIR=$DATA QUARKUS_HTTP_PORT=$PORT \
  java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$OUT/service.log" 2>&1 &
PID=$!
for i in $(seq 240); do
  curl -sf -o /dev/null "$URL/q/health/ready" && break
  kill -0 "$PID" 2>/dev/null || die "the service exited; see $OUT/service.log"
  [ "$i" -lt 240 ] || die "not ready after 120 s; see $OUT/service.log"
  sleep 0.5
done
log "ready"

# The embedded PostgreSQL runs as its own process tree (postmaster and backends), found through
# its pid file. RSS sums count the shared buffers once per process; PSS shares them out.
mem_kib() { # field (VmRSS or Pss) summed over the given pids, in KiB
  local key=$1 sum=0 pid v; shift
  for pid in "$@"; do
    if [ "$key" = Pss ]; then v=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    else v=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true); fi
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}
pg_pids() {
  local pm; pm=$(postmaster); [ -n "$pm" ] || return 0
  echo "$pm"; pgrep -P "$pm" || true
}
# Requests still being served: wrk abandons its requests in flight when a run ends, and the
# service goes on with them, so a slow endpoint would eat into the next run. Wait (at most 180 s)
# until only the metrics scrape itself is active (and, during the mixed runs, the feed's
# DRAIN_LIMIT - 1 requests).
drain() {
  local i active
  for i in $(seq 360); do
    # a scrape that fails or times out (an overloaded service) counts as still busy
    active=$(curl -sf -m 10 "$URL/q/metrics" | awk '/^http_server_active_requests/ {s += $2} END {print s + 0}') || active=99
    [ "${active%.*}" -le "${DRAIN_LIMIT:-1}" ] && { [ "$i" -eq 1 ] || log "waited $((i / 2)) s for requests in flight"; return 0; }
    sleep 0.5
  done
  log "still $active requests in flight after 180 s"
}
prime() { # a cached endpoint: ask each of its paths once, one at a time (see bench/README.md)
  local e=$1 pattern list item n=0 start=$SECONDS
  case $e in
    status) pattern="/cities/%s/status" list=wrk-cities.txt ;;
    claims) pattern="/claims?q=%s" list=wrk-words.txt ;;
    ask) pattern="/ask?q=%s" list=wrk-questions.txt ;;
    deployments) # its paths are listed in its script
      pattern="%s" list=deployment-paths.txt
      grep -o '"/deployments[^"]*"' bench/wrk/deployments.lua | tr -d '"' >"$OUT/$list" ;;
    *) return 0 ;;
  esac
  while IFS= read -r item; do
    [ -n "$item" ] || continue
    # shellcheck disable=SC2059  # the pattern is ours
    curl -s -o /dev/null -m 120 "$URL$(printf "$pattern" "$item")" || true
    n=$((n + 1))
  done <"$OUT/$list"
  log "primed $e: $n answers in $((SECONDS - start)) s"
}
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
run_wrk() { # endpoint mode seconds -> RESULT line
  local name=$1 mode=$2 secs=$3 out
  drain
  if [ "$mode" = paced ]; then
    out=$(BENCH_NAME=$name BENCH_RATE=$RATE BENCH_THREADS=1 BENCH_LISTS=$OUT \
      wrk -t1 -c"$PACED_C" -d"${secs}s" --timeout 30s -s "bench/wrk/$name.lua" "$URL")
  else
    out=$(BENCH_NAME=$name BENCH_LISTS=$OUT wrk -t"$MAX_T" -c"$MAX_C" -d"${secs}s" --timeout 30s -s "bench/wrk/$name.lua" "$URL")
  fi
  grep '^RESULT' <<<"$out" || die "wrk gave no result for $name: $out"
}
