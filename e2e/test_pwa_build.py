"""The release build's offline and install files, checked without a browser: the service
worker's file list and version, the page's policy hashes, the minified files and their integrity
hashes, the manifest and the icons."""

import base64
import hashlib
import json
import os
import re
import shutil
import struct
import tomllib

import pytest

from support.pwa import postbuild

import static_server

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.environ.get("NETWHY_DIST", os.path.join(ROOT, "dist"))
# A file for each language but the built-in one, written from content/<tag>.toml.
LANGUAGE_FILES = [
    f"lang/{name[: -len('.toml')]}.json"
    for name in os.listdir(os.path.join(ROOT, "content"))
    if name.endswith(".toml") and name not in ("model.toml", "en.toml")
]


# The text of each script written into the page itself.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


def read(*parts, mode="r"):
    with open(os.path.join(*parts), mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


def worker_build(folder):
    text = read(folder, "sw.js")
    match = re.search(r"const BUILD = (\{.*?\n\});", text, re.S)
    assert match, "sw.js has no build list"
    return json.loads(match.group(1))


def build_files(folder):
    found = set()
    for dirpath, _, names in os.walk(folder):
        for name in names:
            found.add(os.path.relpath(os.path.join(dirpath, name), folder).replace(os.sep, "/"))
    return found


@pytest.fixture
def copy(tmp_path):
    target = str(tmp_path / "dist")
    shutil.copytree(DIST, target)
    return target


def test_the_service_worker_keeps_every_file_of_the_build():
    build = worker_build(DIST)
    listed = {"index.html" if f == "./" else f for f in build["files"]}
    # The languages' texts are kept once used, not downloaded by everyone.
    languages = {f for f in build_files(DIST) if f.startswith("lang/")}
    assert languages == set(LANGUAGE_FILES)
    assert set(build["onDemand"]) == languages
    assert listed == build_files(DIST) - {"sw.js"} - languages
    assert re.fullmatch(r"[0-9a-f]{16}", build["version"])
    assert any(f.endswith(".wasm") for f in listed) and "manifest.webmanifest" in listed


def test_every_file_named_by_its_contents_is_kept_for_good_and_no_other():
    # Trunk names a file by its contents (name-<hash>.ext); the worker then takes the copy the
    # page downloaded, and the server and the README's host settings cache it for a year. The
    # hash is written without leading zeros, so some builds have names with fewer digits.
    text = read(DIST, "sw.js")
    pattern = re.search(r"const HASHED = /(.*)/;", text).group(1)
    patterns = {"sw.js": re.compile(pattern), "static_server.py": static_server.HASHED}
    # Trunk does not name a worker's files by their contents: the camera scanner's reader keeps
    # plain names, so it is fetched past the HTTP cache like the page. Nor is the content pack's
    # schema: a downloaded pack names it by its plain address. Nor are the language files, which
    # the app asks for by their tags; the worker fetches again those a device has kept when a
    # new version arrives.
    plain = {
        "index.html", "sw.js", "manifest.webmanifest", "scanner.js", "scanner_bg.wasm", "scanner_loader.js",
        "pack.schema.json", *LANGUAGE_FILES,
    }
    for name in build_files(DIST):
        named_by_contents = name not in plain and not name.startswith("icons/")
        for where, hashed in patterns.items():
            assert bool(hashed.search("/" + name)) == named_by_contents, (where, name)
            assert hashed.search("/netwhy-5571e13c7d06883_bg.wasm"), where


def test_the_texts_outside_the_app_come_from_the_string_table():
    languages = {}
    for tag in ("en", "de", "ar"):
        with open(os.path.join(ROOT, "content", f"{tag}.toml"), "rb") as f:
            languages[tag] = tomllib.load(f)["terms"]
    page = read(DIST, "index.html")
    # Without JavaScript nothing can choose a language: the message is there in each.
    # (The one in the page's head links the stylesheets for such browsers.)
    noscript = re.search(r"<noscript>(.*?)</noscript>", page[page.index("<body"):], re.S).group(1)
    for tag, terms in languages.items():
        direction = "rtl" if tag == "ar" else "ltr"
        assert f'<p lang="{tag}" dir="{direction}">{terms["ui.noscript"]}</p>' in noscript, tag
    # The update banner (assets/sw-register.js, outside the app) reads its texts from the page,
    # in the page's language.
    banner = read(ROOT, "assets", "sw-register.js")
    used = set(re.findall(r'term\("([a-z_.]+)"\)', banner))
    assert "ui.update.ready" in used
    template = re.search(r'<template id="netwhy-texts">(.*?)</template>', page, re.S)
    assert template, "the page has no update texts"
    written = {}
    for key, tag, text in re.findall(r'<p data-key="([a-z_.]+)" lang="([a-z]+)">([^<]+)</p>', template.group(1)):
        written.setdefault(tag, {})[key] = text
    assert set(written) == set(languages)
    for tag, terms in languages.items():
        assert used <= set(written[tag]), (tag, used - set(written[tag]))
        assert all(written[tag][key] == terms[key] for key in used), tag


def test_the_cache_version_follows_the_contents_and_the_step_can_run_again(copy):
    before = worker_build(copy)
    postbuild(copy)
    assert worker_build(copy) == before
    with open(os.path.join(copy, "manifest.webmanifest"), "a", encoding="utf-8") as f:
        f.write("\n")
    postbuild(copy)
    assert worker_build(copy)["version"] != before["version"]


def test_the_policy_allows_exactly_the_inline_scripts_and_styles_of_the_page():
    html = read(DIST, "index.html")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    script_src = next(d.split()[1:] for d in policy.split(";") if d.split()[0] == "script-src")
    inline = INLINE_SCRIPT.findall(html)
    assert inline, "Trunk's loader is expected inline"
    hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in inline]
    assert sorted(s for s in script_src if s.startswith("'sha256-")) == sorted(hashes)
    assert script_src[:2] == ["'self'", "'wasm-unsafe-eval'"]
    # The first screen's styles are inline, and allowed by their hash alone.
    style_src = next(d.split()[1:] for d in policy.split(";") if d.split()[0] == "style-src")
    styles = re.findall(r"<style>(.*?)</style>", html, re.S)
    assert len(styles) == 1 and ".facts" in styles[0]
    assert style_src == ["'self'", "'sha256-" + base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode() + "'"]
    for directive in ("default-src 'self'", "style-src 'self'", "img-src 'self' data:", "manifest-src 'self'",
                      "worker-src 'self'", "connect-src 'self'", "base-uri 'self'", "form-action 'none'",
                      "object-src 'none'"):
        assert directive in policy
    sources = policy.split()
    assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources
    assert '<meta name="netwhy-service-worker" content="sw.js">' in html


