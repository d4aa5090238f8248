"""Content packs: the built-in content downloaded from Your data, edited and loaded back
shows what it changes before it is used, then names itself in the footer, on the results and
in History until going back to the built-in content; broken packs are refused with each
problem at its place and change nothing; markup in a pack is shown as text; a pack travels
by link, stays in use after a reload and reaches the other tabs of the app."""

import copy
import json

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support.checks import APP_READY, READ_DOWNLOAD, click_when_clear, page_problems, wait_for
from support.flow import answer_as, answer_here, on_question, on_results, open_data, start
from support.packs import PACK_KEY, channel, download_built_in, fixture, footer, load_pack, pack_text, storage
from support.personas import DESIGNER
from support.qr import decode, modules_of, write_pgm
from support.seed import seed_once, snapshot, stored

BUILT_IN_FOOTER = "Content: built in, fingerprint "
IN_USE = "document.querySelector('.pack-in-use[data-pack=\"{}\"]')"


def edited(built_in, pack_id, name, renamed=None, rerated=None):
    """The built-in pack under another id and name, with channels renamed (`renamed`: id to
    new name) and re-rated (`rerated`: id to ratings)."""
    pack = copy.deepcopy(built_in)
    pack.update(id=pack_id, name=name, author="Claire Martin", date="2027-01-15")
    for channel_id, new_name in (renamed or {}).items():
        channel(pack, channel_id)[1]["name"] = new_name
    for channel_id, ratings in (rerated or {}).items():
        channel(pack, channel_id)[0]["ratings"] = ratings
    return pack


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def preview_of(browser, tmp_path, pack):
    """Loads `pack` from a file on the Data screen and returns its preview."""
    load_pack(browser, write(tmp_path, f"{pack['id']}.json", json.dumps(pack, indent=2, ensure_ascii=False)))
    return wait_for(browser, "document.querySelector('.pack-preview')")


def use_shown_pack(browser, pack_id):
    """Presses "Use this content" once nothing covers it (the preview may still be growing
    under a long list of changes) and waits until the pack is in use and kept."""
    click_when_clear(browser, browser.find_element(By.CSS_SELECTOR, ".pack-preview button.pack-use"))
    wait_for(browser, IN_USE.format(pack_id))
    wait_for(browser, f"localStorage.getItem('{PACK_KEY}') !== null")


def changes(browser):
    return [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".pack-preview ul.pack-changes > li")]


def test_an_edited_download_renames_and_rerates_a_channel_on_the_results_until_going_back(browser, served, tmp_path):
    open_data(browser, served)
    built_in_footer = footer(browser)
    assert built_in_footer.startswith(BUILT_IN_FOOTER)
    built_in = download_built_in(browser)
    assert built_in["pack_format"] == 1 and built_in["$schema"].endswith("pack.schema.json")
    numbers, words = channel(built_in, "portfolio_networks")
    old_name, old_ratings = words["name"], numbers["ratings"]
    assert old_ratings == [3, 1, 1]
    pack = edited(
        built_in,
        "designers-studio",
        "Designers' studio",
        renamed={"portfolio_networks": "Studio portfolio circle"},
        rerated={"portfolio_networks": [3, 2, 2]},
    )

    before = storage(browser)
    preview = preview_of(browser, tmp_path, pack)
    assert preview.get_attribute("data-calculation") == "true"
    assert "“Designers' studio” by Claire Martin, dated 2027-01-15" in preview.text
    badge = preview.find_element(By.CSS_SELECTOR, ".pack-badge")
    assert badge.text == "Changes how results are calculated"
    lines = changes(browser)
    assert "Studio portfolio circle rated 3 · 2 · 2 instead of 3 · 1 · 1, for known · equipped · connected" in lines
    assert "Channels renamed or described differently: Studio portfolio circle" in lines
    assert len(lines) == 2, lines
    fingerprint = preview.find_element(By.CSS_SELECTOR, ".fingerprint").text.removeprefix("Fingerprint ")
    assert footer(browser).startswith(BUILT_IN_FOOTER), "nothing is used before the person chooses to"
    assert storage(browser) == before

    use_shown_pack(browser, "designers-studio")
    assert footer(browser) == (
        f"Content: “Designers' studio”, fingerprint {fingerprint}, which changes how results are calculated."
    )
    assert fingerprint not in built_in_footer and fingerprint in browser.find_element(By.CSS_SELECTOR, ".pack-in-use").text
    kept = json.loads(browser.execute_script(f"return localStorage.getItem('{PACK_KEY}');"))
    assert kept["pack"]["id"] == "designers-studio"

    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    results = on_results(browser)
    assert "Studio portfolio circle" in results.text
    assert old_name not in results.text
    note = browser.find_element(By.CSS_SELECTOR, ".results-pack")
    assert note.text == (
        "These results were calculated with the content pack “Designers' studio”, which changes how results are calculated."
    )
    assert "“Designers' studio”" in footer(browser)

    browser.get(served.url + "#/history")
    line = wait_for(browser, "document.querySelector('.history-list > li .history-pack')")
    assert line.text == f"Taken with the content pack “Designers' studio” ({fingerprint})."
    assert "Studio portfolio circle" in browser.find_element(By.CSS_SELECTOR, ".history-list > li").text

    open_data(browser, served)
    browser.find_element(By.CSS_SELECTOR, "button.pack-back").click()
    wait_for(browser, IN_USE.format("built-in"))
    assert footer(browser) == built_in_footer
    wait_for(browser, f"localStorage.getItem('{PACK_KEY}') === null")
    assert not browser.find_elements(By.CSS_SELECTOR, "button.pack-back")
    browser.get(served.url + "#/history")
    entry = wait_for(browser, "document.querySelector('.history-list > li')")
    # The result keeps the pack it was taken with; the channel has its built-in name again.
    assert f"({fingerprint})" in entry.find_element(By.CSS_SELECTOR, ".history-pack").text
    assert old_name in entry.text and "Studio portfolio circle" not in entry.text
    assert page_problems(browser, served.origin) == []


