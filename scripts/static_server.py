#!/usr/bin/env python3
"""A small static file server for netwhy's release build, on 127.0.0.1 only.

It sends the right type for .wasm and .webmanifest and the security and caching headers the
README recommends, compresses with brotli or gzip when the browser asks, can serve the app
under a sub-path (--base /some/path/), and can add a probe script (with a per-test prelude
that runs before the app, and a report-only security policy that flags requests to other
origins) to HTML pages for the end-to-end tests.
"""

import argparse
import gzip
import http.server
import mimetypes
import os
import posixpath
import re
import sys
import threading
import urllib.parse

try:
    import brotli
except ImportError:  # The serve command works without the test tools installed.
    brotli = None

TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".ics": "text/calendar",
}
# Sent with pages in test mode: it blocks nothing, but any request the page makes to another
# origin fires a `securitypolicyviolation` event, which the test probe records.
ORIGIN_WATCH = (
    "default-src 'self' data: blob:; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'"
)
# The response headers the README recommends for every host. The policy here complements the
# one in the page's <meta>: frame-ancestors only works as a header.
SECURITY_HEADERS = (
    ("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; form-action 'none'; object-src 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
# Trunk's file names: name-<hash>.ext and name-<hash>_bg.wasm, the hash a 64-bit number in hex
# without leading zeros (so up to 16 digits).
HASHED = re.compile(r"-[0-9a-f]{1,16}(_bg)?\.(js|css|wasm|svg)$")
COMPRESSIBLE = {".wasm", ".js", ".mjs", ".css", ".html", ".json", ".webmanifest", ".svg"}


class Site:
    """What to serve and how; shared by every request handler thread."""

    def __init__(self, root, base="/", probe=None):
        self.root = os.path.abspath(root)
        self.base = "/" + base.strip("/") + "/" if base.strip("/") else "/"
        self.probe = probe
        # Script run before the app on each page load, set by a test (probe mode only).
        self.prelude = ""
        self.requests = []
        self.not_found = []
        self.lock = threading.Lock()

    def record(self, path):
        with self.lock:
            self.requests.append(path)

    def record_not_found(self, path):
        with self.lock:
            self.not_found.append(path)


def make_handler(site):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "netwhy-static"
        sys_version = ""

        def log_message(self, fmt, *args):
            if os.environ.get("NETWHY_SERVER_LOG"):
                sys.stderr.write("%s\n" % (fmt % args))

        def do_HEAD(self):
            self.respond(head=True)

        def do_GET(self):
            self.respond(head=False)

        def respond(self, head):
            path = urllib.parse.urlsplit(self.path).path
            site.record(path)
            if site.probe and path == site.base + "__probe.js":
                return self.send_body(site.probe.encode(), "text/javascript", head, "no-cache")
            if site.probe and path == site.base + "__prelude.js":
                return self.send_body(site.prelude.encode(), "text/javascript", head, "no-cache")
            if not path.startswith(site.base):
                if path + "/" == site.base:
                    return self.redirect(site.base)
                return self.missing(path)
            rel = posixpath.normpath(urllib.parse.unquote(path[len(site.base):]))
            if rel in (".", ""):
                rel = "index.html"
            if rel.startswith("..") or rel.startswith("/"):
                return self.missing(path)
            file = os.path.join(site.root, *rel.split("/"))
            if os.path.isdir(file):
                file = os.path.join(file, "index.html")
            if not os.path.isfile(file):
                return self.missing(path)
            ext = os.path.splitext(file)[1].lower()
            ctype = TYPES.get(ext) or mimetypes.guess_type(file)[0] or "application/octet-stream"
            with open(file, "rb") as f:
                body = f.read()
            if ext == ".html" and site.probe:
                scripts = b'<script src="__probe.js"></script><script src="__prelude.js"></script>'
                body = body.replace(b"<head>", b"<head>" + scripts, 1)
            # Hashed assets never change; the page and the service worker must be revalidated.
            hashed = HASHED.search(os.path.basename(file)) is not None
            cache = "public, max-age=31536000, immutable" if hashed else "no-cache"
            watch = ext == ".html" and site.probe is not None
            self.send_body(body, ctype, head, cache, compress=ext in COMPRESSIBLE, watch=watch)

        def missing(self, path):
            site.record_not_found(path)
            self.send_error(404)

        def redirect(self, target):
            self.send_response(301)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def send_body(self, body, ctype, head, cache, compress=False, watch=False):
            accepted = self.headers.get("Accept-Encoding", "")
            encoding = None
            if compress and brotli is not None and "br" in accepted:
                body, encoding = brotli.compress(body, quality=11), "br"
            elif compress and "gzip" in accepted:
                body, encoding = gzip.compress(body, compresslevel=9), "gzip"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", cache)
            for name, value in SECURITY_HEADERS:
                self.send_header(name, value)
            if compress:
                self.send_header("Vary", "Accept-Encoding")
            if encoding:
                self.send_header("Content-Encoding", encoding)
            if watch:
                self.send_header("Content-Security-Policy-Report-Only", ORIGIN_WATCH)
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that stops reading (a page left, a download no longer wanted) is normal.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def start(site, port=0):
    """Starts serving `site` on 127.0.0.1 in a background thread; returns the server."""
    server = Server(("127.0.0.1", port), make_handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="dist", help="folder to serve (default: dist)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--base", default="/", help="sub-path to serve the app under")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.root, "index.html")):
        sys.exit(f"{args.root}/index.html is missing: build first (scripts/build.sh)")
    site = Site(args.root, args.base)
    server = Server(("127.0.0.1", args.port), make_handler(site))
    print(f"netwhy is served at http://127.0.0.1:{args.port}{site.base}  (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
