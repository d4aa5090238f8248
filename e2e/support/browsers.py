"""Starts Chromium, Firefox or WebKit through their WebDriver servers, quiet and isolated:
each browser gets a fresh profile, and Chromium records the page's network events."""

import os
import shutil
import signal
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.firefox.service import Service as FirefoxService
from selenium.webdriver.webkitgtk.options import Options as WebKitOptions
from selenium.webdriver.webkitgtk.service import Service as WebKitService

ENGINES = ("chromium", "firefox", "webkit")

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=MediaRouter,OptimizationHints,Translate",
]
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
# Each driver starts in a process group of its own, with the browser it starts, so that
# `end` can stop both when the driver no longer answers.
OWN_GROUP = {"start_new_session": True}


def _tool(name, fallback):
    return shutil.which(name) or fallback


def launch(engine, profile_dir, width=1280, height=900, env=None, extra_args=(), prefs=None):
    """Returns a WebDriver session for `engine`; `env` is the environment of the driver and
    the browser it starts (None: this process's). `extra_args` go on Chromium's command line
    (e.g. a fake camera), `prefs` into Firefox's preferences."""
    if engine == "chromium":
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile_dir}")
        options.add_argument(f"--window-size={width},{height}")
        for arg in extra_args:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        service = ChromeService(executable_path=_tool("chromedriver", "/usr/bin/chromedriver"), env=env, popen_kw=OWN_GROUP)
        return webdriver.Chrome(options=options, service=service)
    if engine == "firefox":
        options = webdriver.FirefoxOptions()
        options.binary_location = _tool("firefox-esr", "/usr/bin/firefox-esr")
        options.add_argument("-headless")
        # WebDriver BiDi, for `set_viewport`: Firefox keeps a window at least 500 px wide.
        options.enable_bidi = True
        # A download does not open the downloads panel, which would take the keyboard from the page.
        options.set_preference("browser.download.alwaysOpenPanel", False)
        for name, value in (prefs or {}).items():
            options.set_preference(name, value)
        geckodriver = _tool("geckodriver", os.path.expanduser("~/.cargo/bin/geckodriver"))
        driver = webdriver.Firefox(options=options, service=FirefoxService(executable_path=geckodriver, env=env, popen_kw=OWN_GROUP))
        driver.set_window_size(width, height)
        return driver
    if engine == "webkit":
        options = WebKitOptions()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        service = WebKitService(
            executable_path=_tool("WebKitWebDriver", "/usr/bin/WebKitWebDriver"), env=env, popen_kw=OWN_GROUP
        )
        driver = webdriver.WebKitGTK(options=options, service=service)
        driver.set_window_size(width, height)
        return driver
    raise ValueError(f"unknown engine {engine!r}")


def set_viewport(driver, width, height):
    """Lays the page out at `width` × `height` CSS pixels: the window's size where the
    engine allows it, the viewport through WebDriver BiDi in Firefox (whose windows are
    never narrower than 500 px)."""
    if driver.engine == "firefox":
        driver.browsing_context.set_viewport(
            context=driver.current_window_handle, viewport={"width": width, "height": height}
        )
    else:
        driver.set_window_size(width, height)


def end(driver, seconds=30):
    """Quits the browser. A driver that does not answer within `seconds` (busy with a script
    that never returns, or hung) is killed with its browser, so the next test can run."""
    quitter = threading.Thread(target=driver.quit, daemon=True)
    quitter.start()
    quitter.join(seconds)
    if quitter.is_alive():
        try:
            os.killpg(driver.service.process.pid, signal.SIGKILL)
        except (ProcessLookupError, AttributeError):
            pass
