"""A participant's side of a workshop: "Share with the room" on the results shows, only when
asked and by keyboard, a room code whose QR code decodes to the code shown, with what it
tells and what it does not; the same code after a reload and after a retake (the nonce is
kept); a room link opens the room beside the person's result, or alone with an invitation,
and can be kept with the result (History names it; deleting the result deletes it); a
damaged or forged link is refused in words and changes nothing. axe finds nothing in light
and dark; nothing is asked of another origin."""

import json
import os
import re

from selenium.webdriver.common.by import By

from support.checks import SCREEN_DRAWN, click_when_clear, page_problems, saved_data, wait_for
from support.flow import answer_as, axe_violations
from support.keys import ENTER, focused, heading_focused, press, tab_to
from support.personas import _ITEMS, DESIGNER
from support.room_link import ROOM_OF_7, fragment
from support.seed import seed_once, session, stored
from support.schemes import axe_in_each_scheme, each_scheme, shot
from support.qr import decode, modules_of, write_pgm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$")
KINDS = {item["id"]: item["kind"] for item in _ITEMS}
T0 = "2026-11-26T09:00:00.000Z"
RESULTS_READY = f"document.activeElement && document.activeElement.id === 'results-title' && document.querySelector('.share button') && {SCREEN_DRAWN}"
SHARE_OPEN = "document.querySelector('.share-panel:not([hidden]) .room-code[data-code]') && document.querySelector('svg.share-qr path')"
ROOM_READY = "document.activeElement && document.activeElement.id === 'room-you-title'"


def stored_answers(answers):
    """A persona's answers (see `answer_as`) as the app stores them."""
    kind_of = {"scale": lambda v: {"point": int(v)}, "single": lambda v: {"choice": v},
               "multi": lambda v: {"choices": list(v)}, "split": lambda v: {"split": list(v)}}
    return {item: kind_of[KINDS[item]](value) for item, value in answers.items()}


def seed_designer_result(prelude):
    """The designer's complete assessment, whose results are kept when first seen."""
    seed_once(prelude, stored(current=session(T0, stored_answers(DESIGNER.answers))))


def open_share_by_keyboard(browser):
    tab_to(browser, "e.matches('.share button') && e.getAttribute('aria-expanded') === 'false'", limit=40)
    press(browser, ENTER)
    wait_for(browser, SHARE_OPEN)
    assert "Hide my room code" in focused(browser), focused(browser)
    assert browser.find_element(By.CSS_SELECTOR, ".share button").get_attribute("aria-expanded") == "true"
    return browser.find_element(By.CSS_SELECTOR, ".room-code").get_attribute("data-code")


def test_the_python_room_link_writer_matches_the_one_the_native_tests_read():
    with open(os.path.join(ROOT, "tests", "fixtures", "store", "format-4-room.json"), encoding="utf-8") as f:
        kept = json.load(f)["history"][1]["room"]
    assert kept == ROOM_OF_7 and len(ROOM_OF_7) == 45


