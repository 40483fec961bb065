#!/usr/bin/env python3
"""Writes docs/performance.md and its SVG charts from one harness run (results.json, jmh.json, timing.json).

Usage: report.py <results dir> <markdown file> <charts dir>. Standard library only.
Hand-written sections (profile, levers, how to reproduce) come from benchmarks/notes/*.md, in file-name order.
"""
import json
import os
import statistics
import sys
from html import escape

RESULTS, DOC, CHARTS = sys.argv[1], sys.argv[2], sys.argv[3]
NOTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes")


def load(name, default=None):
    path = os.path.join(RESULTS, name)
    if not os.path.exists(path):
        return default
    with open(path) as f:
        return json.load(f)


results = load("results.json", {})
jmh = load("jmh.json", [])
timing = load("timing.json", {})
meta = results.get("meta", {})


def med(values):
    return statistics.median(values) if values else None


def fmt(value, digits=0):
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def fmt_ratio(r):
    return "n/a" if r is None else f"{r:.2f}x"


def by_id(rows):
    return {r["id"]: r for r in rows or []}


def mib(kib_values):
    return med([k / 1024 for k in kib_values if k and k > 0])


def mb(size):
    return None if size is None or size < 0 else size / 1e6


def fmt_mb(size):
    value = mb(size)
    return "n/a" if value is None else f"{value:.3f}" if value < 0.1 else f"{value:.1f}"


def answer_text(answer):
    if not answer:
        return "n/a"
    body = answer.get("body")
    ctype = answer.get("contentType") or "no Content-Type"
    return f"`{str(body).replace('|', '¦')}` ({str(ctype).replace('|', '¦')})"


# ---------------------------------------------------------------- charts (hand-written SVG)
def bar_chart(filename, title, unit, bars, reference=None):
    """bars: list of (label, value, low, high, highlight). Horizontal bars, whiskers from low to high."""
    bars = [b for b in bars if b[1] is not None]
    if not bars:
        return None
    left = max(330, int(7 * max(len(b[0]) for b in bars)) + 24)
    width, right, row, top = left + 530, 90, 30, 46
    height = top + row * len(bars) + 34
    vmax = max(max(b[3] if b[3] is not None else b[1] for b in bars), reference or 0) * 1.08
    scale = (width - left - right) / vmax
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           f'<text x="{width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">{escape(title)}</text>']
    for i, (label, value, low, high, highlight) in enumerate(bars):
        y = top + i * row
        colour = "#d9480f" if highlight else "#4c6ef5"
        out.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{left}" y="{y + 3}" width="{max(1, value * scale):.1f}" height="{row - 10}" '
                   f'fill="{colour}"/>')
        if low is not None and high is not None:
            out.append(f'<line x1="{left + low * scale:.1f}" y1="{y + row / 2 - 1}" x2="{left + high * scale:.1f}" '
                       f'y2="{y + row / 2 - 1}" stroke="#212529" stroke-width="1.2"/>')
        end = max(value, high or 0)
        out.append(f'<text x="{left + end * scale + 6:.1f}" y="{y + 15}">{fmt(value, 0 if value >= 100 else 1)} '
                   f'{escape(unit)}</text>')
    if reference:
        x = left + reference * scale
        out.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 30}" stroke="#2b8a3e" '
                   f'stroke-dasharray="5,4"/>')
    out.append(f'<line x1="{left}" y1="{height - 30}" x2="{width - right}" y2="{height - 30}" stroke="#868e96"/>')
    out.append(f'<text x="{left}" y="{height - 12}" fill="#495057" font-size="11">0</text>')
    out.append(f'<text x="{width - right}" y="{height - 12}" text-anchor="end" fill="#495057" font-size="11">'
               f'{fmt(vmax, 0)} {escape(unit)}</text>')
    out.append("</svg>")
    os.makedirs(CHARTS, exist_ok=True)
    with open(os.path.join(CHARTS, filename), "w") as f:
        f.write("\n".join(out) + "\n")
    return os.path.relpath(os.path.join(CHARTS, filename), os.path.dirname(os.path.abspath(DOC)))


