#!/usr/bin/env python3
"""Finishes a build after Trunk has hashed its files: the page's security policy and the service worker.

    python3 scripts/pwa_postbuild.py [BUILD_DIR]

Trunk runs it as a post_build hook (see Trunk.toml) on its staging folder ($TRUNK_STAGING_DIR),
so `trunk build`, scripts/build.sh and scripts/serve.sh all get it. It can run again on a
finished build folder (it only rewrites what it writes), e.g. after changing a copy of dist/.

1. Content-Security-Policy: index.html carries the policy in a <meta http-equiv>; this adds a
   'sha256-…' source to script-src for every inline script of the final page (Trunk writes its
   wasm loader inline), and to style-src for every inline <style> (the first screen's styles,
   scripts/first_styles.py), and refuses a policy with 'unsafe-inline' or 'unsafe-eval'.
2. Service worker: writes sw.js from assets/sw.js with the list of every file of the build and
   a version made from their contents (so the cache is named per build), and points the page's
   <meta name="netwhy-service-worker"> at it. The language files (lang/*.json) are listed apart:
   each is downloaded and kept only once a person chooses that language.

With NETWHY_NO_SW=1, and under `trunk serve` or `trunk watch`, the page registers no service
worker and sw.js becomes assets/sw-remove.js, which removes one an earlier build left behind.
"""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SW_TEMPLATE = os.path.join(ROOT, "assets", "sw.js")
SW_REMOVE = os.path.join(ROOT, "assets", "sw-remove.js")
SW_NAME = "sw.js"
PLACEHOLDER = '"__NETWHY_BUILD__"'
# Files kept only once used (a language a person chooses), not downloaded with the app.
ON_DEMAND = re.compile(r"^lang/[A-Za-z0-9-]+\.json$")
# Host configuration files that some static hosts read; they are not part of the app.
NOT_APP_FILES = {SW_NAME, "_headers", "_redirects"}

CSP_META = re.compile(r'<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*/?>', re.I)
SW_META = re.compile(r'(<meta\s+name="netwhy-service-worker"\s+content=")[^"]*("\s*/?>)', re.I)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
STYLE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.I | re.S)
JS_TYPES = {"", "module", "text/javascript", "application/javascript"}


def fail(message):
    sys.exit(f"pwa_postbuild: {message}")


def source_hash(text):
    # Browsers hash the text after normalising line breaks.
    digest = hashlib.sha256(text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def unique_hashes(texts):
    """'sha256-…' sources for these texts, each once, in order."""
    hashes = []
    for text in texts:
        source = source_hash(text)
        if source not in hashes:
            hashes.append(source)
    return hashes


def inline_script_hashes(html):
    """'sha256-…' sources for the inline scripts the browser would run."""
    bodies = []
    for match in SCRIPT.finditer(html):
        attrs, body = match.group(1), match.group(2)
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = re.search(r'\btype\s*=\s*"([^"]*)"', attrs, re.I)
        if kind and kind.group(1).strip().lower() not in JS_TYPES:
            continue  # a data block, which policies do not cover
        bodies.append(body)
    return unique_hashes(bodies)


def inline_style_hashes(html):
    """'sha256-…' sources for the inline <style> elements."""
    return unique_hashes(match.group(2) for match in STYLE.finditer(html))


def with_hashes(policy, hashes_for):
    """The policy with each directive of hashes_for given exactly those hash sources."""
    directives = [d.strip() for d in policy.split(";") if d.strip()]
    out, found = [], set()
    for directive in directives:
        name, *sources = directive.split()
        if name.lower() in hashes_for:
            found.add(name.lower())
            sources = [s for s in sources if not s.startswith("'sha256-")] + hashes_for[name.lower()]
        for forbidden in ("'unsafe-inline'", "'unsafe-eval'"):
            if forbidden in sources:
                fail(f"the page's Content-Security-Policy must not allow {forbidden} ({name})")
        out.append(" ".join([name, *sources]))
    for name in hashes_for:
        if name not in found:
            fail(f"the page's Content-Security-Policy has no {name}")
    return "; ".join(out)


def seal_page(html, service_worker):
    csp = CSP_META.search(html)
    if not csp:
        fail('index.html has no <meta http-equiv="Content-Security-Policy" content="…">')
    first_resource = re.search(r"<script\b|<style\b|<link\b[^>]*\brel=\"?(stylesheet|modulepreload|preload)", html, re.I)
    if first_resource and first_resource.start() < csp.start():
        fail("the Content-Security-Policy meta must come before every script and style in index.html")
    hashes = inline_script_hashes(html)
    style_hashes = inline_style_hashes(html)
    policy = with_hashes(csp.group(1), {"script-src": hashes, "style-src": style_hashes})
    html = html[: csp.start(1)] + policy + html[csp.end(1):]
    if not SW_META.search(html):
        fail('index.html has no <meta name="netwhy-service-worker" content="…">')
    html = SW_META.sub(lambda m: m.group(1) + (SW_NAME if service_worker else "none") + m.group(2), html, count=1)
    return html, policy, hashes + style_hashes


def app_files(build_dir):
    """Every file of the build the service worker keeps, as addresses relative to sw.js."""
    files = []
    for dirpath, dirnames, filenames in os.walk(build_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, name), build_dir).replace(os.sep, "/")
            if name.startswith(".") or rel in NOT_APP_FILES:
                continue
            files.append(rel)
    if "index.html" not in files:
        fail(f"{build_dir}/index.html is missing")
    return files


