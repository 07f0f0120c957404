#!/usr/bin/env bash
# Builds the benchmarks module and runs the JMH suite, then prints the ratio tables.
#
#   benchmarks/run.sh            the full run (about 95 minutes on 2 cores, estimated; run it in the background)
#   benchmarks/run.sh --quick    a reduced run: fewer forks and iterations
#   benchmarks/run.sh --smoke    every benchmark once with minimal settings and the smallest
#                                parameters (CI: checks that the suite runs; its numbers mean nothing)
#
# Options: --no-build (use the classes already built), --out DIR (where results go; default
# benchmarks/results/<mode>-<date>, outside target/ so that mvn clean keeps it), --only
# dispatch,startup,compile,cold,spring,boot,security,paired,outbox (run only these families; the report
# still includes any other family's results already in DIR). Arguments after -- go to every JMH
# invocation. The JVM is $JAVA_HOME/bin/java when JAVA_HOME is set, else java.
#
# Seven JMH invocations, each with its own settings and profiler, each writing DIR/<family>.json:
# dispatch (DispatchBench + TimeoutBench + ConsoleStatsBench, -prof gc), startup (StartupBench, -prof cl), compile
# (CompileBench: warm javac), cold (CompileColdBench: one compile per fresh JVM), spring
# (SpringDispatchBench: dispatch through the Spring Boot starter's wirings, -prof gc), boot
# (SpringBootRefreshBench: a Spring Boot application's startup per fresh JVM), whose tables come
# from spring_report.py, and security (SpringSecurityBench: form logins and token requests over
# HTTP with and without Hookwire's Spring Security adapters; security_report.py). Every ratio the
# reports print compares results of the same invocation. Two families are no JMH run: paired
# (PairedSecurityBench: the security variants at once, each in its own JVM, measured in shuffled
# rounds for ratios with confidence intervals finer than JMH's fork-to-fork spread; writes
# DIR/paired.txt, appended to the report) and outbox:
# OutboxBench times host transactions and outbox drains by wall clock on H2 and embedded
# PostgreSQL (with db-scheduler as the baseline) and writes DIR/outbox.txt, appended to the report.
# Any benchmark error fails the script (-foe true). Not part of `mvn verify`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"

mode=full
build=yes
out=""
only="dispatch,startup,compile,cold,spring,boot,security,paired,outbox"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) mode=smoke ;;
    --quick) mode=quick ;;
    --full) mode=full ;;
    --no-build) build=no ;;
    --out) out="$2"; shift ;;
    --only) only="$2"; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,/^set /p' "$0" | grep '^#'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

out="${out:-$here/results/$mode-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if [ "$build" = yes ]; then
  echo "== building (mvn -q -B -DskipTests package -pl benchmarks -am)"
  (cd "$root" && mvn -q -B -Dstyle.color=never -DskipTests package -pl benchmarks -am)
fi
classpath="$here/target/classes:$(cat "$here/target/benchmarks.classpath")"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

case "$mode" in
  smoke)
    dispatch=(-f 1 -wi 0 -i 1 -r 100ms -p hooks=1 -p callSite=mono,mega)
    startup=(-f 1 -wi 0 -i 1 -p hooks=100)
    compile=(-f 1 -wi 0 -i 1 -p hooks=250)
    cold=(-f 1 -wi 0 -i 1 -p hooks=250)
    spring=(-f 1 -wi 0 -i 1 -r 100ms)
    boot=(-f 1 -wi 0 -i 1)
    outbox=(-Dhookwire.bench.outbox.transactions=50 -Dhookwire.bench.outbox.events=200)
    security=(-f 1 -wi 0 -i 1 -r 200ms)
    paired=(-Dhookwire.bench.paired.warmup=1 -Dhookwire.bench.paired.rounds=2 -Dhookwire.bench.paired.visit=200
            -Dhookwire.bench.paired.latency-rounds=2 -Dhookwire.bench.paired.logins=20 -Dhookwire.bench.paired.tokens=5)
    ;;
  quick)
    dispatch=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
    startup=(-f 10 -wi 0 -i 1)
    compile=(-f 1 -wi 5 -i 5)
    cold=(-f 3 -wi 0 -i 1)
    spring=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
    boot=(-f 5 -wi 0 -i 1)
    outbox=(-Dhookwire.bench.outbox.transactions=1000 -Dhookwire.bench.outbox.events=5000)
    # The security benchmarks' own warm-up and measurement settings (concurrentLogins warms for
    # 60 s, coldLogins measures the first 60 s), with fewer forks.
    security=(-f 1)
    paired=(-Dhookwire.bench.paired.rounds=8 -Dhookwire.bench.paired.latency-rounds=10)
    ;;
  full)
    dispatch=(-f 2 -wi 5 -w 1s -i 5 -r 1s)
    startup=(-f 10 -wi 0 -i 1)
    compile=(-f 2 -wi 8 -i 5)
    cold=(-f 5 -wi 0 -i 1)
    spring=(-f 2 -wi 5 -w 1s -i 5 -r 1s)
    boot=(-f 10 -wi 0 -i 1)
    outbox=(-Dhookwire.bench.outbox.transactions=2000 -Dhookwire.bench.outbox.events=10000)
    security=(-f 2)
    paired=(-Dhookwire.bench.paired.forks=2 -Dhookwire.bench.paired.rounds=15 -Dhookwire.bench.paired.latency-rounds=20)
    ;;
