"""Paths people take besides the straight one: skipping questions and coming back to them
from the list of open ones, the split at its limits, printing the results, a delete that the
browser refuses, the calendar reminder's file, and History calling small changes "about the
same"."""

import base64
import datetime
import re
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support.content import QUESTIONS
from support.checks import READ_DOWNLOAD, page_problems, saved_data, wait_for
from support.flow import answer_all, answer_as, answer_here, next_button, on_question, on_results, split_shows, start
from support.keys import heading_focused
from support.personas import DESIGNER
from support.seed import seed_once, snapshot, stored

FIRST, SECOND, THIRD = "known_recognised", "known_stand_for", "known_share_work"


def test_skipped_questions_are_listed_and_each_link_leads_back_to_one(browser, served):
    start(browser, served.url)
    prompts = {}
    # Skip the first and third questions, answer the rest.
    for item, answer in ((FIRST, False), (SECOND, True), (THIRD, False)):
        on_question(browser, item)
        prompts[item] = browser.find_element(By.ID, "q-title").text
        if answer:
            answer_here(browser, 1)
        next_button(browser).click()
    on_question(browser, "known_low_profile")
    answer_all(browser)

    # "See my results" shows what is still open instead, numbered as the questions are.
    wait_for(browser, "location.hash === '#/results'")
    heading_focused(browser, "missing-title")
    assert browser.find_element(By.ID, "missing-title").text == "A few questions are still open"
    assert not browser.find_elements(By.CSS_SELECTOR, ".results")
    entries = browser.find_elements(By.CSS_SELECTOR, ".missing-list > li")
    assert [li.get_attribute("value") for li in entries] == ["1", "3"]
    assert [li.text for li in entries] == [prompts[FIRST], prompts[THIRD]]
    # Nothing is kept as a result, and there are no results to link to yet.
    assert saved_data(browser)["history"] == []
    assert not browser.find_elements(By.CSS_SELECTOR, ".site-nav a[href='#/results']")

    # The second link leads to the third question; answering it leaves only the first open.
    entries[1].find_element(By.TAG_NAME, "a").click()
    on_question(browser, THIRD)
    assert f"Question 3 of {QUESTIONS}" in browser.find_element(By.CSS_SELECTOR, ".where").text
    answer_here(browser, 3)
    browser.back()
    heading_focused(browser, "missing-title")
    entries = browser.find_elements(By.CSS_SELECTOR, ".missing-list > li")
    assert [li.get_attribute("value") for li in entries] == ["1"]

    entries[0].find_element(By.TAG_NAME, "a").click()
    on_question(browser, FIRST)
    answer_here(browser, 0)
    browser.back()
    on_results(browser)
    heading_focused(browser, "results-title")
    wait_for(browser, "JSON.parse(localStorage.getItem('netwhy')).history.length === 1")
    answers = saved_data(browser)["current"]["answers"]
    assert answers[FIRST] == {"point": 1} and answers[THIRD] == {"point": 4}
    assert browser.find_elements(By.CSS_SELECTOR, ".site-nav a[href='#/results']")
    assert page_problems(browser, served.origin) == []


