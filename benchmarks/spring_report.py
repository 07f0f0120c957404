#!/usr/bin/env python3
"""Prints the Spring Boot benchmarks' results (run.sh's spring.json and boot.json) as ratio tables.

Usage: spring_report.py RESULT.json [RESULT.json ...]

Startup: SpringBootRefreshBench, starter against @EventListener beans, the median over every
measured operation (one per fork in a cold run). Dispatch:
SpringDispatchBench, every contender against the hand-written loop of the same run, with the
allocation per operation when the run had -prof gc. The issue's targets follow, "met" / "NOT met".
"""

import json
import statistics
import sys

CONTENDERS = ["loop", "wiring", "springWiring", "depsWiring", "springDepsWiring"]
EVENTS = [("after", "after"), ("before", "before + merge"), ("virtual", "virtual (6 hooks)")]


def load(paths):
    results = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f):
                cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
                via = (entry.get("params") or {}).get("via")
                results[(cls, method, via)] = entry
    return results


def raw(entry):
    return [v for fork in (entry or {}).get("primaryMetric", {}).get("rawData", []) for v in fork]


def alloc(entry):
    for key, metric in (entry or {}).get("secondaryMetrics", {}).items():
        if key.lstrip("·") == "gc.alloc.rate.norm":
            return metric["score"]
    return None


def fmt(value, unit=""):
    return "-" if value is None else f"{value:.1f}{unit}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def fmt_ratio(value):
    return "-" if value is None else f"{value:.2f}x"


def main(paths):
    results = load(paths)
    checks = []
    starter = raw(results.get(("SpringBootRefreshBench", "starter", None)))
    listeners = raw(results.get(("SpringBootRefreshBench", "eventListeners", None)))
    if starter and listeners:
        print("### Spring Boot: startup with 100 hooks (SpringApplication.run, ms, median of each way's operations)")
        print()
        print("| starter | @EventListener beans | starter / @EventListener | operations each |")
        print("|---|---|---|---|")
        s, l = statistics.median(starter), statistics.median(listeners)
        r = ratio(s, l)
        print(f"| {fmt(s)} (min {fmt(min(starter))}) | {fmt(l)} (min {fmt(min(listeners))}) | {fmt_ratio(r)} | {min(len(starter), len(listeners))} |")
        print()
        if r is not None:
            checks.append(("refresh through the starter no slower than @EventListener beans", r <= 1.0, fmt_ratio(r)))
    if any(k[0] == "SpringDispatchBench" for k in results):
        print("### Spring Boot: dispatch, 3 hooks per event (ns/op, median of the iterations; x the loop; B/op)")
        print()
        print("| event | " + " | ".join(CONTENDERS) + " | springWiring / wiring | depsWiring / wiring | springDepsWiring / wiring |")
        print("|---|" + "---|" * (len(CONTENDERS) + 3))
        for event, label in EVENTS:
            entries = {via: results.get(("SpringDispatchBench", event, via)) for via in CONTENDERS}
            medians = {via: (statistics.median(raw(e)) if raw(e) else None) for via, e in entries.items()}
            loop = medians["loop"]
            cells = []
            for via in CONTENDERS:
                cell = fmt(medians[via])
                if via != "loop":
                    cell += " (" + fmt_ratio(ratio(medians[via], loop)) + ")"
                a = alloc(entries[via])
                if a is not None:
                    cell += f", {a:.0f} B"
                cells.append(cell)
                if via != "loop" and medians[via] is not None and loop:
                    checks.append((f"{event}: {via} within 1.1x the loop", medians[via] / loop <= 1.1, fmt_ratio(medians[via] / loop)))
            for via in ("springWiring", "depsWiring", "springDepsWiring"):
                cells.append(fmt_ratio(ratio(medians[via], medians["wiring"])))
            print(f"| {label} | " + " | ".join(cells) + " |")
        print()
    if checks:
        print("| target | result | |")
        print("|---|---|---|")
        for description, ok, detail in checks:
            print(f"| {description} | {detail} | {'met' if ok else 'NOT met'} |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
