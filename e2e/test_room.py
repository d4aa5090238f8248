"""The facilitator's screen (#/room): reached by keyboard from the welcome screen and the
site navigation; its join code decodes to the page's own address, wherever the app is served
from (read back from the SVG's modules, and from what the browser drew); the code and the
address stay in view on a projector's 1280×720 and 1920×1080; axe finds nothing in light
and dark; the printed poster holds the code, the address and one line on one A4 or Letter
page, and nothing else of the screen."""

import base64
import os
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from support.browsers import set_viewport
from support.checks import APP_READY, page_problems, wait_for
from support.flow import axe_violations
from support.keys import ENTER, SHIFT_TAB, heading_focused, press, tab_to
from support.qr import decode, modules_of, screenshot_when_painted, write_pgm
from support.schemes import each_scheme, shot

READY = "document.activeElement && document.activeElement.id === 'room-title' && document.querySelector('svg.join-code path')"
POSTER_LINE = "Scan to find out why you network and where to spend your time. Your answers stay on your phone."


def test_the_facilitators_screen_is_reached_by_keyboard_from_the_welcome_screen(browser, served):
    browser.get(served.url)
    wait_for(browser, APP_READY)
    tab_to(browser, "e.matches('.welcome .room-link a')", limit=12)
    press(browser, ENTER)
    heading_focused(browser, "room-title")
    wait_for(browser, "location.hash === '#/room' && document.querySelector('svg.join-code path')")
    # The navigation marks the screen, and the poster's button is next along.
    current = browser.find_element(By.CSS_SELECTOR, ".site-nav a[aria-current='page']")
    assert current.get_attribute("hash") == "#/room" and current.text == "Workshop"
    tab_to(browser, "e.matches('.room button') && e.textContent === 'Print a poster'", limit=3)
    # Home, and back by the site navigation, whose last link it is (just before the heading).
    browser.get(served.url + "#/")
    browser.refresh()
    heading_focused(browser, "welcome-title")
    tab_to(browser, "e.matches(\".site-nav a[href='#/room']\")", limit=2, key=SHIFT_TAB)
    press(browser, ENTER)
    heading_focused(browser, "room-title")
    assert page_problems(browser, served.origin) == []


@pytest.mark.parametrize("base", ["/", "/workshops/room-4/"])
def test_the_join_code_decodes_to_the_pages_own_address(browser, serve_build, base, tmp_path):
    own = serve_build(base=base)
    browser.get(own.url + "#/room")
    wait_for(browser, READY)
    address = browser.execute_script("return location.origin + location.pathname;")
    assert address == own.url and "#" not in address

    svg = browser.find_element(By.CSS_SELECTOR, "svg.join-code")
    # An image with a name that says what it is and where it leads, for screen readers too.
    assert svg.get_attribute("role") == "img"
    shown = browser.find_element(By.CSS_SELECTOR, ".join-address .address").text
    # The address as people type it: a site at the root of its host without its last "/".
    assert shown == (address.removesuffix("/") if base == "/" else address)
    label = svg.get_attribute("aria-label")
    assert label == f"QR code that opens netwhy at {shown}"
    assert browser.execute_script("return arguments[0].querySelector('title').textContent;", svg) == label

    # The modules the SVG draws, read back and decoded.
    grid = modules_of(svg)
    assert not any(grid[y][x] for y in range(4) for x in range(len(grid))), "the quiet zone is light"
    write_pgm(grid, tmp_path / "modules.pgm")
    assert decode(tmp_path / "modules.pgm") == [address]

    # What the browser drew, as a camera would see the screen. (The whole view, not the
    # element: WebKitGTK's driver crops element screenshots from the wrong place.)
    assert browser.execute_script(
        "const b = arguments[0].getBoundingClientRect();"
        "return b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;",
        svg,
    ), "the whole code is in view"
    screenshot_when_painted(browser, tmp_path / "drawn.png")
    assert decode(tmp_path / "drawn.png") == [address]
    assert page_problems(browser, own.origin) == []


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_on_a_projector_the_code_and_address_stay_in_view_and_axe_finds_nothing(browser, served, size):
    width, height = size
    set_viewport(browser, width, height)
    # A window's size includes the browser's own bars: grow it until the page has the height.
    inner = browser.execute_script("return window.innerHeight;")
    if inner != height and browser.engine != "firefox":
        browser.set_window_size(width, 2 * height - inner)
    browser.get(served.url + "#/room")
    wait_for(browser, READY)
    if browser.execute_script("return [window.innerWidth, window.innerHeight];") != [width, height]:
        pytest.skip(f"the {browser.engine} window cannot be made {width}×{height} on this display")
    for scheme in each_scheme(browser):
        browser.execute_script("window.scrollTo(0, 0);")
        # Without scrolling, the code and the address are in view, and the code is large.
        boxes = browser.execute_script(
            "return ['svg.join-code', '.join-address .address', '.room h1'].map(s => {"
            "  const b = document.querySelector(s).getBoundingClientRect();"
            "  return {top: b.top, bottom: b.bottom, left: b.left, right: b.right, height: b.height};"
            "});"
        )
        inner_height = browser.execute_script("return window.innerHeight;")
        for box in boxes:
            assert 0 <= box["top"] and box["bottom"] <= inner_height and box["right"] <= width, (scheme, boxes)
        assert boxes[0]["height"] >= 0.5 * inner_height, boxes[0]
        # The code stays dark on white in both schemes: what a phone's camera reads best.
        fill = browser.execute_script(
            "const svg = document.querySelector('svg.join-code');"
            "return [svg.querySelector('rect').getAttribute('fill'), svg.querySelector('path').getAttribute('fill')];"
        )
        assert fill == ["#ffffff", "#000000"]
        shot(browser, f"room-{width}x{height}-{scheme}")
        problems = axe_violations(browser)
        assert problems == [], f"{scheme}:\n" + "\n".join(problems)
    assert page_problems(browser, served.origin) == []


PAPER = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}


@pytest.mark.parametrize("engine", ["chromium"])
@pytest.mark.parametrize("paper", sorted(PAPER))
def test_the_poster_prints_the_code_the_address_and_one_line_on_one_page(browser, served, paper, tmp_path):
    tools = {name: shutil.which(name) for name in ("pdftotext", "pdfinfo", "pdftoppm")}
    if not all(tools.values()):
        pytest.fail("poppler-utils is missing: scripts/setup.sh test installs it")
    browser.get(served.url + "#/room")
    wait_for(browser, READY)
    address = browser.execute_script("return location.origin + location.pathname;")
    options = PrintOptions()
    options.page_width, options.page_height = PAPER[paper]
    options.background = True
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(base64.b64decode(browser.print_page(options)))

    info = subprocess.run([tools["pdfinfo"], str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info, info
    text = subprocess.run([tools["pdftotext"], str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    assert address.removesuffix("/") in words
    assert POSTER_LINE in words
    for screen_only in ("Workshop", "Find out why you network", "Print a poster", "Three reasons",
                        "Better known", "Scan the code with", "no server"):
        assert screen_only not in words, screen_only

    # The printed code scans: the page drawn at 150 dpi, decoded.
    subprocess.run([tools["pdftoppm"], "-r", "150", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(p for p in os.listdir(tmp_path) if p.startswith("page"))
    assert len(pages) == 1
    if os.environ.get("NETWHY_SCREENSHOTS"):
        shutil.copy(tmp_path / pages[0], os.path.join(os.environ["NETWHY_SCREENSHOTS"], f"poster-{paper}.png"))
    assert decode(tmp_path / pages[0]) == [address]
    assert page_problems(browser, served.origin) == []
