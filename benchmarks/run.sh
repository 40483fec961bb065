#!/usr/bin/env bash
# Polyfn's benchmark harness: one command that builds what it needs, runs every benchmark (cases interleaved,
# order rotated per round) and writes docs/performance.md with its charts (docs/performance/*.svg).
#
#   benchmarks/run.sh            # the full run (10 rounds, 2000 warm invocations, wrk 10 s): ~10-15 min
#   benchmarks/run.sh --quick    # a smoke run (2 rounds, 200 warm, wrk 3 s), writes to benchmarks/target only
#
# Options passed after --harness go to the driver (see harness/.../Main.java), e.g. --harness --families aws.
# Needs JDK 17 (java on PATH), python3 (stdlib only) and wrk (Debian package; installed with apt-get if missing);
# the JDK 25 rows and the container-layout rows use $JAVA25 (default: Temurin 25's Debian location) when present.
# Polyfn's own jars are installed into a private repository under benchmarks/target/m2 that reads through to
# ~/.m2 (maven.repo.local.tail), so the shared ~/.m2 is never written with Polyfn snapshots.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/benchmarks"
cd "$ROOT"

QUICK=0
SKIP_BUILD=0
HARNESS_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --skip-build) SKIP_BUILD=1 ;;
    --harness) shift; HARNESS_ARGS+=("$@"); break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ "$QUICK" = 1 ]; then
  OUT="$BENCH/target/quick"
  DOC="$OUT/performance.md"
  CHARTS="$OUT/performance"
  RUN_ARGS=(--rounds 2 --warm 200 --wrk-seconds 3 --wrk-rounds 1 --concurrency-seconds 3 --concurrency-rounds 2)
  JMH_ARGS=(-f 1 -wi 1 -w 1s -i 2 -r 1s -jvmArgs -Dpolyfn.logging.invocations=false)
else
  OUT="$BENCH/target/results"
  DOC="$ROOT/docs/performance.md"
  CHARTS="$ROOT/docs/performance"
  RUN_ARGS=(--rounds 10 --warm 2000 --wrk-seconds 10 --wrk-rounds 2 --concurrency-seconds 8 --concurrency-rounds 4)
  JMH_ARGS=(-f 1 -wi 3 -w 1s -i 5 -r 1s -jvmArgs -Dpolyfn.logging.invocations=false)
fi
mkdir -p "$OUT"
START=$(date +%s)

if ! command -v wrk > /dev/null; then
  echo "== installing wrk (Debian package)"
  apt-get install -y -q wrk > /dev/null || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; }
fi

# the container-layout rows need each layout's AOT cache, trained at build time by a JDK 25 (POLYFN_AOT_JAVA)
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
if [ -x "$JAVA25" ]; then
  export POLYFN_AOT_JAVA="${POLYFN_AOT_JAVA:-$JAVA25}"
  HARNESS_ARGS=(--java25 "$JAVA25" "${HARNESS_ARGS[@]}")
fi

TAIL_REPO="${M2_REPO:-$HOME/.m2/repository}"
MVN=(./mvnw -B -q -Dmaven.repo.local="$BENCH/target/m2" -Dmaven.repo.local.tail="$TAIL_REPO")
if [ "$SKIP_BUILD" = 0 ]; then
  echo "== building Polyfn (root reactor, tests skipped) into a private repository"
  "${MVN[@]}" -DskipTests install
  echo "== building the baselines, the driver and the JMH benchmarks"
  "${MVN[@]}" -f benchmarks/pom.xml -DskipTests package
fi
BUILT=$(date +%s)

echo "== running the cold-start, warm-path, GCP, Azure, web and concurrency benchmarks"
java -cp "$BENCH/harness/target/classes:$(cat "$BENCH/harness/target/classpath.txt")" \
  dev.polyfn.benchmarks.harness.Main --root "$ROOT" --out "$OUT" \
  "${RUN_ARGS[@]}" "${HARNESS_ARGS[@]}"

echo "== profiling one cold start each of Polyfn and the plain handler (class loading)"
for c in polyfn plain; do
  PROFILE_OUT="$OUT/profile/$c" "$BENCH/profile-aws.sh" "$c" > /dev/null 2>&1 || echo "profile of $c failed"
done

echo "== running JMH (adapter overhead per invocation)"
java -Xmx512m -jar "$BENCH/jmh/target/jmh-benchmarks.jar" "${JMH_ARGS[@]}" -rf json -rff "$OUT/jmh.json" \
  > "$OUT/jmh.log" 2>&1 || echo "JMH failed: see $OUT/jmh.log"

END=$(date +%s)
printf '{"buildSeconds": %d, "totalSeconds": %d, "command": "%s"}\n' $((BUILT - START)) $((END - START)) \
  "benchmarks/run.sh$([ "$QUICK" = 1 ] && echo ' --quick')" > "$OUT/timing.json"

echo "== writing $DOC"
python3 "$BENCH/report.py" "$OUT" "$DOC" "$CHARTS"
echo "== done in $((END - START)) s"
