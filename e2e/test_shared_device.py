"""Shared-device mode, for a laptop the facilitator hands round to people without a phone:
turned on by keyboard from the workshop screen (#/room); the banner on every screen; a person
answers to the results with nothing read from or written to localStorage at any moment (every
call the page makes on it is recorded) and their answers only in the tab's sessionStorage;
"I'm done" offers the calendar reminder and then forgets everything of them, leaving the
welcome screen clean; the idle warning comes when the page's clock (a test clock in place of
Date.now, moved on without waiting) passes the idle time, "I'm still here" keeps the answers,
and passing the countdown forgets them; the facilitator's own results, saved before, are
hidden in the mode and back when it is turned off. Axe finds nothing with the banner and the
warning showing, in light and dark."""

import json

from selenium.webdriver.common.by import By

from support.browsers import set_viewport
from support.checks import APP_READY, READ_DOWNLOAD, page_problems, wait_for
from support.flow import answer_as, answer_here, on_question, on_results
from support.keys import ENTER, SHIFT_TAB, focus_on, heading_focused, press, tab_to
from support.personas import DESIGNER
from support.schemes import axe_in_each_scheme, shot
from support.seed import seed_once, snapshot, stored

BANNER = "Shared device: your answers are forgotten when you finish."
DONE = "I'm done — forget my answers"
IDLE_MS = 5 * 60 * 1000
WARNING_MS = 60 * 1000

# Runs on every page load, after the seed: the test clock (Date.now as the app reads it, which
# the test freezes and moves on), and a record of every call the page makes on localStorage.
PAGE_TOOLS = """
(() => {
  const real = Date.now.bind(Date);
  const clock = window.__netwhyClock = { at: null };
  Date.now = () => (clock.at === null ? real() : clock.at);
  const touches = window.__localTouches = [];
  const mine = (storage) => storage === window.localStorage;
  for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      if (mine(this)) touches.push(name + ' ' + String(args[0]));
      return original.apply(this, args);
    };
  }
  const length = Object.getOwnPropertyDescriptor(Storage.prototype, 'length');
  Object.defineProperty(Storage.prototype, 'length', {
    configurable: true,
    get() { if (mine(this)) touches.push('length'); return length.get.call(this); },
  });
})();
"""

# The facilitator's own earlier result, saved on the laptop before the workshop.
OWN = stored(history=[snapshot("2026-11-20T10:00:00.000Z", (80, 40, 30), ["known"])])

# A storage's keys and values, read by name (not through getItem, which the page records).
CONTENTS = "return JSON.stringify(Object.fromEntries(Object.entries(window[arguments[0]])));"

# Waits until no change of the page is waiting to be written, then ends.
SETTLED = """
const done = arguments[arguments.length - 1];
const root = document.documentElement;
const settled = () => root.getAttribute('data-revision') !== null
  && root.getAttribute('data-revision') === root.getAttribute('data-saved');
if (settled()) { done(true); }
else {
  const watch = new MutationObserver(() => { if (settled()) { watch.disconnect(); done(true); } });
  watch.observe(root, { attributes: true, attributeFilter: ['data-revision', 'data-saved'] });
}
"""


def contents(browser, name):
    return json.loads(browser.execute_script(CONTENTS, name))


def session_after_saving(browser):
    browser.execute_async_script(SETTLED)
    return contents(browser, "sessionStorage")


def no_local_touches(browser):
    touches = browser.execute_script("return window.__localTouches;")
    assert touches == [], touches


def banner_shown(browser):
    text = wait_for(
        browser,
        "document.querySelector('aside.shared-banner p') && document.querySelector('aside.shared-banner p').textContent",
    )
    assert text == BANNER
    aside = browser.find_element(By.CSS_SELECTOR, "aside.shared-banner")
    assert aside.get_attribute("aria-label") == "Shared device"
    assert aside.find_element(By.TAG_NAME, "button").text == DONE
    # First on the page, before the header: read first, and once.
    assert browser.execute_script(
        "const first = document.querySelector('#app > *'); return first && first.matches('aside.shared-banner');"
    )


def nav_links(browser):
    return [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".site-nav a")]


def welcome_clean(browser):
    heading_focused(browser, "welcome-title")
    wait_for(browser, "location.hash === '#/' && document.querySelector('.notice[data-notice=\"ui.notice.forgotten\"]')")
    assert browser.find_elements(By.CSS_SELECTOR, ".resume") == []
    assert browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").text == "Start the assessment"
    assert "Results" not in nav_links(browser)
    assert sorted(contents(browser, "sessionStorage")) == ["netwhy.shared", "seeded"]


