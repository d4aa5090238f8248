#!/usr/bin/env python3
"""Prints the size of the release build's assets: raw, gzip and brotli, per file and in total,
and the brotli size of what the first screen and the working app need, against their budgets.

    size_report.py [DIST] [--check]     --check: exit 1 when a budget is exceeded
"""

import gzip
import os
import sys

import brotli

KINDS = (".wasm", ".js", ".css", ".html", ".webmanifest", ".json", ".svg", ".png", ".ico")


def sizes(data):
    return len(data), len(gzip.compress(data, compresslevel=9)), len(brotli.compress(data, quality=11))


def kb(n):
    return f"{n / 1024:8.1f} KB"


# Brotli budgets in KB. The first screen is the pre-rendered page and its render-blocking
# styles; the working app adds the script and the wasm that the page starts after its first
# paint. A build past a budget fails `scripts/test.sh`.
BUDGETS = {"first screen (page + styles)": 90, "working app (+ script + wasm)": 200}


def budget_groups(rows):
    """Brotli totals of the first screen and of the working app, by file name."""
    page = [r for r in rows if r[0] == "index.html" or r[0].endswith(".css")]
    app = page + [r for r in rows if r[0].startswith("netwhy-") and r[0].endswith((".js", ".wasm"))]
    names = list(BUDGETS)
    return {names[0]: sum(r[3] for r in page), names[1]: sum(r[3] for r in app)}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv[1:]
    dist = args[0] if args else "dist"
    rows = []
    for dirpath, _, files in os.walk(dist):
        for name in sorted(files):
            if name.endswith(KINDS):
                path = os.path.join(dirpath, name)
                with open(path, "rb") as f:
                    rows.append((os.path.relpath(path, dist), *sizes(f.read())))
    if not rows:
        sys.exit(f"no assets found in {dist}: build first")
    rows.sort(key=lambda r: -r[3])
    width = max(len(r[0]) for r in rows)
    print(f"{'asset':<{width}}  {'raw':>11}  {'gzip':>11}  {'brotli':>11}")
    for name, raw, gz, br in rows:
        print(f"{name:<{width}}  {kb(raw)}  {kb(gz)}  {kb(br)}")
    total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    print(f"{'total':<{width}}  {kb(total[0])}  {kb(total[1])}  {kb(total[2])}")
    over = []
    for name, size in budget_groups(rows).items():
        limit = BUDGETS[name]
        verdict = "ok" if size <= limit * 1024 else "OVER BUDGET"
        print(f"{name}: {size / 1024:.1f} KB brotli of {limit} KB budget: {verdict}")
        if verdict != "ok":
            over.append(name)
    if check and over:
        sys.exit(f"size budget exceeded: {', '.join(over)}")


if __name__ == "__main__":
    main()
