"""Taking the assessment: start, answer with keyboard and clicks, reload in the middle,
reach the results; and what happens when stored data is broken or storage refuses."""

import json
import os

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support.content import QUESTIONS
from support.checks import SCREEN_DRAWN, page_problems, saved_text, wait_for
from support.flow import answer_all, answer_here, next_button, on_question, on_results, start

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIRST = "known_recognised"
CORRUPT = '{"format":1,"current":{"answers":{"known_recognised":{"point":4}'


def test_the_questionnaire_can_be_completed_with_keyboard_and_clicks(browser, served):
    assert start(browser, served.url) == FIRST
    assert f"Question 1 of {QUESTIONS}" in browser.find_element(By.CSS_SELECTOR, ".where").text

    # The first answer by keyboard: from the focused heading into the group, pick, move on.
    browser.switch_to.active_element.send_keys(Keys.TAB)
    wait_for(browser, "document.activeElement.name === 'known_recognised'")
    browser.switch_to.active_element.send_keys(Keys.SPACE)
    wait_for(browser, "document.querySelector('.option input:checked') !== null")
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    wait_for(browser, "document.querySelector('.option input:checked').value === '2'")
    next_button(browser).send_keys(Keys.ENTER)

    # The rest by clicks, one screen at a time; each screen moves focus to its heading.
    seen = [FIRST]
    while True:
        item = on_question(browser)
        if item in seen:
            continue
        seen.append(item)
        answer_here(browser, pick=len(seen))
        button = next_button(browser)
        label = button.text
        button.click()
        if label == "See my results":
            break
    assert len(seen) == QUESTIONS

    results = on_results(browser)
    text = results.text
    for name in ("Better known", "Better equipped", "Better connected"):
        assert name in text
    assert wait_for(browser, f"document.activeElement.id === 'results-title' && {SCREEN_DRAWN}")
    channels = browser.find_elements(By.CSS_SELECTOR, ".where-to > ol.channels > li")
    assert len(channels) == 5
    assert any("Face to face" in c.text for c in channels)
    assert all("Because" in c.text for c in channels)
    assert browser.find_elements(By.CSS_SELECTOR, ".plan > li")

    # Every answer was saved as it was given.
    data = json.loads(saved_text(browser))
    assert data["format"] == 4
    # Reaching the results kept them as a dated snapshot of these answers.
    assert len(data["history"]) == 1
    assert data["history"][0]["answers"] == data["current"]["answers"]
    assert data["current"]["snapshot"] == data["history"][0]["taken"]
    assert data["current"]["answers"][FIRST] == {"point": 2}
    assert data["current"]["answers"]["priority_split"] == {"split": [4, 3, 3]}
    assert len(data["current"]["answers"]) == QUESTIONS

    # The browser's back button follows the flow back to the last question.
    browser.back()
    on_question(browser, "platforms_used")
    assert page_problems(browser, served.origin) == []


def test_a_reload_in_the_middle_keeps_every_answer_and_the_place(browser, served):
    start(browser, served.url)
    answered = []
    for pick in (4, 0, 2):
        item = on_question(browser)
        answer_here(browser, pick)
        answered.append((item, pick))
        next_button(browser).click()
        wait_for(browser, f"location.hash !== '#/q/{item}'")
    fourth = on_question(browser)

    browser.refresh()
    on_question(browser, fourth)
    assert f"Question 4 of {QUESTIONS}" in browser.find_element(By.CSS_SELECTOR, ".where").text
    for item, pick in reversed(answered):
        browser.find_element(By.CSS_SELECTOR, ".flow-nav .button:not(.primary)").click()
        on_question(browser, item)
        checked = browser.execute_script("return document.querySelector('.option input:checked').value;")
        assert checked == str(pick + 1), item

    # Back stepped back through the browser's history, so the browser's own back button
    # now leaves the questionnaire instead of going forward again, and forward returns.
    browser.back()
    wait_for(browser, "document.querySelector('.welcome') && ['', '#/'].includes(location.hash)")
    browser.forward()
    on_question(browser, FIRST)
    browser.forward()
    on_question(browser, answered[1][0])
    browser.find_element(By.CSS_SELECTOR, ".flow-nav .button:not(.primary)").click()
    on_question(browser, FIRST)
    browser.back()
    wait_for(browser, "document.querySelector('.welcome')")

    # Coming back to the start page later offers to continue from where the person was.
    browser.get(served.url)
    status = wait_for(browser, "document.querySelector('.resume .status')")
    assert f"3 of {QUESTIONS} answered" in status.text
    browser.find_element(By.CSS_SELECTOR, ".resume .button.primary").click()
    on_question(browser, FIRST)
    answer_all(browser)
    on_results(browser)
    assert page_problems(browser, served.origin) == []


def test_an_answer_given_as_the_page_goes_away_is_kept(browser, served):
    start(browser, served.url)
    item = on_question(browser)
    # The answer and the reload in one script: the page goes before it paints the answer,
    # so the answer is only kept if leaving the page writes it.
    browser.execute_script(
        "window.leaving = true; document.querySelectorAll('.option input')[2].click(); location.reload();"
    )
    wait_for(browser, "!window.leaving")
    on_question(browser, item)
    checked = wait_for(browser, "document.querySelector('.option input:checked')")
    assert checked.get_attribute("value") == "3"


