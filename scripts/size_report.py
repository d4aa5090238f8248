#!/usr/bin/env python3
"""Prints the size of the release build's assets: raw, gzip and brotli, per file and in total,
and the brotli size of what the first screen and the working app need, against their budgets.

    size_report.py [DIST] [--check]     --check: exit 1 when a budget is exceeded
"""

import gzip
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import brotli

KINDS = (".wasm", ".js", ".css", ".html", ".webmanifest", ".json", ".svg", ".png", ".ico")


def sizes(data):
    return len(data), len(gzip.compress(data, compresslevel=9)), len(brotli.compress(data, quality=11))


def kb(n):
    return f"{n / 1024:8.1f} KB"


# Brotli budgets in KB. The first screen is the pre-rendered page and its render-blocking
# styles: since its styles are inline (scripts/first_styles.py) it is the page alone, and its
# budget is what a server sends in its first round trip (ten packets of about 1.4 KB). The
# working app adds the stylesheets that load after the first paint, every script the page loads
# (by <script src> or from its inline loader, which starts the app after the first paint) and
# the wasm. A build past a budget fails
# `scripts/test.sh`. The working app's budget went from 200 to 210 KB with content format 2:
# a catalogue of 40 channels and 96 actions (about 7 KB brotli more text and data) and the
# "what you do now" section, the plan's reasons and the notes (about 13 KB more code), after
# baking the catalogue as constant rows instead of code won back 9.5 KB. It went to 270 KB with
# the workshop (measured 264.8 KB): the join code and its encoder (about 6 KB), the room code on
# the results and the room link with its chart (about 20 KB, with the room model no screen used
# before), the facilitator's tally (about 13 KB), the camera's screen code (about 8 KB) and the
# shared-device mode (about 10 KB). The camera's QR decoder is not in it: it runs in a worker
# that loads only when the facilitator starts scanning, reported on a line of its own. It went
# to 365 KB with content packs (measured 359.3 KB, from 264.8): reading a pack on the device
# means the app now carries what only the build had. Before optimisation (twiggy on the release
# wasm) the largest parts are the typed read of the content from JSON (about 71 KB), the pack
# model (walk, messages, comparison, link delta: about 65 KB), the pack screens (about 31 KB),
# the content validation (14 KB) and deflate (13 KB). Splitting these off, to load only when a
# pack is loaded, is the next step down. It went to 372 KB with German and Arabic (measured
# 370.0 KB, from 359.7): 7.4 KB of wasm for the language switch, fetching and checking a language
# file on the device, isolating names and numbers in right-to-left text and mirroring the charts,
# and 2.0 KB of page for the first screen, update banner and no-script message in every
# language. The languages'
# texts are not in it: each is a file of its own (lang/<tag>.json) that loads only when chosen,
# reported on a line of its own. It went to 376 KB (measured 373.8 KB, from 370.0) when the first
# screen's styles moved into the page (1.6 KB: they are also in the stylesheet that follows) and
# the results came in steps with the first question's code run ahead of time (0.3 KB). It came
# down to 362 KB (measured 360.6 KB, from 375.5) when the model stopped building its maps with
# `collect` and sorting its short lists with the standard sort, whose code was copied into the
# wasm for each type (src/model/order.rs), and to 358 KB (measured 356.0 KB) when the room code's
# band words became terms of their own instead of lower-cased headings (Unicode's case tables,
# 4.5 KB), to 353 KB (measured 350.9 KB) when the build began minifying the scripts and
# stylesheets (scripts/minify.py, 5.1 KB), to 348 KB (measured 346.0 KB) when thirteen
# components with no state of their own became functions that return their markup (what Yew
# builds for each component, about 0.4 KB brotli apiece), and to 343 KB (measured 341.2 KB) when
# the built-in texts became one string taken in order instead of a pointer and a length each
# (4.8 KB), and to 346 KB (measured 345.3 KB) with the fixes of 2026-12-05 (2.8 KB: hostile
# text in packs, the shared laptop's set-up, a language picked before the app started, advice
# without repeated or self-defeating lines, layout for large text). The target is 150 KB; what
# stands in the way,
# measured with twiggy, is in the README (Size).
BUDGETS = {"first screen (page + styles)": 14, "working app (+ scripts + wasm)": 346}
# The camera's code reader: a worker of its own that the page starts when the facilitator
# starts scanning (found by its start script, see WORKER_LOADER). Reported on a line of
# its own, with no budget: nobody waits for it to use the app.
SCANNER = "scanner (loads when scanning starts)"


class PageRefs(HTMLParser):
    """What a page loads: its stylesheets (those before the first paint apart from those in a
    <template> or <noscript>, which come after it), its scripts (by `src`) and the files its
    inline scripts name (Trunk's loader imports the app's script and fetches its wasm)."""

    def __init__(self):
        super().__init__()
        self.styles, self.later_styles, self.scripts, self.inline = [], [], [], []
        self._in_script = False
        self._deferred = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("template", "noscript"):
            self._deferred += 1
        elif tag == "link" and "stylesheet" in (a.get("rel") or "").lower().split() and a.get("href"):
            (self.later_styles if self._deferred else self.styles).append(a["href"])
        elif tag == "script":
            if a.get("src"):
                self.scripts.append(a["src"])
            else:
                self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        elif tag in ("template", "noscript") and self._deferred:
            self._deferred -= 1

    def handle_data(self, data):
        if self._in_script:
            self.inline.extend(m.group(1) for m in NAMED_IN_SCRIPT.finditer(data))


