"""German and Arabic in three engines: every screen of a whole assessment in the language
chosen, with no English left, nothing wider than a phone, no axe violations and, in Arabic, the
page right to left with Next and the scale mirrored; the same by keyboard alone; switching
mid-way keeps every answer and the page; the choice survives a reload and going offline; a first
visit follows the browser's languages; and a pseudo-language (accented, 40 % longer, right to
left) finds text the build shows without a translation and text that does not fit."""

import os

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support.browsers import end, launch, set_viewport
from support.checks import APP_READY, SCREEN_DRAWN, saved_data, wait_for
from support.flow import answer_as, axe_violations, on_question, on_results
from support.keys import DOWN, ENTER, SHIFT_TAB, SPACE, focus_on, heading_focused, press, tab_to
from support.languages import broken_words, english_left, overflow, plain_english_left, pseudo_language, shown
from support.personas import DESIGNER
from support.pwa import open_and_wait_until_offline_ready
from support.seed import seed_once, snapshot, stored

NAMES = {"en": "English", "de": "Deutsch", "ar": "العربية"}
# The screens reached from the site's navigation once there is a result.
SCREENS = (("#/results/how", "how-title"), ("#/history", "history-title"), ("#/data", "data-title"), ("#/room", None))


def narrowest(browser):
    """Lays the page out 320 px wide, or as narrow as the engine's window goes."""
    set_viewport(browser, 320, 800)
    return browser.execute_script("return window.innerWidth;")


def choose(browser, tag):
    """Chooses a language with the switch in the header, as a person would."""
    Select(browser.find_element(By.ID, "language")).select_by_value(tag)
    wait_for(browser, f"document.documentElement.lang === '{tag}' && document.querySelector('main h1')")


def check_screen(browser, tag, where, problems, axe=False):
    """Collects what is wrong with the screen shown in `tag`: English left, text cut or wider
    than the page, axe violations."""
    left = english_left(shown(browser), tag) if tag != "en" else []
    problems.extend(f"{where}: English left: {line}" for line in left)
    sideways, cut = overflow(browser)
    if sideways > 0:
        problems.append(f"{where}: the page scrolls sideways by {sideways} px")
    problems.extend(f"{where}: does not fit: {line}" for line in cut)
    if axe:
        problems.extend(f"{where}: {line}" for line in axe_violations(browser))


def walk(browser, url, check):
    """Every question as the designer of the persona table, then the results and the screens
    of the navigation, calling `check(where)` on each screen."""
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    while True:
        item = on_question(browser)
        check(f"question {item}")
        answer_as(browser, DESIGNER.answers, steps=1)
        if wait_for(browser, f"location.hash !== '#/q/{item}' && location.hash") == "#/results":
            break
    on_results(browser)
    check("results")
    for hash_, heading in SCREENS:
        browser.get(url + hash_)
        browser.refresh()
        wait_for(browser, APP_READY)
        wait_for(browser, SCREEN_DRAWN)
        if heading:
            wait_for(browser, f"document.activeElement && document.activeElement.id === '{heading}'")
        check(hash_)


@pytest.mark.parametrize("tag", ["de", "ar"])
def test_every_screen_speaks_the_language_chosen(browser, served, tag):
    width = narrowest(browser)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    assert browser.execute_script("return document.documentElement.lang;") == "en"
    # The switch names every language in its own words.
    options = browser.find_elements(By.CSS_SELECTOR, "#language option")
    assert {o.get_attribute("value"): o.text for o in options} == NAMES
    choose(browser, tag)
    direction = "rtl" if tag == "ar" else "ltr"
    assert browser.execute_script("return document.documentElement.dir;") == direction
    assert browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").text != "Start the assessment"
    problems = []
    check_screen(browser, tag, f"welcome at {width} px", problems, axe=True)
    # axe on the results, the screens of the navigation and one question of each kind.
    axe_on = {"results", "question known_recognised", "question priority_split", "question platforms"}
    axe_on |= {hash_ for hash_, _ in SCREENS}
    walk(browser, served.url, lambda where: check_screen(browser, tag, where, problems, axe=where in axe_on))
    assert problems == [], "\n".join(problems)
    # The result keeps ids, never words: the same designer's top motive, in this language.
    data = saved_data(browser)
    assert data["history"][-1]["summary"]["top"] == ["known"]