# Ten packs that break different rules, with something said about each that only it causes.
BROKEN = (
    "not_json",
    "unknown_field",
    "rating_of_five",
    "duplicate_channel",
    "lost_mark",
    "over_long_text",
    "oversized",
    "unknown_format",
    "missing_field",
    "many_at_once",
)
# Refused before it is read: larger than a pack can be.
TOO_LARGE = {"oversized": "This file is larger than a content pack can be."}


def shown_problems(refusal):
    return [
        (li.find_element(By.CSS_SELECTOR, "code.pack-place").text, li.text)
        for li in refusal.find_elements(By.CSS_SELECTOR, "ul.pack-problems > li")
    ]


def test_broken_packs_are_refused_with_each_problem_at_its_place_and_change_nothing(browser, served, prelude, tmp_path):
    seed_once(prelude, stored([snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])]))
    open_data(browser, served)
    built_in = download_built_in(browser)
    before = storage(browser)
    assert "netwhy" in before
    for name in BROKEN:
        described = fixture(name)
        path = write(tmp_path, f"{name}.json", pack_text(described, built_in))
        # A fresh page each time, so what is shown is about this file alone.
        browser.refresh()
        wait_for(browser, "document.activeElement && document.activeElement.id === 'data-title'")
        load_pack(browser, path)
        refusal = wait_for(browser, "document.querySelector('.pack-status .pack-refused')", timeout=30)
        assert not browser.find_elements(By.CSS_SELECTOR, ".pack-preview"), name
        if name in TOO_LARGE:
            assert refusal.get_attribute("data-refused") == "file", name
            assert refusal.text == TOO_LARGE[name]
        else:
            assert refusal.get_attribute("data-refused") == "problems", name
            assert "cannot be used, so nothing has changed on this device" in refusal.text, name
            problems = shown_problems(refusal)
            listed = refusal.find_element(By.CSS_SELECTOR, "ul.pack-problems")
            assert listed.get_attribute("data-count") == str(len(problems)), name
            assert sorted(place for place, _ in problems) == sorted(p["place"] for p in described["problems"]), (
                name,
                problems,
            )
            for wanted in described["problems"]:
                assert any(
                    place == wanted["place"] and wanted["message"] in text for place, text in problems
                ), (name, wanted, problems)
        assert storage(browser) == before, name
        assert footer(browser).startswith(BUILT_IN_FOOTER), name
        assert page_problems(browser, served.origin) == [], name


MARKUP = "<script>alert('hi')</script> <b>LinkedIn</b> posts"
# Records any alert rather than letting it block the page.
RECORD_ALERTS = "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"


def test_markup_in_a_packs_texts_is_shown_as_text(browser, served, prelude, tmp_path):
    seed_once(
        prelude,
        stored([snapshot("2026-01-05T10:00:00.000Z", [70, 40, 55], ["known"], ("linkedin_posts", "meetups"))]),
        extra=RECORD_ALERTS,
    )
    open_data(browser, served)
    built_in = download_built_in(browser)
    described = fixture("markup_in_names")
    assert described["edits"][0]["to"] == MARKUP
    pack = json.loads(pack_text(described, built_in))
    pack.update(id="markup", name="Markup <i>inside</i>")
    preview = preview_of(browser, tmp_path, pack)
    assert "Channels renamed or described differently: " + MARKUP in changes(browser)
    assert "“Markup <i>inside</i>”" in preview.text
    assert browser.execute_script(
        "return document.querySelectorAll('.pack-preview script, .pack-preview b, .pack-preview i').length;"
    ) == 0

    use_shown_pack(browser, "markup")
    assert "“Markup <i>inside</i>”" in footer(browser)
    browser.get(served.url + "#/history")
    entry = wait_for(browser, "document.querySelector('.history-list > li')")
    assert MARKUP in entry.text
    assert browser.execute_script(
        "return document.querySelectorAll('main script, main b, footer i, .content-in-use *:not(.fingerprint)').length;"
    ) == 0
    assert browser.execute_script("return window.__alerts;") == []
    assert page_problems(browser, served.origin) == []