# ---------------------------------------------------------------- AWS
lines = []
aws = by_id(results.get("aws"))
plain, polyfn, scf5 = aws.get("plain"), aws.get("polyfn"), aws.get("scf5")


def aws_row(r, base):
    cold = med(r["coldMs"])
    rss = mib(r["rssKib"])
    cells = [r["label"]]
    if r.get("failure"):
        return "| " + r["label"] + " | " + escape(r["failure"]) + " |" + " |" * 9
    bcold = med(base["coldMs"]) if base else None
    cells += [fmt(cold), fmt_ratio(ratio(cold, bcold)),
              fmt(r["warmP50Micros"]), fmt_ratio(ratio(r["warmP50Micros"], base and base["warmP50Micros"])),
              fmt(r["warmP99Micros"]), fmt_ratio(ratio(r["warmP99Micros"], base and base["warmP99Micros"])),
              fmt(rss, 1), fmt_ratio(ratio(rss, base and mib(base["rssKib"]))),
              fmt_mb(r["artifactBytes"]), answer_text(r.get("answer"))]
    return "| " + " | ".join(cells) + " |"


AWS_HEADER = ("| case | cold ms (median) | x plain | warm p50 µs | x plain | warm p99 µs | x plain | RSS after 1st MiB "
              "| x plain | artifact MB | first answer body |\n|---|---|---|---|---|---|---|---|---|---|---|")

headline = [r for r in results.get("aws", []) if r["lever"] == "NONE" and "jdk25" not in r["id"]]
levers = [r for r in results.get("aws", []) if r not in headline]

targets = []
COLD_LIMIT = 1.25
AWS_TARGETS = ["AWS cold start <= 1.25x plain", "AWS cold start >= 3.5x faster than stock SCF 5",
               "AWS warm p50 <= 1.3x plain", "AWS warm p99 <= 1.8x plain", "AWS RSS after 1st <= 1.2x plain",
               "orders-aws.jar <= 12 MB"]


def target(name, value, limit, better_low=True, text=None):
    if value is None:
        targets.append((name, "not measured", "n/a"))
        return
    met = value <= limit if better_low else value >= limit
    targets.append((name, text or fmt_ratio(value), "met" if met else "**missed**"))


if polyfn and plain and not polyfn.get("failure") and not plain.get("failure"):
    target(AWS_TARGETS[0], ratio(med(polyfn["coldMs"]), med(plain["coldMs"])), COLD_LIMIT)
    if scf5 and not scf5.get("failure"):
        r = ratio(med(scf5["coldMs"]), med(polyfn["coldMs"]))
        target(AWS_TARGETS[1], r, 3.5, better_low=False, text=f"{r:.2f}x faster")
    else:
        target(AWS_TARGETS[1], None, 0)
    target(AWS_TARGETS[2], ratio(polyfn["warmP50Micros"], plain["warmP50Micros"]), 1.3)
    target(AWS_TARGETS[3], ratio(polyfn["warmP99Micros"], plain["warmP99Micros"]), 1.8)
    target(AWS_TARGETS[4], ratio(mib(polyfn["rssKib"]), mib(plain["rssKib"])), 1.2)
    size = mb(polyfn["artifactBytes"])
    target(AWS_TARGETS[5], size, 12.0, text=f"{size:.1f} MB")
else:
    for name in AWS_TARGETS:
        target(name, None, 0)

# ---------------------------------------------------------------- GCP
gcp = by_id(results.get("gcp"))
gpoly, gplain = gcp.get("polyfn-gcp"), gcp.get("plain-gcp")
if gpoly and gplain and not gpoly.get("failure") and not gplain.get("failure"):
    target("GCP time to first response <= 1.3x plain HttpFunction",
           ratio(med(gpoly["startMs"]), med(gplain["startMs"])), 1.3)
