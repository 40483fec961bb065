#!/usr/bin/env bash
# Profiles one cold start of a Lambda case under the runtime client: class loading by library and over time
# (-Xlog:class+load with uptime), plus optional JFR. Run after benchmarks/run.sh (or its build) has built the jars.
#
#   benchmarks/profile-aws.sh [case id, default polyfn] [extra JVM flags...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/benchmarks"
CASE="${1:-polyfn}"; shift || true
OUT="$BENCH/target/profile/$CASE"
rm -rf "$OUT"; mkdir -p "$OUT"
java -cp "$BENCH/harness/target/classes" dev.polyfn.benchmarks.harness.Main --root "$ROOT" --out "$OUT" \
  --families aws --cases "$CASE" --no-levers --rounds 1 --warm 0 \
  --aws-extra-flags "-Xlog:class+load:file=$OUT/class-load.log:uptime $*"
python3 - "$OUT/class-load.log" <<'PY'
import re, sys, collections
groups = [("dev.polyfn", "Polyfn"), ("org.springframework.cloud", "Spring Cloud Function"),
          ("org.springframework", "Spring Framework"), ("tools.jackson", "Jackson 3"),
          ("com.fasterxml.jackson", "Jackson 2 / annotations"), ("org.hibernate", "Hibernate Validator"),
          ("jakarta.validation", "Jakarta Validation"), ("com.amazonaws", "AWS runtime client / events"),
          ("io.cloudevents", "CloudEvents"), ("org.apache.commons.logging", "commons-logging"),
          ("org.slf4j", "SLF4J"), ("ch.qos.logback", "Logback"), ("io.micrometer", "Micrometer"),
          ("reactor", "Reactor"), ("kotlin", "Kotlin"), ("org.jboss", "JBoss logging"),
          ("java.", "JDK java.*"), ("javax.", "JDK javax.*"), ("jdk.", "JDK jdk.*"), ("sun.", "JDK sun.*"),
          ("com.sun.", "JDK com.sun.*")]
line_re = re.compile(r"\[(\d+\.\d+)s\].* ([\w.$/]+) source: (.*)")
counts, first, last, shared = collections.Counter(), {}, {}, collections.Counter()
rows = []
for line in open(sys.argv[1]):
    m = line_re.search(line)
    if not m:
        continue
    t, name, source = float(m.group(1)), m.group(2), m.group(3)
    group = next((g for p, g in groups if name.startswith(p)), "other")
    counts[group] += 1
    first.setdefault(group, t); last[group] = t
    if "shared" in source:
        shared[group] += 1
    rows.append((t, name))
print(f"{sum(counts.values())} classes loaded; last at {rows[-1][0]:.3f} s uptime")
print(f"{'library':32} {'classes':>8} {'from CDS':>9} {'first s':>8} {'last s':>8}")
for group, n in counts.most_common():
    print(f"{group:32} {n:8} {shared[group]:9} {first[group]:8.3f} {last[group]:8.3f}")
marks = ["com.amazonaws.services.lambda.runtime.api.client.AWSLambda", "dev.polyfn.aws.PolyfnHandler",
         "org.springframework.context.support.GenericApplicationContext",
         "tools.jackson.databind.json.JsonMapper",
         "org.springframework.context.annotation.ConfigurationClassPostProcessor",
         "org.springframework.cloud.function.context.catalog.BeanFactoryAwareFunctionRegistry",
         "dev.polyfn.core.PolyfnFunctions", "dev.polyfn.aws.AwsEventDispatcher",
         "org.hibernate.validator.HibernateValidator"]
seen = {name: t for t, name in reversed(rows)}
print("\nmilestones (first load of):")
for mark in marks:
    print(f"  {seen.get(mark, float('nan')):7.3f} s  {mark}")
PY
