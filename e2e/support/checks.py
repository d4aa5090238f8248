"""Assertions shared by the end-to-end tests."""

from urllib.parse import urlsplit

from selenium.webdriver.support.ui import WebDriverWait


def wait_for(driver, script, timeout=20):
    """Waits until `script` (a JavaScript expression) is truthy and returns its value."""
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(f"return {script};")
    )


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page_problems(driver, origin, proxy):
    """Everything that went wrong on the page: console errors, uncaught errors, failed loads,
    policy violations, and any request to another origin."""
    problems = list(driver.execute_script("return window.__netwhyProbe || ['the probe did not run'];"))
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });"
    )
    problems += [f"request to another origin: {url}" for url in resources if _origin(url) != origin]
    problems += [f"request sent to the proxy: {line}" for line in proxy.take()]
    if driver.engine == "chromium":
        problems += [f"console: {e['message']}" for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return problems