else:
    target("GCP time to first response <= 1.3x plain HttpFunction", None, 0)

# ---------------------------------------------------------------- Azure
azure = by_id(results.get("azure"))
apoly, aplain = azure.get("polyfn-azure"), azure.get("plain-azure")
if apoly and aplain and not apoly.get("failure") and not aplain.get("failure"):
    target("Azure worker start to first answer <= 1.5x plain @FunctionName",
           ratio(med(apoly["startMs"]), med(aplain["startMs"])), 1.5)
else:
    target("Azure worker start to first answer <= 1.5x plain @FunctionName", None, 0)

# ---------------------------------------------------------------- web
web = by_id(results.get("web"))
wpoly, wstock = web.get("polyfn-web"), web.get("scf-web")


def wrk_mean(r, key):
    values = [w[key] for w in (r or {}).get("wrk", []) if w.get(key) is not None]
    return statistics.mean(values) if values else None


if wpoly and wstock and not wpoly.get("failure") and not wstock.get("failure"):
    target("Web start to first answer <= 0.75x stock", ratio(med(wpoly["startMs"]), med(wstock["startMs"])), 0.75)
    # "no worse than today": issue 17 measured 2.35x the stock app's throughput and 0.66x its p99
    target("Web throughput >= 2.35x stock (no worse than the last full run)",
           ratio(wrk_mean(wpoly, "requestsPerSecond"), wrk_mean(wstock, "requestsPerSecond")), 2.35,
           better_low=False)
    target("Web p99 <= 0.66x stock (no worse than the last full run)",
           ratio(wrk_mean(wpoly, "p99Ms"), wrk_mean(wstock, "p99Ms")), 0.66)
else:
    for name in ["Web start to first answer <= 0.75x stock",
                 "Web throughput >= 2.35x stock (no worse than the last full run)",
                 "Web p99 <= 0.66x stock (no worse than the last full run)"]:
        target(name, None, 0)

# ---------------------------------------------------------------- concurrency
aws_c = by_id(results.get("awsConcurrency"))
gcp_c = by_id(results.get("gcpConcurrency"))


def mean(values):
    return statistics.mean(values) if values else None


def per_second(r):
    """Invocations (AWS) or requests (GCP, wrk) per second: the mean over the case's runs."""
    if not r or r.get("failure"):
        return None
    if "invocationsPerSecond" in r:
        return mean(r["invocationsPerSecond"])
    return wrk_mean(r, "requestsPerSecond")


def p99_ms(r):
    if not r or r.get("failure"):
        return None
    if "p99Micros" in r:
        return r["p99Micros"] / 1000
    return wrk_mean(r, "p99Ms")


def p50_ms(r):
    if not r or r.get("failure"):
        return None
    if "p50Micros" in r:
        return r["p50Micros"] / 1000
    return wrk_mean(r, "p50Ms")


CONCURRENCY_PAIRS = [("AWS, AWS_LAMBDA_MAX_CONCURRENCY=8", aws_c, "polyfn-c8", "plain-c8"),
                     ("GCP, wrk with 32 connections", gcp_c, "polyfn-gcp", "plain-gcp")]
for title, rows, mine, base in CONCURRENCY_PAIRS:
    name = f"{title.split(',')[0]} throughput under concurrency >= 0.9x plain ({title.split(', ')[1]})"
    target(name, ratio(per_second(rows.get(mine)), per_second(rows.get(base))) if rows else None, 0.9,
           better_low=False)

# ---------------------------------------------------------------- page
lines.append("# Performance")
lines.append("")
lines.append("<!-- Generated by benchmarks/report.py from one run of benchmarks/run.sh; edit benchmarks/notes/*.md "
             "for the prose. -->")
