"""The welcome page, in each engine, against the release build."""

from selenium.webdriver.common.by import By

from support.checks import APP_READY, page_problems, wait_for


def test_welcome_page_shows_the_promise_with_no_error_and_no_outside_request(browser, served):
    # The server's log is shared by the whole session: read only what this page asked for.
    before = len(served.requests)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    assert "Why do you network" in browser.find_element(By.CSS_SELECTOR, "main h1").text
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "never leave this device" in text
    assert "known" in text and "equipped" in text and "connected" in text
    assert browser.title.startswith("netwhy")
    assert page_problems(browser, served.origin) == []
    # The page, its script, its wasm and its styles all came from the app's own server.
    fetched = served.requests[before:]
    assert fetched[0] == "/", fetched
    for kind in (".js", ".wasm", ".css"):
        assert any(path.endswith(kind) for path in fetched), (kind, fetched)
    # ...and the page itself loaded them (its own Resource Timing).
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; });"
    )
    assert any(path.endswith(".wasm") for path in loaded), loaded


def test_the_outside_request_check_catches_a_request_to_another_origin(browser, served):
    """Guards the guard: a request the page makes elsewhere must show up as a problem."""
    browser.get(served.url)
    wait_for(browser, APP_READY)
    browser.execute_script("new Image().src = 'http://192.0.2.1/pixel.png';")
    problems = wait_for(
        browser,
        "(window.__netwhyProbe || []).filter(function (p) { return p.indexOf('192.0.2.1') >= 0; }).length",
    )
    assert problems >= 1
    assert any("192.0.2.1" in problem for problem in page_problems(browser, served.origin))
