"""The first screen is real HTML in the page: it shows before the WebAssembly has loaded, in
the language the device chose or the browser prefers, and the app takes it over without a
second copy or a shift, in each engine."""

import os
import tomllib

import pytest
from selenium.webdriver.common.by import By

from support.checks import page_problems, wait_for

# Keeps the WebAssembly from ever starting, as on a connection where it is still downloading.
HOLD_WASM = """
WebAssembly.instantiateStreaming = function () { return new Promise(function () {}); };
WebAssembly.instantiate = function () { return new Promise(function () {}); };
"""
VISIBLE = (
    "(function (el) { return el && el.getBoundingClientRect().height > 0"
    " && getComputedStyle(el).visibility === 'visible'; })"
)


def test_the_welcome_screen_shows_before_the_webassembly_runs(browser, served, prelude):
    prelude(HOLD_WASM)
    browser.get(served.url)
    heading = wait_for(browser, f"{VISIBLE}(document.querySelector('main h1')) && document.querySelector('main h1')")
    assert "Why do you network" in heading.text
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "never leave this device" in main and "About 10 minutes" in main
    assert browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").is_displayed()
    assert browser.execute_script("return document.getElementById('app').hasAttribute('data-prerendered');")


def title_in(tag):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "content", f"{tag}.toml"), "rb") as f:
        return tomllib.load(f)["terms"]["ui.welcome.title"]


@pytest.mark.parametrize("tag", ["de", "ar"])
def test_the_welcome_screen_shows_in_the_language_kept_before_the_webassembly_runs(browser, served, prelude, tag):
    prelude(HOLD_WASM + f"localStorage.setItem('netwhy.language', '{tag}');")
    browser.get(served.url)
    heading = wait_for(browser, f"{VISIBLE}(document.querySelector('main h1')) && document.querySelector('main h1')")
    assert heading.text == title_in(tag)
    assert browser.execute_script("return [document.documentElement.lang, document.documentElement.dir];") == [
        tag,
        "rtl" if tag == "ar" else "ltr",
    ]
    assert browser.execute_script("return document.querySelectorAll('main h1').length;") == 1
    assert "About 10 minutes" not in browser.find_element(By.TAG_NAME, "main").text
    assert browser.execute_script("return document.getElementById('app').hasAttribute('data-prerendered');")


def test_a_deep_link_hides_the_welcome_until_the_app_has_the_right_screen(browser, served, prelude):
    prelude(HOLD_WASM)
    browser.get(served.url + "#/results")
    wait_for(browser, "document.documentElement.classList.contains('deep-link')")
    assert browser.execute_script(f"return !{VISIBLE}(document.querySelector('main h1'));")


@pytest.mark.parametrize("tag", ["en", "de"])
def test_the_app_takes_over_the_first_screen_without_a_copy_or_a_shift(browser, served, prelude, tag):
    if tag != "en":
        prelude(f"localStorage.setItem('netwhy.language', '{tag}');")
    if browser.engine == "chromium":
        browser.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument",
            {
                "source": "window.__shift = 0; new PerformanceObserver(function (list) {"
                " list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.__shift += e.value; });"
                " }).observe({type: 'layout-shift', buffered: true});"
            },
        )
    browser.get(served.url)
    wait_for(browser, "!document.getElementById('app').hasAttribute('data-prerendered')")
    wait_for(browser, "document.activeElement && document.activeElement.id === 'welcome-title'")
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == title_in(tag)
    counts = browser.execute_script(
        "return ['h1', 'header', 'main', 'footer', '.welcome'].map(function (s) {"
        " return document.querySelectorAll(s).length; });"
    )
    assert counts == [1, 1, 1, 1, 1]
    if browser.engine == "chromium":
        assert browser.execute_script("return window.__shift;") == 0
    assert page_problems(browser, served.origin) == []