def freeze_clock(browser):
    browser.execute_script("window.__netwhyClock.at = Date.now();")


def advance(browser, ms):
    browser.execute_script("window.__netwhyClock.at += arguments[0];", ms)


def test_a_shared_laptop_keeps_nothing_on_the_device_and_forgets_each_person(browser, served, prelude):
    seed_once(prelude, OWN, extra=PAGE_TOOLS)
    set_viewport(browser, 360, 740)
    browser.get(served.url + "#/room")
    heading_focused(browser, "room-title")
    device = contents(browser, "localStorage")
    assert json.loads(device["netwhy"])["history"][0]["taken"] == "2026-11-20T10:00:00.000Z"
    # Without the mode the app reads the device's storage (so the record works) and shows
    # the facilitator's results.
    assert "getItem netwhy" in browser.execute_script("return window.__localTouches;")
    assert "Results" in nav_links(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "aside.shared-banner") == []
    shot(browser, "shared-room-switch-off")

    # Turned on by keyboard; the app starts again on the welcome screen, in the mode.
    tab_to(browser, "e.textContent === 'Turn on shared mode in this tab'", limit=6)
    assert page_problems(browser, served.origin) == []
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('aside.shared-banner')")
    heading_focused(browser, "welcome-title")
    assert browser.execute_script("return location.hash;") == "#/"
    banner_shown(browser)
    assert "Results" not in nav_links(browser), "the facilitator's results are hidden"
    assert browser.find_elements(By.CSS_SELECTOR, ".resume") == []
    assert sorted(contents(browser, "sessionStorage")) == ["netwhy.shared", "seeded"]
    shot(browser, "shared-welcome")

    # A person answers to the results; the banner is on every screen they meet.
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser)
    banner_shown(browser)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    banner_shown(browser)
    finished = browser.find_element(By.CSS_SELECTOR, ".results .finished button")
    assert finished.text == DONE
    # Their answers live in the tab only.
    kept = json.loads(session_after_saving(browser)["netwhy"])
    assert len(kept["history"]) == 1 and kept["current"]["answers"]
    assert contents(browser, "localStorage") == device
    for hash, heading in (("#/results/how", "how-title"), ("#/history", "history-title"),
                          ("#/data", "data-title"), ("#/room", "room-title"), ("#/room/count", "tally-title"),
                          ("#/results", "results-title")):
        browser.execute_script("location.hash = arguments[0];", hash)
        wait_for(browser, f"location.hash === '{hash}' && document.activeElement.matches('main h1')")
        banner_shown(browser)
    assert contents(browser, "localStorage") == device
    heading_focused(browser, "results-title")

    # "I'm done", by keyboard from the banner: first the plan to take along, then forgetting.
    tab_to(browser, "e.matches('aside.shared-banner button')", limit=10, key=SHIFT_TAB)
    press(browser, ENTER)
    focus_on(browser, "e.id === 'done-title'")
    assert browser.find_element(By.CSS_SELECTOR, "aside.shared-banner button").get_attribute("aria-expanded") == "true"
    tab_to(browser, "e.textContent === 'Print my results and plan'", limit=2)
    tab_to(browser, "e.textContent === 'Save a calendar reminder'", limit=2)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('.done-panel .reminder-link')")
    ics = browser.execute_async_script(READ_DOWNLOAD, ".done-panel .reminder-link")
    assert ics.startswith("BEGIN:VCALENDAR"), ics[:80]
    shot(browser, "shared-done")
    tab_to(browser, "e.matches('.done-panel .confirm .button.danger')", limit=4)
    assert browser.switch_to.active_element.text == "Forget my answers"
    press(browser, ENTER)
    welcome_clean(browser)
    banner_shown(browser)
    assert contents(browser, "localStorage") == device

    # The next person: their answers survive a reload of the tab, in the tab only.
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    item = on_question(browser)
    answer_here(browser, 2)
    assert item in json.loads(session_after_saving(browser)["netwhy"])["current"]["answers"]
    no_local_touches(browser)
    assert page_problems(browser, served.origin) == []
    browser.refresh()
    on_question(browser, item)
    banner_shown(browser)
    assert browser.find_elements(By.CSS_SELECTOR, ".option input:checked")

    # Idle: past the idle time a warning with a countdown, focus on "I'm still here". (The
    # clock stands still between moves, so nothing runs out while the test looks.)
    freeze_clock(browser)
    assert browser.find_elements(By.CSS_SELECTOR, ".idle-warning") == []
    advance(browser, IDLE_MS + 1000)
    stay = focus_on(browser, "e.id === 'idle-stay'")
    assert stay.text == "I'm still here"
    warning = browser.find_element(By.CSS_SELECTOR, ".idle-warning")
    assert warning.get_attribute("role") == "alertdialog"
    assert "Are you still there?" in warning.text
    assert "forgotten in 59 seconds" in warning.text, warning.text
    advance(browser, 58_000)
    wait_for(browser, "document.querySelector('.idle-warning .countdown').textContent === '1 second'")
    # At 320 px the banner and the warning fit the width.
    set_viewport(browser, 320, 640)
    if browser.execute_script("return innerWidth;") == 320:
        assert browser.execute_script("return document.documentElement.scrollWidth <= innerWidth;")
        box = browser.execute_script("const b = document.querySelector('.idle-warning').getBoundingClientRect();"
                                     "return [b.left, b.right, b.top, b.bottom];")
        assert box[0] >= 0 and box[1] <= 320 and box[2] >= 0 and box[3] <= 640, box
    axe_in_each_scheme(browser, "shared-idle-warning")
    set_viewport(browser, 360, 740)
    # "I'm still here" keeps everything.
    focus_on(browser, "e.id === 'idle-stay'")
    press(browser, ENTER)
    wait_for(browser, "!document.querySelector('.idle-warning')")
    assert item in json.loads(session_after_saving(browser)["netwhy"])["current"]["answers"]
    assert browser.find_elements(By.CSS_SELECTOR, ".option input:checked")

    # Idle again, past the countdown: everything is forgotten.
    advance(browser, IDLE_MS + 1000)
    focus_on(browser, "e.id === 'idle-stay'")
    advance(browser, WARNING_MS)
    welcome_clean(browser)
    assert browser.find_elements(By.CSS_SELECTOR, ".idle-warning") == []
    assert contents(browser, "localStorage") == device
    no_local_touches(browser)
    assert page_problems(browser, served.origin) == []

    # Turned off by keyboard, after the one confirmation: the facilitator's results are back.
    browser.execute_script("location.hash = '#/room';")
    heading_focused(browser, "room-title")
    assert "Shared mode is on in this tab." in browser.find_element(By.CSS_SELECTOR, ".shared-switch").text
    tab_to(browser, "e.textContent === 'Turn off shared mode'", limit=6)
    press(browser, ENTER)
    focus_on(browser, "e.textContent === 'Keep it on'")
    shot(browser, "shared-room-switch-on")
    press(browser, SHIFT_TAB)
    assert browser.switch_to.active_element.text == "Turn it off"
    no_local_touches(browser)
    assert page_problems(browser, served.origin) == []
    press(browser, ENTER)
    wait_for(browser, APP_READY + " && !document.querySelector('aside.shared-banner')"
             " && (document.querySelector('.shared-switch button') || {}).textContent === 'Turn on shared mode in this tab'")
    heading_focused(browser, "room-title")
    assert contents(browser, "localStorage") == device
    assert sorted(contents(browser, "sessionStorage")) == ["seeded"]
    assert "Results" in nav_links(browser)
    browser.execute_script("location.hash = '#/history';")
    heading_focused(browser, "history-title")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".history-list > li")) == 1
    assert page_problems(browser, served.origin) == []