def build_version(build_dir, files, template):
    digest = hashlib.sha256(template.encode("utf-8"))
    for rel in files:
        digest.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(build_dir, rel), "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()[:16]


def trunk_dev_server():
    """Whether Trunk is running this hook for `trunk serve` or `trunk watch`."""
    if "TRUNK_STAGING_DIR" not in os.environ:
        return False
    parent = str(os.getppid())
    try:
        with open(f"/proc/{parent}/cmdline", "rb") as f:
            args = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
    except OSError:
        try:
            args = subprocess.run(["ps", "-o", "args=", "-p", parent], capture_output=True, text=True).stdout.split()
        except OSError:
            return False
    return "trunk" in os.path.basename(args[0] if args else "") and bool({"serve", "watch"} & set(args[1:]))


def main():
    build_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not build_dir:
        fail("usage: pwa_postbuild.py BUILD_DIR (or run it as a Trunk post_build hook)")
    if os.environ.get("NETWHY_NO_SW", "") not in ("", "0"):
        service_worker, why = False, "NETWHY_NO_SW is set"
    elif trunk_dev_server():
        service_worker, why = False, "trunk serve/watch"
    else:
        service_worker, why = True, ""

    index = os.path.join(build_dir, "index.html")
    with open(index, encoding="utf-8") as f:
        html, policy, hashes = seal_page(f.read(), service_worker)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)

    sw_path = os.path.join(build_dir, SW_NAME)
    if service_worker:
        with open(SW_TEMPLATE, encoding="utf-8") as f:
            template = f.read()
        if template.count(PLACEHOLDER) != 1:
            fail(f"{SW_TEMPLATE} must contain {PLACEHOLDER} exactly once")
        files = app_files(build_dir)
        version = build_version(build_dir, files, template)
        # The page is kept under its folder's address ("./"), which is what people open.
        listed = ["./" if rel == "index.html" else rel for rel in files if not ON_DEMAND.match(rel)]
        on_demand = [rel for rel in files if ON_DEMAND.match(rel)]
        build = json.dumps({"version": version, "files": listed, "onDemand": on_demand}, indent=2)
        with open(sw_path, "w", encoding="utf-8") as f:
            f.write(template.replace(PLACEHOLDER, build))
        size = sum(os.path.getsize(os.path.join(build_dir, rel)) for rel in files if not ON_DEMAND.match(rel))
        print(
            f"pwa_postbuild: service worker version {version}: {len(listed)} files, {size / 1024:.1f} KB;"
            f" {len(on_demand)} kept once used"
        )
    else:
        with open(SW_REMOVE, encoding="utf-8") as f:
            remover = f.read()
        with open(sw_path, "w", encoding="utf-8") as f:
            f.write(remover)
        print(f"pwa_postbuild: no service worker ({why}); sw.js removes an earlier one")
    print(f"pwa_postbuild: hashes for {len(hashes)} inline script(s) and style(s): {' '.join(hashes) or 'none'}")


if __name__ == "__main__":
    main()
