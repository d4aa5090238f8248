#!/usr/bin/env python3
"""Prints raw, gzip and brotli sizes of the files named on the command line as JSON, with the
same settings as scripts/size_report.py (gzip -9, brotli quality 11)."""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
from size_report import sizes  # noqa: E402


def main():
    out = {}
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            raw, gz, br = sizes(f.read())
        out[path] = {"raw": raw, "gzip": gz, "brotli": br}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
