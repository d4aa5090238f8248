"""Storage that fails in the ways browsers fail: no storage at all at start, another tab saving
or deleting everything while this tab has a change waiting, and data that can be neither read
nor set aside. Each case says so in plain words and loses nothing it should keep."""

import json

import pytest
from selenium.webdriver.common.by import By

from support.checks import page_problems, saved_text, wait_for
from support.flow import answer_all, answer_here, delete_everything, next_button, on_question, on_results, start

FIRST = "known_recognised"
SECOND = "known_stand_for"
CORRUPT = '{"format":1,"current":{"answers":{"known_recognised":{"point":4}'

# How browsers refuse storage as a whole: the getter throws (a policy, some private modes) or
# gives nothing.
NO_STORAGE = {
    "throws": "Object.defineProperty(window, 'localStorage', { configurable: true,"
    " get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    "null": "Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });",
}

NOTICE = "document.querySelector('[data-notice=\"{}\"]')"


@pytest.mark.parametrize("how", sorted(NO_STORAGE))
def test_storage_that_cannot_be_opened_still_reaches_results_and_says_so(browser, served, prelude, how):
    prelude(NO_STORAGE[how])
    start(browser, served.url)
    notice = wait_for(browser, NOTICE.format("not-kept"))
    assert "will not be kept on this device" in notice.text
    answer_all(browser)
    results = on_results(browser)
    assert "Better known" in results.text
    assert browser.find_element(By.CSS_SELECTOR, "[data-notice='not-kept']").is_displayed()
    # The storage really was out of reach for the page, not merely unused.
    assert browser.execute_script(
        "try { return localStorage === null ? 'null' : 'open'; } catch (e) { return e.name; }"
    ) == ("null" if how == "null" else "SecurityError")
    assert page_problems(browser, served.origin) == []


def _answer_first_and_wait_until_saved(browser, served):
    start(browser, served.url)
    answer_here(browser, 0)
    stored = json.loads(saved_text(browser))
    assert stored["current"]["answers"][FIRST] == {"point": 1}
    return stored


def test_a_save_from_another_tab_in_between_is_taken_over_not_overwritten(browser, served):
    _answer_first_and_wait_until_saved(browser, served)
    next_button(browser).click()
    on_question(browser, SECOND)
    stored = json.loads(saved_text(browser))
    # Another tab saves a different answer; a page hears no event of its own writes, so this
    # is exactly a save this tab has not seen yet.
    stored["current"]["answers"][FIRST] = {"point": 5}
    theirs = json.dumps(stored)
    browser.execute_script("localStorage.setItem('netwhy', arguments[0]);", theirs)

    # This answer is shown, then found in conflict when its write comes.
    browser.find_elements(By.CSS_SELECTOR, ".option")[2].click()
    notice = wait_for(browser, NOTICE.format("ui.notice.conflict"))
    assert "your last change here was not saved" in notice.text
    assert saved_text(browser) == theirs, "the other tab's save is kept as it was"
    # The page now shows what the other tab saved (no answer here), and builds on it.
    wait_for(browser, "document.querySelector('.option input:checked') === null")
    answer_here(browser, 3)
    answers = json.loads(saved_text(browser))["current"]["answers"]
    assert answers == {FIRST: {"point": 5}, SECOND: {"point": 4}}
    assert page_problems(browser, served.origin) == []


def test_a_delete_while_a_change_waits_is_never_undone(browser, served):
    _answer_first_and_wait_until_saved(browser, served)
    next_button(browser).click()
    on_question(browser, SECOND)
    # In one task: the person answers (the write waits for the next frame) and another tab
    # deletes everything before that frame.
    browser.execute_script(
        "document.querySelector('.option input').click();"
        "Object.keys(localStorage).forEach(k => localStorage.removeItem(k));"
    )
    notice = wait_for(browser, NOTICE.format("ui.notice.erased"))
    assert "deleted in another tab" in notice.text
    assert saved_text(browser) is None
    browser.refresh()
    wait_for(browser, "document.querySelector('main h1')")
    assert saved_text(browser) is None
    assert page_problems(browser, served.origin) == []


def test_deleting_everything_in_one_tab_empties_the_other(browser, served):
    _answer_first_and_wait_until_saved(browser, served)
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    delete_everything(browser, served.url)
    wait_for(browser, "document.querySelector('.erase .done')")
    assert saved_text(browser) is None

    browser.switch_to.window(first_tab)
    notice = wait_for(browser, NOTICE.format("ui.notice.erased"))
    assert "deleted in another tab" in notice.text
    # The answer on screen is gone too, and moving on writes nothing back.
    wait_for(browser, "document.querySelector('.option input:checked') === null")
    next_button(browser).click()
    on_question(browser, SECOND)
    assert saved_text(browser) is None
    # Answering again saves the new answer only.
    answer_here(browser, 3)
    answers = json.loads(saved_text(browser))["current"]["answers"]
    assert answers == {SECOND: {"point": 4}}
    assert page_problems(browser, served.origin) == []


def test_data_that_can_be_neither_read_nor_set_aside_is_left_untouched(browser, served, prelude):
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(CORRUPT)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
        "const setItem = Storage.prototype.setItem;"
        "Storage.prototype.setItem = function (key, value) {"
        "  if (String(key).startsWith('netwhy.unreadable.')) {"
        "    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');"
        "  }"
        "  return setItem.call(this, key, value);"
        "};"
    )
    browser.get(served.url)
    notice = wait_for(browser, NOTICE.format("stuck"))
    assert "will not save over them" in notice.text
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser, FIRST)
    answer_here(browser, 2)
    next_button(browser).click()
    on_question(browser, SECOND)
    assert saved_text(browser) == CORRUPT, "the unreadable data is not written over"

    # Deleting everything is still possible, and then answers are kept again.
    delete_everything(browser, served.url)
    wait_for(browser, "document.querySelector('.erase .done')")
    assert saved_text(browser) is None
    wait_for(browser, NOTICE.format("stuck") + " === null")
    assert page_problems(browser, served.origin) == []
