"""How it is worked out, History, Your data and Room come in steps: the heading in the frame
after the click, the rest in the frames after, under the same heading; focus moves to the
heading once the whole screen is in. History finds the browser's date formatters made ahead, in idle time, rather
than making them in the click that opens it."""

from selenium.webdriver.common.by import By

from support.checks import SCREEN_DRAWN, wait_for
from support.flow import answer_all, on_results, start

# Notes, at every frame, the section around the heading named by `window.__target`: whether it
# is marked busy, how many elements it holds and whether its heading is still the element first
# seen; and, as focus moves, where to and whether a screen was busy then.
FRAMES = """
window.__frames = [];
window.__focus = [];
(function frame() {
  var heading = window.__target && document.getElementById(window.__target);
  var section = heading && heading.closest('section');
  if (section) {
    window.__heading = window.__heading || heading;
    window.__frames.push({
      busy: section.getAttribute('aria-busy') === 'true',
      elements: section.children.length,
      same: heading === window.__heading,
    });
  }
  requestAnimationFrame(frame);
})();
document.addEventListener('focusin', function (e) {
  window.__focus.push({ id: e.target.id, busy: !!document.querySelector('main [aria-busy]') });
});
"""

SCREENS = (
    (".results a[href='#/results/how']", "how-title"),
    (".site-nav a[href='#/history']", "history-title"),
    (".site-nav a[href='#/data']", "data-title"),
    (".site-nav a[href='#/room']", "room-title"),
)


def test_other_screens_come_heading_first_and_focus_waits_for_the_whole_screen(browser, served, prelude):
    prelude(FRAMES)
    start(browser, served.url)
    answer_all(browser)
    on_results(browser)
    for link, heading in SCREENS:
        browser.execute_script("window.__frames = []; window.__focus = []; window.__heading = null; window.__target = arguments[0];", heading)
        browser.find_element(By.CSS_SELECTOR, link).click()
        wait_for(browser, f"document.activeElement && document.activeElement.id === '{heading}'")
        # Focus can come before the next frame is noted; wait for a frame of the whole screen.
        wait_for(browser, "window.__frames.length && !window.__frames[window.__frames.length - 1].busy")
        frames = browser.execute_script("return window.__frames;")
        focus = [f for f in browser.execute_script("return window.__focus;") if f["id"] == heading]
        # The first frame with the screen held its heading (on Room, with the join code's
        # empty square) and was marked busy; the last, the whole screen, no longer busy.
        assert frames[0]["busy"] and frames[0]["elements"] <= 2, (heading, frames[:3])
        assert not frames[-1]["busy"] and frames[-1]["elements"] > frames[0]["elements"], (heading, frames[-3:])
        # The heading stayed the same element as the rest came (not drawn anew under focus).
        assert all(f["same"] for f in frames), (heading, frames)
        # Focus came to the heading once, when nothing was busy any more.
        assert focus == [{"id": heading, "busy": False}], (heading, focus)


# The browser's idle time is the test's to give (the app's requests for it wait in a queue),
# and each date formatter the page makes is noted, with whether it was made in idle time.
FORMATTERS = """
window.__idle = [];
window.__inIdle = false;
window.requestIdleCallback = function (callback) { window.__idle.push(callback); return window.__idle.length; };
window.__made = [];
var Made = Intl.DateTimeFormat;
Intl.DateTimeFormat = function (locales, options) {
  window.__made.push(window.__inIdle ? 'idle' : 'not idle');
  return new Made(locales, options);
};
Intl.DateTimeFormat.prototype = Made.prototype;
Intl.DateTimeFormat.supportedLocalesOf = Made.supportedLocalesOf;
"""

IDLE = """
var waiting = window.__idle.splice(0);
window.__inIdle = true;
try {
  waiting.forEach(function (callback) { callback({ didTimeout: false, timeRemaining: function () { return 50; } }); });
} finally {
  window.__inIdle = false;
}
return window.__made.length;
"""


def test_history_finds_its_date_formatters_made_while_the_results_were_read(browser, served, prelude):
    prelude(FORMATTERS)
    start(browser, served.url)
    answer_all(browser)
    on_results(browser)
    # Nothing has written out a moment yet; while the results are read, the app asks for idle
    # time and, given it, makes the formatters History will need.
    assert browser.execute_script("return window.__made;") == []
    for _ in range(10):
        wait_for(browser, "window.__idle.length")
        if browser.execute_script(IDLE):
            break
    made = browser.execute_script("return window.__made;")
    assert made and set(made) == {"idle"}, made
    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/history']").click()
    wait_for(browser, f"document.querySelector('.history-list > li time') && {SCREEN_DRAWN}")
    # History wrote out when the result was taken with the formatters made ahead: none new.
    assert browser.execute_script("return window.__made;") == made
    assert browser.find_element(By.CSS_SELECTOR, ".history-list > li time").text.strip()
