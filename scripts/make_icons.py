#!/usr/bin/env python3
"""Draws the app's PNG icons from the SVG sources with headless Chromium.

    python3 scripts/make_icons.py               writes assets/icons/*.png
    python3 scripts/make_icons.py --check       fails if a PNG is missing or has the wrong size
    python3 scripts/make_icons.py --recompress  only re-encodes the committed PNGs (same pixels)

The PNGs are committed, so building the app needs no rasterizer; run this again after
changing assets/icon.svg or assets/icon-maskable.svg. Chromium's screenshots are re-encoded
losslessly with the standard library alone (the row filters and zlib settings that deflate
smallest, a palette where the icon has at most 256 colours, no extra chunks), since the
service worker precaches every icon.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

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


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Bytes per pixel of the 8-bit colour types: grey, RGB, palette, grey + alpha, RGBA.
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def png_chunks(data):
    if data[:8] != PNG_SIGNATURE:
        raise ValueError("not a PNG")
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        yield data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        at += 12 + length


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def unfilter(raw, width, height, bpp):
    """The rows of pixel bytes of a decompressed, filtered, non-interlaced image."""
    stride = width * bpp
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, row = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for x in range(stride):
            a = row[x - bpp] if x >= bpp else 0
            b = previous[x]
            c = previous[x - bpp] if x >= bpp else 0
            row[x] = (row[x] + (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 255
        rows.append(bytes(row))
        previous = row
    return rows


def read_png(path):
    """(width, height, RGBA pixel rows) of an 8-bit, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    idat, palette, alpha = b"", b"", b""
    for kind, body in png_chunks(data):
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"tRNS":
            alpha = body
        elif kind == b"IDAT":
            idat += body
    if depth != 8 or interlace or colour not in CHANNELS:
        raise ValueError(f"{path}: only 8-bit, non-interlaced PNGs are handled")
    rows = unfilter(zlib.decompress(idat), width, height, CHANNELS[colour])
    if colour == 3:
        colours = [palette[i : i + 3] + (alpha[i // 3 : i // 3 + 1] or b"\xff") for i in range(0, len(palette), 3)]
        rows = [b"".join(colours[i] for i in row) for row in rows]
    elif colour != 6:
        expand = {
            0: lambda p: p * 3 + b"\xff",
            2: lambda p: p + b"\xff",
            4: lambda p: p[:1] * 3 + p[1:],
        }[colour]
        n = CHANNELS[colour]
        rows = [b"".join(expand(row[i : i + n]) for i in range(0, len(row), n)) for row in rows]
    return width, height, rows


def filtered(rows, bpp):
    """Each row under each of the five PNG filters."""
    out, previous = [], bytes(len(rows[0]))
    for row in rows:
        choices = []
        for kind in range(5):
            line = bytearray(len(row))
            for x in range(len(row)):
                a = row[x - bpp] if x >= bpp else 0
                b = previous[x]
                c = previous[x - bpp] if x >= bpp else 0
                line[x] = (row[x] - (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 255
            choices.append(bytes([kind]) + bytes(line))
        out.append(choices)
        previous = row
    return out


def spread(line):
    """How far a filtered row's bytes are from zero, as signed bytes."""
    return sum(v if v < 128 else 256 - v for v in line[1:])


def smallest_idat(rows, bpp):
    """The smallest zlib stream of the rows over one filter for all rows, or the usual
    heuristic (per row, the filter with the smallest sum of signed bytes), and two zlib
    strategies at the highest level."""
    choices = filtered(rows, bpp)
    streams = [b"".join(min(c, key=spread) for c in choices)]
    streams += [b"".join(c[kind] for c in choices) for kind in range(5)]
    best = None
    for raw in streams:
        for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED):
            packer = zlib.compressobj(9, zlib.DEFLATED, 15, 9, strategy)
            packed = packer.compress(raw) + packer.flush()
            if best is None or len(packed) < len(best):
                best = packed
    return best


def png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def encode_png(width, height, rows):
    """The smallest PNG this script can make of RGBA rows, without changing a pixel: RGBA,
    RGB if every pixel is opaque, or a palette if there are at most 256 colours."""
    pixels = [row[i : i + 4] for row in rows for i in range(0, len(row), 4)]
    opaque = all(p[3] == 255 for p in pixels)
    candidates = []
    if opaque:
        candidates.append((2, [bytes(b for i in range(0, len(r), 4) for b in r[i : i + 3]) for r in rows], 3, []))
    else:
        candidates.append((6, rows, 4, []))
    colours = sorted(set(pixels), key=lambda p: p[3])  # translucent first, so tRNS stays short
    if len(colours) <= 256:
        index = {p: i for i, p in enumerate(colours)}
        indexed = [bytes(index[r[i : i + 4]] for i in range(0, len(r), 4)) for r in rows]
        extra = [(b"PLTE", b"".join(p[:3] for p in colours))]
        translucent = bytes(p[3] for p in colours if p[3] < 255)
        if translucent:
            extra.append((b"tRNS", translucent))
        candidates.append((3, indexed, 1, extra))
    best = None
    for colour, data, bpp, extra in candidates:
        header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
        png = PNG_SIGNATURE + png_chunk(b"IHDR", header)
        png += b"".join(png_chunk(kind, body) for kind, body in extra)
        png += png_chunk(b"IDAT", smallest_idat(data, bpp)) + png_chunk(b"IEND", b"")
        if best is None or len(png) < len(best):
            best = png
    return best


def recompress(path):
    """Re-encodes a PNG in place, smaller and with the very same pixels (checked)."""
    width, height, rows = read_png(path)
    before = os.path.getsize(path)
    png = encode_png(width, height, rows)
    if len(png) >= before:
        return before, before
    with tempfile.NamedTemporaryFile(dir=os.path.dirname(path), suffix=".png", delete=False) as f:
        f.write(png)
    shutil.copymode(path, f.name)
    if read_png(f.name) != (width, height, rows):
        os.unlink(f.name)
        sys.exit(f"make_icons: re-encoding {path} changed its pixels")
    os.replace(f.name, path)
    return before, len(png)


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
    parser.add_argument("--recompress", action="store_true", help="only re-encode the committed PNGs")
    args = parser.parse_args()
    problems = []
    browser = None if args.check or args.recompress else chromium()
    os.makedirs(OUT, exist_ok=True)
    for name, source, size in ICONS:
        target = os.path.join(OUT, name)
        if args.recompress:
            before, after = recompress(target)
            print(f"{os.path.relpath(target, ROOT)}  {before} -> {after} bytes")
        elif not args.check:
            draw(browser, os.path.join(ASSETS, source), size, target)
            before, after = recompress(target)
            print(f"{os.path.relpath(target, ROOT)}  {size}x{size}  from {source}, {after} bytes")
        elif not os.path.isfile(target):
            problems.append(f"{name} is missing")
        elif png_size(target) != (size, size):
            problems.append(f"{name} is {png_size(target)}, expected {size}x{size}")
    if problems:
        sys.exit("make_icons: " + "; ".join(problems) + " (run scripts/make_icons.py)")


if __name__ == "__main__":
    main()