def test_the_split_stops_at_nothing_left_and_at_zero(browser, served):
    start(browser, served.url)
    browser.get(served.url + "#/q/priority_split")
    on_question(browser, "priority_split")
    rows = browser.find_elements(By.CSS_SELECTOR, ".split-row")

    def step(row, sign):
        return rows[row].find_elements(By.CSS_SELECTOR, ".step")[0 if sign == "-" else 1]

    def disabled(row, sign):
        return step(row, sign).get_attribute("aria-disabled") == "true"

    split_shows(browser, [0, 0, 0], "10 points left to share")
    assert all(disabled(row, "-") for row in range(3)) and not any(disabled(row, "+") for row in range(3))
    # − at zero does nothing: the + pressed after it is the only change.
    step(0, "-").click()
    step(2, "+").click()
    split_shows(browser, [0, 0, 1], "9 points left to share")
    for given in range(1, 10):
        step(0, "+").click()
        left = {8: "1 point left to share", 9: "All points shared"}.get(given, f"{9 - given} points left to share")
        split_shows(browser, [given, 0, 1], left)
    # With nothing left, every + says it cannot be used, and pressing one changes nothing.
    assert all(disabled(row, "+") for row in range(3))
    assert not disabled(0, "-") and not disabled(2, "-") and disabled(1, "-")
    step(1, "+").click()
    step(2, "-").click()
    split_shows(browser, [9, 0, 0], "1 point left to share")
    assert not any(disabled(row, "+") for row in range(3))
    wait_for(
        browser,
        "JSON.stringify(JSON.parse(localStorage.getItem('netwhy')).current.answers.priority_split) === '{\"split\":[9,0,0]}'",
    )
    assert page_problems(browser, served.origin) == []


@pytest.mark.parametrize("engine", ["chromium"])
def test_printed_results_hold_the_profile_channels_and_plan_and_no_navigation(browser, served, tmp_path):
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail("pdftotext is missing: scripts/setup.sh test installs poppler-utils")
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    channels = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".where-to ol.channels > li h3")]
    steps = [p.text for p in browser.find_elements(By.CSS_SELECTOR, ".plan > li > p:first-child")]
    assert len(channels) == 5 and steps

    pdf = base64.b64decode(browser.print_page())
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "results.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())

    for heading in ("Your results", "Why you network", "Where to spend your time", "Your plan for the coming weeks"):
        assert heading in words, heading
    assert "Your main reason to network: Better known." in words
    for name in channels + steps:
        assert " ".join(name.split()) in words, name
    assert "From netwhy. Your answers were kept only in your own browser." in words
    # No navigation or buttons: the site's links, the toolbar and the actions stay on screen.
    for screen_only in ("History", "Your data", "How this was calculated", "Print", "Add a reminder",
                        "Take the assessment again", "no account, no server"):
        assert screen_only not in words, screen_only
    assert page_problems(browser, served.origin) == []


def test_a_delete_the_browser_refuses_is_reported_and_nothing_claims_it_happened(browser, served, prelude):
    seed_once(
        prelude,
        stored([snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])]),
        "Storage.prototype.removeItem = function () {"
        "  throw new DOMException('The operation is insecure.', 'SecurityError');"
        "};",
    )
    browser.get(served.url + "#/data")
    heading_focused(browser, "data-title")
    before = browser.execute_script("return localStorage.getItem('netwhy');")
    assert browser.find_element(By.CSS_SELECTOR, ".here .holdings li").get_attribute("data-count") == "1"
    browser.find_element(By.XPATH, "//button[normalize-space()='Delete everything on this device']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, delete everything']").click()

    notice = wait_for(browser, "document.querySelector('.erase .failed')")
    assert "did not let netwhy delete" in notice.text and "still on this device" in notice.text, notice.text
    # Nothing says it was deleted, and the screen still shows what is kept.
    main = browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.CSS_SELECTOR, ".erase .done"), main
    assert "is deleted" not in main and "No past results" not in main, main
    assert browser.find_element(By.CSS_SELECTOR, ".here .holdings li").get_attribute("data-count") == "1"
    assert browser.execute_script("return localStorage.getItem('netwhy');") == before
    browser.refresh()
    heading_focused(browser, "data-title")
    assert browser.find_element(By.CSS_SELECTOR, ".here .holdings li").get_attribute("data-count") == "1"
    assert page_problems(browser, served.origin) == []


