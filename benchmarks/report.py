#!/usr/bin/env python3
"""Prints the benchmark suite's results as ratio tables (GitHub markdown).

Usage: report.py RESULT.json [RESULT.json ...]

Reads JMH's `-rf json` output (run.sh writes dispatch.json, startup.json, compile.json) and
prints, for each family of benchmarks found, a table of scores and of ratios against the
baselines measured in the same run, then the issue's targets with "met" / "NOT met". A family or
a cell that was not run is left out or shown as "-" (a smoke run measures little).
"""

import json
import math
import statistics
import sys
from collections import defaultdict

DISPATCH_CONTENDERS = ["direct", "loop", "wiring", "guava", "greenrobot", "spring"]
DISPATCH_EVENTS = [("after", "after"), ("before", "before + merge"), ("virtual", "virtual (2N hooks)")]
STARTUP_WAYS = ["construct", "hookWiring", "hookWiringLoggingReady", "classGraph", "springScan"]


def load(paths):
    """{(class, method): {params tuple: result}} from every JSON file."""
    results = defaultdict(dict)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
                params = tuple(sorted((entry.get("params") or {}).items()))
                results[(cls, method)][params] = entry
    return results


def score(entry):
    return entry["primaryMetric"]["score"] if entry else None


def error(entry):
    if not entry:
        return None
    e = entry["primaryMetric"].get("scoreError")
    try:
        e = float(e)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(e) else e


def secondary(entry, name):
    if not entry:
        return None
    for key, metric in entry.get("secondaryMetrics", {}).items():
        if key.lstrip("·") == name:
            return metric["score"]
    return None


def median(entry):
    """Median over every measured operation (single-shot runs: one per fork)."""
    if not entry:
        return None
    raw = [v for fork in entry["primaryMetric"].get("rawData", []) for v in fork]
    return statistics.median(raw) if raw else None


def fmt(value, digits=1):
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def noisy(entry, limit=0.2):
    """The score, marked with * when its 99.9% confidence half-width exceeds 20% of it."""
    value, err = score(entry), error(entry)
    mark = "*" if value and err is not None and err > limit * value else ""
    return fmt(value) + mark


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def fmt_ratio(value):
    return "-" if value is None else f"{value:.2f}×"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


class Targets:
    def __init__(self):
        self.lines = []

    def check(self, description, ok, detail):
        if ok is None:
            self.lines.append(f"- [not measured] {description}")
        else:
            self.lines.append(f"- [{'met' if ok else 'NOT met'}] {description}: {detail}")


def get(results, cls, method, **params):
    wanted = tuple(sorted((k, str(v)) for k, v in params.items()))
    return results.get((cls, method), {}).get(wanted)


def param_values(results, cls, name):
    values = set()
    for (c, _), by_params in results.items():
        if c == cls:
            for params in by_params:
                values.update(v for k, v in params if k == name)
    return values


def dispatch(results, targets):
    if not any(c == "DispatchBench" for c, _ in results):
        return
    print("## Dispatch (ns/op, lower is better; ratios within this run)\n")
    empty = get(results, "DispatchBench", "empty")
    if empty:
        print(f"Empty benchmark method (the harness's own cost): {fmt(score(empty), 2)} ns/op.\n")
    hooks = sorted(param_values(results, "DispatchBench", "hooks"), key=int)
    sites = [s for s in ("mono", "mega") if s in param_values(results, "DispatchBench", "callSite")]
    rows, alloc_rows = [], []
    worst_vs_loop, worst_vs_direct, min_guava = None, None, None
    after_alloc = []
    for event, label in DISPATCH_EVENTS:
        for n in hooks:
            for site in sites:
                e = {c: get(results, "DispatchBench", event, hooks=n, callSite=site, via=c) for c in DISPATCH_CONTENDERS}
                s = {c: score(e[c]) for c in DISPATCH_CONTENDERS}
                if all(v is None for v in s.values()):
                    continue
                w = s["wiring"]
                vs_direct, vs_loop, guava_x = ratio(w, s["direct"]), ratio(w, s["loop"]), ratio(s["guava"], w)
                rows.append([label, n, site] + [noisy(e[c]) for c in DISPATCH_CONTENDERS] + [
                    fmt_ratio(vs_direct), fmt_ratio(vs_loop), fmt_ratio(guava_x),
                    fmt_ratio(ratio(s["greenrobot"], w)), fmt_ratio(ratio(s["spring"], w))])
                alloc = {c: secondary(e[c], "gc.alloc.rate.norm") for c in DISPATCH_CONTENDERS}
                alloc_rows.append([label, n, site] + [fmt(alloc[c], 0) if alloc[c] is not None else "-" for c in DISPATCH_CONTENDERS])
                if vs_loop is not None:
                    worst_vs_loop = max(worst_vs_loop or vs_loop, vs_loop)
                if vs_direct is not None:
                    worst_vs_direct = max(worst_vs_direct or vs_direct, vs_direct)
                if guava_x is not None:
                    min_guava = min(min_guava or guava_x, guava_x)
                if event == "after" and alloc["wiring"] is not None:
                    after_alloc.append(alloc["wiring"])
    print(table(["event", "hooks", "call site"] + DISPATCH_CONTENDERS
                + ["wiring / direct", "wiring / loop", "guava / wiring", "greenrobot / wiring", "spring / wiring"], rows))
    print("\n\\* the score's 99.9% confidence interval is wider than ±20% of it: noisy (other load on the machine,"
          " or too few iterations).")
    print("\nAllocation (B/op, from -prof gc; ≈0 prints as 0):\n")
    print(table(["event", "hooks", "call site"] + DISPATCH_CONTENDERS, alloc_rows))
    print()
    targets.check("generated dispatch ≤ 1.1× the hand-written loop (worst case over all rows)",
                  None if worst_vs_loop is None else worst_vs_loop <= 1.1, f"worst {fmt_ratio(worst_vs_loop)}")
    if worst_vs_direct is not None:
        targets.lines.append(f"- [info] generated dispatch vs hand-written direct calls: worst {fmt_ratio(worst_vs_direct)}")
    targets.check("generated dispatch ≥ 20× faster than Guava EventBus (worst case)",
                  None if min_guava is None else min_guava >= 20, f"least {fmt_ratio(min_guava)}")
    targets.check("0 B/op for after-events with inline hooks (generated wiring, every row)",
                  None if not after_alloc else max(after_alloc) < 0.5, f"max {fmt(max(after_alloc), 3) if after_alloc else '-'} B/op")


