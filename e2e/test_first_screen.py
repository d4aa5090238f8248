"""The first screen is real HTML in the page: it shows before the WebAssembly has loaded, in
the language the device chose or the browser prefers, and the app takes it over without a
second copy or a shift, in each engine."""

import json
import os
import tomllib

import pytest
from selenium.webdriver.common.by import By

from support.browsers import set_viewport
from support.checks import page_problems, wait_for
from support.schemes import each_scheme

# Keeps the WebAssembly from ever starting, as on a connection where it is still downloading.
HOLD_WASM = """
WebAssembly.instantiateStreaming = function () { return new Promise(function () {}); };
WebAssembly.instantiate = function () { return new Promise(function () {}); };
"""
VISIBLE = (
    "(function (el) { return el && el.getBoundingClientRect().height > 0"
    " && getComputedStyle(el).visibility === 'visible'; })"
)


def test_the_welcome_screen_shows_before_the_webassembly_runs(browser, served, prelude):
    prelude(HOLD_WASM)
    browser.get(served.url)
    heading = wait_for(browser, f"{VISIBLE}(document.querySelector('main h1')) && document.querySelector('main h1')")
    assert "Why do you network" in heading.text
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "never leave this device" in main and "About 10 minutes" in main
    assert browser.find_element(By.CSS_SELECTOR, ".welcome .button.primary").is_displayed()
    assert browser.execute_script("return document.getElementById('app').hasAttribute('data-prerendered');")


def title_in(tag):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "content", f"{tag}.toml"), "rb") as f:
        return tomllib.load(f)["terms"]["ui.welcome.title"]


@pytest.mark.parametrize("tag", ["de", "ar"])
def test_the_welcome_screen_shows_in_the_language_kept_before_the_webassembly_runs(browser, served, prelude, tag):
    prelude(HOLD_WASM + f"localStorage.setItem('netwhy.language', '{tag}');")
    browser.get(served.url)
    heading = wait_for(browser, f"{VISIBLE}(document.querySelector('main h1')) && document.querySelector('main h1')")
    assert heading.text == title_in(tag)
    assert browser.execute_script("return [document.documentElement.lang, document.documentElement.dir];") == [
        tag,
        "rtl" if tag == "ar" else "ltr",
    ]
    assert browser.execute_script("return document.querySelectorAll('main h1').length;") == 1
    assert "About 10 minutes" not in browser.find_element(By.TAG_NAME, "main").text
    assert browser.execute_script("return document.getElementById('app').hasAttribute('data-prerendered');")


def test_a_deep_link_hides_the_welcome_until_the_app_has_the_right_screen(browser, served, prelude):
    prelude(HOLD_WASM)
    browser.get(served.url + "#/results")
    wait_for(browser, "document.documentElement.classList.contains('deep-link')")
    assert browser.execute_script(f"return !{VISIBLE}(document.querySelector('main h1'));")


@pytest.mark.parametrize("tag", ["en", "de"])
def test_the_app_takes_over_the_first_screen_without_a_copy_or_a_shift(browser, served, prelude, tag):
    # The app is drawn in several tasks: at no change of the page, once it has been read, may the
    # page show a first screen without its header, heading or footer.
    watch = (
        "window.__halfDrawn = [];"
        "new MutationObserver(function () {"
        " if (document.readyState === 'loading') return;"
        " var app = document.getElementById('app');"
        " var missing = app ? ['header', 'main h1', 'footer'].filter(function (s) { return !app.querySelector(s); })"
        "  : ['#app'];"
        " if (missing.length) window.__halfDrawn.push(missing.join(', '));"
        "}).observe(document, { childList: true, subtree: true });"
    )
    prelude(watch if tag == "en" else f"localStorage.setItem('netwhy.language', '{tag}');" + watch)
    if browser.engine == "chromium":
        browser.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument",
            {
                "source": "window.__shift = 0; new PerformanceObserver(function (list) {"
                " list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.__shift += e.value; });"
                " }).observe({type: 'layout-shift', buffered: true});"
            },
        )
    browser.get(served.url)
    wait_for(browser, "!document.getElementById('app').hasAttribute('data-prerendered')")
    wait_for(browser, "document.activeElement && document.activeElement.id === 'welcome-title'")
    assert browser.find_element(By.CSS_SELECTOR, "main h1").text == title_in(tag)
    counts = browser.execute_script(
        "return ['h1', 'header', 'main', 'footer', '.welcome'].map(function (s) {"
        " return document.querySelectorAll(s).length; });"
    )
    assert counts == [1, 1, 1, 1, 1]
    assert browser.execute_script("return window.__halfDrawn;") == []
    if browser.engine == "chromium":
        assert browser.execute_script("return window.__shift;") == 0
    assert page_problems(browser, served.origin) == []


