"""The next question is drawn and laid out once ahead, while the current screen is read, and
never stays in the page: no frame, no script and no screen reader meets the copy, and the page
neither moves nor grows."""

from support.browsers import set_viewport
from support.checks import APP_READY, wait_for
from support.flow import answer_here, next_button, on_question

# Runs before the app on every load. The browser's idle time is the test's to give: the app's
# requests for it wait in a queue until the test runs them. Notes each copy the app lays out
# ahead (which question, whether it was still in the page once the task that added it had
# ended, and the page's scroll position and length then), and at every frame the number of
# copies and of headings in the page and its scroll position and length.
WATCH = """
window.__idle = [];
window.requestIdleCallback = function (callback) { window.__idle.push(callback); return window.__idle.length; };
window.__warm = { copies: [], framesWithCopy: 0, mostHeadings: 0, frames: 0, frame: null };
var scrolled = function () { return [window.scrollY, document.documentElement.scrollHeight]; };
new MutationObserver(function (records) {
  records.forEach(function (record) {
    record.addedNodes.forEach(function (node) {
      if (node.nodeType !== 1 || !node.classList.contains('warm-up')) return;
      var question = node.querySelector('.question');
      window.__warm.copies.push({
        item: question ? question.getAttribute('data-item') : null,
        stayed: node.isConnected,
        hidden: node.getAttribute('aria-hidden') === 'true' && node.hasAttribute('inert'),
        scrollAtFrame: window.__warm.frame,
        scrollAfter: scrolled(),
      });
    });
  });
}).observe(document, { subtree: true, childList: true });
(function frame() {
  var w = window.__warm;
  w.frames += 1;
  w.frame = scrolled();
  if (document.querySelector('.warm-up')) w.framesWithCopy += 1;
  w.mostHeadings = Math.max(w.mostHeadings, document.querySelectorAll('h1').length);
  requestAnimationFrame(frame);
})();
"""

# Gives the page the idle time it asked for; returns how many requests were waiting.
IDLE = """
var waiting = window.__idle.splice(0);
waiting.forEach(function (callback) { callback({ didTimeout: false, timeRemaining: function () { return 50; } }); });
return waiting.length;
"""


def copy_after_idle(browser, count):
    """Waits for the app to ask for idle time, gives it, and waits for the copy it lays out;
    returns that copy."""
    wait_for(browser, "window.__idle.length")
    browser.execute_script(IDLE)
    wait_for(browser, f"window.__warm.copies.length >= {count}")
    return browser.execute_script("return window.__warm.copies;")[count - 1]


def test_the_next_question_is_laid_out_ahead_and_never_stays_in_the_page(browser, served, prelude):
    prelude(WATCH)
    # A phone's screen, on which a question is longer than the screen.
    set_viewport(browser, 360, 560)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    # While the welcome is read, the first question is prepared; Start shows that question.
    first = copy_after_idle(browser, 1)["item"]
    browser.find_element("css selector", ".welcome .button.primary").click()
    assert on_question(browser) == first
    # While it is read, the question after it is prepared; Next shows that one; and so on.
    second = copy_after_idle(browser, 2)["item"]
    assert second not in (None, first)
    answer_here(browser)
    next_button(browser).click()
    assert on_question(browser) == second
    # Scrolled down to Next, the page neither moves nor grows while the next copy is laid out.
    scrolled = browser.execute_script(
        "window.scrollTo(0, document.documentElement.scrollHeight);"
        "return [window.scrollY, document.documentElement.scrollHeight];"
    )
    assert scrolled[0] > 0, scrolled
    third = copy_after_idle(browser, 3)
    assert third["item"] not in (None, first, second)
    assert third["scrollAtFrame"] == scrolled and third["scrollAfter"] == scrolled, (third, scrolled)

    watched = browser.execute_script("return window.__warm;")
    assert watched["frames"] > 0
    # Each copy was out of the page again by the end of the task that put it in, hidden from
    # assistive technology meanwhile; no frame ever held one or a second heading.
    assert all(not c["stayed"] and c["hidden"] for c in watched["copies"]), watched["copies"]
    assert watched["framesWithCopy"] == 0, watched
    assert watched["mostHeadings"] == 1, watched
