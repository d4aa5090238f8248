"""The facilitator's tally (#/room/count): codes typed by keyboard are counted once, each
refusal says why in words and keeps the text for correcting; nothing of the room shows
before five people and Reveal; the revealed tables hold the right counts and follow new
codes; the room link's QR code decodes to a link that opens the app; the CSV and JSON files
hold counts and never a code; a reload and a second tab keep the tally; a stored tally that
cannot be read is said and can be started over; axe finds nothing in light and dark on a
projector and a phone; six participants on devices of their own share their codes, the tally
counts six after a duplicate and two malformed codes, and the room's QR code opens the room
beside the first one's result on their device; and nothing is asked of another origin.

Codes are made by a mirror of the format documented in `src/model/room/code.rs` and
`alphabet.rs` (`support/room_code.py`, checked against the example code of the documentation,
and by the app, which counts them)."""

import json
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support.browsers import end, launch, set_viewport
from support.checks import APP_READY, READ_DOWNLOAD, click_when_clear, page_problems, wait_for
from support.flow import answer_all, axe_violations, on_results, start
from support.keys import ENTER, heading_focused, press, tab_to
from support.room_code import code
from support.schemes import each_scheme, shot
from support.qr import decode, modules_of, screenshot_when_painted, write_pgm

BANDS = ("low", "middle", "high")
MOTIVES = ("known", "equipped", "connected")
# The main reason's bits (bit 0 known, 1 equipped, 2 connected) and its id in the app.
MAINS = {1: "known", 2: "equipped", 3: "known_equipped", 4: "connected", 5: "known_connected",
         6: "equipped_connected", 7: "known_equipped_connected", 0: "none_strong"}
READY = "document.activeElement && document.activeElement.id === 'tally-title' && document.getElementById('room-code')"
COUNT = "document.querySelector('.tally-people').textContent"


# Six people: (bands, main) each.
PEOPLE = [
    ((2, 1, 0), 1),
    ((2, 2, 0), 3),
    ((0, 2, 1), 2),
    ((1, 1, 2), 4),
    ((2, 0, 0), 1),
    ((0, 0, 0), 0),
]
CODES = [code(b, m, 1000 + 7919 * i) for i, (b, m) in enumerate(PEOPLE)]
LATE = ((1, 2, 2), 6)
LATE_CODE = code(LATE[0], LATE[1], 424242)


def expected(people):
    """The counts a room of these people shows: per main reason id, and per motive the
    low, middle and high counts."""
    mains = {name: 0 for name in MAINS.values()}
    bands = {m: [0, 0, 0] for m in MOTIVES}
    for b, m in people:
        mains[MAINS[m]] += 1
        for motive, band in zip(MOTIVES, b):
            bands[motive][band] += 1
    return mains, bands


def shown(mains):
    """The main reasons the tables list: those anyone in the room has."""
    return {name: n for name, n in mains.items() if n}


def said(browser):
    return browser.find_element(By.ID, "room-code-said").text


def field(browser):
    return browser.find_element(By.ID, "room-code").get_attribute("value")


def type_into_field(browser, text, enter=False):
    """Types into the code field, which has focus, key by key as a person does."""
    assert browser.execute_script("return document.activeElement.id;") == "room-code"
    press(browser, *text)
    if enter:
        press(browser, ENTER)


def clear_field(browser):
    press(browser, Keys.END)
    press(browser, *([Keys.BACKSPACE] * len(field(browser))))
    assert field(browser) == ""


def no_room_shown(browser):
    return browser.execute_script(
        "return !document.querySelector('.room-chart, tr[data-main], tr[data-motive], svg.room-link-code, .tally-files');"
    )


def shown_counts(browser):
    """The counts of the revealed tables: per main reason its last cell, per motive its last
    three."""
    return browser.execute_script(
        "const last = (tr, n) => [...tr.querySelectorAll('td, th')].slice(-n).map(c => Number(c.textContent.trim()));"
        "const mains = {}; document.querySelectorAll('tr[data-main]').forEach(tr => { mains[tr.dataset.main] = last(tr, 1)[0]; });"
        "const bands = {}; document.querySelectorAll('tr[data-motive]').forEach(tr => { bands[tr.dataset.motive] = last(tr, 3); });"
        "return [mains, bands];"
    )


def no_code_in_page(browser, codes):
    html = browser.execute_script("return document.documentElement.outerHTML.toUpperCase();")
    for c in codes:
        assert c not in html and c.replace("-", "") not in html, c


def seed_tally(prelude, text):
    """Has the prelude store `text` as the tally before the app first starts in this tab."""
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy.tally', {json.dumps(text)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )


