"""The size budget counts the app by what its files are and how the page loads them: renaming
the build's files changes nothing in it, and a script the page starts to load is counted."""

import os
import re
import shutil

import size_report

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIST = os.environ.get("NETWHY_DIST", os.path.join(ROOT, "dist"))
APP = "working app (+ scripts + wasm)"
FIRST = "first screen (page + styles)"


def report(folder):
    return size_report.budget_groups(folder, size_report.collect(folder))


def brotli_size(text):
    return size_report.sizes(text.encode("utf-8"))[2]


def test_the_budget_counts_the_files_the_page_loads_whatever_their_names(tmp_path):
    totals, members = report(DIST)
    loaded = members[APP]
    assert any(name.endswith(".wasm") for name in loaded) and any(name.endswith(".js") for name in loaded), loaded
    assert "sw.js" not in loaded
    assert totals[APP] > totals[FIRST] > 0

    # The same build with its script and wasm under other names, the wasm without its suffix.
    copy = str(tmp_path / "renamed")
    shutil.copytree(DIST, copy)
    page = os.path.join(copy, "index.html")
    with open(page, encoding="utf-8") as f:
        html = original = f.read()
    for name in os.listdir(copy):
        match = re.fullmatch(r"netwhy-[0-9a-f]+(_bg\.wasm|\.js)", name)
        if match:
            new = "module-" + ("code" if match.group(1) == "_bg.wasm" else "start.js")
            os.rename(os.path.join(copy, name), os.path.join(copy, new))
            assert name in html, name
            html = html.replace(name, new)
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    renamed, renamed_members = report(copy)
    # Everything but the page (whose text names the files) counts the same.
    page_change = brotli_size(html) - brotli_size(original)
    assert renamed[FIRST] == totals[FIRST] + page_change
    assert renamed[APP] == totals[APP] + page_change
    assert {"module-code", "module-start.js"} <= set(renamed_members[APP]), renamed_members[APP]

    # A script the page begins to load is part of the app's budget.
    with open(os.path.join(copy, "extra.js"), "w", encoding="utf-8") as f:
        f.write("console.log(" + repr("x" * 4000) + ");")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html.replace("</head>", '<script src="extra.js" defer></script></head>', 1))
    grown, grown_members = report(copy)
    assert "extra.js" in grown_members[APP]
    assert grown[APP] > renamed[APP]


SCANNER = "scanner (loads when scanning starts)"


def test_the_scanners_worker_is_reported_apart_and_nothing_else_escapes_the_budget(tmp_path):
    totals, members = report(DIST)
    worker = set(members[SCANNER])
    assert worker == {"scanner_loader.js", "scanner.js", "scanner_bg.wasm"}, worker
    assert not worker & set(members[APP])
    assert 0 < totals[SCANNER] < totals[APP]

    # The worker's files under other names are still the worker (found by its start script).
    copy = str(tmp_path / "renamed")
    shutil.copytree(DIST, copy)
    os.rename(os.path.join(copy, "scanner_bg.wasm"), os.path.join(copy, "reader.bin"))
    os.rename(os.path.join(copy, "scanner.js"), os.path.join(copy, "reader.js"))
    with open(os.path.join(copy, "scanner_loader.js"), "w", encoding="utf-8") as f:
        f.write('importScripts("./reader.js");wasm_bindgen("./reader.bin.wasm");')
    # …unless its start script names files that are not there: then its wasm counts in the app.
    _, members = report(copy)
    assert "reader.bin" in members[APP] and SCANNER not in members
    os.rename(os.path.join(copy, "reader.bin"), os.path.join(copy, "reader.bin.wasm"))
    renamed, members = report(copy)
    assert set(members[SCANNER]) == {"scanner_loader.js", "reader.js", "reader.bin.wasm"}
    assert renamed[APP] == totals[APP]

    # A wasm that no worker's start script names counts in the app, whatever its name.
    shutil.copy(os.path.join(copy, "reader.bin.wasm"), os.path.join(copy, "scanner_extra_bg.wasm"))
    grown, members = report(copy)
    assert "scanner_extra_bg.wasm" in members[APP] and grown[APP] > renamed[APP]
