#!/usr/bin/env bash
# Load runs of the local app (orders-app.jar) and of the GCP function (orders-gcp.jar under the real
# java-function-invoker) with wrk (Debian package `wrk`), on loopback only, bounded in time. Prints a Markdown report
# (docs/reliability/load.md is one, committed) and exits non-zero when an answer was not one of those expected:
#   mixed:     valid orders, uppercase, payments (200/202), invalid and malformed orders (400), XML (415),
#              deliveries (200) and SLOWPOST deliveries that never complete (504 at POLYFN_TIMEOUT=1s);
#              beside it one connection of fast requests (the probe) whose latency shows thread starvation;
#   oversized: bodies of 6 MiB + 1 byte (413; the server may close such a connection, wrk counts a read error).
# No 5xx other than the slow requests' 504 is allowed, and the process must answer afterwards.
#
#   scripts/load.sh            # 30 s mixed runs, 10 s oversized runs, after 5 s of warm-up (not counted)
#   scripts/load.sh 60 15 10
# Needs `./mvnw -B -DskipTests package` first (and the invoker, fetched by the GCP tests or this script).
set -euo pipefail
cd "$(dirname "$0")/.."
mixed="${1:-30}"
oversized="${2:-10}"
warmup="${3:-5}"
here=scripts/load
work=target/load
mkdir -p "$work"
app_jar=examples/orders/orders-functions/target/orders-app.jar
gcp_jar=examples/orders/orders-functions/target/orders-gcp.jar
invoker=examples/orders/orders-gcp/target/invoker/java-function-invoker-2.0.0.jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$app_jar" ] && [ -f "$gcp_jar" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
if [ ! -f "$invoker" ]; then
  ./mvnw -B -q ${MAVEN_ARGS:-} -pl examples/orders/orders-gcp dependency:copy \
    -Dartifact=com.google.cloud.functions.invoker:java-function-invoker:2.0.0 \
    -DoutputDirectory=target/invoker >/dev/null
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
await_port() { for _ in $(seq 1 300); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0; sleep 0.2; done; return 1; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/"$1"/status; }
failed=0

# check <name> <wrk output file> <allowed statuses> <allow read errors: yes|no>
check() {
  local name="$1" out="$2" allowed="$3" reads="$4" total=0 bad=0
  while read -r _ status count; do
    total=$((total + count))
    case " $allowed " in *" $status "*) ;; *) bad=$((bad + count)) ;; esac
  done < <(grep '^status ' "$out")
  local sockets
  sockets=$(grep -o 'Socket errors: .*' "$out" || echo "Socket errors: none")
  if [ "$bad" -gt 0 ]; then failed=1; fi
  if [ "$reads" = no ] && grep -q 'Socket errors' "$out"; then failed=1; fi
  if grep -q 'Socket errors: connect [1-9]\|timeout [1-9]' "$out"; then failed=1; fi
  local statuses
  statuses=$(grep '^status ' "$out" | sort -k2n | awk '{printf "%s%s: %s", (NR>1?", ":""), $2, $3}')
  local latency
  latency=$(grep '^latency ' "$out" | awk '{printf "%s%s %s ms", (NR>1?", ":""), $2, $3}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$total" "$statuses" "$bad" "$latency" "$sockets"
}

echo "## Load run $(date -u +%Y-%m-%dT%H:%MZ) ($(nproc) cores, $(java -version 2>&1 | head -1))"
echo
echo "| run | requests | statuses | unexpected | latency | socket errors |"
echo "|---|---|---|---|---|---|"