def stored_tally(codes):
    return json.dumps({"format": 1, "codes": codes})


def test_codes_are_counted_once_refusals_say_why_and_the_room_shows_only_after_reveal(browser, served):
    # By keyboard from the join screen.
    browser.get(served.url + "#/room")
    heading_focused(browser, "room-title")
    tab_to(browser, "e.matches('.room-count-link a')", limit=6)
    press(browser, ENTER)
    wait_for(browser, READY)
    assert browser.execute_script("return location.hash;") == "#/room/count"
    assert browser.execute_script(f"return {COUNT};") == "0 people counted"
    tab_to(browser, "e.id === 'room-code'", limit=6)
    live = browser.find_element(By.ID, "room-code-said")
    assert live.get_attribute("aria-live") == "polite"

    # Three people, each counted the moment the ninth character is typed.
    for n, c in enumerate(CODES[:3], start=1):
        type_into_field(browser, c)
        wait_for(browser, f"{COUNT} === '{n} {'person' if n == 1 else 'people'} counted'")
        assert said(browser) == f"Counted. {n} {'person' if n == 1 else 'people'} so far."
        assert field(browser) == ""

    # Reveal is refused below five, with why, and nothing of the room is in the page.
    tab_to(browser, "e.textContent.trim() === 'Reveal the room'", limit=6)
    press(browser, ENTER)
    refused = wait_for(browser, "document.getElementById('reveal-refused').textContent")
    assert refused == ("The room is shown from 5 people: with fewer, a person's result could be told "
                       "from the counts. 3 people counted so far.")
    assert no_room_shown(browser)

    # Back to the field (Shift+Tab), the same person again, typed loosely: counted once.
    tab_to(browser, "e.id === 'room-code'", limit=6, key=Keys.SHIFT + Keys.TAB)
    type_into_field(browser, " " + CODES[0].lower().replace("-", " "))
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('Already')")
    assert said(browser) == "Already counted: this person's code was counted before. Nothing changed."
    assert field(browser) == ""

    # Two malformed codes: each refused with its reason, kept for correcting.
    mistyped = CODES[3][:-1] + ("Z" if CODES[3][-1] != "Z" else "Y")
    type_into_field(browser, mistyped)
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('This code does not add up')")
    assert field(browser) == mistyped
    assert browser.find_element(By.ID, "room-code").get_attribute("aria-invalid") == "true"
    clear_field(browser)
    type_into_field(browser, "#42?", enter=False)
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('Not a netwhy code')")
    assert said(browser) == "Not a netwhy code: a code never has #?. Nothing changed."
    assert field(browser) == "#42?"
    clear_field(browser)
    # A code of a newer app, and one half typed on Enter.
    type_into_field(browser, code((0, 0, 0), 1, 5, version=2))
    wait_for(browser, "document.getElementById('room-code-said').textContent.includes('newer version')")
    clear_field(browser)
    type_into_field(browser, CODES[3][:5], enter=True)
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('Too short')")
    assert said(browser) == "Too short for a code: 4 of 9 characters. Check it and finish typing."
    clear_field(browser)
    assert browser.execute_script(f"return {COUNT};") == "3 people counted"

    # The rest of the room.
    for c in CODES[3:]:
        type_into_field(browser, c)
        wait_for(browser, "document.getElementById('room-code').value === ''")
    wait_for(browser, f"{COUNT} === '6 people counted'")
    assert no_room_shown(browser), "nothing is shown before Reveal"
    no_code_in_page(browser, CODES)

    # Reveal: the tables hold the right counts.
    tab_to(browser, "e.textContent.trim() === 'Reveal the room'", limit=6)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('tr[data-main]')")
    assert browser.execute_script("return document.activeElement.textContent.trim();") == "Hide the room"
    mains, bands = expected(PEOPLE)
    assert shown_counts(browser) == [shown(mains), bands]

    # A late arrival updates the revealed room.
    tab_to(browser, "e.id === 'room-code'", limit=6, key=Keys.SHIFT + Keys.TAB)
    type_into_field(browser, LATE_CODE)
    wait_for(browser, f"{COUNT} === '7 people counted'")
    late_mains, late_bands = expected(PEOPLE + [LATE])
    assert shown_counts(browser) == [shown(late_mains), late_bands]
    no_code_in_page(browser, CODES + [LATE_CODE])

    # Hidden again, by the same button.
    tab_to(browser, "e.textContent.trim() === 'Hide the room'", limit=6)
    press(browser, ENTER)
    wait_for(browser, "!document.querySelector('tr[data-main]')")
    assert no_room_shown(browser)
    assert page_problems(browser, served.origin) == []


