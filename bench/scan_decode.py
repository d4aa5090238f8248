#!/usr/bin/env python3
"""How long the camera scanner's reader takes for one frame, in Chromium with the CPU slowed
down 4× (DevTools `Emulation.setCPUThrottlingRate`, a stand-in for a mid-range phone). A
benchmark, not a test: it prints the figures.

    tools/.venv/bin/python bench/scan_decode.py [DIST] [--frames N] [--rate R]

It serves the release build (default dist/) on 127.0.0.1, starts the reader's worker as the
app does (`scanner_loader.js`), draws a 640×480 frame with two room codes side by side (as
the camera test's video shows them), and times `performance.now()` around each round trip
of one frame to the worker and its answer, the frame's pixels moved as the app moves them.
Prints each time and the median; the first frame (which also warms the worker up) is left
out of the median.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "e2e"))

import segno  # noqa: E402
import static_server  # noqa: E402
from support.browsers import end, launch  # noqa: E402

CODES = ["4AK-B7H-6NM", "4AK-B7H-6PJ"]

# Starts the worker, draws the frame, then times `frames` round trips; ends with the times in
# milliseconds (or "error: …").
ROUND_TRIPS = """
const [matrices, frames, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const canvas = document.createElement('canvas');
canvas.width = 640; canvas.height = 480;
const context = canvas.getContext('2d', { willReadFrequently: true });
context.fillStyle = '#ebebeb'; context.fillRect(0, 0, 640, 480);
context.fillStyle = '#101010';
let left = 16;
for (const matrix of matrices) {
  const top = Math.floor((480 - matrix.length * 8) / 2);
  matrix.forEach((row, y) => row.forEach((dark, x) => { if (dark) context.fillRect(left + x * 8, top + y * 8, 8, 8); }));
  left += (matrix.length + 8) * 8;
}
const pixels = context.getImageData(0, 0, 640, 480).data;
const worker = new Worker('scanner_loader.js');
worker.onerror = (e) => done('error: the worker failed: ' + (e.message || e.type));
const times = [];
let start = 0;
const send = () => {
  const frame = pixels.slice();  // a fresh buffer each time: it is moved to the worker
  start = performance.now();
  worker.postMessage([640, 480, frame.buffer], [frame.buffer]);
};
worker.onmessage = (event) => {
  if (event.data === 'ready') return send();
  times.push(performance.now() - start);
  if (times.length === 1 && event.data.length !== matrices.length) {
    worker.terminate();
    return done('error: read ' + JSON.stringify(event.data));
  }
  if (times.length < frames) return send();
  worker.terminate();
  done(times);
};
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", default=os.path.join(ROOT, "dist"))
    parser.add_argument("--frames", type=int, default=11)
    parser.add_argument("--rate", type=float, default=4)
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.dist, "scanner_loader.js")):
        sys.exit(f"{args.dist} has no scanner_loader.js: build first (scripts/build.sh)")
    site = static_server.Site(args.dist, "/")
    server = static_server.start(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    profile = tempfile.mkdtemp(prefix="netwhy-bench-scan-")
    driver = launch("chromium", profile)
    try:
        driver.get(url)
        driver.set_script_timeout(300)
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": args.rate})
        matrices = [[[bool(m) for m in row] for row in segno.make(c, error="m", micro=False).matrix] for c in CODES]
        times = driver.execute_async_script(ROUND_TRIPS, matrices, args.frames)
        if isinstance(times, str):
            sys.exit(times)
    finally:
        end(driver)
        shutil.rmtree(profile, ignore_errors=True)
        server.shutdown()
    print(f"one 640x480 frame, two codes, Chromium at {args.rate:g}x CPU slowdown")
    print("round trips (ms):", " ".join(f"{t:.1f}" for t in times))
    print(f"first (worker warming up): {times[0]:.1f} ms")
    print(f"median of the next {len(times) - 1}: {statistics.median(times[1:]):.1f} ms")


if __name__ == "__main__":
    main()