def timeout(results):
    rows = [("inlineHook", "inline (no timeout)"),
            ("timedHook", "@Timeout(1 s), the default executor"),
            ("timedHookOnCallerThread", "@Timeout(1 s), an executor running on the caller's thread (no hand-off)")]
    entries = {m: results.get(("TimeoutBench", m), {}).get(()) for m, _ in rows}
    if not any(entries.values()):
        return
    inline = score(entries["inlineHook"])
    print("## Timeout path: one after-hook, inline vs with a time limit (ns/op, lower is better)\n")
    print(table(["hook", "ns/op", "B/op", "added over inline", "× inline"], [
        [label, fmt(score(entries[m])) + ("*" if noisy(entries[m]) else ""),
         fmt(secondary(entries[m], "gc.alloc.rate.norm"), 0),
         "-" if inline is None or score(entries[m]) is None else fmt(score(entries[m]) - inline),
         fmt_ratio(ratio(score(entries[m]), inline))] for m, label in rows]))
    print()


def console_stats(results):
    """ConsoleStatsBench: a dispatch without and with the console's HookStats listener."""
    if not any(c == "ConsoleStatsBench" for c, _ in results):
        return
    print("## The console's counts: a dispatch without and with HookStats (ns/op, B/op; lower is better)\n")
    rows = []
    for method, event in (("after", "after-user-create"), ("before", "before-user-create")):
        for hooks in sorted(param_values(results, "ConsoleStatsBench", "hooks"), key=int):
            off = get(results, "ConsoleStatsBench", method, hooks=hooks, console="off")
            stats = get(results, "ConsoleStatsBench", method, hooks=hooks, console="stats")
            added = None if score(off) is None or score(stats) is None else score(stats) - score(off)
            rows.append([f"{event}, {hooks}",
                         fmt(score(off)), fmt(secondary(off, "gc.alloc.rate.norm"), 0),
                         fmt(score(stats)), fmt(secondary(stats, "gc.alloc.rate.norm"), 0),
                         "-" if added is None else fmt(added / int(hooks))])
    print(table(["event, hooks", "off ns/op", "off B/op", "stats ns/op", "stats B/op",
                 "added per hook, ns"], rows))
    print()


