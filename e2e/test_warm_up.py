"""The next question is drawn and laid out once ahead, while the current screen is read, and
never stays in the page: no frame, no script and no screen reader meets the copy."""

from support.checks import APP_READY, wait_for
from support.flow import answer_here, next_button, on_question

# Runs before the app on every load: notes each copy the app lays out ahead (which question,
# and whether it was still in the page once the task that added it had ended), and at every
# frame the number of copies and of headings in the page.
WATCH = """
window.__warm = { copies: [], framesWithCopy: 0, mostHeadings: 0, frames: 0 };
new MutationObserver(function (records) {
  records.forEach(function (record) {
    record.addedNodes.forEach(function (node) {
      if (node.nodeType !== 1 || !node.classList.contains('warm-up')) return;
      var question = node.querySelector('.question');
      window.__warm.copies.push({
        item: question ? question.getAttribute('data-item') : null,
        stayed: node.isConnected,
        hidden: node.getAttribute('aria-hidden') === 'true' && node.hasAttribute('inert'),
      });
    });
  });
}).observe(document, { subtree: true, childList: true });
(function frame() {
  var w = window.__warm;
  w.frames += 1;
  if (document.querySelector('.warm-up')) w.framesWithCopy += 1;
  w.mostHeadings = Math.max(w.mostHeadings, document.querySelectorAll('h1').length);
  requestAnimationFrame(frame);
})();
"""


def copied_besides(browser, *items):
    """Waits until a copy of a question other than `items` has been laid out; returns its id."""
    others = " && ".join(f"c.item !== '{item}'" for item in items) or "true"
    return wait_for(
        browser,
        "(window.__warm.copies.filter(function (c) { return c.item && " + others + "; })[0] || {}).item",
    )


def test_the_next_question_is_laid_out_ahead_and_never_stays_in_the_page(browser, served, prelude):
    prelude(WATCH)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    # While the welcome is read, the first question is prepared; Start shows that question.
    first = copied_besides(browser)
    browser.find_element("css selector", ".welcome .button.primary").click()
    assert on_question(browser) == first
    # While it is read, the question after it is prepared; Next shows that one; and so on.
    second = copied_besides(browser, first)
    answer_here(browser)
    next_button(browser).click()
    assert on_question(browser) == second
    third = copied_besides(browser, first, second)
    assert third not in (first, second)
    watched = browser.execute_script("return window.__warm;")
    assert watched["frames"] > 0
    # Each copy was out of the page again by the end of the task that put it in, hidden from
    # assistive technology meanwhile; no frame ever held one or a second heading.
    assert all(not c["stayed"] and c["hidden"] for c in watched["copies"]), watched["copies"]
    assert watched["framesWithCopy"] == 0, watched
    assert watched["mostHeadings"] == 1, watched