def test_the_banner_and_what_done_offers_pass_axe_in_light_and_dark(browser, served, prelude):
    prelude(PAGE_TOOLS)
    browser.get(served.url + "#/room")
    heading_focused(browser, "room-title")
    axe_in_each_scheme(browser, "shared-room")
    tab_to(browser, "e.textContent === 'Turn on shared mode in this tab'", limit=6)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('aside.shared-banner')")
    heading_focused(browser, "welcome-title")
    banner_shown(browser)
    browser.execute_script("window.scrollTo(0, 0);")
    axe_in_each_scheme(browser, "shared-banner")
    tab_to(browser, "e.matches('aside.shared-banner button')", limit=8, key=SHIFT_TAB)
    press(browser, ENTER)
    focus_on(browser, "e.id === 'done-title'")
    axe_in_each_scheme(browser, "shared-done-panel")
    # "Not yet" closes it, with focus back on the banner's button, and keeps the mode.
    tab_to(browser, "e.textContent === 'Not yet'", limit=3)
    press(browser, ENTER)
    focus_on(browser, "e.matches('aside.shared-banner button')")
    assert browser.find_elements(By.CSS_SELECTOR, ".done-panel") == []
    no_local_touches(browser)
    assert contents(browser, "localStorage") == {}
    assert page_problems(browser, served.origin) == []
