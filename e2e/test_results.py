"""The results as two different people see them, each kept once in the history, compared
and deleted; and the what-if controls, which re-rank the channels without touching the
saved answers."""

import datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support.checks import READ_DOWNLOAD, SCREEN_DRAWN, click_when_clear, page_problems, saved_data, wait_for
from support.flow import answer_as, on_results, start
from support.personas import DESIGNER, ENGINEER

# Today in the browser's own time zone, as the app counts days.
LOCAL_TODAY = (
    "var d = new Date(); return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'),"
    " String(d.getDate()).padStart(2, '0')].join('-');"
)


def main_channels(browser):
    return [e.get_attribute("data-channel") for e in browser.find_elements(By.CSS_SELECTOR, ".where-to ol.channels > li")]


def numbers(browser, column):
    return {
        row.get_attribute("data-motive"): int(row.find_element(By.CSS_SELECTOR, f"td.{column}").text)
        for row in browser.find_elements(By.CSS_SELECTOR, ".scores tbody tr")
    }


def bar_widths(browser):
    return {
        g.get_attribute("data-motive"): float(g.find_element(By.CSS_SELECTOR, ".score-bar").get_attribute("width"))
        for g in browser.find_elements(By.CSS_SELECTOR, "svg.bars g.motive")
    }


def check_profile(browser, top):
    headline = browser.find_element(By.CSS_SELECTOR, ".headline")
    assert headline.get_attribute("data-top") == top, headline.text
    scores = numbers(browser, "score")
    assert scores[top] == max(scores.values()) and list(scores.values()).count(scores[top]) == 1, scores
    # The chart draws the same numbers: the longest bar is the top motive's.
    widths = bar_widths(browser)
    assert max(widths, key=widths.get) == top, widths
    chart = browser.find_element(By.CSS_SELECTOR, "svg.bars")
    assert chart.get_attribute("role") == "img"
    description = browser.execute_script("return document.getElementById('chart-desc').textContent;")
    assert f"{scores[top]} out of 100" in description
    points = numbers(browser, "points")
    assert sum(points.values()) == 10


def expect_channels(person, channels):
    """The channels shown are what the persona table expects: `within` among the first
    three, nothing of `outside` among the five."""
    assert len(channels) >= 5, channels
    assert set(person.expect["within"]) <= set(channels[:3]), (person.name, channels)
    assert not set(person.expect["outside"]) & set(channels[:5]), (person.name, channels)