# Keeps the stylesheets in the page's template (#later) from ever being added: the page as it is
# painted first, from its own inline styles.
HOLD_LATER = """
new MutationObserver(function (changes, observer) {
  var later = document.getElementById('later');
  if (later) { later.id = 'held'; observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });
"""
# Every computed property of the page, its body and every element of the first screen, in
# document order (the update banner's live region joins the page with its script, later).
COMPUTED = """
return JSON.stringify([document.documentElement].concat(Array.from(document.querySelectorAll('body, #app, #app *')))
  .map(function (el) {
    var style = getComputedStyle(el), props = {};
    for (var i = 0; i < style.length; i++) props[style[i]] = style.getPropertyValue(style[i]);
    return [el.tagName.toLowerCase() + ' ' + (el.getAttribute('class') || ''), props];
  }));
"""
STYLES_IN = (
    "document.getElementById('later') === null && Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
    ".every(function (l) { return l.sheet; }) && document.styleSheets.length > 1"
)


def computed_in_each_layout(browser):
    seen = {}
    for width in (320, 1280):
        set_viewport(browser, width, 900)
        for scheme in each_scheme(browser):
            seen[(width, scheme)] = browser.execute_script(COMPUTED)
    return seen


@pytest.mark.parametrize("tag", ["en", "ar"])
def test_the_first_screen_looks_the_same_before_and_after_the_rest_of_the_styles(browser, served, prelude, tag):
    # The first paint uses only the page's inline styles; the stylesheets come after it and must
    # not change a single property of what is on the first screen, at a phone's and a laptop's
    # width, in light and dark.
    language = "" if tag == "en" else f"localStorage.setItem('netwhy.language', '{tag}');"
    prelude(HOLD_WASM + HOLD_LATER + language)
    browser.get(served.url)
    wait_for(browser, f"{VISIBLE}(document.querySelector('main h1'))")
    assert browser.execute_script("return document.styleSheets.length;") == 1, "only the inline styles"
    assert browser.execute_script("return getComputedStyle(document.querySelector('.button.primary')).display;") != "inline"
    first = computed_in_each_layout(browser)

    prelude(HOLD_WASM + language)
    browser.get(served.url)
    wait_for(browser, STYLES_IN)
    full = computed_in_each_layout(browser)

    for layout, before in first.items():
        before, after = json.loads(before), json.loads(full[layout])
        assert [name for name, _ in before] == [name for name, _ in after]
        changed = [
            f"{name} {prop}: {props[prop]!r} -> {after[i][1].get(prop)!r}"
            for i, (name, props) in enumerate(before)
            for prop in props
            if props[prop] != after[i][1].get(prop)
        ]
        assert changed == [], f"{layout}: {changed[:10]}"


def test_nothing_but_the_page_comes_before_the_first_paint(browser, served):
    browser.get(served.url)
    wait_for(browser, "!document.getElementById('app').hasAttribute('data-prerendered')")
    paint = browser.execute_script(
        "var p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null;"
    )
    if paint is None:
        pytest.skip(f"{browser.engine} reports no paint timing")
    early = browser.execute_script(
        "return performance.getEntriesByType('resource').filter(function (r) {"
        " return /\\.(css|js|wasm)$/.test(new URL(r.name).pathname) && !/__(probe|prelude)\\.js$/.test(r.name)"
        " && r.startTime < arguments[0]; }).map(function (r) { return r.name; });",
        paint,
    )
    assert early == []
    # The browser fetches a manifest or an icon without telling the page (no resource timing):
    # the page as served links nothing but what waits in #later or serves only without scripts
    # (and an empty icon in a data: address until the real ones are in; the tests' own probe
    # scripts aside).
    fetching = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(location.href).then(function (r) { return r.text(); }).then(function (text) {"
        " var page = new DOMParser().parseFromString(text, 'text/html');"
        " done([].slice.call(page.querySelectorAll('link[href], script[src], img[src]'))"
        "  .filter(function (el) { var to = el.getAttribute('href') || el.getAttribute('src');"
        "   return !el.closest('noscript') && !/^data:|__(probe|prelude)\\.js$/.test(to); })"
        "  .map(function (el) { return el.outerHTML; })); });"
    )
    assert fetching == []
    # And once the app runs they are all there: the styles, the manifest and the icons.
    linked = browser.execute_script(
        "return [].map.call(document.head.querySelectorAll('link'), function (l) { return l.rel; }).sort();"
    )
    assert linked == ["apple-touch-icon", "icon", "icon", "manifest", "stylesheet", "stylesheet"]
