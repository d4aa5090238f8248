"""Works offline, installs, and updates only when asked: the service worker, the manifest and
the page's security policy, in each engine, against the release build."""

import pytest
from selenium.webdriver.common.by import By

from support.content import QUESTIONS
from support.checks import page_problems, wait_for
from support.flow import answer_all, answer_here, next_button, on_question, on_results, start
from support.pwa import (
    CONTROLLED,
    UPDATE_BUTTON,
    WELCOME,
    cache_names,
    derive_build,
    open_and_wait_until_offline_ready,
    worker_scope,
)


def test_the_app_starts_offline_after_one_visit(browser, offline_app):
    # Keeping the build for offline use did not download the app's wasm a second time; the
    # camera scanner's reader, which the page itself never loads, is fetched once for offline
    # use. (WebKitGTK fetches the app's wasm twice per page load even without a service
    # worker: it does not reuse Trunk's preload, and its HTTP cache is not used under
    # automation.)
    wasm = [path for path in offline_app.requests if path.endswith(".wasm")]
    reader = [path for path in wasm if path == "/scanner_bg.wasm"]
    assert len(reader) == 1, wasm
    if browser.engine != "webkit":
        assert len(wasm) - len(reader) == 1, wasm
    browser.get(offline_app.url)
    wait_for(browser, WELCOME)
    assert "Why do you network" in browser.find_element(By.CSS_SELECTOR, "main h1").text
    assert browser.execute_script(f"return Boolean({CONTROLLED});")
    # With the server gone, the whole questionnaire can still be taken to the results.
    start(browser, offline_app.url)
    assert answer_all(browser) == QUESTIONS
    results = on_results(browser)
    assert "Where to spend your time" in results.text
    assert page_problems(browser, offline_app.origin) == []


@pytest.mark.parametrize("engine", ["chromium"])
def test_chromium_finds_the_app_installable_and_its_manifest_clean(browser, serve_build):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    manifest = browser.execute_cdp_cmd("Page.getAppManifest", {})
    assert manifest["url"] == own.url + "manifest.webmanifest"
    assert manifest.get("errors") == [], manifest.get("errors")
    parsed = manifest.get("manifest") or {}
    if parsed:  # Newer Chromium reports the parsed manifest too.
        assert parsed.get("startUrl") == own.url
        assert parsed.get("scope") == own.url
        assert parsed.get("id") == own.origin + "/netwhy"
    installability = browser.execute_cdp_cmd("Page.getInstallabilityErrors", {})
    assert installability["installabilityErrors"] == []
    assert page_problems(browser, own.origin) == []


def test_a_new_build_waits_for_update_and_keeps_the_answers(browser, serve_build, tmp_path):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    # Two real answers, saved by the app, must survive the update.
    first = start(browser, own.url)
    answer_here(browser, 3)
    next_button(browser).click()
    second = on_question(browser)
    assert second != first
    answer_here(browser, 1)
    wait_for(browser, f"localStorage.getItem('netwhy').includes('\"{second}\":{{')")
    stored = browser.execute_script("return localStorage.getItem('netwhy');")
    first_worker = browser.execute_script("return navigator.serviceWorker.controller.scriptURL;")

    own.serve_from(derive_build(own.folder, str(tmp_path / "build-b"), "b"))
    browser.get(own.url)
    wait_for(browser, WELCOME)
    # The running page stays the old build until the person chooses to update.
    assert browser.execute_script("return document.documentElement.dataset.testBuild || null;") is None
    button = wait_for(browser, f"document.querySelector('{UPDATE_BUTTON}')", timeout=60)
    assert button.text == "Update"
    region = browser.find_element(By.CSS_SELECTOR, ".pwa-update")
    assert region.get_attribute("role") == "status"
    assert "new version" in region.text

    button.click()
    wait_for(browser, "document.documentElement.dataset.testBuild === 'b'", timeout=30)
    wait_for(browser, WELCOME)
    wait_for(browser, CONTROLLED)
    assert browser.execute_script("return localStorage.getItem('netwhy');") == stored
    assert browser.execute_script("return navigator.serviceWorker.controller.scriptURL;") == first_worker
    assert browser.find_element(By.CSS_SELECTOR, ".pwa-update").text == ""
    # Only the new version's cache is left, and the new version works offline.
    assert len(cache_names(browser)) == 1
    assert page_problems(browser, own.origin) == []
    own.stop()
    browser.get(own.url)
    wait_for(browser, "document.documentElement.dataset.testBuild === 'b'")
    wait_for(browser, WELCOME)
    assert page_problems(browser, own.origin) == []


def test_the_app_works_from_a_sub_path(browser, serve_build):
    own = serve_build(base="/some/path/")
    open_and_wait_until_offline_ready(browser, own.url)
    assert own.url.endswith("/some/path/")
    assert worker_scope(browser) == own.url
    assert browser.execute_script("return navigator.serviceWorker.controller.scriptURL;") == own.url + "sw.js"
    names = cache_names(browser)
    assert len(names) == 1 and names[0].startswith("netwhy:/some/path/:"), names
    assert own.not_found == []
    assert all(path.startswith("/some/path/") for path in own.requests), own.requests
    assert page_problems(browser, own.origin) == []
    # Offline, from the sub-path too.
    own.stop()
    browser.get(own.url)
    wait_for(browser, WELCOME)
    assert page_problems(browser, own.origin) == []


def test_no_request_leaves_the_origin_and_the_policy_is_kept(browser, serve_build):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    browser.get(own.url)  # The second visit comes from the service worker.
    wait_for(browser, WELCOME)
    wait_for(browser, CONTROLLED)
    assert page_problems(browser, own.origin) == []
    policy = browser.execute_script(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;"
    )
    assert "default-src 'self'" in policy and "'wasm-unsafe-eval'" in policy and "'sha256-" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    # The policy is enforced: an injected inline script does not run, and is reported.
    ran = browser.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.__injected = true;';"
        "document.head.appendChild(s); return window.__injected === true;"
    )
    assert ran is False
    problems = wait_for(
        browser,
        "(window.__netwhyProbe || []).filter(function (p) { return p.indexOf('blocked by policy') === 0; })",
    )
    assert any("script-src" in p for p in problems), problems


def test_a_build_without_the_service_worker_removes_the_old_one(browser, serve_build, tmp_path):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    own.serve_from(derive_build(own.folder, str(tmp_path / "no-sw"), "dev", NETWHY_NO_SW="1"))
    browser.get(own.url)
    # The old worker still serves the old page once; the removal worker then reloads it.
    wait_for(browser, "document.documentElement.dataset.testBuild === 'dev'", timeout=60)
    wait_for(browser, WELCOME)
    assert browser.execute_script("return navigator.serviceWorker.controller;") is None
    assert worker_scope(browser) is None
    assert cache_names(browser) == []
    assert page_problems(browser, own.origin) == []