def test_a_participant_shows_their_room_code_and_it_stays_the_same(browser, served, prelude, tmp_path):
    seed_designer_result(prelude)
    browser.get(served.url + "#/results")
    wait_for(browser, RESULTS_READY)
    # Collapsed until asked: no code on the page, no nonce drawn.
    assert browser.find_elements(By.CSS_SELECTOR, ".room-code") == []
    assert "room_nonce" not in saved_data(browser)
    # Right after the main reason, before where to spend their time.
    order = browser.execute_script(
        "return [...document.querySelectorAll('.results > section')].map(s => s.className);"
    )
    assert order[:3] == ["profile", "share no-print", "where-to"], order

    code = open_share_by_keyboard(browser)
    assert CODE.match(code), code
    panel = browser.find_element(By.CSS_SELECTOR, ".share-panel")
    assert panel.find_element(By.CSS_SELECTOR, ".room-code [aria-hidden='true']").text == code
    # Read aloud character by character, a pause between the groups.
    spoken = panel.find_element(By.CSS_SELECTOR, ".room-code .visually-hidden").get_attribute("textContent")
    assert spoken == ", ".join(" ".join(group) for group in code.split("-"))

    # The QR code holds exactly the code shown: from the SVG's modules, and as drawn.
    svg = browser.find_element(By.CSS_SELECTOR, "svg.share-qr")
    assert svg.get_attribute("role") == "img" and spoken in svg.get_attribute("aria-label")
    grid = modules_of(svg)
    assert len(grid) == 29, "version 1, the smallest symbol"
    write_pgm(grid, tmp_path / "modules.pgm")
    assert decode(tmp_path / "modules.pgm") == [code]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", svg)
    (tmp_path / "drawn.png").write_bytes(browser.get_screenshot_as_png())
    assert decode(tmp_path / "drawn.png") == [code]

    # In plain words: what it tells (three bands, the main reason, the questions, a random
    # number) and the eight things it does not; and that nothing is sent.
    reveals = [li.text for li in panel.find_elements(By.CSS_SELECTOR, ".share-reveals li")]
    assert len(reveals) == 6, reveals
    # The band in the sentence's own words, not the chart's heading capitals.
    assert re.fullmatch(
        r"How much Better known matters to you: (low|middle|high), a band, not your score\.",
        reveals[0],
    ), reveals[0]
    assert "Your main reason: Better known." in reveals
    assert reveals[-1].startswith("A random number made on this device")
    withheld = [li.text for li in panel.find_elements(By.CSS_SELECTOR, ".share-withheld li")]
    assert len(withheld) == 8 and "Your answers to any question." in withheld
    assert "Nothing is sent anywhere" in panel.find_element(By.CSS_SELECTOR, ".share-nothing-sent").text

    # The nonce is kept at once, like an answer; the same code after a reload.
    nonce = saved_data(browser)["room_nonce"]
    assert isinstance(nonce, int) and 0 <= nonce < 2**32
    browser.refresh()
    wait_for(browser, RESULTS_READY)
    assert open_share_by_keyboard(browser) == code

    # Retaken with the same answers, the result's code is the same: one person, counted once.
    click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Take the assessment again']"))
    wait_for(browser, "location.hash.startsWith('#/q/')")
    answer_as(browser, DESIGNER.answers)
    wait_for(browser, RESULTS_READY)
    assert len(saved_data(browser)["history"]) == 2
    assert open_share_by_keyboard(browser) == code
    assert saved_data(browser)["room_nonce"] == nonce
    assert page_problems(browser, served.origin) == []


def test_the_share_panel_passes_axe_in_light_and_dark_at_phone_width(browser, served, prelude):
    seed_designer_result(prelude)
    browser.set_window_size(360, 800)
    browser.get(served.url + "#/results")
    wait_for(browser, RESULTS_READY)
    click_when_clear(browser, browser.find_element(By.CSS_SELECTOR, ".share button"))
    wait_for(browser, SHARE_OPEN)
    # At a phone's width the code stays on one line, inside the page.
    box = browser.execute_script(
        "const e = document.querySelector('.room-code [aria-hidden]'), b = e.getBoundingClientRect();"
        "return [b.right <= document.documentElement.clientWidth, e.getClientRects().length];"
    )
    assert box == [True, 1], box
    for scheme in each_scheme(browser):
        fill = browser.execute_script(
            "const svg = document.querySelector('svg.share-qr');"
            "return [svg.querySelector('rect').getAttribute('fill'), svg.querySelector('path').getAttribute('fill')];"
        )
        assert fill == ["#ffffff", "#000000"]
        browser.execute_script("document.querySelector('.share').scrollIntoView();")
        shot(browser, f"share-360-{scheme}")
        problems = axe_violations(browser)
        assert problems == [], f"{scheme}:\n" + "\n".join(problems)
    assert page_problems(browser, served.origin) == []


def rows(browser, attribute):
    return {
        tr.get_attribute(attribute): [td.text for td in tr.find_elements(By.CSS_SELECTOR, "td")]
        for tr in browser.find_elements(By.CSS_SELECTOR, f"tr[{attribute}]")
    }