def startup(results, targets):
    if not any(c == "StartupBench" for c, _ in results):
        return
    print("## Startup: cold JVM to wiring ready (ms, mean over forks, one operation each; lower is better)\n")
    rows, class_rows = [], []
    for shape in sorted(param_values(results, "StartupBench", "shape")):
        for n in sorted(param_values(results, "StartupBench", "hooks"), key=int):
            e = {w: get(results, "StartupBench", w, hooks=n, shape=shape) for w in STARTUP_WAYS}
            s = {w: score(e[w]) for w in STARTUP_WAYS}
            if all(v is None for v in s.values()):
                continue
            forks = max((len(x["primaryMetric"].get("rawData", [])) for x in e.values() if x), default=0)
            rows.append([shape, n, forks] + [fmt(s[w]) + (f" ±{fmt(error(e[w]))}" if error(e[w]) else "") for w in STARTUP_WAYS] + [
                fmt_ratio(ratio(s["hookWiring"], s["construct"])),
                fmt_ratio(ratio(median(e["hookWiring"]), median(e["construct"]))),
                fmt_ratio(ratio(s["hookWiringLoggingReady"], s["construct"])),
                fmt_ratio(ratio(s["classGraph"], s["hookWiring"])),
                fmt_ratio(ratio(s["springScan"], s["hookWiring"]))])
            class_rows.append([shape, n] + [fmt(secondary(e[w], "class.load.norm"), 0) for w in STARTUP_WAYS])
            if str(n) == "1000":
                within = ratio(s["hookWiring"], s["construct"])
                targets.check(f"startup at N = 1,000 ({shape}) within 1.2× of only loading and constructing the hooks",
                              None if within is None else within <= 1.2, f"{fmt_ratio(within)} (medians: "
                              f"{fmt_ratio(ratio(median(e['hookWiring']), median(e['construct'])))})")
                ready = ratio(s["hookWiringLoggingReady"], s["construct"])
                if ready is not None:
                    targets.lines.append(f"- [info] the same with java.util.logging already initialised: {fmt_ratio(ready)}")
                faster = ratio(s["classGraph"], s["hookWiring"])
                targets.check(f"startup at N = 1,000 ({shape}) ≥ 10× faster than the ClassGraph scan",
                              None if faster is None else faster >= 10, fmt_ratio(faster))
    print(table(["shape", "hooks", "forks"] + [w + " ms" for w in STARTUP_WAYS]
                + ["hookWiring / construct", "same, medians", "hookWiringLoggingReady / construct",
                   "classGraph / hookWiring", "springScan / hookWiring"], rows))
    print("\nClasses loaded during the operation (-prof cl, class.load.norm):\n")
    print(table(["shape", "hooks"] + STARTUP_WAYS, class_rows))
    print()


def compile_time(results, targets, cls="CompileBench", title="warm javac, as in a build daemon"):
    if not any(c == cls for c, _ in results):
        return
    print(f"## Compile time, {title}: javac on the generated hooks package (ms/compile, lower is better)\n")
    print("Controls: a processor that does nothing, and one that only writes an empty class — what javac itself\n"
          "spends on annotation processing, and on a source-generating processor, before any Hookwire code runs.\n")
    rows = []
    for shape in sorted(param_values(results, cls, "shape")):
        per_hook = {}
        for n in sorted(param_values(results, cls, "hooks"), key=int):
            t = {m: score(get(results, cls, m, hooks=n, shape=shape))
                 for m in ("procNone", "controlProcessor", "controlGenerating", "withProcessor")}
            none, proc = t["procNone"], t["withProcessor"]
            if all(v is None for v in t.values()):
                continue
            added = None if none is None or proc is None else proc - none
            if added is not None:
                per_hook[int(n)] = added / int(n)

            def pct(value):
                return "-" if value is None or none is None else f"{100 * (value - none) / none:+.0f}%"

            rows.append([shape, n, fmt(none), fmt(t["controlProcessor"]), fmt(t["controlGenerating"]), fmt(proc),
                         pct(t["controlProcessor"]), pct(t["controlGenerating"]), pct(proc),
                         "-" if added is None else f"{added / int(n):.2f}"])
            if str(n) == "1000" and added is not None:
                targets.check(f"processor adds ≤ 25% to javac at N = 1,000 ({shape}, {title})", added / none <= 0.25,
                              f"{100 * added / none:+.0f}% (a do-nothing processor: {pct(t['controlProcessor'])}, "
                              f"one writing an empty class: {pct(t['controlGenerating'])})")
        if len(per_hook) >= 2:
            # Compare the two largest sizes, where fixed costs weigh least: linear growth keeps the
            # time added per hook; a quadratic term makes it grow with N.
            mid, hi = sorted(per_hook)[-2:]
            growth = ratio(per_hook[hi], per_hook[mid])
            targets.check(f"processor time grows linearly in N ({shape}, {title}): time added per hook at N = {hi:,} "
                          f"within 1.2× of N = {mid:,}", growth <= 1.2,
                          f"{fmt_ratio(growth)} ({per_hook[mid]:.2f} → {per_hook[hi]:.2f} ms per hook)")
    print(table(["shape", "hooks", "-proc:none", "do-nothing processor", "empty-class processor", "Hookwire processor",
                 "do-nothing adds", "empty-class adds", "Hookwire adds", "Hookwire: ms added per hook"], rows))
    print()


def main(paths):
    if not paths:
        sys.exit(__doc__)
    results = load(paths)
    targets = Targets()
    dispatch(results, targets)
    timeout(results)
    console_stats(results)
    startup(results, targets)
    compile_time(results, targets)
    compile_time(results, targets, "CompileColdBench", "cold javac, one compile per fresh JVM as in a `mvn compile`")
    if targets.lines:
        print("## Targets (issue 6)\n")
        print("\n".join(targets.lines))


if __name__ == "__main__":
    main(sys.argv[1:])