lines.append("")
lines.append(f"Measured by `{timing.get('command', 'benchmarks/run.sh')}` on {meta.get('date', '?')[:16].replace('T', ' ')} "
             f"UTC: one run, every case interleaved with the others (order rotated each round), "
             f"{meta.get('rounds', '?')} cold starts per case, medians reported. The run took "
             f"{fmt(timing.get('totalSeconds'))} s, of which {fmt(timing.get('buildSeconds'))} s building.")
lines.append("")
lines.append("| machine | |\n|---|---|")
lines.append(f"| CPU | {meta.get('cpu', '?')}, {meta.get('cores', '?')} cores |")
mem = meta.get('memory', '?').replace('MemTotal:', '').strip()
if mem.endswith('kB') and mem[:-2].strip().isdigit():
    mem = f"{int(mem[:-2]) / 1024 / 1024:.1f} GiB"
lines.append(f"| memory | {mem} |")
lines.append(f"| OS | {meta.get('kernel', '?')} (load average at start: {meta.get('loadAverage', '?')}) |")
lines.append(f"| JDK (all rows unless marked) | {meta.get('java17', '?')} |")
lines.append(f"| JDK 25 rows | {meta.get('java25', '?')} |")
lines.append("")
lines.append("Absolute numbers depend on the machine; the ratios between cases from one interleaved run are what the "
             "targets are about.")
lines.append("")
lines.append("## Targets")
lines.append("")
lines.append("| target | measured | |\n|---|---|---|")
for name, value, verdict in targets:
    lines.append(f"| {name} | {value} | {verdict} |")
lines.append("")

lines.append("## AWS Lambda: cold start and warm path under the runtime interface client")
lines.append("")
lines.append("Each case runs under the real `aws-lambda-java-runtime-interface-client` 2.9.0 against the harness's "
             "Runtime API emulator (JDK HttpServer on loopback). **Cold** = child process spawned to first response "
             f"received; then **{meta.get('warmInvocations', '?')} warm invocations** per cold start (p50/p99 over all "
             "rounds, event dispatched to response received); **RSS** = VmRSS right after the first response. "
             "Every case gets the same API Gateway REST (v1) event whose text body `hello polyfn` is upper-cased. "
             "As on Lambda, the deployment artifact is unpacked into the task root (the working directory) and the "
             "runtime client's jars are on the class path, not in the artifact. JVM flags: those of Lambda's managed "
             "java17/java21 bootstrap for a 512 MB function (tiered compilation stopped at C1, Serial GC, heap 85% of "
             "the memory), plus `-XX:MaxRAM=512m` standing in for the sandbox's memory; nothing in "
             "`JAVA_TOOL_OPTIONS`:")
lines.append("")
lines.append("    " + " ".join(results.get("awsJvmFlags", [])))
lines.append("")
lines.append(AWS_HEADER)
for r in headline:
    lines.append(aws_row(r, plain))
lines.append("")
cold_chart = bar_chart("aws-cold-start.svg", "AWS cold start: spawn to first response (median, whisker min-max)", "ms",
                       [(r["label"], med(r["coldMs"]), min(r["coldMs"]) if r["coldMs"] else None,
                         max(r["coldMs"]) if r["coldMs"] else None, r["id"].startswith("polyfn"))
                        for r in headline if not r.get("failure")],
                       reference=med(plain["coldMs"]) * COLD_LIMIT if plain and plain["coldMs"] else None)
if cold_chart:
    lines.append(f"![AWS cold start]({cold_chart})")
    lines.append("")
    lines.append(f"The dashed line is the target: {COLD_LIMIT}x the plain handler.")
    lines.append("")
warm_chart = bar_chart("aws-warm.svg", "AWS warm invocation latency (p50, whisker p50-p99)", "µs",
                       [(r["label"], r["warmP50Micros"], r["warmP50Micros"], r["warmP99Micros"],
                         r["id"].startswith("polyfn")) for r in headline if not r.get("failure")])
