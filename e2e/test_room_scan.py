"""Scanning room codes with the camera on the facilitator's tally (#/room/count). Chromium
plays a video file as its camera: two people's codes side by side are both counted, and
leaving the screen (or pressing Stop) ends every track of the camera. This Chromium has
no BarcodeDetector, so the codes are read by the app's own reader in its worker. When the
reader cannot load, the screen says so and typing stays. In Firefox (with its own fake
camera) and WebKit the scanner either scans or explains why the camera is unavailable,
with no error on the page. A camera refused (not allowed, none, in use) or no camera for
pages at all is explained in words in each engine, and typed codes are still counted."""

import os
import shutil
import tempfile

import pytest
import segno
from selenium.webdriver.common.by import By

from support.browsers import end, launch
from support.checks import page_problems, wait_for
from support.flow import axe_violations

# Two valid codes of two people (different nonces): what their results screens show.
CODES = ["4AK-B7H-6NM", "4AK-B7H-6PJ"]
SCREEN = "#/room/count"
SCANNER = ".scanner"
# Records every camera stream the page gets, so a test can see whether its tracks ended.
RECORD_STREAMS = """
(function () {
  window.__netwhyStreams = [];
  const devices = navigator.mediaDevices;
  if (!devices || !devices.getUserMedia) return;
  const original = devices.getUserMedia.bind(devices);
  devices.getUserMedia = (constraints) => original(constraints).then((stream) => {
    window.__netwhyStreams.push(stream);
    return stream;
  });
})();
"""
LIVE_TRACKS = (
    "window.__netwhyStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState !== 'ended').length"
)
ALL_ENDED = (
    "window.__netwhyStreams.length > 0 && window.__netwhyStreams.flatMap((s) => s.getTracks())"
    ".every((t) => t.readyState === 'ended')"
)


