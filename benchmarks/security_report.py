#!/usr/bin/env python3
"""Prints the Spring Security benchmark's results (run.sh's security.json) as a ratio table.

Usage: security_report.py security.json

SpringSecurityBench: a form login, a client-credentials token request and an authorization-code
round (authorize + token; latency, us/op) and 16 concurrent form logins (throughput, ops/s: at
their steady rate after a 60 s warm-up, and over the first 60 s after the application started),
each with no Hookwire (none), the starter with an empty hooks package (empty) and with 8 hooks
(hooks8), all from the same run. A latency ratio is
variant / none (above 1: slower); a throughput ratio is none / variant (above 1: fewer logins per
second), so that in both a ratio above 1 is what Hookwire costs. The issue's goal follows: the
adapters add under 2% to a login ("met" / "NOT met").
"""

import json
import sys

ROWS = [
    ("formLogin", "form login (POST /login), us/op", "latency"),
    ("tokenRequest", "token request (client credentials), us/op", "latency"),
    ("authorizationCode", "authorization request + code exchange, us/op", "latency"),
    ("concurrentLogins", "16 concurrent form logins, steady (after 60 s), logins/s", "throughput"),
    ("coldLogins", "16 concurrent form logins, first 60 s after start, logins/s", "throughput"),
]
VARIANTS = ["none", "empty", "hooks8"]


def load(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for entry in json.load(f):
            method = entry["benchmark"].rsplit(".", 1)[-1]
            results[(method, entry["params"]["hooks"])] = entry["primaryMetric"]
    return results


def cell(metric):
    """The score with its error when JMH gave one (a single iteration gives "NaN")."""
    if metric is None:
        return "-"
    error = metric.get("scoreError")
    if isinstance(error, (int, float)) and error == error:
        return f"{metric['score']:,.1f} ± {error:,.1f}"
    return f"{metric['score']:,.1f}"


def cost(kind, variant, none):
    if variant is None or none is None or variant == 0 or none == 0:
        return None
    return variant / none if kind == "latency" else none / variant


def main(path):
    results = load(path)
    print("### Spring Security: what the adapters add (same run; ratio above 1 = Hookwire's cost)")
    print()
    print("| request | none | empty | hooks8 | empty / none | hooks8 / none |")
    print("|---|---|---|---|---|---|")
    checks = []
    for method, title, kind in ROWS:
        scores = {v: results.get((method, v)) for v in VARIANTS}
        if not any(scores.values()):
            continue
        cells = [cell(s) for s in scores.values()]
        none = (scores["none"] or {}).get("score")
        ratios = [cost(kind, (scores[v] or {}).get("score"), none) for v in ("empty", "hooks8")]
        shown = ["-" if r is None else f"{r:.3f}x" for r in ratios]
        print(f"| {title} | " + " | ".join(cells) + " | " + " | ".join(shown) + " |")
        if method == "formLogin" and ratios[1] is not None:
            checks.append(("a form login with 8 hooks under 1.02x", ratios[1] < 1.02, ratios[1]))
        if method == "concurrentLogins" and ratios[1] is not None:
            checks.append(("16 concurrent logins with 8 hooks under 1.02x", ratios[1] < 1.02, ratios[1]))
    print()
    for name, met, value in checks:
        print(f"- {name}: {value:.3f}x, {'met' if met else 'NOT met'} by the point estimate"
              " (the paired run below gives the interval)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
