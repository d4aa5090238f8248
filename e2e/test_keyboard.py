"""One whole assessment by keyboard alone: Tab, Shift+Tab, the arrow keys, Space and Enter,
from the welcome screen through every question (radio buttons by arrows, the split's − and +,
the checkboxes), the list of questions still open, the results and how they were
calculated, History and Your data with a copy brought in. No element is clicked or focused
by script; after every change of screen, focus must be on the new screen's heading."""

import json

from selenium.webdriver.common.by import By

from support.content import QUESTIONS
from support.checks import APP_READY, page_problems, wait_for
from support.flow import split_shows
from support.keys import DOWN, ENTER, SHIFT_TAB, SPACE, TAB, UP, focus_on, heading_focused, press, press_as_keyboard, tab_to
from support.seed import export_file, snapshot, stored

SKIPPED = "habit_cold_invites"
BACK = "e.matches('.flow-nav .button:not(.primary)')"
NEXT = "e.matches('.flow-nav .button.primary')"
KIND = (
    "return document.querySelector('.split') ? 'split'"
    " : document.querySelector('.options.multi') ? 'multi' : 'one';"
)
CHECKED = "return Array.from(document.querySelectorAll('.option input')).filter(i => i.checked).map(i => i.value);"
VALUES = "return Array.from(document.querySelectorAll('.option input')).map(i => i.value);"



def step_button(row, sign):
    motive = ("Better known", "Better equipped", "Better connected")[row]
    verb = "Add a point to" if sign == "+" else "Take a point from"
    return f"e.getAttribute('aria-label') === '{verb} {motive}'"


def share_points(browser):
    """The split by its steppers: 6 points to known and 4 to equipped, then back to the
    first row to take one away (Shift+Tab), and on to the last row to give it there."""
    press(browser, TAB)
    focus_on(browser, step_button(0, "-"))
    press(browser, TAB)
    focus_on(browser, step_button(0, "+"))
    press(browser, *[ENTER] * 6)
    split_shows(browser, [6, 0, 0], "4 points left to share")
    press(browser, TAB, TAB)
    focus_on(browser, step_button(1, "+"))
    press(browser, *[SPACE] * 4)
    split_shows(browser, [6, 4, 0], "All points shared")
    press(browser, SHIFT_TAB, SHIFT_TAB, SHIFT_TAB)
    focus_on(browser, step_button(0, "-"))
    press(browser, SPACE)
    split_shows(browser, [5, 4, 0], "1 point left to share")
    press(browser, TAB, TAB, TAB, TAB, TAB)
    focus_on(browser, step_button(2, "+"))
    press(browser, ENTER)
    split_shows(browser, [5, 4, 1], "All points shared")
    press(browser, TAB)
    focus_on(browser, BACK)


def tick_boxes(browser, item):
    """The platforms: the first and third box by Space, Tab past the rest, and one step
    back with Shift+Tab."""
    values = browser.execute_script(VALUES)
    press(browser, TAB)
    focus_on(browser, f"e.type === 'checkbox' && e.value === '{values[0]}'")
    press(browser, SPACE, TAB, TAB)
    focus_on(browser, f"e.type === 'checkbox' && e.value === '{values[2]}'")
    press(browser, SPACE)
    wait_for(browser, "document.querySelectorAll('.option input:checked').length === 2")
    tab_to(browser, BACK, limit=len(values))
    press(browser, SHIFT_TAB)
    focus_on(browser, f"e.type === 'checkbox' && e.value === '{values[-1]}'")
    press(browser, TAB)
    focus_on(browser, BACK)
    assert browser.execute_script(CHECKED) == [values[0], values[2]]
    return [values[0], values[2]]


def pick_radio(browser, item, number):
    """Space checks the first option, then Down and Up move the choice; returns the value
    chosen."""
    values = browser.execute_script(VALUES)
    press(browser, TAB)
    focus_on(browser, f"e.type === 'radio' && e.name === '{item}'")
    downs = 1 + number % min(3, len(values) - 1)
    press(browser, SPACE, *[DOWN] * downs, UP)
    want = values[downs - 1]
    focus_on(browser, f"e.type === 'radio' && e.checked && e.value === '{want}'")
    assert browser.execute_script(CHECKED) == [want]
    press(browser, TAB)
    focus_on(browser, BACK)
    return want