def test_a_room_link_shows_the_room_beside_the_result_and_is_kept_only_when_asked(browser, served, prelude):
    seed_designer_result(prelude)
    browser.get(served.url + "#/results")
    wait_for(browser, RESULTS_READY)
    before = saved_data(browser)
    assert "room" not in before["history"][0]

    browser.get(served.url + "#/room/you/" + ROOM_OF_7)
    browser.refresh()
    heading_focused(browser, "room-you-title")
    # The room: the main reasons anyone has, and each reason's low, middle and high.
    assert rows(browser, "data-main") == {
        "known": ["2"], "connected": ["3"], "equipped_connected": ["1"], "none_strong": ["1"],
    }
    assert rows(browser, "data-motive") == {
        "known": ["3", "2", "2"], "equipped": ["4", "2", "1"], "connected": ["1", "2", "4"],
    }
    names = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "tr[data-main] th")]
    assert names == ["Better known", "Better connected", "Better equipped and Better connected, jointly",
                     "None strong now"]
    captions = [c.text for c in browser.find_elements(By.CSS_SELECTOR, ".room-you caption")]
    assert len(captions) == 3 and all(captions)
    # Each bar says its number in text, so the chart reads without colour.
    bar_values = [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".room-main-bars .value")]
    assert bar_values == ["2", "3", "1", "1"]
    # The room and you: the designer's main reason, and the two who share it.
    yours = browser.find_element(By.CSS_SELECTOR, ".room-yours")
    assert yours.get_attribute("data-main") == "known"
    assert "Your main reason: Better known. In the room, 2 of the 7 people have it too." in yours.text
    assert "Better connected" in yours.text
    side = browser.find_elements(By.CSS_SELECTOR, "tr[data-side]")
    assert [tr.get_attribute("data-side") for tr in side] == ["known", "equipped", "connected"]
    # Nothing was kept by opening the link.
    assert saved_data(browser) == before

    # Kept only when pressed, by keyboard; the line that says so takes the focus.
    tab_to(browser, "e.matches('.room-keep button')", limit=20)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('.room-kept').textContent.startsWith('Kept with your result')")
    wait_for(browser, "document.activeElement === document.querySelector('.room-kept')")
    after = saved_data(browser)
    assert after["history"][-1]["room"] == ROOM_OF_7
    assert after["history"][-1]["taken"] == before["history"][-1]["taken"]

    # History names it; deleting the result deletes it.
    browser.get(served.url + "#/history")
    heading_focused(browser, "history-title")
    line = browser.find_element(By.CSS_SELECTOR, ".history-room").text
    assert line == "Room kept with it: 7 people; most common main reason: Better connected."
    click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Delete']"))
    click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Yes, delete it']"))
    wait_for(browser, "!document.querySelector('.history-room')")
    assert ROOM_OF_7 not in json.dumps(saved_data(browser))
    assert page_problems(browser, served.origin) == []


def test_a_room_link_without_a_result_invites_the_assessment_and_passes_axe(browser, served):
    tie = fragment(main=[3, 3, 0, 0, 0, 0, 0, 0], bands=[[0, 3, 3], [1, 2, 3], [6, 0, 0]])
    browser.get(served.url + "#/room/you/" + tie)
    heading_focused(browser, "room-you-title")
    text = browser.find_element(By.CSS_SELECTOR, ".room-and-you").text
    assert "You have no result on this device yet." in text
    assert browser.find_element(By.LINK_TEXT, "Start the assessment").get_attribute("hash") == "#/"
    assert rows(browser, "data-main") == {"known": ["3"], "equipped": ["3"]}
    assert browser.find_elements(By.CSS_SELECTOR, ".room-keep button") == []
    assert browser.execute_script("return localStorage.getItem('netwhy');") is None
    axe_in_each_scheme(browser, "room-you")
    assert page_problems(browser, served.origin) == []


BROKEN = {
    "damaged": (ROOM_OF_7[:10] + ("1" if ROOM_OF_7[10] != "1" else "2") + ROOM_OF_7[11:],
                "The link was damaged on the way"),
    "cut short": (ROOM_OF_7[:30], "The link has been cut short or added to: it has 30 characters where a room link has 45."),
    "forged": (fragment(main=[2, 0, 3, 0, 0, 1, 0, 1], bands=[[3, 2, 2], [4, 2, 1], [1, 2, 4]], people=8),
               "The link's counts do not add up"),
    "too few": (fragment(main=[2, 0, 1, 0, 0, 0, 0, 0], bands=[[1, 1, 1]] * 3), "fewer than 5 people"),
    "markup": ("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a character no room link has"),
    "too long": (ROOM_OF_7 * 30, "far longer than a room link"),
}


def test_a_broken_or_forged_room_link_is_refused_in_words_and_changes_nothing(browser, served, prelude):
    seed_designer_result(prelude)
    browser.get(served.url + "#/results")
    wait_for(browser, RESULTS_READY)
    before = saved_data(browser)
    for name, (text, message) in BROKEN.items():
        browser.get(served.url + "#/room/you/" + text)
        browser.refresh()
        heading_focused(browser, "room-you-title")
        assert browser.find_element(By.ID, "room-you-title").text == "This room link cannot be shown"
        error = browser.find_element(By.CSS_SELECTOR, ".room-error")
        assert error.get_attribute("role") == "alert"
        assert message in error.text, (name, error.text)
        assert browser.find_elements(By.CSS_SELECTOR, ".room-chart, .room-keep button") == []
        assert saved_data(browser) == before, name
    assert page_problems(browser, served.origin) == []