# --- the local app (Tomcat, Spring Boot) ---
port=$(free_port)
java -Xmx512m -jar "$app_jar" --server.port="$port" --polyfn.timeout=1s >"$work/app.log" 2>&1 &
app=$!; pids+=("$app")
await_port "$port"
# warm-up (not counted): the first requests pay the lazy start of the JSON mapper and the validator, and the JIT
wrk -t1 -c8 -d"${warmup}s" -s "$here/mixed.lua" "http://127.0.0.1:$port" -- app >"$work/app-warmup.txt" 2>&1
app_rss_before=$(rss_mb "$app")
wrk -t2 -c64 -d"${mixed}s" --timeout 10s -s "$here/mixed.lua" "http://127.0.0.1:$port" -- app >"$work/app-mixed.txt" 2>&1 &
mixed_pid=$!
wrk -t1 -c1 -d"${mixed}s" --timeout 10s -s "$here/probe.lua" "http://127.0.0.1:$port" -- /uppercase >"$work/app-probe.txt" 2>&1
wait "$mixed_pid"
wrk -t1 -c4 -d"${oversized}s" --timeout 10s -s "$here/oversized.lua" "http://127.0.0.1:$port" -- /createOrder >"$work/app-oversized.txt" 2>&1
check "local app, mixed (64 connections, ${mixed} s)" "$work/app-mixed.txt" "200 202 400 415 504" no
check "local app, probe beside it (1 connection)" "$work/app-probe.txt" "200" no
check "local app, oversized (4 connections, ${oversized} s)" "$work/app-oversized.txt" "413" yes
after=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/createOrder" -H 'Content-Type: application/json' \
  -d '{"customerId":"c-42","items":[{"sku":"BOOK-1","quantity":2,"unitPrice":12.50}]}')
[ "$after" = 200 ] || failed=1
app_rss_after=$(rss_mb "$app")
kill "$app"; wait "$app" 2>/dev/null || true

# --- the GCP function (Jetty, java-function-invoker) ---
start_invoker() {
  local port="$1" definition="$2"
  SPRING_CLOUD_FUNCTION_DEFINITION="$definition" POLYFN_TIMEOUT=1s java -Xmx256m -jar "$invoker" \
    --classpath "$gcp_jar" --target dev.polyfn.gcp.PolyfnHttpFunction --port "$port" >"$work/gcp-$definition.log" 2>&1 &
  pids+=("$!")
}
orders_port=$(free_port); start_invoker "$orders_port" createOrder; orders=${pids[-1]}
delivery_port=$(free_port); start_invoker "$delivery_port" estimateDelivery; delivery=${pids[-1]}
await_port "$orders_port"; await_port "$delivery_port"
wrk -t1 -c8 -d"${warmup}s" -s "$here/mixed.lua" "http://127.0.0.1:$orders_port" -- gcp-orders >"$work/gcp-warmup.txt" 2>&1 &
w=$!
wrk -t1 -c8 -d"${warmup}s" -s "$here/mixed.lua" "http://127.0.0.1:$delivery_port" -- gcp-delivery >/dev/null 2>&1
wait "$w"
gcp_rss_before=$(rss_mb "$orders")
wrk -t1 -c32 -d"${mixed}s" --timeout 10s -s "$here/mixed.lua" "http://127.0.0.1:$orders_port" -- gcp-orders >"$work/gcp-orders.txt" 2>&1 &
o=$!
wrk -t1 -c32 -d"${mixed}s" --timeout 10s -s "$here/mixed.lua" "http://127.0.0.1:$delivery_port" -- gcp-delivery >"$work/gcp-delivery.txt" 2>&1
wait "$o"
wrk -t1 -c4 -d"${oversized}s" --timeout 10s -s "$here/oversized.lua" "http://127.0.0.1:$orders_port" -- / >"$work/gcp-oversized.txt" 2>&1
check "GCP createOrder, mixed (32 connections, ${mixed} s)" "$work/gcp-orders.txt" "200 400 415" no
check "GCP estimateDelivery, 5% SLOWPOST (32 connections, ${mixed} s)" "$work/gcp-delivery.txt" "200 504" no
check "GCP createOrder, oversized (4 connections, ${oversized} s)" "$work/gcp-oversized.txt" "413" yes
after_gcp=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$orders_port/" -H 'Content-Type: application/json' \
  -d '{"customerId":"c-42","items":[{"sku":"BOOK-1","quantity":2,"unitPrice":12.50}]}')
[ "$after_gcp" = 200 ] || failed=1
gcp_rss_after=$(rss_mb "$orders")

echo
echo "Afterwards: the local app answered a valid order with $after, the GCP function with $after_gcp."
echo "Resident memory: local app ${app_rss_before} MB after the warm-up, ${app_rss_after} MB after the runs;"
echo "GCP createOrder invoker ${gcp_rss_before} MB after the warm-up, ${gcp_rss_after} MB after the runs."
echo
[ "$failed" = 0 ] && echo "Result: every answer was one of those expected." || echo "Result: UNEXPECTED answers (see above)."
exit "$failed"