def test_two_people_get_their_own_results_kept_and_compared(browser, served):
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    check_profile(browser, "known")
    channels = main_channels(browser)
    assert len(channels) == 5
    expect_channels(DESIGNER, channels)
    assert any("Face to face" in li.text for li in browser.find_elements(By.CSS_SELECTOR, ".where-to ol.channels > li"))
    assert all("Because" in li.text for li in browser.find_elements(By.CSS_SELECTOR, ".where-to ol.channels > li"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".used-poorly")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".plan > li")) >= 3
    assert len(browser.find_elements(By.CSS_SELECTOR, ".rules > li")) == 3
    # The retake window starts 30 days after today and ends 90 days after it.
    window = browser.find_element(By.CSS_SELECTOR, ".retake-window")
    today = datetime.date.fromisoformat(browser.execute_script(LOCAL_TODAY))
    assert window.get_attribute("data-from") == str(today + datetime.timedelta(days=30))
    assert window.get_attribute("data-until") == str(today + datetime.timedelta(days=90))
    # A calendar file for the first day of that window.
    click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Add a reminder to my calendar']"))
    wait_for(browser, "document.querySelector('.reminder-link')")
    browser.set_script_timeout(20)
    ics = browser.execute_async_script(READ_DOWNLOAD, ".reminder-link")
    assert ics.startswith("BEGIN:VCALENDAR\r\n"), ics
    assert f"DTSTART;VALUE=DATE:{(today + datetime.timedelta(days=30)).strftime('%Y%m%d')}\r\n" in ics
    assert "SUMMARY:Take the netwhy assessment again" in ics

    # Reaching the results kept them once; coming back does not add another.
    first = saved_data(browser)["history"]
    assert len(first) == 1 and first[0]["summary"]["top"] == ["known"]
    browser.get(served.url + "#/history")
    wait_for(browser, f"document.getElementById('history-title') && {SCREEN_DRAWN}")
    browser.get(served.url + "#/results")
    on_results(browser)
    assert len(saved_data(browser)["history"]) == 1

    # Taking it again as someone else.
    browser.find_element(By.XPATH, "//button[normalize-space()='Take the assessment again']").click()
    wait_for(browser, "location.hash === '#/q/known_recognised'")
    answer_as(browser, ENGINEER.answers)
    on_results(browser)
    check_profile(browser, "equipped")
    expect_channels(ENGINEER, main_channels(browser))
    # They use LinkedIn posts already, but it fits them poorly, and they are told why.
    poorly = browser.find_element(By.CSS_SELECTOR, ".used-poorly li[data-channel='linkedin_posts']")
    assert "post publicly" in poorly.text, poorly.text
    # A plan within 30 minutes a week.
    assert "of the 30 minutes" in browser.find_element(By.CSS_SELECTOR, ".plan-section").text

    # The history lists both, newest first, and compares them.
    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/history']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'history-title'")
    entries = browser.find_elements(By.CSS_SELECTOR, ".history-list > li")
    assert len(entries) == 2
    assert "Better equipped" in entries[0].text and "Better known" in entries[1].text
    delta = {
        li.get_attribute("data-motive"): int(li.get_attribute("data-delta"))
        for li in browser.find_elements(By.CSS_SELECTOR, ".changes tbody tr")
    }
    assert delta["known"] < 0 < delta["equipped"], delta
    assert "fell by" in browser.find_element(By.CSS_SELECTOR, ".changes tr[data-motive=known]").text
    assert "rose by" in browser.find_element(By.CSS_SELECTOR, ".changes tr[data-motive=equipped]").text
    comparison = browser.find_element(By.CSS_SELECTOR, ".comparison").text
    assert "main reason changed from Better known to Better equipped" in comparison
    assert "New among your top channels" in comparison
    # Swapping the two in the pickers turns rises into falls.
    Select(browser.find_element(By.ID, "compare-a")).select_by_index(1)
    Select(browser.find_element(By.ID, "compare-b")).select_by_index(0)
    wait_for(browser, "document.querySelector('.changes tr[data-motive=known]').dataset.delta > 0")

    # Deleting one asks first.
    older = entries[1]
    older.find_element(By.CSS_SELECTOR, ".button").click()
    confirm = wait_for(browser, "document.querySelector('.history-list .confirm')")
    assert "cannot be undone" in confirm.text
    browser.find_element(By.XPATH, "//button[normalize-space()='No, keep it']").click()
    wait_for(browser, "!document.querySelector('.history-list .confirm')")
    assert len(saved_data(browser)["history"]) == 2
    browser.find_elements(By.CSS_SELECTOR, ".history-list > li")[1].find_element(By.CSS_SELECTOR, ".button").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, delete it']").click()
    wait_for(browser, "document.querySelectorAll('.history-list > li').length === 1")
    # Saved once the screen shows it.
    kept = saved_data(browser)["history"]
    assert len(kept) == 1 and kept[0]["summary"]["top"] == ["equipped"]
    assert not browser.find_elements(By.CSS_SELECTOR, ".compare")
    assert page_problems(browser, served.origin) == []


