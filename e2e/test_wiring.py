"""Buttons and controls wired the right way round: bringing in a copy by adding it or by
replacing what is here, with data that tells the two apart; and each what-if control on its
own, so one that did nothing would be noticed."""


from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support.content import QUESTIONS
from support.checks import page_problems, saved_data, wait_for
from support.flow import answer_as, on_results, open_data, start
from support.keys import heading_focused
from support.personas import DESIGNER
from support.seed import export_file, seed_once, session, snapshot, stored

# On the device: an older result (A, main reason Better equipped) and an assessment in
# progress with three answers that changed on 1 March.
A = snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])
X = session("2026-03-01T09:00:00.000Z", {
    "known_recognised": {"point": 4},
    "known_stand_for": {"point": 3},
    "known_share_work": {"point": 2},
})
DEVICE = stored([A], X)
# In the file: a newer result (B, main reason Better known) and an assessment in progress with
# one answer that changed on 1 February, before the device's.
B = snapshot("2026-02-10T10:00:00.000Z", [75, 40, 50], ["known"], ("portfolio_networks", "meetups", "blog_newsletter"))
Y = session("2026-02-01T09:00:00.000Z", {"known_recognised": {"point": 1}})
FILE = stored([B], Y)


def bring_in(browser, path, button):
    """Chooses the file, checks the preview is there, and presses `button`."""
    browser.find_element(By.ID, "import-file").send_keys(path)
    wait_for(browser, "document.querySelector('.import-preview')")
    browser.find_element(By.XPATH, f"//button[normalize-space()='{button}']").click()
    return wait_for(browser, "document.querySelector('.import-done')").text


def kept_here(browser):
    """What the data screen says is kept: (number of results, the in-progress line)."""
    items = browser.find_elements(By.CSS_SELECTOR, ".here .holdings li")
    return int(items[0].get_attribute("data-count")), items[1].text


def history_dates(browser, served):
    """The dates of the results on the History screen, as listed (newest first)."""
    browser.get(served.url + "#/history")
    heading_focused(browser, "history-title")
    return [li.get_attribute("data-taken") for li in browser.find_elements(By.CSS_SELECTOR, ".history-list > li")]


def test_adding_a_copy_keeps_both_results_and_the_assessment_that_changed_last(browser, served, prelude, tmp_path):
    seed_once(prelude, DEVICE)
    open_data(browser, served)
    assert kept_here(browser) == (1, f"An assessment in progress: 3 of {QUESTIONS} questions answered.")

    older_session = tmp_path / "older.json"
    older_session.write_text(export_file(FILE))
    done = bring_in(browser, str(older_session), "Add it to what is here")
    assert "added" in done, done
    # Both results, and the device's assessment, which changed after the file's.
    wait_for(browser, "JSON.parse(localStorage.getItem('netwhy')).history.length === 2")
    assert kept_here(browser) == (2, f"An assessment in progress: 3 of {QUESTIONS} questions answered.")
    data = saved_data(browser)
    assert [s["taken"] for s in data["history"]] == [A["taken"], B["taken"]]
    assert data["current"]["answers"] == X["answers"]

    # A copy whose assessment changed last brings that one in; its result is not added twice.
    Z = session("2026-04-01T09:00:00.000Z", {"known_recognised": {"point": 5}, "stage": {"choice": "focus"}})
    newer_session = tmp_path / "newer.json"
    newer_session.write_text(export_file(stored([B], Z)))
    bring_in(browser, str(newer_session), "Add it to what is here")
    wait_for(browser, "JSON.parse(localStorage.getItem('netwhy')).current.updated === '2026-04-01T09:00:00.000Z'")
    assert kept_here(browser) == (2, f"An assessment in progress: 2 of {QUESTIONS} questions answered.")
    assert [s["taken"] for s in saved_data(browser)["history"]] == [A["taken"], B["taken"]]
    assert history_dates(browser, served) == [B["taken"], A["taken"]]
    assert page_problems(browser, served.origin) == []


