"""The first screen is real HTML in the page: it shows before the WebAssembly has loaded, and
the app takes it over without a second copy or a shift, in each engine."""

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


def test_a_deep_link_hides_the_welcome_until_the_app_has_the_right_screen(browser, served, prelude):
    prelude(HOLD_WASM)
    browser.get(served.url + "#/results")
    wait_for(browser, "document.documentElement.classList.contains('deep-link')")
    assert browser.execute_script(f"return !{VISIBLE}(document.querySelector('main h1'));")


def test_the_app_takes_over_the_first_screen_without_a_copy_or_a_shift(browser, served):
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
    counts = browser.execute_script(
        "return ['h1', 'header', 'main', 'footer', '.welcome'].map(function (s) {"
        " return document.querySelectorAll(s).length; });"
    )
    assert counts == [1, 1, 1, 1, 1]
    if browser.engine == "chromium":
        assert browser.execute_script("return window.__shift;") == 0
    assert page_problems(browser, served.origin) == []