if warm_chart:
    lines.append(f"![AWS warm latency]({warm_chart})")
    lines.append("")
rss_chart = bar_chart("aws-rss.svg", "AWS resident memory after the first response (median)", "MiB",
                      [(r["label"], mib(r["rssKib"]), None, None, r["id"].startswith("polyfn"))
                       for r in headline if not r.get("failure")])
if rss_chart:
    lines.append(f"![AWS RSS]({rss_chart})")
    lines.append("")

if levers:
    lines.append("### Levers that need JVM flags (separate rows, not the headline)")
    lines.append("")
    lines.append("The AppCDS and AOT-cache rows deploy the same jar under `lib/` of the task root (the runtime client "
                 "loads `/var/task/lib/*.jar`) with an archive trained by one run of 20 invocations and named through "
                 "`JAVA_TOOL_OPTIONS` (the *jar under lib/* row is that deployment without an archive); the `(image)` rows put the jar on the JVM class path instead, as a container "
                 "image's entry point can; the JDK 25 *no cache* rows deploy as the headline does (unpacked), on "
                 "Temurin 25, as the baseline of the AOT-cache rows; the *container layout* row runs the command line of "
                 "the Dockerfile polyfn-maven-plugin writes with `polyfn.container=true` (`target/container/aws/`, "
                 "[containers](containers.md)) in its layout, with the AOT cache its build trained. "
                 "Ratios are against the plain handler of the headline table (JDK 17, no archive). "
                 f"Each lever row runs only {results.get('leverWarm', 200)} warm invocations per cold start (they are "
                 "about the cold start), so their warm figures show an early JIT state and are not comparable with "
                 "the headline's.")
    lines.append("")
    lines.append(AWS_HEADER)
    for r in levers:
        lines.append(aws_row(r, plain))
    lines.append("")
    lever_chart = bar_chart("aws-levers.svg", "AWS cold start with JVM-flag levers (median)", "ms",
                            [(r["label"], med(r["coldMs"]), min(r["coldMs"]), max(r["coldMs"]),
                              r["id"].startswith("polyfn")) for r in [polyfn, plain] + levers
                             if r and not r.get("failure") and r["coldMs"]])
    if lever_chart:
        lines.append(f"![AWS levers]({lever_chart})")
        lines.append("")

lines.append("## Google Cloud Functions: java-function-invoker 2.0.0")
lines.append("")
lines.append("`java -jar java-function-invoker-2.0.0.jar --classpath <jar> --target <class> --port <port>` (JVM "
             "defaults). **First response** = process spawned to the first answer of `POST /` (text/plain "
             "`hello polyfn`); then sequential warm requests over one keep-alive connection (JDK HttpClient), "
             "client-side latency. The *container layout* row (a JVM-flag lever, not the headline) runs the command "
             "line of the plugin's Cloud Run / Knative Dockerfile (`target/container/gcp/`, the function jar on the "
             "class path, its trained JDK 25 AOT cache) with `--port`.")
lines.append("")
lines.append("| case | first response ms (median) | x plain | warm p50 µs | x plain | warm p99 µs | x plain "
             "| RSS MiB | jar MB | first answer |\n|---|---|---|---|---|---|---|---|---|---|")
for r in results.get("gcp", []):
    if r.get("failure"):
        lines.append(f"| {r['label']} | {escape(r['failure'])} | | | | | | | | |")
        continue
    s = med(r["startMs"])
    lines.append("| " + " | ".join([
        r["label"], fmt(s), fmt_ratio(ratio(s, gplain and med(gplain["startMs"]))),
        fmt(r["warmP50Micros"]), fmt_ratio(ratio(r["warmP50Micros"], gplain and gplain["warmP50Micros"])),
        fmt(r["warmP99Micros"]), fmt_ratio(ratio(r["warmP99Micros"], gplain and gplain["warmP99Micros"])),
        fmt(mib(r["rssKib"]), 1), fmt_mb(r["artifactBytes"]),
        answer_text(r.get("answer"))]) + " |")