@pytest.mark.time_zone("Europe/Berlin")
def test_every_date_is_the_day_of_the_persons_own_clock(browser, served):
    # Berlin is UTC+2 in August: 22:30 UTC on 1 August is 00:30 on 2 August there.
    assert browser.execute_script("return new Date('2026-08-01T22:30:00Z').getDate();") == 2
    taken = "2026-08-01T22:30:00.000Z"
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    assert len(saved_data(browser)["history"]) == 1
    # Completed just after midnight, Berlin time.
    browser.execute_script(
        "var d = JSON.parse(localStorage.getItem('netwhy'));"
        "d.history[0].taken = arguments[0]; d.current.snapshot = arguments[0];"
        "localStorage.setItem('netwhy', JSON.stringify(d));",
        taken,
    )
    browser.refresh()
    on_results(browser)
    completed = browser.find_element(By.CSS_SELECTOR, ".results > .meta time")
    assert completed.get_attribute("datetime") == "2026-08-02"
    assert written_out_is(completed.text, "2026-08-02"), completed.text
    window = browser.find_element(By.CSS_SELECTOR, ".retake-window")
    assert (window.get_attribute("data-from"), window.get_attribute("data-until")) == ("2026-09-01", "2026-10-31")
    click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Add a reminder to my calendar']"))
    wait_for(browser, "document.querySelector('.reminder-link')")
    browser.set_script_timeout(20)
    ics = browser.execute_async_script(READ_DOWNLOAD, ".reminder-link")
    assert "DTSTART;VALUE=DATE:20260901\r\n" in ics, ics
    # The history and the data screen name the same day.
    browser.get(served.url + "#/history")
    wait_for(browser, f"document.getElementById('history-title') && {SCREEN_DRAWN}")
    entry = browser.find_element(By.CSS_SELECTOR, ".history-list > li time")
    assert entry.get_attribute("datetime") == taken
    assert written_out_is(entry.text, "2026-08-02"), entry.text
    browser.get(served.url + "#/data")
    wait_for(browser, f"document.getElementById('data-title') && {SCREEN_DRAWN}")
    held = browser.find_element(By.CSS_SELECTOR, ".holdings time")
    assert held.get_attribute("datetime") == "2026-08-02"
    assert page_problems(browser, served.origin) == []


def written_out_is(text, day):
    """Whether a day written out in English ("August 2, 2026", "August 2, 2026 at 12:30 AM") is `day`."""
    date = datetime.date.fromisoformat(day)
    return str(date.year) in text and date.strftime("%B") in text and f"{date.day}," in text


def test_what_if_controls_re_rank_the_channels_without_changing_the_answers(browser, served):
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    saved = saved_data(browser)["current"]["answers"]
    on_results_screen = main_channels(browser)
    browser.find_element(By.XPATH, "//a[normalize-space()='How this was calculated']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'how-title'")

    # The per-answer contributions, with the reverse-keyed statements marked.
    row = browser.find_element(By.CSS_SELECTOR, ".contributions tr[data-item='known_low_profile']")
    assert row.get_attribute("data-reverse") == "true" and "counts the other way" in row.text
    assert "25 of 25" in browser.find_element(By.CSS_SELECTOR, "tr[data-item='known_recognised']").text
    formula = browser.find_element(By.CSS_SELECTOR, ".formula").text
    assert "Minus 25" in formula and "60 or more is a strong fit" in formula

    def ranking():
        return [e.get_attribute("data-channel") for e in browser.find_elements(By.CSS_SELECTOR, ".what-if-channels > li")]

    own = ranking()
    assert own == on_results_screen
    Select(browser.find_element(By.ID, "what-if-time_budget")).select_by_value("30")
    Select(browser.find_element(By.ID, "what-if-privacy_comfort")).select_by_value("0")
    Select(browser.find_element(By.ID, "what-if-posting_comfort")).select_by_value("0")
    wait_for(browser, "document.querySelector('.what-if-status').textContent.includes('not your saved ones')")
    changed = ranking()
    assert changed != own, changed
    assert "portfolio_networks" not in changed and "linkedin_posts" not in changed, changed
    assert saved_data(browser)["current"]["answers"] == saved

    browser.find_element(By.XPATH, "//button[normalize-space()='Back to my answers']").click()
    wait_for(browser, "document.querySelector('.what-if-status').textContent.includes('your own answers')")
    assert ranking() == own
    assert Select(browser.find_element(By.ID, "what-if-time_budget")).first_selected_option.get_attribute("value") == "240"
    assert page_problems(browser, served.origin) == []

