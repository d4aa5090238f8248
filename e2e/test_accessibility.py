"""axe-core finds no violations on the welcome, question, results, how-calculated, history
(with a comparison) and data screens, in light and (in Chromium, which can emulate it)
dark colours."""

import pytest

from support.browsers import set_viewport
from support.checks import APP_READY, wait_for
from support.flow import answer_all, axe_violations, on_question, on_results, start


def scan(browser, where):
    problems = axe_violations(browser)
    assert problems == [], f"{where}:\n" + "\n".join(problems)


def background(browser):
    return browser.execute_script("return getComputedStyle(document.body).backgroundColor;")


def schemes(browser):
    light = background(browser)
    yield "light"
    if browser.engine == "chromium":
        for scheme in ("dark", "light"):
            browser.execute_cdp_cmd(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
            )
            # The emulation took effect: the page sees the scheme and its styles follow it.
            assert browser.execute_script(f"return matchMedia('(prefers-color-scheme: {scheme})').matches;")
            assert (background(browser) != light) == (scheme == "dark")
            if scheme == "dark":
                yield "dark"


@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_no_violations(browser, served, width):
    if browser.engine == "webkit" and width < 447:
        pytest.skip("WebKitGTK's MiniBrowser keeps its window at least 447 px wide; Chromium and Firefox cover 360 px")
    set_viewport(browser, width, 900)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    # The page is laid out at that width (a browser may keep its window wider than asked).
    assert browser.execute_script("return window.innerWidth;") == width
    for scheme in schemes(browser):
        scan(browser, f"welcome ({scheme})")
    start(browser, served.url)
    for scheme in schemes(browser):
        scan(browser, f"question ({scheme})")
    browser.get(served.url + "#/q/priority_split")
    on_question(browser, "priority_split")
    for scheme in schemes(browser):
        scan(browser, f"split ({scheme})")
    browser.get(served.url + "#/q/" + "known_recognised")
    on_question(browser, "known_recognised")
    answer_all(browser)
    on_results(browser)
    for scheme in schemes(browser):
        scan(browser, f"results ({scheme})")
    # A second, earlier result, so the history shows a comparison.
    browser.execute_script(
        "const data = JSON.parse(localStorage.getItem('netwhy'));"
        "const earlier = JSON.parse(JSON.stringify(data.history[0]));"
        "earlier.taken = '2026-01-05T10:00:00.000Z';"
        "earlier.summary.scores = [20, 80, 40];"
        "earlier.summary.top = ['equipped'];"
        "data.history.unshift(earlier);"
        "localStorage.setItem('netwhy', JSON.stringify(data));"
    )
    for hash_, heading, name in (
        ("#/results/how", "how-title", "how calculated"),
        ("#/history", "history-title", "history"),
        ("#/data", "data-title", "data"),
    ):
        browser.get(served.url + hash_)
        # A change of hash alone keeps the page; reload it so it reads the stored data.
        browser.refresh()
        wait_for(browser, f"document.activeElement && document.activeElement.id === '{heading}'")
        if name == "history":
            wait_for(browser, "document.querySelector('.comparison')")
        if name == "data":
            wait_for(browser, "!document.querySelector('[data-persist=checking]')")
        for scheme in schemes(browser):
            scan(browser, f"{name} ({scheme})")