def test_a_pack_link_from_the_app_opens_its_preview_on_a_fresh_device(browser, served, tmp_path):
    open_data(browser, served)
    built_in = download_built_in(browser)
    pack = edited(built_in, "nurses-lyon", "Nurses in Lyon", renamed={"meetups": "Lyon nurses' evening meetup"})
    preview = preview_of(browser, tmp_path, pack)
    assert preview.get_attribute("data-calculation") == "false"
    use_shown_pack(browser, "nurses-lyon")
    link = wait_for(browser, "document.querySelector('.pack-share a.pack-link')")
    address = link.get_attribute("href")
    assert address.startswith(served.url + "#/pack/") and address == link.text
    assert browser.find_element(By.CSS_SELECTOR, ".pack-share [data-fits]").get_attribute("data-fits") == "true"
    fingerprint = browser.find_element(By.CSS_SELECTOR, ".pack-in-use .fingerprint").text

    # Another device: nothing kept, and the link opened.
    browser.execute_script("localStorage.clear(); sessionStorage.clear();")
    browser.get("about:blank")
    browser.get(address)
    wait_for(browser, APP_READY)
    screen = wait_for(browser, "document.querySelector('.pack-link-screen .pack-preview')")
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == "A content pack from a link"
    assert screen.get_attribute("data-calculation") == "false"
    assert screen.find_element(By.CSS_SELECTOR, ".pack-badge").text == "Wording only"
    assert changes(browser) == ["Channels renamed or described differently: Lyon nurses' evening meetup"]
    assert screen.find_element(By.CSS_SELECTOR, ".fingerprint").text == fingerprint
    assert footer(browser).startswith(BUILT_IN_FOOTER)
    assert PACK_KEY not in storage(browser)

    screen.find_element(By.CSS_SELECTOR, "button.pack-use").click()
    wait_for(browser, "location.hash === '#/' && document.querySelector('.welcome')")
    assert footer(browser) == f"Content: “Nurses in Lyon”, fingerprint {fingerprint.removeprefix('Fingerprint ')}."
    assert json.loads(storage(browser)[PACK_KEY])["pack"]["id"] == "nurses-lyon"
    assert page_problems(browser, served.origin) == []


def test_the_pack_in_use_is_still_in_use_after_a_reload(browser, served, tmp_path):
    open_data(browser, served)
    pack = edited(download_built_in(browser), "founders-berlin", "Founders in Berlin", renamed={"meetups": "Berlin founder evenings"})
    preview_of(browser, tmp_path, pack)
    use_shown_pack(browser, "founders-berlin")
    named = footer(browser)
    assert named.startswith("Content: “Founders in Berlin”, fingerprint ")
    browser.refresh()
    wait_for(browser, APP_READY)
    wait_for(browser, IN_USE.format("founders-berlin"))
    assert footer(browser) == named
    browser.get(served.url + "#/")
    wait_for(browser, "document.querySelector('.welcome')")
    assert footer(browser) == named
    assert page_problems(browser, served.origin) == []


def test_a_shared_laptop_keeps_the_pack_in_use_for_each_person_it_is_handed_to(browser, served, tmp_path):
    # Turned on after the pack is in use, the mode takes it over, so the laptop's room codes
    # are counted with the phones'; forgetting a person leaves it for the next one.
    open_data(browser, served)
    pack = edited(download_built_in(browser), "nurses-lyon", "Nurses in Lyon", renamed={"meetups": "Lyon nurses' evening meetup"})
    preview_of(browser, tmp_path, pack)
    use_shown_pack(browser, "nurses-lyon")
    named = footer(browser)
    browser.get(served.url + "#/room")
    wait_for(browser, "document.querySelector('.shared-switch .actions .button')")
    turn_on = browser.find_element(By.CSS_SELECTOR, ".shared-switch .actions .button")
    assert turn_on.text == "Turn on shared mode in this tab"
    click_when_clear(browser, turn_on)
    wait_for(browser, "document.querySelector('aside.shared-banner') && document.querySelector('.welcome')")
    assert footer(browser) == named
    assert browser.execute_script(f"return sessionStorage.getItem('{PACK_KEY}') !== null;")

    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser)
    answer_here(browser, 1)
    wait_for(browser, "sessionStorage.getItem('netwhy') !== null")
    browser.find_element(By.CSS_SELECTOR, "aside.shared-banner button").click()
    click_when_clear(browser, wait_for(browser, "document.querySelector('.done-panel .confirm .button.danger')"))
    wait_for(browser, "location.hash === '#/' && document.querySelector('.notice[data-notice=\"ui.notice.forgotten\"]')")
    assert browser.execute_script("return sessionStorage.getItem('netwhy');") is None
    assert footer(browser) == named
    browser.refresh()
    wait_for(browser, APP_READY)
    wait_for(browser, "document.querySelector('aside.shared-banner')")
    assert footer(browser) == named
    assert page_problems(browser, served.origin) == []


