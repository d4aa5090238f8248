"""Light and dark: the colour schemes a screen is checked in (both in Chromium, which can
emulate the system's choice; light elsewhere), screenshots kept for a person to look at, and
axe in each scheme."""

import os

from support.flow import axe_violations


def schemes(browser):
    """The schemes this browser can show a page in, light first."""
    return ["light", "dark"] if browser.engine == "chromium" else ["light"]


def emulate_scheme(browser, scheme):
    """Has Chromium show the page as in a system set to `scheme`."""
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    assert browser.execute_script(f"return matchMedia('(prefers-color-scheme: {scheme})').matches;")


def each_scheme(browser):
    """Shows the page in each scheme in turn (yielding its name), then light again."""
    for scheme in schemes(browser):
        if browser.engine == "chromium":
            emulate_scheme(browser, scheme)
        yield scheme
    if browser.engine == "chromium":
        emulate_scheme(browser, "light")


def shot(browser, name):
    """Keeps a screenshot for a person to look at when NETWHY_SCREENSHOTS names a folder."""
    folder = os.environ.get("NETWHY_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        browser.save_screenshot(os.path.join(folder, f"{name}-{browser.engine}.png"))


def axe_in_each_scheme(browser, name):
    """axe finds nothing on the page in each scheme (a screenshot of each is kept)."""
    for scheme in each_scheme(browser):
        shot(browser, f"{name}-{scheme}")
        problems = axe_violations(browser)
        assert problems == [], f"{name}, {scheme}:\n" + "\n".join(problems)