def test_a_whole_assessment_by_keyboard_alone(browser, served, tmp_path):
    browser.get(served.url)
    wait_for(browser, APP_READY)
    heading_focused(browser, "welcome-title")
    press(browser, TAB)
    focus_on(browser, "e.matches('.welcome .button.primary')")
    press(browser, ENTER)

    given = {}
    seen = []
    while True:
        left = f"location.hash !== '#/q/{seen[-1]}' && " if seen else ""
        item = wait_for(browser, left + "location.hash.startsWith('#/q/') && location.hash.slice(4)")
        assert item not in seen, f"came back to {item}"
        seen.append(item)
        heading_focused(browser, "q-title")
        wait_for(browser, f"document.querySelector('.question[data-item=\"{item}\"] .split, .question[data-item=\"{item}\"] .option')")
        kind = browser.execute_script(KIND)
        if item == SKIPPED:
            # Moving on without an answer: into the group, out of it, and on.
            press(browser, TAB)
            focus_on(browser, f"e.name === '{item}'")
            tab_to(browser, BACK, limit=6)
        elif kind == "split":
            share_points(browser)
            given[item] = {"split": [5, 4, 1]}
        elif kind == "multi":
            given[item] = {"choices": tick_boxes(browser, item)}
        else:
            given[item] = pick_radio(browser, item, len(seen))
        press(browser, TAB)
        label = focus_on(browser, NEXT).text
        press(browser, ENTER)
        if label == "See my results":
            break
    assert len(seen) == QUESTIONS and SKIPPED not in given

    # One question was left open: the results screen lists it, with a link back to it.
    wait_for(browser, "location.hash === '#/results'")
    heading_focused(browser, "missing-title")
    links = browser.find_elements(By.CSS_SELECTOR, ".missing-list a")
    assert [a.get_attribute("href").split("#")[1] for a in links] == [f"/q/{SKIPPED}"]
    press(browser, TAB)
    focus_on(browser, f"e.matches('.missing-list a') && e.hash === '#/q/{SKIPPED}'")
    press(browser, ENTER)
    wait_for(browser, f"location.hash === '#/q/{SKIPPED}'")
    heading_focused(browser, "q-title")
    press(browser, TAB)
    focus_on(browser, f"e.type === 'radio' && e.name === '{SKIPPED}'")
    press(browser, SPACE, DOWN)
    focus_on(browser, "e.type === 'radio' && e.checked && e.value === '2'")
    # Back up through the page to the site navigation, which now offers the results.
    tab_to(browser, "e.matches(\".site-nav a[href='#/results']\")", limit=5, key=SHIFT_TAB)
    press(browser, ENTER)
    heading_focused(browser, "results-title")
    wait_for(browser, "location.hash === '#/results' && document.querySelector('.results .headline')")

    # How it was calculated, and back.
    press(browser, TAB)
    focus_on(browser, "e.matches('.results .toolbar a') && e.hash === '#/results/how'")
    press(browser, ENTER)
    heading_focused(browser, "how-title")
    press(browser, TAB)
    focus_on(browser, "e.matches('.how a') && e.hash === '#/results'")
    press(browser, ENTER)
    heading_focused(browser, "results-title")

    # History, through the site navigation (past the facilitator's screen, its last link).
    press(browser, SHIFT_TAB)
    focus_on(browser, "e.matches(\".site-nav a[href='#/room']\")")
    press(browser, SHIFT_TAB)
    focus_on(browser, "e.matches(\".site-nav a[href='#/data']\")")
    press(browser, SHIFT_TAB)
    focus_on(browser, "e.matches(\".site-nav a[href='#/history']\")")
    press(browser, ENTER)
    heading_focused(browser, "history-title")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".history-list > li")) == 1
    press(browser, TAB)
    focus_on(browser, "e.matches('.history-list button') && e.getAttribute('aria-label').startsWith('Delete the result of')")
    press(browser, TAB)
    focus_on(browser, "e.matches('.history a') && e.hash === '#/data'")
    press(browser, ENTER)
    heading_focused(browser, "data-title")

    # Your data: save a copy, then bring one in. The browser's own file chooser cannot be
    # driven by WebDriver, so once Tab has reached the file input, the file's path is
    # typed into it (send_keys on the focused input), which is how WebDriver chooses files.
    tab_to(browser, "e.matches('.export button')", limit=4)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('.export-link')")
    press(browser, TAB)
    focus_on(browser, "e.matches('.export-link')")
    press(browser, TAB)
    focus_on(browser, "e.id === 'import-file'")
    earlier = snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])
    path = tmp_path / "netwhy-copy.json"
    path.write_text(export_file(stored([earlier])))
    browser.switch_to.active_element.send_keys(str(path))
    wait_for(browser, "document.querySelector('.import-preview')")
    # Choosing the file takes the focus from Firefox's window, as a file dialog would; the
    # dialog closing gives it back, which switching to the window does here.
    browser.switch_to.window(browser.current_window_handle)
    wait_for(browser, "document.hasFocus() && document.activeElement.id === 'import-file'")
    press_as_keyboard(browser, TAB)
    focus_on(browser, "e.matches('.import-preview button') && e.textContent === 'Add it to what is here'")
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('.import-done')")
    wait_for(browser, "document.querySelector('.here .holdings li').dataset.count === '2'")
    wait_for(browser, "JSON.parse(localStorage.getItem('netwhy')).history.length === 2")

    # Everything given by keyboard was kept.
    data = json.loads(browser.execute_script("return localStorage.getItem('netwhy');"))
    answers = data["current"]["answers"]
    assert len(answers) == QUESTIONS
    assert answers[SKIPPED] == {"point": 2}
    for item, value in given.items():
        expected = value if isinstance(value, dict) else _stored_choice(item, value)
        assert answers[item] == expected, item
    assert [s["taken"] for s in data["history"]][0] == earlier["taken"]
    assert page_problems(browser, served.origin) == []


def _stored_choice(item, value):
    """How a radio's value is stored: a scale point as a number, an option as its id."""
    return {"point": int(value)} if value.isdigit() else {"choice": value}