def test_starting_over_asks_first_and_then_clears_the_answers(browser, served):
    start(browser, served.url)
    answer_here(browser, 1)
    assert json.loads(saved_text(browser))["current"]["answers"]["known_recognised"] == {"point": 2}
    browser.get(served.url)
    wait_for(browser, "document.querySelector('.resume')")
    browser.find_element(By.XPATH, "//button[normalize-space()='Start over']").click()
    confirm = wait_for(browser, "document.querySelector('.confirm')")
    assert "clears your current answers" in confirm.text
    # No result is kept yet, so the question does not speak of one.
    assert "History" not in confirm.text
    browser.find_element(By.XPATH, "//button[normalize-space()='No, keep my answers']").click()
    wait_for(browser, "!document.querySelector('.confirm')")
    assert json.loads(saved_text(browser))["current"]["answers"][FIRST] == {"point": 2}
    browser.find_element(By.XPATH, "//button[normalize-space()='Start over']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, clear my answers']").click()
    on_question(browser, FIRST)
    wait_for(browser, "Object.keys(JSON.parse(localStorage.getItem('netwhy')).current.answers).length === 0")
    assert browser.execute_script("return document.querySelector('.option input:checked');") is None
    assert page_problems(browser, served.origin) == []


def test_starting_over_keeps_the_results_in_history_and_says_so(browser, served, prelude):
    # One kept result and an assessment in progress, as a saved copy holds them.
    with open(os.path.join(ROOT, "tests", "fixtures", "transfer", "export-format-1.json")) as f:
        kept = json.load(f)
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(json.dumps(kept))});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    browser.get(served.url)
    wait_for(browser, "document.querySelector('.resume')")
    browser.find_element(By.XPATH, "//button[normalize-space()='Start over']").click()
    confirm = wait_for(browser, "document.querySelector('.confirm')")
    assert "clears your current answers" in confirm.text
    assert "results in History are kept" in confirm.text
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, clear my answers']").click()
    on_question(browser, FIRST)
    wait_for(browser, "Object.keys(JSON.parse(localStorage.getItem('netwhy')).current.answers).length === 0")
    # The kept result is still there, in the data and on the History screen.
    assert [s["taken"] for s in json.loads(saved_text(browser))["history"]] == [s["taken"] for s in kept["history"]]
    browser.get(served.url + "#/history")
    wait_for(browser, f"document.getElementById('history-title') && {SCREEN_DRAWN}")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".history-list > li")) == len(kept["history"])
    assert page_problems(browser, served.origin) == []


def test_unreadable_stored_data_is_set_aside_and_the_person_is_told(browser, served, prelude):
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(CORRUPT)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    browser.get(served.url)
    notice = wait_for(browser, "document.querySelector('[data-notice=\"ui.notice.set_aside\"]')")
    assert "could not be read" in notice.text
    backups = browser.execute_script(
        "return Object.keys(localStorage).filter(k => k.startsWith('netwhy.unreadable.'))"
        ".map(k => [k, localStorage.getItem(k)]);"
    )
    assert len(backups) == 1, backups
    assert backups[0][1] == CORRUPT
    assert saved_text(browser) is None

    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser, FIRST)
    answer_all(browser)
    on_results(browser)
    assert json.loads(saved_text(browser))["format"] == 4
    # The original is still there, untouched.
    assert browser.execute_script(f"return localStorage.getItem({json.dumps(backups[0][0])});") == CORRUPT
    assert page_problems(browser, served.origin) == []


def test_storage_that_refuses_writes_still_reaches_results_and_says_so(browser, served, prelude):
    prelude(
        "Storage.prototype.setItem = function () {"
        "  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');"
        "};"
    )
    start(browser, served.url)
    notice = wait_for(browser, "document.querySelector('[data-notice=\"not-kept\"]')")
    assert "will not be kept on this device" in notice.text
    answer_all(browser)
    on_results(browser)
    assert browser.find_element(By.CSS_SELECTOR, "[data-notice='not-kept']").is_displayed()
    assert saved_text(browser) is None
    assert page_problems(browser, served.origin) == []


def test_a_change_in_another_tab_is_taken_over_not_overwritten(browser, served):
    start(browser, served.url)
    answer_here(browser, 0)
    first_tab = browser.current_window_handle
    browser.switch_to.new_window("tab")
    browser.get(served.url + "#/q/" + FIRST)
    on_question(browser, FIRST)
    assert browser.execute_script("return document.querySelector('.option input:checked').value;") == "1"
    answer_here(browser, 4)
    wait_for(browser, "localStorage.getItem('netwhy').includes('\"point\":5')")

    browser.switch_to.window(first_tab)
    notice = wait_for(browser, "document.querySelector('[data-notice=\"ui.notice.other_tab\"]')")
    assert "another tab" in notice.text
    wait_for(browser, "document.querySelector('.option input:checked').value === '5'")
    # Answering on here builds on the newer answers instead of overwriting them.
    next_button(browser).click()
    on_question(browser, "known_stand_for")
    answer_here(browser, 1)
    wait_for(browser, "localStorage.getItem('netwhy').includes('known_stand_for')")
    answers = json.loads(saved_text(browser))["current"]["answers"]
    assert answers[FIRST] == {"point": 5}
    assert page_problems(browser, served.origin) == []