def test_replacing_with_a_copy_keeps_only_the_files_data(browser, served, prelude, tmp_path):
    seed_once(prelude, DEVICE)
    open_data(browser, served)
    assert kept_here(browser) == (1, f"An assessment in progress: 3 of {QUESTIONS} questions answered.")

    path = tmp_path / "copy.json"
    path.write_text(export_file(FILE))
    done = bring_in(browser, str(path), "Replace what is here")
    assert "replaced" in done, done
    # Only the file's result, and the file's assessment even though the device's changed later.
    wait_for(browser, f"JSON.parse(localStorage.getItem('netwhy')).history[0].taken === '{B['taken']}'")
    assert kept_here(browser) == (1, f"An assessment in progress: 1 of {QUESTIONS} questions answered.")
    data = saved_data(browser)
    assert [s["taken"] for s in data["history"]] == [B["taken"]]
    assert data["current"]["answers"] == Y["answers"]
    assert history_dates(browser, served) == [B["taken"]]
    assert "Better known" in browser.find_element(By.CSS_SELECTOR, ".history-list > li").text
    # A reload reads the same from storage.
    browser.refresh()
    assert history_dates(browser, served) == [B["taken"]]
    assert page_problems(browser, served.origin) == []


# Each what-if control, changed on its own from the designer's answers (four hours a week,
# a public face, posting regularly), and a channel that leaves their top five because of it.
# Each control, a value for it, its label, and a channel of the designer's five that the value
# drops (at privacy 0, the public face of a conference talk gives way to something met in
# person that shows nothing of them online).
WHAT_IF = [
    ("time_budget", "30", "Time each week", "blog_newsletter"),
    ("privacy_comfort", "0", "How much of yourself you show online", "conference_speaking"),
    ("posting_comfort", "0", "Posting in public", "linkedin_posts"),
]
OWN = {"time_budget": "240", "privacy_comfort": "3", "posting_comfort": "3"}


def test_each_what_if_control_re_ranks_the_channels_on_its_own(browser, served):
    start(browser, served.url)
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    # Reaching the results keeps them in History: once that is saved, so is every answer.
    wait_for(browser, "JSON.parse(localStorage.getItem('netwhy')).history.length === 1")
    answers = saved_data(browser)["current"]["answers"]
    assert len(answers) == QUESTIONS
    browser.find_element(By.XPATH, "//a[normalize-space()='How this was calculated']").click()
    heading_focused(browser, "how-title")

    def ranking():
        return [e.get_attribute("data-channel") for e in browser.find_elements(By.CSS_SELECTOR, ".what-if-channels > li")]

    def chosen(control):
        return Select(browser.find_element(By.ID, f"what-if-{control}")).first_selected_option.get_attribute("value")

    own = ranking()
    assert len(own) == 5, own
    assert {control: chosen(control) for control in OWN} == OWN
    for control, value, label, leaves in WHAT_IF:
        assert browser.find_element(By.CSS_SELECTOR, f"label[for='what-if-{control}']").text == label
        Select(browser.find_element(By.ID, f"what-if-{control}")).select_by_value(value)
        changed = WebDriverWait(browser, 10, poll_frequency=0.05).until(
            lambda d: "not your saved ones" in d.find_element(By.CSS_SELECTOR, ".what-if-status").text
            and ranking() != own
            and ranking(),
            message=f"changing {control} alone left the channels and the status as they were",
        )
        # Only this control moved.
        assert {c: chosen(c) for c in OWN} == {**OWN, control: value}
        assert len(changed) == 5, changed
        assert leaves in own and leaves not in changed, (control, changed)

        browser.find_element(By.XPATH, "//button[normalize-space()='Back to my answers']").click()
        wait_for(browser, "document.querySelector('.what-if-status').textContent.includes('your own answers')")
        assert ranking() == own
        assert {c: chosen(c) for c in OWN} == OWN
    assert saved_data(browser)["current"]["answers"] == answers
    assert page_problems(browser, served.origin) == []
