"""Answers kept by the first release (storage format 1, content format 1) open in this one:
the person is told, the answers whose meaning changed are asked again, everything else is
kept, and a past result keeps what it said then."""

import json
import os

from selenium.webdriver.common.by import By

from support.checks import saved_data, wait_for
from support.content import QUESTIONS
from support.flow import answer_here, on_question

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(HERE, "tests", "fixtures", "store", "format-1-changed-answers.json")) as f:
    FORMAT_1 = f.read()


def test_answers_from_the_first_release_are_brought_up_to_date(browser, served, prelude):
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(FORMAT_1)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    browser.get(served.url)
    notice = wait_for(browser, "document.querySelector('[data-notice=\"ui.notice.migrated\"]')")
    assert "earlier version" in notice.text
    # Three answers kept; the four rewritten statements and the region are asked again.
    welcome = browser.find_element(By.CSS_SELECTOR, ".welcome").text
    assert f"3 of {QUESTIONS} answered" in welcome, welcome
    # Nothing is written until the person answers again; then in the current format.
    assert json.loads(browser.execute_script("return localStorage.getItem('netwhy');"))["format"] == 1
    browser.find_element(By.XPATH, "//a[normalize-space()='Continue where you left off'] | "
                                   "//button[normalize-space()='Continue where you left off']").click()
    on_question(browser, "known_stand_for")
    answer_here(browser, 3)
    data = saved_data(browser)
    assert data["format"] == 4 and data["current"]["content_format"] == 2
    assert sorted(data["current"]["answers"]) == ["audience", "habit_interest", "known_recognised", "known_stand_for"]
    for asked_again in ("known_low_profile", "habit_accept_all", "region", "situation"):
        assert asked_again not in data["current"]["answers"]
    # The past result is untouched: its answers and what it said then.
    old = data["history"][0]
    assert old["content_format"] == 1 and old["answers"]["known_work_speaks"] == {"point": 2}
    assert old["summary"]["channels"][0]["channel"] == "portfolio_networks"


with open(os.path.join(HERE, "tests", "fixtures", "store", "format-2-extra-fields.json")) as f:
    FORMAT_2 = f.read()


def test_data_of_format_2_opens_as_it_was_with_no_notice_and_is_written_as_format_3(browser, served, prelude):
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(FORMAT_2)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelector('.history-list li')")
    # Formats 3 and 4 only add fields: nothing to tell the person, and their past result is there.
    assert browser.find_elements(By.CSS_SELECTOR, "[data-notice]") == []
    assert browser.find_element(By.CSS_SELECTOR, ".history-list li").get_attribute("data-taken") == "2024-11-02T18:30:00.000Z"
    browser.get(served.url + "#/")
    wait_for(browser, "[...document.querySelectorAll('main a, main button')]"
                      ".some((e) => e.textContent.trim() === 'Continue where you left off')")
    browser.find_element(By.XPATH, "//a[normalize-space()='Continue where you left off'] | "
                                   "//button[normalize-space()='Continue where you left off']").click()
    on_question(browser, "known_stand_for")
    answer_here(browser, 3)
    data = saved_data(browser)
    assert data["format"] == 4 and "room_nonce" not in data
    assert data["current"]["answers"]["retired_item"] == {"point": 2}
    assert data["history"][0]["summary"]["scores"] == [40, 70, 55]
