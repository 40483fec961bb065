#!/usr/bin/env bash
# Fuzzes every Polyfn decoder with Jazzer for a bounded time each, one target after the other, and prints a table
# (target, executions, seconds, executions/s, corpus entries, findings). A finding (an input breaking an invariant)
# is written by Jazzer into the target's committed inputs directory
# (src/test/resources/<package>/<Class>Inputs/<method>/), so the next `./mvnw verify` replays it as a regression
# test until it is fixed; the coverage corpus Jazzer grows stays in <module>/.cifuzz-corpus/ (not committed).
#
#   scripts/fuzz.sh                      # every target, 120 s each
#   scripts/fuzz.sh 30                   # every target, 30 s each
#   scripts/fuzz.sh 300 adapter-aws:AwsHandlerFuzzTest#createOrderEvents
#
# Needs the project built and installed once (./mvnw -B -DskipTests install). MAVEN_ARGS adds Maven options
# (e.g. MAVEN_ARGS=-Dmaven.repo.local=/path/to/repo).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-120}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    core-functions:dev.polyfn.core.fuzz.CoreInputFuzzTest#orderFromJsonBody
    core-functions:dev.polyfn.core.fuzz.CoreInputFuzzTest#orderWithAnyContentType
    core-functions:dev.polyfn.core.fuzz.CoreInputFuzzTest#textInAnyCharset
    core-functions:dev.polyfn.core.fuzz.CoreInputFuzzTest#amountsFromJsonArray
    adapter-aws:dev.polyfn.aws.AwsHandlerFuzzTest#createOrderEvents
    adapter-aws:dev.polyfn.aws.AwsHandlerFuzzTest#processPaymentEvents
    adapter-aws:dev.polyfn.aws.AwsHandlerFuzzTest#uppercaseEvents
    adapter-gcp:dev.polyfn.gcp.GcpHttpFuzzTest#httpRequests
    adapter-gcp:dev.polyfn.gcp.GcpCloudEventFuzzTest#paymentEvents
    adapter-gcp:dev.polyfn.gcp.GcpCloudEventFuzzTest#storageEvents
    adapter-gcp:dev.polyfn.gcp.GcpCloudEventFuzzTest#changeEvents
    adapter-gcp:dev.polyfn.gcp.GcpCloudEventFuzzTest#binaryEvents
    adapter-azure:dev.polyfn.azure.AzureBindingsFuzzTest#httpRequests
    adapter-azure:dev.polyfn.azure.AzureBindingsFuzzTest#queueMessages
    adapter-azure:dev.polyfn.azure.AzureBindingsFuzzTest#eventGridEvents
  )
fi

logs=target/fuzz
mkdir -p "$logs"
printf '| target | executions | seconds | executions/s | corpus entries | findings |\n|---|---|---|---|---|---|\n'
status=0
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  class="${test%%#*}"
  method="${test#*#}"
  log="$logs/${class##*.}-$method.log"
  inputs="$module/src/test/resources/$(dirname "${class//.//}")/${class##*.}Inputs/$method"
  before=$( (ls "$inputs" 2>/dev/null || true) | grep -c '^crash-' || true)
  # JAZZER_FUZZ=1: fuzz instead of replaying; sanitizer hooks on; coverage guidance from Polyfn, Jackson and the
  # CloudEvents SDK (the parsers the decoders drive)
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" ./mvnw -B ${MAVEN_ARGS:-} -pl "$module" test \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.hooks=true \
      -Djazzer.max_duration="${seconds}s" \
      -Djazzer.instrumentation_includes='dev.polyfn.**:tools.jackson.core.**:io.cloudevents.**' \
      -Djazzer.custom_hook_includes='dev.polyfn.**:tools.jackson.**' >"$log" 2>&1; then
    status=1
  fi
  output="$log"
  [ -f "$module/target/surefire-reports/$class-output.txt" ] && output="$output $module/target/surefire-reports/$class-output.txt"
  done_line=$( (cat $output 2>/dev/null || true) | grep -h -E '^Done [0-9]+ runs in [0-9]+ second' | tail -1 || true)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  rate=$([ -n "$runs" ] && [ "${secs:-0}" -gt 0 ] && echo $((runs / secs)) || echo "-")
  corpus=$( (ls "$module/.cifuzz-corpus/$class/$method" 2>/dev/null || true) | wc -l)
  seeds=$( (find "$module/target/test-classes/$(dirname "${class//.//}")/${class##*.}Inputs/$method" -type f 2>/dev/null || true) | wc -l)
  after=$( (ls "$inputs" 2>/dev/null || true) | grep -c '^crash-' || true)
  printf '| %s#%s | %s | %s | %s | %s generated + %s seeds | %s |\n' "${class##*.}" "$method" "${runs:--}" \
    "${secs:--}" "$rate" "$corpus" "$seeds" "$((after - before))"
done
exit $status