def test_the_room_goes_back_by_a_link_whose_code_scans_and_the_files_hold_counts_only(
    browser, served, prelude, tmp_path
):
    seed_tally(prelude, stored_tally(CODES))
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    assert browser.execute_script(f"return {COUNT};") == "6 people counted"
    assert no_room_shown(browser)
    browser.find_element(By.XPATH, "//button[normalize-space()='Reveal the room']").click()
    svg = wait_for(browser, "document.querySelector('svg.room-link-code')")

    # The link's code, read back from the SVG's modules, is the link shown.
    link = browser.find_element(By.CSS_SELECTOR, ".room-link-text a")
    own = browser.execute_script("return location.origin + location.pathname;")
    assert link.text == link.get_attribute("href")
    assert re.fullmatch(re.escape(own) + r"#/room/you/[0-9A-Z]{45}", link.text), link.text
    assert svg.get_attribute("aria-label") == "QR code of the link to this room of 6 people"
    write_pgm(modules_of(svg), tmp_path / "room.pgm")
    assert decode(tmp_path / "room.pgm") == [link.text]

    # The files: counts, and never a code; named with the day.
    browser.set_script_timeout(20)
    browser.find_element(By.XPATH, "//button[normalize-space()='Save the counts as CSV']").click()
    csv_link = wait_for(browser, "document.querySelector('.room-file-link[download$=\".csv\"]')")
    assert re.fullmatch(r"netwhy-room-\d{4}-\d\d-\d\d\.csv", csv_link.get_attribute("download"))
    csv = browser.execute_async_script(READ_DOWNLOAD, ".room-file-link")
    mains, bands = expected(PEOPLE)
    rows = csv.split("\r\n")
    assert rows[0] == "count,reason,band,people" and "people,,,6" in rows
    for name, n in mains.items():
        assert f"main,{name},,{n}" in rows
    for motive, counts in bands.items():
        for band, n in zip(BANDS, counts):
            assert f"band,{motive},{band},{n}" in rows
    browser.find_element(By.XPATH, "//button[normalize-space()='Save the counts as JSON']").click()
    wait_for(browser, "document.querySelector('.room-file-link[download$=\".json\"]')")
    room = json.loads(browser.execute_async_script(READ_DOWNLOAD, ".room-file-link"))
    assert room["app"] == "netwhy" and room["kind"] == "room" and room["people"] == 6
    assert room["main"] == mains
    assert room["bands"] == {m: dict(zip(BANDS, c)) for m, c in bands.items()}
    for text in (csv, json.dumps(room)):
        for c in CODES:
            assert c not in text.upper() and c.replace("-", "") not in text.upper()

    # A reload keeps the tally, with the room hidden again.
    browser.refresh()
    wait_for(browser, READY)
    assert browser.execute_script(f"return {COUNT};") == "6 people counted"
    assert no_room_shown(browser)
    problems = page_problems(browser, served.origin)

    # The link opens the app.
    browser.get(wait_link(browser, own))
    wait_for(browser, APP_READY)
    assert problems == [] and page_problems(browser, served.origin) == []


def wait_link(browser, own):
    """Reveals again and returns the room link shown."""
    browser.find_element(By.XPATH, "//button[normalize-space()='Reveal the room']").click()
    text = wait_for(browser, "document.querySelector('.room-link-text a') && document.querySelector('.room-link-text a').textContent")
    assert text.startswith(own + "#/room/you/")
    return text


def test_a_second_tab_sees_the_same_tally(browser, served):
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    first = browser.current_window_handle
    browser.switch_to.new_window("tab")
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    browser.find_element(By.ID, "room-code").send_keys(CODES[0])
    wait_for(browser, f"{COUNT} === '1 person counted'")
    browser.switch_to.window(first)
    wait_for(browser, f"{COUNT} === '1 person counted'")
    # Counting here adds to what the other tab counted.
    browser.find_element(By.ID, "room-code").send_keys(CODES[1])
    wait_for(browser, f"{COUNT} === '2 people counted'")
    stored = json.loads(browser.execute_script("return localStorage.getItem('netwhy.tally');"))
    assert stored == {"format": 1, "codes": CODES[:2]}
    assert page_problems(browser, served.origin) == []