def test_the_reminder_file_names_its_maker_and_says_why(browser, served):
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    browser.find_element(By.XPATH, "//button[normalize-space()='Add a reminder to my calendar']").click()
    link = wait_for(browser, "document.querySelector('.reminder-link')")
    assert link.get_attribute("download") == "netwhy-retake.ics"
    browser.set_script_timeout(20)
    ics = browser.execute_async_script(READ_DOWNLOAD, ".reminder-link")
    assert not ics.startswith("error"), ics
    after = datetime.datetime.now(datetime.timezone.utc)

    # Lines of at most 75 octets, CRLF-ended; a line starting with a space continues the last.
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n")), ics
    lines = ics.replace("\r\n ", "").split("\r\n")[:-1]
    fields = dict(line.split(":", 1) for line in lines)
    assert fields["PRODID"] == "-//netwhy//retake reminder//EN"
    start_day = browser.find_element(By.CSS_SELECTOR, ".retake-window").get_attribute("data-from").replace("-", "")
    assert fields["DTSTART;VALUE=DATE"] == start_day
    stamp = datetime.datetime.strptime(fields["DTSTAMP"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    assert datetime.timedelta(0) <= after - stamp < datetime.timedelta(minutes=5), fields["DTSTAMP"]
    # The UID is the reminder's day and the moment it was made, at a domain that cannot exist.
    assert re.fullmatch(r"netwhy-retake-\d{8}-\d{8}T\d{6}Z@netwhy\.invalid", fields["UID"]), fields["UID"]
    assert fields["UID"] == f"netwhy-retake-{start_day}-{fields['DTSTAMP']}@netwhy.invalid"
    # The description names the main reason; its comma is escaped as iCalendar requires.
    assert fields["DESCRIPTION"] == (
        "Last time your main reason to network was: Better known. Take the assessment again to see"
        " whether your focus has changed\\, and compare it with your earlier result under History."
    )
    assert fields["SUMMARY"] == "Take the netwhy assessment again"
    assert page_problems(browser, served.origin) == []


def changes(browser):
    return {
        row.get_attribute("data-motive"): row.find_elements(By.CSS_SELECTOR, "td")[-1].text
        for row in browser.find_elements(By.CSS_SELECTOR, ".changes tbody tr")
    }


def test_history_calls_changes_under_five_points_about_the_same(browser, served, prelude):
    # Known +4 and equipped −4 are under the notable change of 5; connected +5 is not.
    earlier = snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])
    later = snapshot("2026-02-10T10:00:00.000Z", [44, 66, 60], ["equipped"])
    seed_once(prelude, stored([earlier, later]))
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelector('.comparison')")
    assert changes(browser) == {"known": "about the same", "equipped": "about the same", "connected": "rose by 5"}
    assert "Your main reason stayed the same: Better equipped." in browser.find_element(By.CSS_SELECTOR, ".comparison").text

    # The other way round: −4 and +4 are about the same, −5 is a fall.
    Select(browser.find_element(By.ID, "compare-a")).select_by_index(1)
    Select(browser.find_element(By.ID, "compare-b")).select_by_index(0)
    wait_for(browser, "document.querySelector('.changes tr[data-motive=connected]').dataset.delta === '-5'")
    assert changes(browser) == {"known": "about the same", "equipped": "about the same", "connected": "fell by 5"}
    assert page_problems(browser, served.origin) == []


def test_history_tells_apart_results_taken_within_the_same_minute(browser, served, prelude):
    # Two results a few seconds apart and one a day earlier: the pickers and the table's
    # columns name the two by the second, the other by the minute.
    first = snapshot("2026-03-01T09:00:00.000Z", [40, 70, 55], ["equipped"])
    again = snapshot("2026-03-02T10:15:05.000Z", [44, 66, 60], ["equipped"])
    changed = snapshot("2026-03-02T10:15:40.000Z", [60, 50, 40], ["known"])
    seed_once(prelude, stored([first, again, changed]))
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelector('.comparison')")
    labels = [option.text for option in Select(browser.find_element(By.ID, "compare-a")).options]
    assert len(set(labels)) == 3, labels
    columns = [th.text for th in browser.find_elements(By.CSS_SELECTOR, ".changes thead th")][1:3]
    assert columns == [labels[1], labels[2]], (columns, labels)
    assert len(labels[0]) < len(labels[1]), labels
    assert page_problems(browser, served.origin) == []