# A worker's start script as Trunk writes it (`data-type="worker" data-loader-shim`): it
# imports the worker's bindings, then starts its wasm. The page starts the worker itself,
# when it is needed, so these files are not part of what the page loads.
WORKER_LOADER = re.compile(
    r"""^\s*importScripts\(\s*["']([^"']+\.js)["']\s*\)\s*;\s*wasm_bindgen\(\s*["']([^"']+\.wasm)["']\s*\)\s*;?\s*$"""
)
# A quoted relative address of a script or wasm file inside an inline script.
NAMED_IN_SCRIPT = re.compile(r"""['"`]([^'"`\s]+\.(?:m?js|wasm))['"`]""")
WASM_MAGIC = b"\0asm"


def _local(dist, address):
    """The build's file an address in index.html names (None: another origin or not there)."""
    parts = urlsplit(address)
    if parts.scheme or parts.netloc:
        return None
    rel = os.path.normpath(unquote(parts.path).lstrip("/")).replace(os.sep, "/")
    return rel if os.path.isfile(os.path.join(dist, rel)) else None


def worker_files(dist, names):
    """The files of the workers in the build: each start script that matches
    WORKER_LOADER, with the bindings and the wasm it names (when they are there)."""
    found = set()
    for name in names:
        if not name.endswith(".js"):
            continue
        with open(os.path.join(dist, name), encoding="utf-8", errors="replace") as f:
            match = WORKER_LOADER.match(f.read())
        if not match:
            continue
        folder = os.path.dirname(name)
        parts = [os.path.normpath(os.path.join(folder, unquote(m))).replace(os.sep, "/") for m in match.groups()]
        if all(p in names for p in parts):
            found |= {name, *parts}
    return found


def budget_groups(dist, rows):
    """Brotli totals of the first screen (the page and the stylesheets it links) and of the
    working app (adding every script the page loads and every WebAssembly file), by what the
    files are and how the page loads them rather than by their names."""
    by_name = {r[0].replace(os.sep, "/"): r for r in rows}
    refs = PageRefs()
    with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
        refs.feed(f.read())
    styles = {_local(dist, a) for a in refs.styles} - {None}
    later_styles = {_local(dist, a) for a in refs.later_styles} - {None} - styles
    scripts = {_local(dist, a) for a in refs.scripts + refs.inline if not a.endswith(".wasm")} - {None}
    workers = worker_files(dist, set(by_name))
    loaded_by_page = styles | later_styles | scripts
    if workers & loaded_by_page:
        sys.exit(f"size report: the page itself loads a worker's files: {sorted(workers & loaded_by_page)}")
    wasm = set()
    for name in set(by_name) - workers:
        with open(os.path.join(dist, name), "rb") as f:
            if f.read(len(WASM_MAGIC)) == WASM_MAGIC:
                wasm.add(name)
    if not (styles | later_styles) or not scripts or not wasm:
        sys.exit(
            f"size report: the page in {dist} should link stylesheets, load scripts and start a wasm "
            f"(found {len(styles | later_styles)} stylesheets, {len(scripts)} scripts, {len(wasm)} wasm files)"
        )
    page = {"index.html"} | styles
    app = page | later_styles | scripts | wasm
    names = list(BUDGETS)
    totals = {names[0]: sum(by_name[n][3] for n in page), names[1]: sum(by_name[n][3] for n in app)}
    members = {names[0]: sorted(page), names[1]: sorted(app)}
    if workers:
        totals[SCANNER] = sum(by_name[n][3] for n in workers)
        members[SCANNER] = sorted(workers)
    for name in sorted(n for n in by_name if n.startswith("lang/") and n.endswith(".json")):
        language = f"language {name[len('lang/'):-len('.json')]} (loads when chosen)"
        totals[language] = by_name[name][3]
        members[language] = [name]
    return totals, members


def collect(dist):
    """(name, raw, gzip, brotli) for every asset of the build: the kinds above and any
    WebAssembly, whatever its name."""
    rows = []
    for dirpath, _, files in os.walk(dist):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                data = f.read()
            if name.endswith(KINDS) or data.startswith(WASM_MAGIC):
                rows.append((os.path.relpath(path, dist), *sizes(data)))
    return rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv[1:]
    dist = args[0] if args else "dist"
    rows = collect(dist)
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
    totals, members = budget_groups(dist, rows)
    for name, size in totals.items():
        if name not in BUDGETS:
            print(f"{name}: {size / 1024:.1f} KB brotli, no budget ({', '.join(members[name])})")
            continue
        limit = BUDGETS[name]
        verdict = "ok" if size <= limit * 1024 else "OVER BUDGET"
        print(f"{name}: {size / 1024:.1f} KB brotli of {limit} KB budget: {verdict} ({', '.join(members[name])})")
        if verdict != "ok":
            over.append(name)
    if check and over:
        sys.exit(f"size budget exceeded: {', '.join(over)}")


if __name__ == "__main__":
    main()