def test_each_integrity_hash_of_the_page_is_that_of_the_minified_file_it_names():
    html = read(DIST, "index.html")
    named = re.findall(r'(?:href|src)="\./([^"]+)"[^>]*\bintegrity="sha384-([^"]+)"', html)
    assert {name.split("-")[0] for name, _ in named} == {"main", "pwa", "sw"}
    for name, digest in named:
        data = read(DIST, name, mode="rb")
        assert base64.b64encode(hashlib.sha384(data).digest()).decode() == digest, name
        # Minified: no comment and no indented line is left.
        assert b"/*" not in data and b"\n  " not in data, name
    glue = next(name for name in os.listdir(DIST) if re.fullmatch(r"netwhy-[0-9a-f]+\.js", name))
    for name in (glue, "scanner.js"):
        text = read(DIST, name)
        assert "\n    " not in text and "//" not in text.replace("://", ""), name
    assert read(DIST, "scanner.js").startswith("let wasm_bindgen="), "the scanner's loader calls it by name"
    inline = INLINE_SCRIPT.findall(html)
    assert len(inline) == 3 and all("\n" not in script and "// " not in script for script in inline)


def test_opting_out_writes_a_removal_worker_and_no_registration(copy):
    postbuild(copy, NETWHY_NO_SW="1")
    assert '<meta name="netwhy-service-worker" content="none">' in read(copy, "index.html")
    assert read(copy, "sw.js") == read(ROOT, "assets", "sw-remove.js")


def png_size(path):
    head = read(path, mode="rb")[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_the_manifest_is_relative_and_its_icons_exist_at_their_sizes():
    manifest = json.loads(read(DIST, "manifest.webmanifest"))
    assert manifest["name"] == "netwhy" and manifest["short_name"]
    assert manifest["start_url"] == manifest["scope"] == "./"
    # Browsers resolve `id` against the origin, not the manifest: "./" would give every app at
    # the root of a shared origin (e.g. github.io project sites) the same identity.
    assert manifest["id"] == "netwhy"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#1f5fa8" and manifest["background_color"] == "#fbfaf7"
    purposes = set()
    for icon in manifest["icons"]:
        width, height = png_size(os.path.join(DIST, icon["src"]))
        assert icon["sizes"] == f"{width}x{height}"
        purposes.add((icon["purpose"], width))
    assert {("any", 192), ("any", 512), ("maskable", 512)} <= purposes
    assert png_size(os.path.join(DIST, "icons", "apple-touch-icon.png")) == (180, 180)
