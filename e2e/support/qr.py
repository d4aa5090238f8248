"""QR codes in the end-to-end tests: the modules an SVG code draws, read back, and the texts
zbar decodes from an image of them or from a screenshot."""

import re
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By


def zbarimg():
    path = shutil.which("zbarimg")
    if not path:
        pytest.fail("zbarimg is missing: scripts/setup.sh test installs zbar-tools")
    return path


def screenshot_when_painted(browser, path):
    """Writes a screenshot of what the browser shows to `path`, once two frames have been
    drawn after everything the page has done so far (a busy WebKit can otherwise hand over
    an earlier frame)."""
    browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
    )
    path.write_bytes(browser.get_screenshot_as_png())


def decode(image_path):
    """The texts of the QR codes found in an image file (PNG or PGM), by zbar."""
    run = subprocess.run(
        [zbarimg(), "--quiet", "--raw", "--nodbus", "-Sdisable", "-Sqrcode.enable", str(image_path)],
        capture_output=True,
        text=True,
    )
    return run.stdout.splitlines()


def modules_of(svg):
    """The dark modules the join code's SVG draws, read back from its view box and path (one
    `M x y h n v1 h-n z` rectangle a run of dark modules in a row)."""
    side = int(svg.get_dom_attribute("viewBox").split()[2])
    grid = [[False] * side for _ in range(side)]
    path = svg.find_element(By.TAG_NAME, "path").get_attribute("d")
    for rect in filter(None, path.split("z")):
        x, y, run = (int(n) for n in re.findall(r"\d+", rect)[:3])
        for i in range(x, x + run):
            grid[y][i] = True
    return grid


def write_pgm(grid, path, scale=8):
    """Draws modules as a greyscale image, `scale` pixels a module, dark on white."""
    rows = b"".join(
        bytes(0 if dark else 255 for dark in row for _ in range(scale)) * scale for row in grid
    )
    width = len(grid[0]) * scale
    with open(path, "wb") as f:
        f.write(b"P5\n%d %d\n255\n" % (width, len(grid) * scale) + rows)