lines.append("")
gcp_chart = bar_chart("gcp-first-response.svg", "GCP invoker: spawn to first response (median, whisker min-max)", "ms",
                      [(r["label"], med(r["startMs"]), min(r["startMs"]), max(r["startMs"]),
                        r["id"].startswith("polyfn")) for r in results.get("gcp", []) if not r.get("failure")])
if gcp_chart:
    lines.append(f"![GCP first response]({gcp_chart})")
    lines.append("")

lines.append("## Azure Functions: Microsoft's Java worker 2.17.0 under Polyfn's host emulator")
lines.append("")
lines.append("Each case is a staging folder of azure-functions-maven-plugin run by the real Java worker, started as the "
             "Functions host starts it (worker.config.json's JVM flags, no `JAVA_OPTS`) and driven over gRPC by "
             "`dev.polyfn.azure.testing.AzureHostEmulator` (handshake, one load request per function, invocations "
             "shaped like the host's). **First answer** = worker process started to the first answer of "
             "`POST /api/uppercase` (text/plain `hello polyfn`), including the handshake and every function load; "
             "then sequential warm invocations (emulator-side latency). The Polyfn folder holds the example's eight "
             "functions; the plain one a single hand-written `@FunctionName` method.")
lines.append("")
lines.append("| case | first answer ms (median) | x plain | warm p50 µs | x plain | warm p99 µs | x plain "
             "| RSS MiB | folder MB | first answer |\n|---|---|---|---|---|---|---|---|---|---|")
for r in results.get("azure", []):
    if r.get("failure"):
        lines.append(f"| {r['label']} | {escape(r['failure'])} | | | | | | | | |")
        continue
    s = med(r["startMs"])
    lines.append("| " + " | ".join([
        r["label"], fmt(s), fmt_ratio(ratio(s, aplain and med(aplain["startMs"]))),
        fmt(r["warmP50Micros"]), fmt_ratio(ratio(r["warmP50Micros"], aplain and aplain["warmP50Micros"])),
        fmt(r["warmP99Micros"]), fmt_ratio(ratio(r["warmP99Micros"], aplain and aplain["warmP99Micros"])),
        fmt(mib(r["rssKib"]), 1), fmt_mb(r["artifactBytes"]),
        answer_text(r.get("answer"))]) + " |")
lines.append("")
azure_chart = bar_chart("azure-first-answer.svg", "Azure Java worker: start to first answer (median, whisker min-max)",
                        "ms", [(r["label"], med(r["startMs"]), min(r["startMs"]), max(r["startMs"]),
                                r["id"].startswith("polyfn")) for r in results.get("azure", []) if not r.get("failure")])
if azure_chart:
    lines.append(f"![Azure first answer]({azure_chart})")
    lines.append("")

lines.append("## Local web app: orders-app.jar against stock spring-cloud-function-web")
lines.append("")
lines.append(f"`java -jar <app>.jar --server.port=<port>` (JVM defaults). **Start** = process spawned to the first "
             f"answer of `POST /uppercase`. Throughput and latency: `{results.get('wrk', 'wrk')}` on loopback, the "
             "same POST, in fresh processes, mean of the wrk runs per case.")
lines.append("")
lines.append("| case | start to first answer ms (median) | x stock | requests/s | x stock | p50 ms | p99 ms | x stock "
             "| RSS after 1st MiB | jar MB |\n|---|---|---|---|---|---|---|---|---|---|")
