#!/usr/bin/env python3
"""Prints the size of the release build's assets: raw, gzip and brotli, per file and in total."""

import gzip
import os
import sys

import brotli

KINDS = (".wasm", ".js", ".css", ".html", ".webmanifest", ".json", ".svg", ".png", ".ico")


def sizes(data):
    return len(data), len(gzip.compress(data, compresslevel=9)), len(brotli.compress(data, quality=11))


def kb(n):
    return f"{n / 1024:8.1f} KB"


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
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


if __name__ == "__main__":
    main()
