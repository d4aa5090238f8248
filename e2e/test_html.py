"""The page is valid HTML on every screen: the built index.html and the document of each
screen as the app draws it (in Chromium, serialised with its doctype), checked by the
W3C Nu Html Checker in one run."""

import os

import pytest
from selenium.webdriver.common.by import By

from conftest import DIST
from support.checks import APP_READY, SCREEN_DRAWN, wait_for
from support.flow import answer_all, on_question, on_results, start
from support.room_link import ROOM_OF_7
from support.vnu import errors

# The document as it stands, without the test server's probe scripts.
SNAPSHOT = """
const root = document.documentElement.cloneNode(true);
root.querySelectorAll('script[src="__probe.js"], script[src="__prelude.js"]').forEach((s) => s.remove());
return '<!DOCTYPE html>\\n' + root.outerHTML;
"""

# A page with the error the built page used to have, to show the checker finds it.
BROKEN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>broken</title>
<link rel="icon" href="icon.svg" integrity="sha384-AAAA"></head><body><p>x</p></body></html>
"""


def go(browser, url, ready):
    browser.get(url)
    wait_for(browser, ready)


@pytest.mark.parametrize("engine", ["chromium"])
def test_every_screen_is_valid_html(browser, served, tmp_path):
    files = {}

    def snapshot(name):
        path = str(tmp_path / (name.replace(" ", "-") + ".html"))
        with open(path, "w", encoding="utf-8") as f:
            f.write(browser.execute_script(SNAPSHOT))
        files[name] = path

    browser.get(served.url)
    wait_for(browser, APP_READY)
    snapshot("welcome")
    start(browser, served.url)
    snapshot("question")
    browser.execute_script("location.hash = '#/q/priority_split'")
    on_question(browser, "priority_split")
    snapshot("split question")
    browser.execute_script("location.hash = '#/results'")
    wait_for(browser, "location.hash === '#/results' && document.querySelector('.missing a[href^=\"#/q/\"]')")
    snapshot("still open")
    browser.find_element(By.CSS_SELECTOR, ".missing a[href='#/q/known_recognised']").click()
    on_question(browser, "known_recognised")
    answer_all(browser)
    on_results(browser)
    snapshot("results")
    browser.find_element(By.XPATH, "//a[normalize-space()='How this was calculated']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'how-title'")
    snapshot("how it was calculated")
    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/history']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'history-title'")
    snapshot("history")
    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/data']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'data-title'")
    snapshot("your data")
    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/room']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'room-title'")
    snapshot("workshop")
    browser.execute_script(f"location.hash = '#/room/you/{ROOM_OF_7}'")
    wait_for(browser, "document.activeElement && document.activeElement.id === 'room-you-title'")
    snapshot("room link")
    browser.execute_script("location.hash = '#/results'")
    wait_for(browser, f"document.activeElement && document.activeElement.id === 'results-title' && {SCREEN_DRAWN}")
    browser.find_element(By.CSS_SELECTOR, ".share button").click()
    wait_for(browser, "document.querySelector('svg.share-qr path')")
    snapshot("results with the room code")

    canary = str(tmp_path / "known-error.html")
    with open(canary, "w", encoding="utf-8") as f:
        f.write(BROKEN)
    built = os.path.join(DIST, "index.html")
    found = errors([built, canary, *files.values()])

    # The checker ran and reports what it should.
    assert any("integrity" in e for e in found.pop(canary)), "the checker missed a known error"
    named = {"built index.html": found.pop(built), **{name: found[path] for name, path in files.items()}}
    assert {name: e for name, e in named.items() if e} == {}