def test_a_stored_tally_that_cannot_be_read_is_said_and_a_new_room_starts_after_asking(browser, served, prelude):
    seed_tally(prelude, '{"format": 1, "codes": ["4AK-B7H-6NN"]}')
    browser.get(served.url + "#/room/count")
    wait_for(browser, "document.querySelector('.tally [role=alert]')")
    alert = browser.find_element(By.CSS_SELECTOR, ".tally [role=alert]").text
    assert alert == ("The tally kept on this device cannot be read, so nothing more is counted into it. "
                     "Start a new room to count again.")
    assert browser.find_elements(By.ID, "room-code") == []
    # Asked first; "no" keeps it as it was.
    browser.find_element(By.XPATH, "//button[normalize-space()='Start a new room']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='No, keep counting']").click()
    assert "6NN" in browser.execute_script("return localStorage.getItem('netwhy.tally');")
    browser.find_element(By.XPATH, "//button[normalize-space()='Start a new room']").click()
    question = browser.find_element(By.ID, "new-room-question").text
    assert question.startswith("Forget this room's count on this device")
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, start a new room']").click()
    wait_for(browser, "document.getElementById('room-code')")
    assert browser.execute_script("return localStorage.getItem('netwhy.tally');") is None
    assert browser.execute_script(f"return {COUNT};") == "0 people counted"
    browser.find_element(By.ID, "room-code").send_keys(CODES[0])
    wait_for(browser, f"{COUNT} === '1 person counted'")
    assert page_problems(browser, served.origin) == []


