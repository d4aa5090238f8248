"""Helpers for the offline, install and update tests: waiting for the service worker, and
making a second build from a copy of the release build."""

import os
import shutil
import subprocess
import sys

from support.checks import APP_READY, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POSTBUILD = os.path.join(ROOT, "scripts", "pwa_postbuild.py")

WELCOME = APP_READY
CONTROLLED = "navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === 'activated'"
UPDATE_BUTTON = ".pwa-update__button--primary"


def open_and_wait_until_offline_ready(driver, url, timeout=60):
    """Opens the app and waits until its service worker controls the page: the worker only
    activates once the whole build is in its cache."""
    driver.get(url)
    wait_for(driver, WELCOME)
    wait_for(driver, CONTROLLED, timeout=timeout)
    # The test probe and prelude are not part of the build, so they are only in the runtime
    # cache once the page has fetched them through the worker; without them the offline page
    # could not report problems.
    driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "Promise.all([fetch('__probe.js'), fetch('__prelude.js')])"
        ".then(function () { done(true); }, function (e) { done(String(e)); });"
    )


def worker_scope(driver):
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "navigator.serviceWorker.getRegistration().then(function (r) { done(r ? r.scope : null); });"
    )


def cache_names(driver):
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "caches.keys().then(done, function (e) { done(['error: ' + e]); });"
    )


def postbuild(folder, **env):
    """Runs the post-build step (CSP hashes and service worker) again on a build folder."""
    subprocess.run(
        [sys.executable, POSTBUILD, folder],
        check=True,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
    )


def derive_build(source, target, marker, **env):
    """Makes a new version of the build in `target`: the page's <html> gets data-test-build=
    `marker` and the post-build step runs again, so the service worker's version changes."""
    shutil.copytree(source, target)
    index = os.path.join(target, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    html = html.replace('<html lang="en">', f'<html lang="en" data-test-build="{marker}">', 1)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    postbuild(target, **env)
    return target
