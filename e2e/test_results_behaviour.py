"""What the person does now, why each plan step is there, the advice the answers call for,
and an earlier result the current questions cannot score, on the results as a screen reader
meets them: headings, table captions and header cells, named lists and regions; axe finds
nothing, and changing only the answers about what the person does changes those parts and
nothing else."""

import os
import tomllib

from selenium.webdriver.common.by import By

from support.checks import SCREEN_DRAWN, page_problems, saved_data, wait_for
from support.flow import answer_as, axe_violations, on_question, on_results, start
from support.personas import DESIGNER, MOTIVE_ITEMS, TABLE
from support.seed import seed_once, snapshot, stored

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, "content", "model.toml"), "rb") as f:
    MODEL = tomllib.load(f)
with open(os.path.join(ROOT, "content", "en.toml"), "rb") as f:
    EN = tomllib.load(f)

ITEMS = MODEL["items"]
SCORING = MODEL["scoring"]
FREQUENCY = {(i["activity"], i["mode"]): i["id"] for i in ITEMS if "activity" in i}
HABIT_ITEMS = [i for i in ITEMS if "habit" in i]
ACTIVITIES = ("building", "maintaining", "using")
MODES = ("online", "face_to_face")
LEVELS = {"weak": "worth building", "growing": "on its way", "strong": "a strength"}


def labels(item_id):
    item = next(i for i in ITEMS if i["id"] == item_id)
    return EN["scales"][item["scale"]]


def complete(answers):
    """The answers, with any question the persona table does not answer yet given a plain
    answer, so the tests follow the questionnaire as it is."""
    full = dict(answers)
    for item in ITEMS:
        if item["id"] in full:
            continue
        if item["kind"] == "scale":
            full[item["id"]] = "3"
        elif item["kind"] == "split":
            full[item["id"]] = [4, 3, 3]
        elif item["kind"] == "multi":
            full[item["id"]] = []
        else:
            full[item["id"]] = item["options"][0]["id"]
    return full


def busy(answers):
    """The same person, but doing every kind of networking several times a week and with
    none of the four habits."""
    changed = dict(answers)
    for item in FREQUENCY.values():
        changed[item] = "5"
    for item in HABIT_ITEMS:
        changed[item["id"]] = "5" if item.get("reverse") else "1"
    return changed


def quiet(answers):
    """The same person, who would rather never post in public."""
    return {**answers, "posting_comfort": "never"}


def unsure(answers):
    """The same person, with no strong reason: the low answers to every motive's statements."""
    low = TABLE["levels"]["low"]
    changed = dict(answers)
    for items in MOTIVE_ITEMS.values():
        changed.update({item: str(point) for item, point in zip(items, low)})
    return changed


def texts(elements):
    return [e.text.strip() for e in elements]


def named_by(browser, element):
    """The text of what `element`'s aria-labelledby points to."""
    ids = element.get_attribute("aria-labelledby")
    assert ids, element.get_attribute("outerHTML")[:200]
    return " ".join(browser.find_element(By.ID, i).text.strip() for i in ids.split())


def column_headers(table):
    cells = table.find_elements(By.CSS_SELECTOR, "thead th")
    assert all(c.get_attribute("scope") == "col" for c in cells)
    return texts(cells)


def row_headers(table):
    cells = table.find_elements(By.CSS_SELECTOR, "tbody th")
    assert all(c.get_attribute("scope") == "row" for c in cells)
    return texts(cells)


def behaviour_shown(browser):
    """What the "what you do now" section says, cell by cell."""
    section = browser.find_element(By.CSS_SELECTOR, "section.behaviour")
    return {
        "frequency": {
            (row.get_attribute("data-activity"), cell.get_attribute("data-mode")): cell.text.strip()
            for row in section.find_elements(By.CSS_SELECTOR, ".frequency tbody tr")
            for cell in row.find_elements(By.CSS_SELECTOR, "td")
        },
        "gaps": {
            row.get_attribute("data-motive"): (
                int(row.find_element(By.CSS_SELECTOR, ".importance").text),
                int(row.find_element(By.CSS_SELECTOR, ".activity").text),
                row.get_attribute("data-gap"),
            )
            for row in section.find_elements(By.CSS_SELECTOR, ".gaps tbody tr")
        },
        "habits": {
            row.get_attribute("data-habit"): row.get_attribute("data-level")
            for row in section.find_elements(By.CSS_SELECTOR, ".habits tbody tr")
        },
    }


