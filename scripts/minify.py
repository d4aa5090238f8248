#!/usr/bin/env python3
"""Minifies the build's scripts and stylesheets in place, keeping what they do.

    python3 scripts/minify.py BUILD_DIR

Run by scripts/postbuild.sh after scripts/first_styles.py (which reads the stylesheets as
written, comments and all) and before scripts/pwa_postbuild.py (which hashes the final files).

- The app's wasm-bindgen glue (an ES module, fetched before the app can start) and the update
  banner's script, with terser: whitespace, comments and local names.
- The scanner's glue the same way, but keeping its top-level names: it is a classic worker
  script whose `wasm_bindgen` the loader calls by name.
- The page's inline scripts the same way (its start script is a module; the other two keep
  their top-level names), so the first response carries no comments.
- The stylesheets with csso, without restructuring: every rule stays where it was, so the full
  sheets still repeat the first screen's inline rules in the same order.

Where the page names a file with an `integrity` hash (the stylesheets, the banner's script), the
hash is made again from the minified file, everywhere the page names it.
"""

import base64
import glob
import hashlib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "tools", "node_modules", ".bin")
INLINE_SCRIPT = re.compile(r"(<script\b(?![^>]*\bsrc=)([^>]*)>)(.*?)(</script>)", re.I | re.S)
INTEGRITY = re.compile(r'(\b(?:href|src)="\./([^"]+)"[^>]*\bintegrity=")(sha384-[^"]+)(")', re.I)


def fail(message):
    sys.exit(f"minify: {message}")


def run(tool, *args, text=None):
    """Runs an npm tool; with `text`, feeds it on stdin and returns what it writes."""
    path = os.path.join(BIN, tool)
    if not os.access(path, os.X_OK):
        fail(f"{path} is missing: run scripts/setup.sh build")
    done = subprocess.run([path, *args], check=True, input=text, text=True, capture_output=text is not None)
    return done.stdout


def sri(path):
    with open(path, "rb") as f:
        digest = hashlib.sha384(f.read()).digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


def one(pattern):
    found = glob.glob(pattern)
    if len(found) != 1:
        fail(f"expected one file matching {pattern}, found {len(found)}")
    return found[0]


def main():
    if len(sys.argv) != 2:
        fail("usage: minify.py BUILD_DIR")
    build = sys.argv[1]
    terser = ("--compress", "--mangle")
    glue = one(os.path.join(build, "netwhy-*.js"))
    run("terser", glue, "--module", *terser, "--output", glue)
    for script in (one(os.path.join(build, "sw-register-*.js")), os.path.join(build, "scanner.js")):
        run("terser", script, *terser, "--output", script)
    for sheet in sorted(glob.glob(os.path.join(build, "*.css"))):
        run("csso", sheet, "--no-restructure", "--output", sheet)

    page = os.path.join(build, "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()

    def rehash(match):
        path = os.path.join(build, match.group(2))
        if not os.path.isfile(path):
            fail(f"the page names {match.group(2)}, which the build does not have")
        return match.group(1) + sri(path) + match.group(4)

    def inline(match):
        kind = re.search(r'\btype="([^"]*)"', match.group(2))
        kind = kind.group(1).lower() if kind else ""
        if kind not in ("", "module", "text/javascript"):
            return match.group(0)
        module = kind == "module"
        body = run("terser", *(("--module",) if module else ()), *terser, text=match.group(3)).strip()
        return match.group(1) + body + match.group(4)

    html = INLINE_SCRIPT.sub(inline, html)
    html, count = INTEGRITY.subn(rehash, html)
    if count == 0:
        fail("the page names no file with an integrity hash; has Trunk's output changed?")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