def test_a_full_room_and_codes_of_other_content_are_refused(browser, served, prelude):
    full = [code((i % 3, i // 3 % 3, 0), 1, 10_000 + i) for i in range(500)]
    seed_tally(prelude, stored_tally(full))
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    assert browser.execute_script(f"return {COUNT};") == "500 people counted"
    entry = browser.find_element(By.ID, "room-code")
    entry.send_keys(code((0, 0, 0), 1, 7, content=3))
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('This code was made with other questions')")
    entry.send_keys(Keys.END, *([Keys.BACKSPACE] * 11), CODES[0])
    wait_for(browser, "document.getElementById('room-code-said').textContent.startsWith('The room is full')")
    assert said(browser) == ("The room is full: 500 people are counted, the most one tally holds. "
                             "Nothing changed.")
    assert browser.execute_script(f"return {COUNT};") == "500 people counted"
    assert page_problems(browser, served.origin) == []


# (960 × 540: a 1920 × 1080 projector with the page zoomed to 200 % for the back of the room.)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (960, 540), (360, 740)])
def test_on_a_projector_and_a_phone_axe_finds_nothing_and_the_room_code_is_in_view(
    browser, served, prelude, size, tmp_path
):
    width, height = size
    set_viewport(browser, width, height)
    inner = browser.execute_script("return window.innerHeight;")
    if inner != height and browser.engine != "firefox":
        browser.set_window_size(width, 2 * height - inner)
    seed_tally(prelude, stored_tally(CODES))
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    if browser.execute_script("return [window.innerWidth, window.innerHeight];") != [width, height]:
        pytest.skip(f"the {browser.engine} window cannot be made {width}×{height} on this display")
    projector = width >= 1280
    for scheme in each_scheme(browser):
        for revealed in (False, True):
            if revealed:
                # (Past any banner the app shows at the bottom of a small screen.) Scrolled to
                # the button first, as a facilitator would be on a small or zoomed screen.
                reveal = browser.find_element(By.XPATH, "//button[normalize-space()='Reveal the room']")
                browser.execute_script("arguments[0].scrollIntoView({block: 'end'});", reveal)
                click_when_clear(browser, reveal)
                wait_for(browser, "document.querySelector('svg.room-link-code')")
                # The room comes into view from its top by itself, its heading first.
                wait_for(
                    browser,
                    "(() => { const t = document.getElementById('tally-room-title').getBoundingClientRect();"
                    " return t.top >= -1 && t.bottom <= innerHeight + 1; })()",
                )
            else:
                browser.execute_script("window.scrollTo(0, 0);")
            name = f"tally-{width}x{height}-{scheme}-{'revealed' if revealed else 'hidden'}"
            shot(browser, name)
            problems = axe_violations(browser)
            assert problems == [], f"{name}:\n" + "\n".join(problems)
            if revealed and projector:
                # On a projector the room's code is in view without scrolling, and scans
                # from what the browser drew.
                assert browser.execute_script(
                    "const b = document.querySelector('svg.room-link-code').getBoundingClientRect();"
                    "return b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth"
                    " && b.height >= 0.4 * innerHeight;"
                ), "the room's code is large and in view"
                link = browser.find_element(By.CSS_SELECTOR, ".room-link-text a").text
                screenshot_when_painted(browser, tmp_path / "drawn.png")
                assert decode(tmp_path / "drawn.png") == [link]
            if revealed:
                click_when_clear(browser, browser.find_element(By.XPATH, "//button[normalize-space()='Hide the room']"))
                wait_for(browser, "!document.querySelector('svg.room-link-code')")
        # The count is large and in view.
        assert browser.execute_script(
            "const b = document.querySelector('.tally-people').getBoundingClientRect(); return b.bottom <= innerHeight;"
        )
    assert page_problems(browser, served.origin) == []


SHARE_OPEN = "document.querySelector('.share-panel:not([hidden]) .room-code[data-code] [aria-hidden=\"true\"]')"


def reach_code(driver, url, pick):
    """On a participant's own browser: answers every question (option `pick`), reaches the
    results, presses "Show my room code", and reads the code off the screen."""
    start(driver, url)
    answer_all(driver, pick=pick)
    on_results(driver)
    share = wait_for(driver, "document.querySelector('.share button')")
    assert share.text == "Show my room code"
    share.click()
    return wait_for(driver, SHARE_OPEN).text


def participant_code(engine, url, pick, profile):
    """A participant in a browser of their own, closed once their code is read."""
    driver = launch(engine, str(profile))
    driver.engine = engine
    try:
        return reach_code(driver, url, pick)
    finally:
        end(driver)


def test_six_participants_share_their_codes_the_tally_counts_six_and_the_room_code_opens_the_room_beside_a_result(browser, served, tmp_path):
    # Six people, each on their own device, reach their results and show their codes.
    # The first stays at hand, to open the room's link on their phone at the end.
    first = launch(browser.engine, str(tmp_path / "person-0"))
    first.engine = browser.engine
    try:
        codes = [reach_code(first, served.url, 0)] + [
            participant_code(browser.engine, served.url, pick, tmp_path / f"person-{pick}") for pick in range(1, 6)
        ]
        counted_and_taken_back(browser, first, served, codes, tmp_path)
    finally:
        end(first)


def counted_and_taken_back(browser, first, served, codes, tmp_path):
    assert all(re.fullmatch(r"[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}", c) for c in codes), codes
    assert len(set(codes)) == 6, "each device draws its own code"

    # The facilitator types them, one twice and two wrongly among them.
    browser.get(served.url + "#/room/count")
    wait_for(browser, READY)
    tab_to(browser, "e.id === 'room-code'", limit=6)
    # Two neighbours swapped: the first two that differ.
    plain = codes[2].replace("-", "")
    i = next(i for i in range(8) if plain[i] != plain[i + 1])
    swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2:]
    typed = [
        (codes[0], "Counted. 1 person so far."),
        (codes[1], "Counted. 2 people so far."),
        (swapped, "This code does not add up"),
        (codes[2], "Counted. 3 people so far."),
        (codes[3], "Counted. 4 people so far."),
        (codes[1], "Already counted"),
        ("NOT-A-CODE!", "Not a netwhy code"),
        (codes[4], "Counted. 5 people so far."),
        (codes[5], "Counted. 6 people so far."),
    ]
    for text, words in typed:
        type_into_field(browser, text, enter=text.endswith("!"))
        wait_for(browser, f"document.getElementById('room-code-said').textContent.startsWith({json.dumps(words)})")
        if not words.startswith(("Counted", "Already")):
            assert field(browser) == text
            clear_field(browser)
        else:
            wait_for(browser, "document.getElementById('room-code').value === ''")
    wait_for(browser, f"{COUNT} === '6 people counted'")
    tab_to(browser, "e.textContent.trim() === 'Reveal the room'", limit=6)
    press(browser, ENTER)
    wait_for(browser, "document.querySelector('tr[data-main]')")
    mains, bands = shown_counts(browser)
    assert sum(mains.values()) == 6 and all(sum(b) == 6 for b in bands.values()), (mains, bands)
    no_code_in_page(browser, codes)
    assert page_problems(browser, served.origin) == []

    # The room's QR code, as a phone's camera reads it, opens the room beside the first
    # participant's own result, on their device.
    svg = wait_for(browser, "document.querySelector('svg.room-link-code')")
    write_pgm(modules_of(svg), tmp_path / "room.pgm")
    [link] = decode(tmp_path / "room.pgm")
    first.get(link)
    wait_for(first, "document.activeElement && document.activeElement.id === 'room-you-title'")
    yours = wait_for(first, "document.querySelector('.room-yours')")
    main = yours.get_attribute("data-main")
    assert main in mains, (main, mains)
    assert f"In the room, {mains[main]} of the 6 people have it too." in yours.text, yours.text
    assert page_problems(first, served.origin) == []