def test_right_to_left_mirrors_the_scale_next_and_the_chart(browser, served):
    set_viewport(browser, 800, 900)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    choose(browser, "ar")
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser, "known_recognised")
    answer_as(browser, DESIGNER.answers, steps=1)
    on_question(browser)
    box = "(s) => document.querySelector(s).getBoundingClientRect()"
    # Next (the way on) is on the left, Back on the right; the progress bar fills from the right.
    assert browser.execute_script(
        f"const r = {box}; return r('.flow-nav .button.primary').right < r('.flow-nav .button:not(.primary)').left;"
    )
    assert browser.execute_script(
        "const bar = document.querySelector('.progress'); if (!bar) return true;"
        "const fill = bar.querySelector('*'); if (!fill) return true;"
        "return Math.abs(fill.getBoundingClientRect().right - bar.getBoundingClientRect().right) <= 2;"
    )
    # Each option's text still belongs to its own answer: clicking the label of the fourth
    # point of the scale checks the input whose value is 4.
    labels = browser.find_elements(By.CSS_SELECTOR, ".option")
    labels[3].click()
    wait_for(browser, "document.querySelector('.option input:checked')")
    assert browser.execute_script("return document.querySelector('.option input:checked').value;") == "4"
    browser.get(served.url + "#/q/known_recognised")
    on_question(browser, "known_recognised")
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    # The chart's bars grow from the right edge, as the text reads.
    assert browser.execute_script(
        "const svg = document.querySelector('.chart svg').getBoundingClientRect();"
        "const bar = document.querySelector('.chart .score-bar').getBoundingClientRect();"
        "const label = document.querySelector('.chart .label').getBoundingClientRect();"
        "return Math.abs(bar.right - svg.right) < 2 && bar.left > svg.left + 2 && label.right <= svg.right + 2;"
    )


# Whether the −, the points and the + of every row of the split are side by side on one line.
SPLIT_TOGETHER = """
return Array.from(document.querySelectorAll('.split-row')).every((row) => {
  const boxes = Array.from(row.querySelectorAll('.step, .split-value')).map((e) => e.getBoundingClientRect());
  return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
});
"""


def test_large_text_in_german_on_a_narrow_screen_breaks_no_word(browser, served, prelude):
    # Two earlier results, so History compares them in its table.
    seed_once(
        prelude,
        stored([
            snapshot("2026-01-05T10:00:00.000Z", [40, 70, 55], ["equipped"]),
            snapshot("2026-03-05T10:00:00.000Z", [60, 50, 75], ["connected"]),
        ]),
    )
    width = narrowest(browser)
    browser.get(served.url)
    wait_for(browser, APP_READY)
    choose(browser, "de")
    # Text at twice its size, as a person's large-text setting makes it (the styles size
    # everything in rem and em).
    browser.execute_script("document.documentElement.style.fontSize = '200%';")
    problems = []

    def check(where, words):
        assert browser.execute_script("return document.documentElement.style.fontSize;") == "200%"
        sideways, _ = overflow(browser)
        if sideways > 0:
            problems.append(f"{where}: the page scrolls sideways by {sideways} px at {width} px")
        problems.extend(f"{where}: a word broken inside: {line}" for line in broken_words(browser, words))

    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser, "known_recognised")
    check("question", ".flow-nav .button")
    browser.execute_script("location.hash = '#/q/priority_split'")
    on_question(browser, "priority_split")
    check("split", ".flow-nav .button, .split-row")
    if not browser.execute_script(SPLIT_TOGETHER):
        problems.append("split: a row's −, points and + are not on one line")
    browser.execute_script("location.hash = '#/q/known_recognised'")
    on_question(browser, "known_recognised")
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    check("results", ".scores th")
    browser.execute_script("location.hash = '#/history'")
    wait_for(browser, f"location.hash === '#/history' && document.querySelector('.changes tbody tr') && {SCREEN_DRAWN}")
    check("history", ".changes th")
    assert problems == [], "\n".join(problems)


