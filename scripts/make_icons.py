#!/usr/bin/env python3
"""Draws the app's PNG icons from the SVG sources with headless Chromium.

    python3 scripts/make_icons.py            writes assets/icons/*.png
    python3 scripts/make_icons.py --check    fails if a PNG is missing or has the wrong size

The PNGs are committed, so building the app needs no rasterizer; run this again after
changing assets/icon.svg or assets/icon-maskable.svg.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ASSETS = os.path.join(ROOT, "assets")
OUT = os.path.join(ASSETS, "icons")

# (output file, source SVG, size in px). "icon" has rounded corners and a transparent outside;
# "icon-maskable" is full bleed, for launchers that cut their own shape and for iOS, which
# rounds the corners itself and shows transparency as black.
ICONS = [
    ("icon-192.png", "icon.svg", 192),
    ("icon-512.png", "icon.svg", 512),
    ("icon-maskable-192.png", "icon-maskable.svg", 192),
    ("icon-maskable-512.png", "icon-maskable.svg", 512),
    ("apple-touch-icon.png", "icon-maskable.svg", 180),
    ("favicon-32.png", "icon.svg", 32),
]

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--force-device-scale-factor=1",
    "--default-background-color=00000000",
]


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("make_icons: Chromium is needed to draw the icons (apt install chromium)")


def draw(browser, svg, size, target):
    with tempfile.TemporaryDirectory(prefix="netwhy-icon-") as profile:
        out = os.path.join(profile, "shot.png")
        subprocess.run(
            [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size},{size}",
             f"--screenshot={out}", "file://" + svg],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60,
        )
        if png_size(out) != (size, size):
            sys.exit(f"make_icons: Chromium drew {png_size(out)} instead of {size}x{size} for {target}")
        shutil.move(out, target)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs")
    args = parser.parse_args()
    problems = []
    browser = None if args.check else chromium()
    os.makedirs(OUT, exist_ok=True)
    for name, source, size in ICONS:
        target = os.path.join(OUT, name)
        if not args.check:
            draw(browser, os.path.join(ASSETS, source), size, target)
            print(f"{os.path.relpath(target, ROOT)}  {size}x{size}  from {source}")
        elif not os.path.isfile(target):
            problems.append(f"{name} is missing")
        elif png_size(target) != (size, size):
            problems.append(f"{name} is {png_size(target)}, expected {size}x{size}")
    if problems:
        sys.exit("make_icons: " + "; ".join(problems) + " (run scripts/make_icons.py)")


if __name__ == "__main__":
    main()
