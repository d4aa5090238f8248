"""Content packs for the end-to-end tests: the built-in pack as the Data screen offers it,
the packs that `tests/fixtures/packs/` describe (made here from their documented edits to
the built-in pack), loading a pack from a file, and what the page and the storage show."""

import copy
import json
import os

from selenium.webdriver.common.by import By

from .checks import READ_DOWNLOAD, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "packs")

PACK_KEY = "netwhy.pack"

# Everything the page keeps in localStorage, as an object of key to text.
ALL_STORAGE = (
    "return Object.fromEntries(Array.from({length: localStorage.length}, (_, i) => localStorage.key(i))"
    ".map((k) => [k, localStorage.getItem(k)]));"
)


def storage(driver):
    """Every key and text in the page's localStorage."""
    return driver.execute_script(ALL_STORAGE)


def footer(driver):
    """The footer line that names the content in use."""
    return driver.find_element(By.CSS_SELECTOR, ".content-in-use").text


def download_built_in(driver):
    """On the Data screen with the built-in content in use: presses "Download this content to
    edit" and returns the file it offers, read as JSON."""
    driver.find_element(By.XPATH, "//button[normalize-space()='Download this content to edit']").click()
    link = wait_for(driver, "document.querySelector('.pack-download-ready a')")
    assert link.get_attribute("download").endswith("-pack.json")
    driver.set_script_timeout(20)
    text = driver.execute_async_script(READ_DOWNLOAD, ".pack-download-ready a")
    assert not text.startswith("error"), text
    return json.loads(text)


def load_pack(driver, path):
    """Chooses the file at `path` under "Load a content pack"."""
    driver.find_element(By.ID, "pack-file").send_keys(path)


def fixture(name):
    """The fixture `name` (without `.json`) as JSON."""
    with open(os.path.join(FIXTURES, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def _steps(pointer):
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


def _resolve(doc, steps):
    for step in steps:
        doc = doc[int(step)] if isinstance(doc, list) else doc[step]
    return doc


def _put(doc, pointer, value):
    *up, last = _steps(pointer)
    parent = _resolve(doc, up)
    if isinstance(parent, list):
        if last == "-":
            parent.append(value)
        else:
            parent[int(last)] = value
    else:
        parent[last] = value


def _remove(doc, pointer):
    *up, last = _steps(pointer)
    parent = _resolve(doc, up)
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        del parent[last]


def _grow(target, to):
    if isinstance(target, list):
        first = target[0]
        for n in range(len(target), to):
            entry = copy.deepcopy(first)
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                entry["id"] += f"_{n}"
            target.append(entry)
    else:
        key, value = next(iter(target.items()))
        n = 0
        while len(target) < to:
            target[f"{key}_{n}"] = copy.deepcopy(value)
            n += 1


def pack_text(described, built_in):
    """The text of the pack a fixture describes: its `text`, its `pack` written out, or its
    `edits` applied to the built-in pack (`set` a JSON pointer `to` a value or to `repeat` a
    text `times`, `remove` one, `copy` one `to` another, `grow` a list or group `to` a number
    of entries, `pad_to` a length in bytes with spaces at the end)."""
    if "text" in described:
        return described["text"]
    if "pack" in described:
        return json.dumps(described["pack"], indent=2)
    doc = copy.deepcopy(built_in)
    pad = 0
    for edit in described["edits"]:
        if "set" in edit:
            value = edit["repeat"] * edit["times"] if "repeat" in edit else edit["to"]
            _put(doc, edit["set"], value)
        elif "remove" in edit:
            _remove(doc, edit["remove"])
        elif "copy" in edit:
            _put(doc, edit["to"], copy.deepcopy(_resolve(doc, _steps(edit["copy"]))))
        elif "grow" in edit:
            _grow(_resolve(doc, _steps(edit["grow"])), edit["to"])
        elif "pad_to" in edit:
            pad = edit["pad_to"]
        else:
            raise ValueError(f"unknown edit {edit}")
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return text + " " * max(0, pad - len(text.encode("utf-8")))


def channel(pack, channel_id):
    """A channel's numbers (in `model.channels`) and its words in the pack's first language."""
    numbers = next(c for c in pack["model"]["channels"] if c["id"] == channel_id)
    return numbers, pack["languages"][0]["channels"][channel_id]
