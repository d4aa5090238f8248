"""Starts Chromium, Firefox or WebKit through their WebDriver servers, quiet and isolated.

Each browser gets a fresh profile and sends everything but loopback traffic to the
refusing proxy, so a request to another origin cannot succeed and cannot go unnoticed.
"""

import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.common.proxy import Proxy, ProxyType
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


def _tool(name, fallback):
    return shutil.which(name) or fallback


def _proxy(port):
    address = f"127.0.0.1:{port}"
    return Proxy({"proxyType": ProxyType.MANUAL, "httpProxy": address, "sslProxy": address})


def launch(engine, proxy_port, profile_dir, width=1280, height=900):
    """Returns a WebDriver session for `engine`."""
    if engine == "chromium":
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in CHROMIUM_FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile_dir}")
        options.add_argument(f"--proxy-server=http://127.0.0.1:{proxy_port}")
        options.add_argument(f"--window-size={width},{height}")
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        service = ChromeService(executable_path=_tool("chromedriver", "/usr/bin/chromedriver"))
        return webdriver.Chrome(options=options, service=service)
    if engine == "firefox":
        options = webdriver.FirefoxOptions()
        options.binary_location = _tool("firefox-esr", "/usr/bin/firefox-esr")
        options.add_argument("-headless")
        options.proxy = _proxy(proxy_port)
        # Keep Firefox's own background traffic out of the picture.
        for pref, value in {
            "network.captive-portal-service.enabled": False,
            "network.connectivity-service.enabled": False,
            "app.normandy.enabled": False,
            "browser.safebrowsing.downloads.remote.enabled": False,
            "browser.safebrowsing.malware.enabled": False,
            "browser.safebrowsing.phishing.enabled": False,
            "extensions.getAddons.cache.enabled": False,
            "services.settings.server": "http://127.0.0.1:9/",
            "datareporting.healthreport.uploadEnabled": False,
            "toolkit.telemetry.enabled": False,
        }.items():
            options.set_preference(pref, value)
        geckodriver = _tool("geckodriver", os.path.expanduser("~/.cargo/bin/geckodriver"))
        driver = webdriver.Firefox(options=options, service=FirefoxService(executable_path=geckodriver))
        driver.set_window_size(width, height)
        return driver
    if engine == "webkit":
        options = WebKitOptions()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        options.proxy = _proxy(proxy_port)
        service = WebKitService(executable_path=_tool("WebKitWebDriver", "/usr/bin/WebKitWebDriver"))
        driver = webdriver.WebKitGTK(options=options, service=service)
        driver.set_window_size(width, height)
        return driver
    raise ValueError(f"unknown engine {engine!r}")
