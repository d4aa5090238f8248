"""Driving the app by keyboard alone: keys go to whatever has focus, as a person's would,
and the tests read (never set) where focus is."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from .checks import SCREEN_DRAWN, wait_for

TAB = Keys.TAB
SHIFT_TAB = Keys.SHIFT + Keys.TAB
ENTER = Keys.ENTER
SPACE = Keys.SPACE
DOWN = Keys.ARROW_DOWN
UP = Keys.ARROW_UP


def press(driver, *keys):
    """Presses each key in turn on the element that has focus (never moving focus by
    script: a key pressed on the active element is what a keyboard does)."""
    for key in keys:
        driver.switch_to.active_element.send_keys(key)


def press_as_keyboard(driver, *keys):
    """Presses each key through the Actions API, which types into whatever has focus
    without naming an element: for a file input, whose element send_keys chooses files."""
    actions = ActionChains(driver)
    for key in keys:
        actions.send_keys(key)
    actions.perform()


def focus_on(driver, test, timeout=20):
    """Waits until the focused element passes `test`, a JavaScript expression about `e`
    (the focused element); returns it."""
    return wait_for(
        driver,
        f"(function (e) {{ return e && e !== document.body && ({test}) ? e : null; }})(document.activeElement)",
        timeout=timeout,
    )


def focused(driver):
    """A short description of the focused element, for failure messages."""
    return driver.execute_script(
        "var e = document.activeElement; if (!e) return 'nothing';"
        "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
        " + (e.getAttribute('aria-label') ? ' [' + e.getAttribute('aria-label') + ']' : '')"
        " + ' ' + (e.textContent || e.value || '').trim().slice(0, 60);"
    )


def heading_focused(driver, heading_id, timeout=20):
    """Waits until the screen's heading (`main h1` with this id) has focus, as the app
    moves it there after every change of screen (on a screen drawn in steps, once all of them
    are in)."""
    return focus_on(driver, f"e.id === '{heading_id}' && e.matches('main h1') && {SCREEN_DRAWN}", timeout=timeout)


def tab_to(driver, test, limit=12, key=TAB):
    """Presses Tab (or `key`) until the focused element passes `test` (a JavaScript
    expression about `e`); returns how many presses it took. Fails after `limit`."""
    check = f"(function (e) {{ return Boolean(e && ({test})); }})(document.activeElement)"
    for presses in range(1, limit + 1):
        press(driver, key)
        if driver.execute_script(f"return {check};"):
            return presses
    raise AssertionError(f"{limit} presses of {key!r} never reached {test}; focus is on {focused(driver)}")
