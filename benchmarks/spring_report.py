#!/usr/bin/env python3
"""Prints the Spring Boot benchmarks' results (run.sh's spring.json) as ratio tables (markdown).

Usage: spring_report.py spring.json

Refresh: SpringBootRefreshBench, starter against @EventListener beans. Dispatch:
SpringDispatchBench, every contender against the hand-written loop of the same run, with the
allocation per operation when the run had -prof gc. The issue's targets follow, "met" / "NOT met".
"""

import json
import sys

CONTENDERS = ["loop", "wiring", "springWiring", "depsWiring", "springDepsWiring"]
EVENTS = [("after", "after"), ("before", "before + merge"), ("virtual", "virtual (6 hooks)")]


def load(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for entry in json.load(f):
            cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
            via = (entry.get("params") or {}).get("via")
            results[(cls, method, via)] = entry
    return results


def score(entry):
    return entry["primaryMetric"]["score"] if entry else None


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


def main(path):
    results = load(path)
    checks = []
    starter = score(results.get(("SpringBootRefreshBench", "starter", None)))
    listeners = score(results.get(("SpringBootRefreshBench", "eventListeners", None)))
    if starter is not None or listeners is not None:
        print("### Spring Boot: context refresh with 100 hooks (warm JVM, ms/op)")
        print()
        print("| starter | @EventListener beans | starter / @EventListener |")
        print("|---|---|---|")
        r = ratio(starter, listeners)
        print(f"| {fmt(starter)} | {fmt(listeners)} | {fmt_ratio(r)} |")
        print()
        if r is not None:
            checks.append(("refresh through the starter no slower than @EventListener beans", r <= 1.0, fmt_ratio(r)))
    if any(k[0] == "SpringDispatchBench" for k in results):
        print("### Spring Boot: dispatch, 3 hooks per event (ns/op; x the hand-written loop; B/op)")
        print()
        print("| event | " + " | ".join(CONTENDERS) + " |")
        print("|---|" + "---|" * len(CONTENDERS))
        for event, label in EVENTS:
            cells = []
            loop = score(results.get(("SpringDispatchBench", event, "loop")))
            for via in CONTENDERS:
                entry = results.get(("SpringDispatchBench", event, via))
                s = score(entry)
                a = alloc(entry)
                cell = fmt(s)
                if via != "loop":
                    cell += " (" + fmt_ratio(ratio(s, loop)) + ")"
                if a is not None:
                    cell += f", {a:.0f} B"
                cells.append(cell)
                if via in ("springWiring", "depsWiring", "springDepsWiring") and s is not None and loop:
                    checks.append((f"{event}: {via} within 1.1x the loop", s / loop <= 1.1, fmt_ratio(s / loop)))
            print(f"| {label} | " + " | ".join(cells) + " |")
        print()
    if checks:
        print("| target | result | |")
        print("|---|---|---|")
        for description, ok, detail in checks:
            print(f"| {description} | {detail} | {'met' if ok else 'NOT met'} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
