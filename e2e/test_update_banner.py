"""The update banner beyond "Update": "Later" puts a new version off without reloading, and
it is offered again on the next visit; a tab left on the old version after another tab
updated says so, and reloads into the new version when asked, keeping the answers."""

from selenium.webdriver.common.by import By

from support.checks import page_problems, wait_for
from support.flow import answer_here, start
from support.pwa import CONTROLLED, UPDATE_BUTTON, WELCOME, derive_build, open_and_wait_until_offline_ready

BANNER_EMPTY = (
    "document.querySelector('.pwa-update').textContent === ''"
    " && !document.documentElement.classList.contains('pwa-has-banner')"
)
RUNNING_BUILD = "return document.documentElement.dataset.testBuild || null;"


def banner_button(browser, label):
    return browser.find_element(By.XPATH, f"//div[contains(@class, 'pwa-update')]//button[normalize-space()='{label}']")


def publish_new_version(own, tmp_path):
    own.serve_from(derive_build(own.folder, str(tmp_path / "build-b"), "b"))


def test_later_keeps_the_running_version_and_the_offer_comes_back(browser, serve_build, tmp_path):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    publish_new_version(own, tmp_path)
    browser.get(own.url)
    wait_for(browser, WELCOME)
    wait_for(browser, f"document.querySelector('{UPDATE_BUTTON}')", timeout=60)
    browser.execute_script("window.stillThisPage = true;")

    banner_button(browser, "Later").click()
    wait_for(browser, BANNER_EMPTY)
    # The same page goes on, on the old version, and the new version is still waiting.
    assert browser.execute_script("return window.stillThisPage === true;")
    assert browser.execute_script(RUNNING_BUILD) is None
    browser.set_script_timeout(20)
    assert browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "navigator.serviceWorker.getRegistration().then(function (r) { done(Boolean(r && r.waiting)); });"
    )

    # The next visit runs the old version again and offers the new one again.
    browser.get(own.url)
    wait_for(browser, WELCOME)
    wait_for(browser, f"document.querySelector('{UPDATE_BUTTON}')", timeout=60)
    assert browser.execute_script(RUNNING_BUILD) is None
    assert "new version" in browser.find_element(By.CSS_SELECTOR, ".pwa-update").text
    assert page_problems(browser, own.origin) == []


def test_a_tab_updated_elsewhere_says_so_and_reloads_into_the_new_version(browser, serve_build, tmp_path):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    first = start(browser, own.url)
    answer_here(browser, 2)
    wait_for(browser, f"(localStorage.getItem('netwhy') || '').includes('\"{first}\":{{')")
    kept = browser.execute_script("return localStorage.getItem('netwhy');")

    publish_new_version(own, tmp_path)
    browser.get(own.url)
    wait_for(browser, WELCOME)
    wait_for(browser, f"document.querySelector('{UPDATE_BUTTON}')", timeout=60)
    old_tab = browser.current_window_handle

    # A second tab takes the update.
    browser.switch_to.new_window("tab")
    browser.get(own.url)
    wait_for(browser, WELCOME)
    wait_for(browser, CONTROLLED)
    wait_for(browser, f"document.querySelector('{UPDATE_BUTTON}')", timeout=60).click()
    wait_for(browser, "document.documentElement.dataset.testBuild === 'b'", timeout=30)
    wait_for(browser, WELCOME)
    assert page_problems(browser, own.origin) == []

    # The first tab still runs the old version, and says why it should reload.
    browser.switch_to.window(old_tab)
    banner = wait_for(
        browser, "(function (b) { return b.textContent.includes('updated in another tab') && b; })(document.querySelector('.pwa-update'))",
        timeout=30,
    )
    assert "your answers stay on this device" in banner.text
    assert browser.execute_script(RUNNING_BUILD) is None
    banner_button(browser, "Reload").click()
    wait_for(browser, "document.documentElement.dataset.testBuild === 'b'", timeout=30)
    wait_for(browser, WELCOME)
    wait_for(browser, BANNER_EMPTY)
    assert browser.execute_script("return localStorage.getItem('netwhy');") == kept
    assert page_problems(browser, own.origin) == []
