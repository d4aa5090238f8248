"""Fixtures for the end-to-end tests: the release build served on 127.0.0.1 with the test
probe, a virtual display for WebKit, and one fresh browser per test in each engine."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import static_server  # noqa: E402
from support.browsers import ENGINES, end, launch  # noqa: E402
from support.pwa import open_and_wait_until_offline_ready  # noqa: E402

DIST = os.environ.get("NETWHY_DIST", os.path.join(ROOT, "dist"))
PROBE = open(os.path.join(ROOT, "e2e", "support", "probe.js"), encoding="utf-8").read()


class Served:
    """The app as served for a test: its address and the paths the server was asked for."""

    def __init__(self, site, server):
        self.site = site
        self.server = server
        self.origin = f"http://127.0.0.1:{server.server_address[1]}"
        self.url = self.origin + site.base

    @property
    def requests(self):
        return list(self.site.requests)


@pytest.fixture(scope="session")
def served():
    if not os.path.isfile(os.path.join(DIST, "index.html")):
        pytest.exit(f"{DIST}/index.html is missing: run scripts/build.sh first", returncode=2)
    site = static_server.Site(DIST, "/", probe=PROBE)
    server = static_server.start(site)
    yield Served(site, server)
    server.shutdown()


@pytest.fixture
def prelude(served):
    """Sets a script that runs on every page load before the app (e.g. to seed or break
    storage); cleared after the test."""

    def set_prelude(script):
        served.site.prelude = script

    yield set_prelude
    served.site.prelude = ""


def _free_display():
    for number in range(99, 199):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(f"/tmp/.X{number}-lock"):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def display():
    """A virtual display for WebKit, which has no headless mode here."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    number = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket_path = f"/tmp/.X11-unix/X{number}"
    deadline = time.monotonic() + 20
    while not os.path.exists(socket_path):
        if xvfb.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    yield os.environ["DISPLAY"]
    xvfb.terminate()
    xvfb.wait()
    del os.environ["DISPLAY"]


@pytest.fixture(params=ENGINES)
def engine(request):
    return request.param


@pytest.fixture
def browser(engine, request):
    if engine == "webkit":
        request.getfixturevalue("display")
    profile = tempfile.mkdtemp(prefix=f"netwhy-{engine}-")
    # A test marked time_zone("Area/City") runs in a browser whose clock is in that zone.
    zone = request.node.get_closest_marker("time_zone")
    env = {**os.environ, "TZ": zone.args[0]} if zone else None
    driver = launch(engine, profile, env=env)
    driver.engine = engine
    yield driver
    end(driver)
    shutil.rmtree(profile, ignore_errors=True)



class OwnServer(Served):
    """A server of one test's own, which the test may stop (to be offline) or point at another
    build folder (to publish a new version)."""

    def __init__(self, site, server, folder):
        super().__init__(site, server)
        self.folder = folder
        self.stopped = False

    def serve_from(self, folder):
        self.folder = folder
        self.site.root = os.path.abspath(folder)

    def stop(self):
        if not self.stopped:
            self.stopped = True
            self.server.shutdown()
            self.server.server_close()

    @property
    def not_found(self):
        return list(self.site.not_found)


@pytest.fixture
def serve_build(tmp_path):
    """Starts servers of the test's own: `serve_build(base="/some/path/")` serves a fresh copy of
    the release build (or `folder=` another build) with the test probe, and returns an OwnServer."""
    if not os.path.isfile(os.path.join(DIST, "index.html")):
        pytest.exit(f"{DIST}/index.html is missing: run scripts/build.sh first", returncode=2)
    servers = []

    def start(base="/", folder=None):
        if folder is None:
            folder = str(tmp_path / f"build-{len(servers)}")
            shutil.copytree(DIST, folder)
        site = static_server.Site(folder, base, probe=PROBE)
        own = OwnServer(site, static_server.start(site), folder)
        servers.append(own)
        return own

    yield start
    for own in servers:
        own.stop()


@pytest.fixture
def offline_app(browser, serve_build):
    """The app visited once online, with its service worker in control and the whole build in
    its cache, and then its server stopped: returns that OwnServer. Reload (or `browser.get(
    offline_app.url)`) to use the app offline."""
    own = serve_build()
    open_and_wait_until_offline_ready(browser, own.url)
    own.stop()
    return own