def plan_shown(browser):
    return [
        (
            li.get_attribute("data-action"),
            li.get_attribute("data-purpose"),
            tuple(texts(li.find_elements(By.CSS_SELECTOR, ".serves li"))),
        )
        for li in browser.find_elements(By.CSS_SELECTOR, ".plan > li")
    ]


def main_channels(browser):
    return [e.get_attribute("data-channel") for e in browser.find_elements(By.CSS_SELECTOR, ".where-to ol.channels > li")]


def check_behaviour(browser, answers):
    """The section reads as a heading and three captioned tables with header cells, each in
    a region named by its caption that the keyboard can reach, and says what was answered."""
    section = browser.find_element(By.CSS_SELECTOR, "section.behaviour")
    assert named_by(browser, section) == "What you do now"
    assert section.find_element(By.CSS_SELECTOR, "h2").text == "What you do now"
    regions = section.find_elements(By.CSS_SELECTOR, "[role=region]")
    assert len(regions) == 3
    for region in regions:
        assert region.get_attribute("tabindex") == "0"
        caption = region.find_element(By.CSS_SELECTOR, "table > caption")
        assert named_by(browser, region) == caption.text.strip() != ""

    frequency = section.find_element(By.CSS_SELECTOR, "table.frequency")
    assert column_headers(frequency) == ["Kind of networking", "Online", "Face to face"]
    assert row_headers(frequency) == ["Making new contacts", "Keeping up contacts", "Asking contacts for help"]
    shown = behaviour_shown(browser)
    for (activity, mode), item in FREQUENCY.items():
        assert shown["frequency"][(activity, mode)] == labels(item)[int(answers[item]) - 1], (activity, mode)

    gaps = section.find_element(By.CSS_SELECTOR, "table.gaps")
    headers = column_headers(gaps)
    assert headers[0] == "Reason" and "matters" in headers[1] and "do for it" in headers[2], headers
    assert row_headers(gaps) == ["Better known", "Better equipped", "Better connected"]
    scores = {
        row.get_attribute("data-motive"): int(row.find_element(By.CSS_SELECTOR, "td.score").text)
        for row in browser.find_elements(By.CSS_SELECTOR, ".scores tbody tr")
    }
    threshold = SCORING["gap_threshold"]
    for motive, (importance, activity, kind) in shown["gaps"].items():
        # How much it matters is the score from the statements shown above.
        assert importance == scores[motive], motive
        expected = "under" if importance - activity > threshold else "over" if activity - importance > threshold else "aligned"
        assert kind == expected, (motive, importance, activity, kind)
        sentence = gaps.find_element(By.CSS_SELECTOR, f"tr[data-motive={motive}] .gap-text").text
        assert sentence == EN["terms"][f"gap.{kind}"]

    habits = section.find_element(By.CSS_SELECTOR, "table.habits")
    assert column_headers(habits) == ["Habit", "Where you are"]
    assert len(row_headers(habits)) == 4
    for row in habits.find_elements(By.CSS_SELECTOR, "tbody tr"):
        level = row.get_attribute("data-level")
        assert row.find_element(By.CSS_SELECTOR, ".level").text == LEVELS[level]
    weak = [h for h, level in shown["habits"].items() if level == "weak"]
    line = section.find_element(By.CSS_SELECTOR, ".worth-building").text
    assert line.startswith("Worth building:") if weak else "good shape" in line, line
    return shown


def check_plan(browser):
    """Each step says its minutes and what it is for, and lists why it is there, starting
    with its rule, in a list named for it."""
    steps = browser.find_elements(By.CSS_SELECTOR, ".plan-section .plan > li")
    assert steps
    motives = ("Better known", "Better equipped", "Better connected")
    for step in steps:
        meta = step.find_element(By.CSS_SELECTOR, ".meta").text
        assert "minutes a week, " in meta, meta
        if step.get_attribute("data-purpose") == "for_motive":
            assert any(m in meta for m in motives), meta
        serves = step.find_element(By.CSS_SELECTOR, "ul.serves")
        assert serves.get_attribute("aria-label") == "Why this step"
        lines = serves.find_elements(By.CSS_SELECTOR, "li")
        assert lines[0].get_attribute("data-serves") == "rule" and lines[0].text.startswith("Rule: "), lines[0].text
    return plan_shown(browser)