for r in results.get("web", []):
    if r.get("failure"):
        lines.append(f"| {r['label']} | {escape(r['failure'])} | | | | | | | | |")
        continue
    s = med(r["startMs"])
    lines.append("| " + " | ".join([
        r["label"], fmt(s), fmt_ratio(ratio(s, wstock and med(wstock["startMs"]))),
        fmt(wrk_mean(r, "requestsPerSecond")),
        fmt_ratio(ratio(wrk_mean(r, "requestsPerSecond"), wrk_mean(wstock, "requestsPerSecond"))),
        fmt(wrk_mean(r, "p50Ms"), 2), fmt(wrk_mean(r, "p99Ms"), 2),
        fmt_ratio(ratio(wrk_mean(r, "p99Ms"), wrk_mean(wstock, "p99Ms"))),
        fmt(mib(r["rssKib"]), 1), fmt_mb(r["artifactBytes"])]) + " |")
lines.append("")
web_chart = bar_chart("web-start.svg", "Web app: spawn to first answer (median, whisker min-max)", "ms",
                      [(r["label"], med(r["startMs"]), min(r["startMs"]), max(r["startMs"]),
                        r["id"].startswith("polyfn")) for r in results.get("web", []) if not r.get("failure")])
thr_chart = bar_chart("web-throughput.svg", "Web app under wrk: requests per second (mean of runs)", "req/s",
                      [(r["label"], wrk_mean(r, "requestsPerSecond"), None, None, r["id"].startswith("polyfn"))
                       for r in results.get("web", []) if not r.get("failure")])
for chart, alt in [(web_chart, "Web start"), (thr_chart, "Web throughput")]:
    if chart:
        lines.append(f"![{alt}]({chart})")
        lines.append("")

if aws_c or gcp_c:
    lines.append("## Throughput under concurrency")
    lines.append("")
    lines.append("**AWS**: the runtime client started with `AWS_LAMBDA_MAX_CONCURRENCY=8` (Lambda Managed Instances: "
                 "eight invocations at once in one process, the client running eight threads that each poll "
                 "`/next`), the Lambda JVM flags above; eight driver threads each keep one invocation outstanding "
                 "against the Runtime API emulator (queue an event, await its answer, queue the next) for "
                 f"{next(iter(aws_c.values()), {}).get('seconds', '?')} s after a discarded warm-up of half that; "
                 "latency = event dispatched to answer received; *outstanding* = the most invocations the emulator "
                 "had handed out and not yet seen answered at one moment (8 shows they really overlapped). "
                 f"**GCP**: the invoker as above under `{results.get('gcpConcurrencyWrk', 'wrk')}` in fresh "
                 "processes (JVM defaults). Mean of the runs per case; both families interleave Polyfn with its "
                 "plain baseline, round by round. The harness's own driver (emulator or wrk) runs on the same "
                 "cores, in both cases alike.")
    lines.append("")
    lines.append("| case | per second | x plain | p50 ms | p99 ms | x plain (p99) | runs | outstanding |\n"
                 "|---|---|---|---|---|---|---|---|")
    bars = []
    for title, rows, mine, base in CONCURRENCY_PAIRS:
        for rid in (mine, base):
            r = rows.get(rid)
            if not r:
                continue
            if r.get("failure"):
                lines.append(f"| {r['label']} | {escape(r['failure'])} | | | | | | |")
                continue
            runs = len(r.get("invocationsPerSecond") or r.get("wrk") or [])
            outstanding = max(r["maxOutstanding"]) if r.get("maxOutstanding") else "n/a"
            label = r["label"] if "c8" in rid else r["label"] + ", 32 connections"
            lines.append("| " + " | ".join([
                label, fmt(per_second(r)), fmt_ratio(ratio(per_second(r), per_second(rows.get(base)))),
                fmt(p50_ms(r), 2), fmt(p99_ms(r), 2), fmt_ratio(ratio(p99_ms(r), p99_ms(rows.get(base)))),
                str(runs), str(outstanding)]) + " |")
            bars.append((label, per_second(r), None, None, rid.startswith("polyfn")))
    lines.append("")
    conc_chart = bar_chart("concurrency.svg", "Throughput under concurrency (mean of runs)", "/s", bars)
    if conc_chart:
        lines.append(f"![Throughput under concurrency]({conc_chart})")
        lines.append("")

