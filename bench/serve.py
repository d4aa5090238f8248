#!/usr/bin/env python3
"""Serves the benchmark's pages from one folder on 127.0.0.1 with the project's own static
server (brotli or gzip as the browser asks), on a free port; prints the port, then serves
until it is stopped.

Compressed bodies are made once, before the port is printed, and kept: a static host sends
precompressed files, while compressing a large script at brotli quality 11 on every request
takes seconds and would be measured as server time."""

import functools
import gzip
import os
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
import static_server  # noqa: E402


class Cached:
    """A module's `compress`, remembered by input (bodies are bytes, so they can be keys)."""

    def __init__(self, module):
        self._compress = functools.lru_cache(maxsize=None)(module.compress)

    def compress(self, data, **options):
        return self._compress(bytes(data), **options)


def main():
    root = sys.argv[1]
    if static_server.brotli is None:
        sys.exit("serve.py: the brotli module is missing (run with tools/.venv/bin/python)")
    static_server.brotli = Cached(static_server.brotli)
    static_server.gzip = Cached(gzip)
    for dirpath, _, files in os.walk(root):
        for name in files:
            if os.path.splitext(name)[1].lower() in static_server.COMPRESSIBLE:
                with open(os.path.join(dirpath, name), "rb") as f:
                    body = f.read()
                static_server.brotli.compress(body, quality=11)
                static_server.gzip.compress(body, compresslevel=9)
    server = static_server.start(static_server.Site(root), 0)
    print(server.server_address[1], flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