def check_axe(browser, where):
    problems = axe_violations(browser)
    assert problems == [], f"{where}:\n" + "\n".join(problems)


def sharpened(weights, power):
    """The model's weights for channels: raised to `power`, scaled back to 100 in
    thousandths and rounded by largest remainder (ties to the earlier motive)."""
    raised = [w ** max(1, min(power, 3)) for w in weights]
    total = sum(raised)
    milli = [r * 1000 // total for r in raised]
    whole = max(sum(milli), 1)
    exact = [m * 100_000 // whole for m in milli]
    out = [e // 1000 for e in exact]
    rest = 100 - sum(out)
    for i in sorted(range(3), key=lambda i: -(exact[i] % 1000))[:rest]:
        out[i] += 1
    return out


def test_what_you_do_now_and_why_each_step_reads_as_tables_and_lists(browser, served):
    answers = complete(DESIGNER.answers)
    start(browser, served.url)
    answer_as(browser, answers)
    on_results(browser)
    # The section stands between the channels and the plan.
    order = browser.execute_script(
        "return Array.from(document.querySelectorAll('.results > section')).map(s => s.className);"
    )
    assert order.index("behaviour") == order.index("where-to") + 1 < order.index("plan-section"), order
    check_behaviour(browser, answers)
    check_plan(browser)
    # Someone happy to post gets no note about becoming known without posting.
    assert not browser.find_elements(By.CSS_SELECTOR, ".note[data-note]")
    check_axe(browser, "results")

    # How it was calculated: the weights for channels beside the weights, as the model makes them.
    browser.find_element(By.XPATH, "//a[normalize-space()='How this was calculated']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'how-title'")
    table = browser.find_element(By.CSS_SELECTOR, "table.fit-weights")
    assert table.find_element(By.CSS_SELECTOR, "caption").text
    assert column_headers(table) == ["Reason", "Weight", "For channels"]
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    weights = [int(r.find_element(By.CSS_SELECTOR, ".weight").text.rstrip(" %")) for r in rows]
    fit = [int(r.find_element(By.CSS_SELECTOR, ".fit-weight").text.rstrip(" %")) for r in rows]
    assert fit == sharpened(weights, SCORING["sharpen"]), (weights, fit)
    assert f"power of {SCORING['sharpen']}" in browser.find_element(By.CSS_SELECTOR, ".sharpen").text
    formula = browser.find_element(By.CSS_SELECTOR, "ol.formula").text
    assert f"Minus {SCORING['outside_field_penalty']} for a specialist channel" in formula
    assert f"Plus {SCORING['situation_bonus']} if it especially suits your work situation" in formula
    assert "left out" in browser.find_element(By.CSS_SELECTOR, ".left-out").text
    assert f"under {SCORING['weak_below']} out of 100" in browser.find_element(By.CSS_SELECTOR, ".plan-rules").text
    check_axe(browser, "how it was calculated")
    assert page_problems(browser, served.origin) == []


def test_changing_only_what_you_do_changes_that_section_and_the_plan(browser, served):
    answers = complete(DESIGNER.answers)
    start(browser, served.url)
    answer_as(browser, answers)
    on_results(browser)
    before = behaviour_shown(browser)
    plan_before = plan_shown(browser)
    channels_before = main_channels(browser)
    headline_before = browser.find_element(By.CSS_SELECTOR, ".headline").text

    # Back to the first question about what they do, and on from there with other answers.
    first_how = next(i["id"] for i in ITEMS if i["layer"] == "how")
    browser.get(served.url + "#/q/" + first_how)
    on_question(browser, first_how)
    changed = busy(answers)
    answer_as(browser, changed)
    on_results(browser)
    after = check_behaviour(browser, changed)
    assert set(after["frequency"].values()) == {labels(first_how)[-1]}
    assert set(after["habits"].values()) == {"weak"}
    assert after["frequency"] != before["frequency"] and after["habits"] != before["habits"]
    plan_after = check_plan(browser)
    assert plan_after != plan_before, plan_after
    # A weak habit gets a step that builds it, and says so.
    assert any(line.startswith("It builds a habit") for _, _, serves in plan_after for line in serves), plan_after
    # Why they network and where to spend their time did not change.
    assert browser.find_element(By.CSS_SELECTOR, ".headline").text == headline_before
    assert main_channels(browser) == channels_before
    assert saved_data(browser)["current"]["answers"][first_how] == {"point": 5}
    check_axe(browser, "results after changing what you do")
    assert page_problems(browser, served.origin) == []


def test_the_answers_call_for_a_note_or_a_light_plan(browser, served):
    # Wants to be known but would rather never post: a boxed note says how, and at what cost.
    start(browser, served.url)
    answer_as(browser, quiet(complete(DESIGNER.answers)))
    on_results(browser)
    note = browser.find_element(By.CSS_SELECTOR, ".note[data-note=known_without_posting]")
    assert note.get_attribute("role") == "note"
    assert named_by(browser, note) == note.find_element(By.CSS_SELECTOR, "h3").text == "Becoming known without posting"
    assert "What you give up" in note.find_element(By.CSS_SELECTOR, ".cost").text
    # It sits with the channels, before what the person does now.
    assert browser.execute_script(
        "const n = document.querySelector('.note[data-note]');"
        "return n.previousElementSibling.matches('.where-to') && n.nextElementSibling.matches('.behaviour');"
    )
    assert browser.find_element(By.CSS_SELECTOR, ".headline").get_attribute("data-none-strong") == "false"
    assert not browser.find_elements(By.CSS_SELECTOR, ".plan-light")
    check_axe(browser, "results with a note")

    # No strong reason: the headline says so, and the plan is light and says why.
    browser.find_element(By.XPATH, "//button[normalize-space()='Take the assessment again']").click()
    on_question(browser)
    answer_as(browser, unsure(complete(DESIGNER.answers)))
    on_results(browser)
    headline = browser.find_element(By.CSS_SELECTOR, ".headline")
    assert headline.get_attribute("data-none-strong") == "true"
    assert headline.text.startswith("None of the three reasons is strong for you right now"), headline.text
    light = browser.find_element(By.CSS_SELECTOR, ".plan-section .plan-light")
    assert "this plan is light" in light.text
    assert 1 <= len(browser.find_elements(By.CSS_SELECTOR, ".plan > li")) <= 2
    assert not browser.find_elements(By.CSS_SELECTOR, ".note[data-note]")
    check_axe(browser, "results with a light plan")
    assert page_problems(browser, served.origin) == []


def test_an_earlier_result_from_older_questions_shows_what_it_said(browser, served, prelude):
    # Kept by an earlier version of the questions: its answers no longer make a full set.
    earlier = snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"])
    seed_once(prelude, stored([earlier]))
    browser.get(served.url + "#/results")
    wait_for(browser, f"document.activeElement && document.activeElement.id === 'results-title' && {SCREEN_DRAWN}")
    summary = browser.find_element(By.CSS_SELECTOR, ".earlier-summary")
    assert not browser.find_elements(By.CSS_SELECTOR, ".missing")
    assert "earlier version of the questions" in summary.find_element(By.CSS_SELECTOR, ".earlier-note").text
    assert summary.find_element(By.CSS_SELECTOR, ".earlier-note time").get_attribute("datetime") == "2026-01-05"
    headline = summary.find_element(By.CSS_SELECTOR, ".headline")
    assert headline.get_attribute("data-top") == "equipped" and "Better equipped" in headline.text
    channels = summary.find_element(By.CSS_SELECTOR, ".where-to")
    assert named_by(browser, channels) == channels.find_element(By.CSS_SELECTOR, "h2").text
    items = channels.find_elements(By.CSS_SELECTOR, "ol.channels > li")
    assert [li.get_attribute("data-channel") for li in items] == [c["channel"] for c in earlier["summary"]["channels"]]
    assert all(li.find_element(By.CSS_SELECTOR, ".tag.band").text == "Good fit" for li in items)
    check_axe(browser, "earlier result")
    # Its calculation cannot be shown, and the screen says so instead of asking questions.
    browser.get(served.url + "#/results/how")
    browser.refresh()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'how-title'")
    assert "earlier version of the questions" in browser.find_element(By.CSS_SELECTOR, ".how .earlier-note").text
    assert not browser.find_elements(By.CSS_SELECTOR, ".missing")
    # Taking it again starts at the first question.
    browser.get(served.url + "#/results")
    browser.refresh()
    wait_for(browser, "document.querySelector('.earlier-summary')")
    browser.find_element(By.XPATH, "//button[normalize-space()='Take the assessment again']").click()
    on_question(browser)
    assert page_problems(browser, served.origin) == []