esac

# Forks inherit the host JVM's options, so the fixtures directory reaches every fork: the startup
# fixtures are compiled once per run (fresh, so never stale after a processor change).
# JMH allows one instance per machine (/tmp/jmh.lock) so that benchmarks do not disturb each
# other. A smoke run measures nothing worth protecting, so it may run beside another JMH (in CI,
# another job's smoke run); a measuring run fails instead, with JMH's message.
lock=()
if [ "$mode" = smoke ]; then lock=(-Djmh.ignoreLock=true); fi

jmh() {
  local name="$1"; shift
  case ",$only," in *",$name,"*) ;; *) echo "== $name: skipped (--only $only)"; return 0 ;; esac
  echo "== $name: java -cp <benchmarks> org.openjdk.jmh.Main $*"
  (cd "$out" && "$java" ${lock[@]+"${lock[@]}"} -Dhookwire.bench.fixtures="$out/fixtures" -cp "$classpath" org.openjdk.jmh.Main \
      -foe true -rf json -rff "$out/$name.json" "$@" ${extra[@]+"${extra[@]}"}) > "$out/$name.log" 2>&1 \
    || { tail -40 "$out/$name.log" >&2; echo "run.sh: $name failed, see $out/$name.log" >&2; exit 1; }
  grep -E '^# Run complete|^(Benchmark|[A-Z][A-Za-z]+Bench\.)' "$out/$name.log" | grep -v ':class.unload\|:gc.count\|:gc.time\|:gc.alloc.rate ' || true
}

# A wall-clock harness (no JMH): its main class with the family's system properties; its report
# goes to DIR/<family>.txt, its log to DIR/<family>.log.
harness() {
  local name="$1" main="$2"; shift 2
  case ",$only," in *",$name,"*) ;; *) echo "== $name: skipped (--only $only)"; return 0 ;; esac
  echo "== $name: java -cp <benchmarks> $* $main"
  "$java" "$@" -cp "$classpath" "$main" > "$out/$name.txt" 2> "$out/$name.log" \
    || { tail -40 "$out/$name.log" >&2; echo "run.sh: $name failed, see $out/$name.log" >&2; exit 1; }
  cat "$out/$name.txt"
}

# Other work on the machine skews the numbers: sample the load average every 30 s.
(while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"; sleep 30; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

start=$(date +%s)
# Appended: a re-run of some families into the same directory (--only) adds its own block.
{
  echo "mode: $mode, families: $only"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  "$java" -version 2>&1 | sed 's/^/java: /'
} >> "$out/machine.txt"

jmh dispatch '\.(DispatchBench|TimeoutBench|ConsoleStatsBench)\.' -prof gc "${dispatch[@]}"
jmh startup 'StartupBench' -prof cl "${startup[@]}"
jmh compile 'CompileBench' "${compile[@]}"
jmh cold 'CompileColdBench' "${cold[@]}"
jmh spring '\.SpringDispatchBench\.' -prof gc "${spring[@]}"
jmh boot '\.SpringBootRefreshBench\.' "${boot[@]}"
jmh security '\.SpringSecurityBench\.' "${security[@]}"
harness paired dev.hookwire.bench.paired.PairedSecurityBench ${paired[@]+"${paired[@]}"}
harness outbox dev.hookwire.bench.outbox.OutboxBench "${outbox[@]}"

kill "$sampler" 2>/dev/null || true
{
  if [ "$mode" = smoke ]; then
    echo "**SMOKE RUN: minimal settings, no warm-up. It checks that every benchmark runs; its numbers mean nothing.**"
    echo
  fi
  suite=$(ls "$out"/dispatch.json "$out"/startup.json "$out"/compile.json "$out"/cold.json 2>/dev/null || true)
  if [ -n "$suite" ]; then
    python3 "$here/report.py" $suite
    echo
  fi
  spring_files=$(ls "$out"/spring.json "$out"/boot.json 2>/dev/null || true)
  if [ -n "$spring_files" ]; then
    python3 "$here/spring_report.py" $spring_files
  fi
  if [ -f "$out/security.json" ]; then
    echo
    python3 "$here/security_report.py" "$out/security.json"
  fi
  if [ -f "$out/paired.txt" ]; then echo; cat "$out/paired.txt"; fi
  if [ -f "$out/outbox.txt" ]; then echo; sed 's/^/    /' "$out/outbox.txt"; fi
  echo
  sed 's/^/    /' "$out/machine.txt"
  awk '{ n++; s += $2; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
       END { if (n) printf "    load average (1 min) during the run: min %.1f, mean %.1f, max %.1f (%d samples)\n", min, s / n, max, n }' "$out/load.txt"
} | tee "$out/report.md"
echo "results: $out ($(( $(date +%s) - start )) s)"