def write_y4m(path, texts, width=640, height=480, scale=8, frames=3):
    """A YUV4MPEG2 video (4:2:0) of the QR codes of `texts` side by side, dark on white:
    the luma plane of each frame, then both chroma planes at 128 (no colour)."""
    luma = bytearray([235] * (width * height))
    left = 16
    for text in texts:
        matrix = segno.make(text, error="m", micro=False).matrix
        side = len(matrix)
        top = (height - side * scale) // 2
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    for py in range(scale):
                        start = (top + y * scale + py) * width + left + x * scale
                        luma[start:start + scale] = bytes([16] * scale)
        left += (side + 8) * scale
    assert left - 8 * scale <= width, "the codes do not fit side by side"
    chroma = bytes([128] * (width // 2 * height // 2))
    with open(path, "wb") as f:
        f.write(b"YUV4MPEG2 W%d H%d F10:1 Ip A1:1 C420\n" % (width, height))
        for _ in range(frames):
            f.write(b"FRAME\n" + bytes(luma) + chroma + chroma)


# Firefox's test preferences: a fake camera (a moving coloured picture, no codes), allowed
# without asking.
FIREFOX_FAKE_CAMERA = {"media.navigator.streams.fake": True, "media.navigator.permission.disabled": True}


@pytest.fixture
def camera_browser(engine, request, tmp_path):
    """A browser with a fake camera: Chromium's plays a video of the two codes, Firefox's
    shows its own coloured picture; both are allowed without asking."""
    if engine == "webkit":
        pytest.skip("WebKit's MiniBrowser has no fake camera")
    video = tmp_path / "codes.y4m"
    write_y4m(video, CODES)
    profile = tempfile.mkdtemp(prefix=f"netwhy-camera-{engine}-")
    driver = launch(
        engine,
        profile,
        extra_args=[
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
        prefs=FIREFOX_FAKE_CAMERA,
    )
    driver.engine = engine
    yield driver
    end(driver)
    shutil.rmtree(profile, ignore_errors=True)


def open_screen(driver, url):
    driver.get(url + SCREEN)
    wait_for(driver, f"document.querySelector('{SCANNER} button')")


def start_scanning(driver):
    button = driver.find_element(By.CSS_SELECTOR, f"{SCANNER} button")
    assert button.text == "Scan codes with the camera"
    button.click()


def counted(driver):
    """How many people the tally has counted, as its screen says it."""
    return driver.execute_script(COUNT)


# The tally's count of people as its screen shows it.
COUNT = "return Number((document.querySelector('.tally-people[data-people]') || {dataset: {people: -1}}).dataset.people);"


@pytest.mark.parametrize("engine", ["chromium"])
def test_two_codes_in_front_of_the_camera_are_both_counted_and_leaving_stops_the_camera(
    camera_browser, served, prelude
):
    driver = camera_browser
    prelude(RECORD_STREAMS)
    open_screen(driver, served.url)
    assert counted(driver) == 0
    start_scanning(driver)
    wait_for(driver, f"document.querySelector('{SCANNER}').dataset.scan === 'scanning'")
    # The live picture is shown, and a Stop button in place of the start button.
    assert driver.execute_script(f"return !document.querySelector('{SCANNER} video').hidden;")
    assert driver.find_element(By.CSS_SELECTOR, f"{SCANNER} button").text == "Stop the camera"
    # Both people are counted from one picture, each once, however many frames show them.
    wait_for(driver, COUNT.removeprefix("return ").rstrip(";") + " === 2", timeout=60)
    assert driver.execute_script(f"return {LIVE_TRACKS};") > 0
    # This Chromium has no BarcodeDetector: the app's own reader read them, in its worker.
    assert driver.execute_script(f"return document.querySelector('{SCANNER}').dataset.reader;") == "app"
    assert counted(driver) == 2

    # Leaving the screen ends every track of the camera.
    driver.execute_script("location.hash = '#/';")
    wait_for(driver, ALL_ENDED)
    assert page_problems(driver, served.origin) == []


@pytest.mark.parametrize("engine", ["chromium"])
def test_stop_ends_the_camera_and_scanning_can_start_again(camera_browser, served, prelude):
    driver = camera_browser
    prelude(RECORD_STREAMS)
    open_screen(driver, served.url)
    start_scanning(driver)
    wait_for(driver, f"document.querySelector('{SCANNER}').dataset.scan === 'scanning'")
    driver.find_element(By.CSS_SELECTOR, f"{SCANNER} button").click()
    wait_for(driver, ALL_ENDED)
    assert driver.execute_script(f"return document.querySelector('{SCANNER} video').hidden;")
    assert driver.find_element(By.CSS_SELECTOR, f"{SCANNER} button").text == "Scan codes with the camera"
    start_scanning(driver)
    wait_for(driver, f"document.querySelector('{SCANNER}').dataset.scan === 'scanning' && {LIVE_TRACKS} === 1")
    # Axe finds nothing while the camera runs, in light and dark.
    for scheme in ("light", "dark"):
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )
        problems = axe_violations(driver)
        assert problems == [], f"{scheme}:\n" + "\n".join(problems)
    assert page_problems(driver, served.origin) == []


@pytest.mark.parametrize("engine", ["chromium"])
def test_a_reader_that_cannot_load_is_explained_and_the_camera_stops(camera_browser, serve_build, prelude):
    own = serve_build()
    os.remove(os.path.join(own.folder, "scanner_loader.js"))
    driver = camera_browser
    own.site.prelude = RECORD_STREAMS
    open_screen(driver, own.url)
    start_scanning(driver)
    wait_for(driver, f"document.querySelector('{SCANNER}').dataset.scan === 'fault'")
    message = driver.find_element(By.CSS_SELECTOR, f"{SCANNER} [role='status']").text
    assert message == "The code reader could not be loaded. Reload the page and try again. You can type the codes instead."
    wait_for(driver, ALL_ENDED)
    # The only problem is the missing file itself.
    problems = [p for p in page_problems(driver, own.origin) if "scanner_loader.js" not in p and "404" not in p]
    assert problems == []


@pytest.mark.parametrize("engine", ["firefox"])
def test_firefox_reads_its_camera_with_the_apps_reader(camera_browser, served, prelude):
    """Firefox has no BarcodeDetector: its frames go to the app's reader in the worker."""
    driver = camera_browser
    prelude(RECORD_STREAMS)
    open_screen(driver, served.url)
    start_scanning(driver)
    wait_for(driver, f"document.querySelector('{SCANNER}').dataset.scan === 'scanning'", timeout=60)
    assert driver.execute_script(f"return document.querySelector('{SCANNER}').dataset.reader;") == "app"
    assert counted(driver) == 0
    driver.execute_script("location.hash = '#/';")
    wait_for(driver, ALL_ENDED)
    assert page_problems(driver, served.origin) == []


def test_without_a_fake_camera_the_scanner_explains_or_scans_with_no_error(browser, served, prelude):
    """Firefox and WebKit as they are here, with no camera of their own: either the
    scanner scans, or it says why it cannot and that typing remains."""
    if browser.engine == "chromium":
        pytest.skip("Chromium scans with the fake camera above")
    prelude(RECORD_STREAMS)
    open_screen(browser, served.url)
    start_scanning(browser)
    state = wait_for(
        browser,
        f"['scanning', 'fault'].includes(document.querySelector('{SCANNER}').dataset.scan)"
        f" && document.querySelector('{SCANNER}').dataset.scan",
        timeout=60,
    )
    message = browser.find_element(By.CSS_SELECTOR, f"{SCANNER} [role='status']").text
    if state == "fault":
        assert message.endswith("You can type the codes instead."), message
        assert message != "You can type the codes instead."
    else:
        assert message.startswith("Hold each code up to the camera"), message
        browser.execute_script("location.hash = '#/';")
        wait_for(browser, ALL_ENDED)
    assert page_problems(browser, served.origin) == []


# What the browser says when the camera cannot be had, and what the scanner then says.
REFUSALS = {
    "NotAllowedError": "The camera was not allowed. To scan, allow the camera for this page in the browser's site settings and press the button again.",
    "NotFoundError": "No camera was found on this device.",
    "NotReadableError": "The camera is in use by another app or tab, or could not start. Close the other app and press the button again.",
    None: "This browser does not let pages use a camera here.",
}


@pytest.mark.parametrize("refusal", list(REFUSALS), ids=lambda r: r or "no-camera-api")
def test_a_camera_refused_denied_missing_or_busy_is_explained_and_typing_still_counts(browser, served, prelude, refusal):
    """The browser refuses the camera (the person said no, there is none, another app has it)
    or offers no camera to pages at all: the scanner says which in words, that codes can be
    typed instead, and a typed code is still counted."""
    if refusal is None:
        prelude("Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });")
    else:
        prelude(
            "navigator.mediaDevices.getUserMedia = () =>"
            f" Promise.reject(new DOMException('refused in the test', '{refusal}'));"
        )
    open_screen(browser, served.url)
    start_scanning(browser)
    wait_for(browser, f"document.querySelector('{SCANNER}').dataset.scan === 'fault'")
    message = browser.find_element(By.CSS_SELECTOR, f"{SCANNER} [role='status']").text
    assert message == REFUSALS[refusal] + " You can type the codes instead."
    browser.find_element(By.ID, "room-code").send_keys(CODES[0])
    wait_for(browser, "document.querySelector('.tally-people').textContent === '1 person counted'")
    assert page_problems(browser, served.origin) == []
