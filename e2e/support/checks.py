"""Assertions shared by the end-to-end tests."""

import json

from urllib.parse import urlsplit

from selenium.webdriver.support.ui import WebDriverWait


# The app has started, taken over the pre-rendered first screen and shows a page heading.
APP_READY = (
    "(function (app) { return !!app && !app.hasAttribute('data-prerendered') && !!document.querySelector('main h1'); })"
    "(document.getElementById('app'))"
)
# The results, how it is worked out, History, Your data and Room are drawn in steps, a frame
# apart (the heading first); each is marked busy until all are in, and focus moves to its
# heading only then.
SCREEN_DRAWN = "!document.querySelector('main [aria-busy]')"

# An async script that reads the file behind the download link matching `selector` (the probe
# keeps the Blob behind each blob: address); ends with the text, or "error: …".
READ_DOWNLOAD = """
const done = arguments[arguments.length - 1];
const link = document.querySelector(arguments[0]);
const blob = link && (window.__netwhyBlobs || {})[link.href];
if (!blob) { done('error: no file behind ' + arguments[0]); }
else { blob.text().then(done, (e) => done('error: ' + e)); }
"""

# Waits until the app says no change of this tab is waiting to be written (its root element's
# `data-saved` equals `data-revision`), then ends with what is stored under the app's key. It
# follows the app's own signal, not a copy of its write schedule, so a write that moved later
# is still waited for.
SAVED = """
const done = arguments[arguments.length - 1];
const root = document.documentElement;
const settled = () => {
  const revision = root.getAttribute('data-revision');
  return revision !== null && revision === root.getAttribute('data-saved');
};
if (settled()) { done(localStorage.getItem('netwhy')); }
else {
  const watch = new MutationObserver(() => {
    if (settled()) { watch.disconnect(); done(localStorage.getItem('netwhy')); }
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-revision', 'data-saved'] });
}
"""


def saved_text(driver):
    """What the app has saved for what the page shows now (None: nothing), once nothing
    is waiting to be written."""
    return driver.execute_async_script(SAVED)


def saved_data(driver):
    """What the app has saved, read as JSON once nothing is waiting to be written."""
    return json.loads(saved_text(driver))


# Scrolls an element to the middle of the view and says whether a click there would reach it
# (nothing laid over it, no layout still moving it).
CLEAR = """
const element = arguments[0];
element.scrollIntoView({ block: 'center' });
const box = element.getBoundingClientRect();
const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
return hit !== null && (hit === element || element.contains(hit));
"""


def click_when_clear(driver, element, timeout=10):
    """Clicks `element` once a click at its middle would reach it."""
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: d.execute_script(CLEAR, element))
    element.click()


def wait_for(driver, script, timeout=20):
    """Waits until `script` (a JavaScript expression) is truthy and returns its value."""
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(f"return {script};")
    )


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _chromium_requests(driver, origin):
    """Every request URL the app's pages sent, from Chromium's DevTools network events
    (leaving out the browser's own start page, which loads before the app)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            params = message["params"]
            if _origin(params.get("documentURL", "")) == origin:
                urls.append(params["request"]["url"])
    return urls


def page_problems(driver, origin):
    """Everything that went wrong on the page: console errors, uncaught errors, failed loads,
    and any request to another origin (seen by the report-only policy the test server
    sends, by Resource Timing, and in Chromium by its network events)."""
    problems = list(driver.execute_script("return window.__netwhyProbe || ['the probe did not run'];"))
    urls = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"
    )
    if driver.engine == "chromium":
        problems += [f"console: {e['message']}" for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        urls += _chromium_requests(driver, origin)
    local = ("data:", "blob:")
    problems += sorted(
        {f"request to another origin: {url}" for url in urls if not url.startswith(local) and _origin(url) != origin}
    )
    return problems