lines.append("## JMH: per-invocation cost of each entry point")
lines.append("")
lines.append("JMH 1.37, average time per call, in one JVM per benchmark (JVM defaults, C2). *direct* calls the "
             "example's `uppercase` function; *core invoker* is `PolyfnInvoker.invoke` with a portable request; each "
             "adapter row is the cloud entry point with its provider's request shape in memory (no network). "
             "Overhead = the row minus *direct*. The one log line per invocation is switched off here "
             "(`-Dpolyfn.logging.invocations=false`): its cost is that of wherever stdout goes, and it is included "
             "in the AWS warm figures above.")
lines.append("")
lines.append("| entry point | ns/op | ± (99.9%) | overhead vs direct ns |\n|---|---|---|---|")
direct = None
rows = []
for b in jmh:
    name = b["benchmark"].rsplit(".", 1)[-1]
    score = b["primaryMetric"]["score"]
    err = b["primaryMetric"].get("scoreError")
    rows.append((name, score, err))
    if name == "direct":
        direct = score
labels = {"direct": "direct call of the function", "coreInvoker": "core invoker (PolyfnInvoker)",
          "awsStreamHandler": "AWS PolyfnHandler (API Gateway v1 stream)",
          "azureHttpTrigger": "Azure PolyfnAzureHttp.handle (in-memory request)",
          "gcpHttpFunction": "GCP PolyfnHttpFunction (in-memory request)",
          "sameThread": "deadline, call on the caller's thread",
          "handOff": "deadline, call on an invocation thread (DeadlineRunner)",
          "handOff8": "as above, 8 callers at once (per call, each caller)"}
for name, score, err in sorted(rows, key=lambda x: x[1]):
    over = None if direct is None else score - direct
    lines.append(f"| {labels.get(name, name)} | {fmt(score)} | {fmt(err) if isinstance(err, (int, float)) else 'n/a'} "
                 f"| {fmt(over)} |")
if not rows:
    lines.append("| (JMH did not run: see benchmarks/target/results/jmh.log) | | | |")
lines.append("")
jmh_chart = bar_chart("jmh-overhead.svg", "JMH: time per invocation", "ns",
                      [(labels.get(n, n), s, None, None, n != "direct") for n, s, e in sorted(rows, key=lambda x: x[1])])
if jmh_chart:
    lines.append(f"![JMH]({jmh_chart})")
    lines.append("")

profiles = [(c, os.path.join(RESULTS, "profile", c, "summary.txt")) for c in ("polyfn", "plain")]
profiles = [(c, p) for c, p in profiles if os.path.exists(p)]
if profiles:
    lines.append("## Profile of one cold start (class loading)")
    lines.append("")
    lines.append("`benchmarks/profile-aws.sh <case>`: one cold start under the runtime client with "
                 "`-Xlog:class+load:...:uptime`, summarised by library (classes loaded, how many came from the JDK's "
                 "CDS archive, JVM uptime of the first and last load) and by milestone. Logging every class load "
                 "slows the start, so these times are longer than the table's.")
    lines.append("")
    for case, path in profiles:
        with open(path) as f:
            lines.append(f"**{'Polyfn orders-aws.jar' if case == 'polyfn' else 'plain Java handler'}**")
            lines.append("")
            lines.append("```")
            lines.append(f.read().rstrip())
            lines.append("```")
            lines.append("")

if os.path.isdir(NOTES):
    for name in sorted(os.listdir(NOTES)):
        if name.endswith(".md"):
            with open(os.path.join(NOTES, name)) as f:
                lines.append(f.read().rstrip())
                lines.append("")

os.makedirs(os.path.dirname(os.path.abspath(DOC)), exist_ok=True)
with open(DOC, "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", DOC)
