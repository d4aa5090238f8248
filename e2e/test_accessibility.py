"""axe-core finds no violations on the welcome, question and results screens, in light
and (in Chromium, which can emulate it) dark colours."""

import pytest

from support.checks import APP_READY, wait_for
from support.flow import answer_all, axe_violations, on_question, on_results, start


def scan(browser, where):
    problems = axe_violations(browser)
    assert problems == [], f"{where}:\n" + "\n".join(problems)


def schemes(browser):
    yield "light"
    if browser.engine == "chromium":
        for scheme in ("dark", "light"):
            browser.execute_cdp_cmd(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
            )
            if scheme == "dark":
                yield "dark"


@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_no_violations(browser, served, width):
    browser.set_window_size(width, 900)
    browser.get(served.url)
    wait_for(browser, APP_READY)
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