def test_content_downloaded_on_german_screens_stays_german_once_adapted(browser, served, tmp_path):
    open_data(browser, served)
    Select(browser.find_element(By.ID, "language")).select_by_value("de")
    wait_for(browser, "document.documentElement.lang === 'de' && document.querySelector('section.pack .actions .button')")
    browser.find_element(By.CSS_SELECTOR, "section.pack .actions .button:not(.pack-back)").click()
    wait_for(browser, "document.querySelector('.pack-download-ready a')")
    browser.set_script_timeout(20)
    downloaded = json.loads(browser.execute_async_script(READ_DOWNLOAD, ".pack-download-ready a"))
    assert [language["language"] for language in downloaded["languages"]] == ["en", "de"]
    german_name = downloaded["languages"][1]["channels"]["meetups"]["name"]
    pack = copy.deepcopy(downloaded)
    pack.update(id="pflege-lyon", name="Pflege in Lyon", author="Claire Martin", date="2027-01-15")
    pack["languages"][1]["channels"]["meetups"]["name"] = "Pflege-Stammtisch Lyon"
    preview_of(browser, tmp_path, pack)
    use_shown_pack(browser, "pflege-lyon")
    # Still German, with the adapted words, and German is still on offer.
    assert browser.execute_script("return document.documentElement.lang;") == "de"
    assert browser.execute_script("return document.getElementById('language').value;") == "de"
    assert german_name != "Pflege-Stammtisch Lyon"
    assert "„Pflege in Lyon“" in footer(browser), footer(browser)
    assert page_problems(browser, served.origin) == []


PACK_CHANGED = "The content in use was changed in another tab or window. This page uses it now too."


def test_a_pack_put_in_use_in_one_tab_reaches_another_and_its_join_screen(browser, served, tmp_path):
    open_data(browser, served)
    first = browser.current_window_handle
    pack = edited(download_built_in(browser), "nurses-lyon", "Nurses in Lyon", renamed={"meetups": "Lyon nurses' evening meetup"})
    browser.switch_to.new_window("tab")
    browser.get(served.url + "#/room")
    wait_for(browser, "document.activeElement && document.activeElement.id === 'room-title'")
    built_in = browser.find_element(By.CSS_SELECTOR, ".join-fingerprint .fingerprint").text
    assert footer(browser) == f"Content: built in, fingerprint {built_in}."
    assert not browser.find_elements(By.CSS_SELECTOR, ".join-pack")

    browser.switch_to.window(first)
    preview_of(browser, tmp_path, pack)
    use_shown_pack(browser, "nurses-lyon")
    fingerprint = browser.find_element(By.CSS_SELECTOR, ".pack-in-use .fingerprint").text.removeprefix("Fingerprint ")
    assert fingerprint != built_in
    link = wait_for(browser, "document.querySelector('.pack-share a.pack-link')").get_attribute("href")

    browser.switch_to.window([handle for handle in browser.window_handles if handle != first][0])
    wait_for(browser, f"document.querySelector('.content-in-use').textContent.includes('{fingerprint}')")
    assert footer(browser) == f"Content: “Nurses in Lyon”, fingerprint {fingerprint}."
    wait_for(browser, f"document.body.textContent.includes({json.dumps(PACK_CHANGED)})")
    assert browser.find_element(By.CSS_SELECTOR, ".join-fingerprint .fingerprint").text == fingerprint
    assert browser.find_element(By.CSS_SELECTOR, ".join-pack").text == (
        f"The code also offers the content pack “Nurses in Lyon” ({fingerprint})."
    )
    # The join code, drawn afresh for the pack, opens the pack's link.
    wait_for(browser, "document.querySelector('svg.join-code path')")
    write_pgm(modules_of(browser.find_element(By.CSS_SELECTOR, "svg.join-code")), tmp_path / "join.pgm")
    assert decode(tmp_path / "join.pgm") == [link]
    assert page_problems(browser, served.origin) == []