def test_switching_keeps_every_answer_and_the_page(browser, served):
    browser.get(served.url)
    wait_for(browser, APP_READY)
    browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    on_question(browser, "known_recognised")
    answer_as(browser, DESIGNER.answers, steps=3)
    item = on_question(browser)
    before = saved_data(browser)["current"]["answers"]
    browser.execute_script("window.__sameDocument = true;")
    english = browser.find_element(By.ID, "q-title").text
    choose(browser, "de")
    # Same question, same page (nothing reloaded), its words in German, the answers as they were.
    assert browser.execute_script("return location.hash;") == f"#/q/{item}"
    assert browser.execute_script("return window.__sameDocument === true;")
    wait_for(browser, f"document.getElementById('q-title') && document.getElementById('q-title').textContent !== {english!r}")
    assert saved_data(browser)["current"]["answers"] == before
    browser.back()
    browser.back()
    on_question(browser)
    checked = browser.execute_script("const i = document.querySelector('.option input:checked'); return i && i.value;")
    assert checked == DESIGNER.answers[browser.execute_script("return location.hash.slice(4);")]
    answer_as(browser, DESIGNER.answers)
    on_results(browser)
    german = browser.find_element(By.CSS_SELECTOR, ".results h1").text
    # Results and History are drawn again in the language chosen, from the same result.
    choose(browser, "ar")
    wait_for(browser, f"document.querySelector('.results h1') && document.querySelector('.results h1').textContent !== {german!r}")
    problems = []
    check_screen(browser, "ar", "results after switching", problems)
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelector('.history-list > li')")
    check_screen(browser, "ar", "history after switching", problems)
    assert problems == [], "\n".join(problems)


def test_by_keyboard_alone_in_arabic(browser, served):
    browser.get(served.url)
    wait_for(browser, APP_READY)
    heading_focused(browser, "welcome-title")
    # Back from the heading to the switch, then a key chooses Arabic (the languages are in the
    # order English, Arabic, German).
    tab_to(browser, "e.id === 'language'", limit=6, key=SHIFT_TAB)
    press(browser, DOWN)
    wait_for(browser, "document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl'")
    focus_on(browser, "e.id === 'language'")
    tab_to(browser, "e.matches('.welcome .button.primary')", limit=12)
    press(browser, ENTER)
    count = 0
    while True:
        item = wait_for(browser, "location.hash.startsWith('#/q/') && location.hash.slice(4)")
        heading_focused(browser, "q-title")
        wait_for(browser, f"document.querySelector('.question[data-item=\"{item}\"] .split, .question[data-item=\"{item}\"] .option')")
        if browser.find_elements(By.CSS_SELECTOR, ".split"):
            tab_to(browser, "e.matches('.split-row .step:last-of-type')", limit=4)
            press(browser, *[ENTER] * 10)
            wait_for(browser, "Array.from(document.querySelectorAll('.split-value')).map(e => e.textContent).join() === '10,0,0'")
        else:
            tab_to(browser, "e.matches('.option input')", limit=4)
            press(browser, SPACE)
            wait_for(browser, "document.querySelector('.option input:checked')")
        tab_to(browser, "e.matches('.flow-nav .button.primary')", limit=40)
        press(browser, ENTER)
        count += 1
        if wait_for(browser, f"location.hash !== '#/q/{item}' && location.hash") == "#/results":
            break
    heading_focused(browser, "results-title")
    problems = []
    check_screen(browser, "ar", "results by keyboard", problems)
    assert problems == [], "\n".join(problems)
    assert count > 20


def test_the_choice_survives_a_reload_and_going_offline(browser, serve_build):
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    choose(browser, "de")
    # The German texts are kept for offline use once used.
    browser.set_script_timeout(30)
    kept = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "(async () => { for (let i = 0; i < 200; i++) {"
        "  for (const name of await caches.keys()) {"
        "    const cache = await caches.open(name);"
        "    if (await cache.match(new URL('lang/de.json', location.href).href)) return true; }"
        "  await new Promise(r => setTimeout(r, 50)); } return false; })().then(done);"
    )
    assert kept, "lang/de.json is not in the service worker's cache"
    heading = browser.find_element(By.CSS_SELECTOR, "main h1").text
    browser.refresh()
    wait_for(browser, APP_READY)
    assert browser.execute_script("return document.documentElement.lang;") == "de"
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == heading
    own.stop()
    browser.get(own.url)
    wait_for(browser, APP_READY)
    assert browser.execute_script("return document.documentElement.lang;") == "de"
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == heading
    # Arabic was never used here: offline, it cannot be had, the app says so and stays German.
    Select(browser.find_element(By.ID, "language")).select_by_value("ar")
    wait_for(browser, "document.querySelector('.notice')")
    assert browser.execute_script("return document.documentElement.lang;") == "de"
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == heading
    assert browser.execute_script("return document.getElementById('language').value;") == "de"


# Holds the app's WebAssembly until the test lets it go, as a slow connection would.
HOLD_THE_APP = """
const held = new Promise((go) => { window.__letGo = go; });
for (const name of ['instantiateStreaming', 'instantiate']) {
  const real = WebAssembly[name];
  WebAssembly[name] = function (...args) { return held.then(() => real.apply(this, args)); };
}
"""


def test_a_language_picked_before_the_app_has_started_is_taken_and_kept(browser, served, prelude):
    prelude(HOLD_THE_APP)
    browser.get(served.url)
    picker = wait_for(browser, "document.querySelector('#app[data-prerendered] #language')")
    Select(picker).select_by_value("de")
    browser.execute_script("window.__letGo();")
    wait_for(browser, APP_READY)
    wait_for(browser, "document.documentElement.lang === 'de' && document.querySelector('main h1')")
    heading = browser.find_element(By.CSS_SELECTOR, "main h1").text
    assert heading == "Warum netzwerkst du, und wo lohnt sich deine Zeit?", heading
    assert browser.execute_script("return document.getElementById('language').value;") == "de"
    # Kept as the person's choice, like one made once the app is running.
    prelude("")
    browser.refresh()
    wait_for(browser, APP_READY)
    wait_for(browser, "document.documentElement.lang === 'de' && document.querySelector('main h1')")
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == heading


def test_a_first_visit_follows_the_browsers_languages(engine, served, tmp_path):
    if engine == "webkit":
        pytest.skip("WebKitGTK takes the page's languages from the system's locale, and this machine has only C and POSIX")
    wanted = "fr-CA,de-AT,en"
    if engine == "chromium":
        driver = launch(engine, str(tmp_path), extra_args=["--lang=de-AT", "--accept-lang=" + wanted])
    else:
        driver = launch(engine, str(tmp_path), prefs={"intl.accept_languages": wanted})
    driver.engine = engine
    try:
        driver.get(served.url)
        wait_for(driver, APP_READY)
        languages = driver.execute_script("return navigator.languages || [navigator.language];")
        assert any(tag.lower().startswith("de") for tag in languages), languages
        wait_for(driver, "document.documentElement.lang === 'de'")
        assert driver.execute_script("return document.getElementById('language').value;") == "de"
    finally:
        end(driver)


def test_a_pseudo_language_finds_text_without_a_translation_and_text_that_does_not_fit(browser, serve_build):
    own = serve_build()
    with open(os.path.join(own.folder, "lang", "ar.json"), "w", encoding="utf-8") as f:
        f.write(pseudo_language("ar"))
    width = narrowest(browser)
    browser.get(own.url)
    wait_for(browser, APP_READY)
    choose(browser, "ar")
    assert "⟦" in browser.find_element(By.CSS_SELECTOR, "main h1").text
    problems = []

    def check(where):
        problems.extend(f"{where}: shown without a translation: {line}" for line in plain_english_left(shown(browser)))
        sideways, cut = overflow(browser)
        if sideways > 0:
            problems.append(f"{where}: the page scrolls sideways by {sideways} px at {width} px")
        problems.extend(f"{where}: does not fit: {line}" for line in cut)

    check("welcome")
    walk(browser, own.url, check)
    assert problems == [], "\n".join(problems)
