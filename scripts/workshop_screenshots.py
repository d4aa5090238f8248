#!/usr/bin/env python3
"""Takes the README's workshop screenshots from the release build in Chromium (light), into
`docs/workshop/` (or another folder): the join screen and the revealed tally on a projector
(1280×720), and on a phone (360 px wide) a participant's room code, the room link beside their
result, a shared laptop's banner, and the preview of a content pack (the README's example).

    tools/.venv/bin/python scripts/workshop_screenshots.py [out-dir]
"""

import json
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "e2e"))

import static_server  # noqa: E402
from support.browsers import launch  # noqa: E402
from support.checks import wait_for  # noqa: E402
from support.flow import answer_all, on_results, start  # noqa: E402
from support.room_code import code  # noqa: E402
from support.room_link import ROOM_OF_7  # noqa: E402

# A room of twelve: (bands of known, equipped, connected as 0 low to 2 high, main reason bits).
ROOM = [
    ((2, 1, 0), 1), ((2, 2, 0), 3), ((0, 2, 1), 2), ((1, 1, 2), 4), ((2, 0, 0), 1),
    ((0, 0, 0), 0), ((1, 2, 2), 6), ((0, 1, 2), 4), ((2, 1, 1), 1), ((1, 2, 0), 2),
    ((0, 1, 2), 4), ((2, 0, 1), 1),
]


# The built-in content as a pack file, as "Download this content to edit" writes it: the
# download's Blob read back (the app keeps no other copy of the text).
PACK_OF_BUILT_IN = """
const done = arguments[arguments.length - 1];
const original = URL.createObjectURL;
URL.createObjectURL = (blob) => { blob.text().then(done); return original(blob); };
[...document.querySelectorAll('.pack button')].find((b) => b.textContent.includes('Download')).click();
URL.createObjectURL = original;
"""


def viewport(driver, width, height):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


def fresh(driver, url, hash_=""):
    driver.get(url)
    driver.execute_script("localStorage.clear(); sessionStorage.clear()")
    driver.get(url + hash_)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "workshop")
    os.makedirs(out, exist_ok=True)
    site = static_server.Site(os.path.join(ROOT, "dist"))
    server = static_server.start(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = launch("chromium", tempfile.mkdtemp(prefix="netwhy-shots-"))
    driver.engine = "chromium"
    try:
        viewport(driver, 1280, 720)
        fresh(driver, url, "#/room")
        wait_for(driver, "document.querySelector('svg.join-code')")
        driver.save_screenshot(os.path.join(out, "join-projector.png"))

        codes = [code(b, m, 5000 + 7919 * i) for i, (b, m) in enumerate(ROOM)]
        driver.execute_script(
            "localStorage.setItem('netwhy.tally', arguments[0])",
            json.dumps({"format": 1, "codes": codes}),
        )
        driver.get(url + "#/room/count")
        wait_for(driver, "document.querySelector('.tally-reveal .button')")
        driver.execute_script("document.querySelector('.tally-reveal .button').click()")
        wait_for(driver, "document.querySelector('svg.room-link-code')")
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(out, "tally-projector.png"))

        viewport(driver, 360, 740)
        fresh(driver, url)
        wait_for(driver, "document.querySelector('.welcome .button.primary')")
        start(driver, url)
        answer_all(driver)
        on_results(driver)
        driver.execute_script("document.querySelector('.share .button').click()")
        wait_for(driver, "document.querySelector('.share-panel:not([hidden]) .room-code')")
        driver.execute_script("document.getElementById('share-title').scrollIntoView()")
        driver.save_screenshot(os.path.join(out, "share-phone.png"))

        driver.get(url + "#/room/you/" + ROOM_OF_7)
        wait_for(driver, "document.querySelector('tr[data-main]')")
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(out, "room-and-you-phone.png"))

        fresh(driver, url)
        driver.execute_script("sessionStorage.setItem('netwhy.shared', 'on')")
        driver.get(url)
        wait_for(driver, "document.querySelector('aside .button')")
        driver.save_screenshot(os.path.join(out, "shared-phone.png"))

        # The preview of the README's example pack: one channel renamed and re-rated.
        fresh(driver, url, "#/data")
        wait_for(driver, "document.querySelector('#pack-file')")
        pack = json.loads(driver.execute_async_script(PACK_OF_BUILT_IN))
        pack.update(id="nurses-lyon", name="Nurses in Lyon", author="Claire Martin", date="2027-01-15")
        for channel in pack["model"]["channels"]:
            if channel["id"] == "meetups":
                channel["ratings"] = [1, 3, 3]
        pack["languages"][0]["channels"]["meetups"]["name"] = "Lyon nurses' evening meetup"
        path = os.path.join(tempfile.mkdtemp(prefix="netwhy-pack-"), "nurses-lyon-pack.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(pack, f, indent=2)
        driver.find_element("id", "pack-file").send_keys(path)
        wait_for(driver, "document.querySelector('.pack-preview')")
        driver.execute_script("document.querySelector('.pack-preview').scrollIntoView()")
        driver.save_screenshot(os.path.join(out, "pack-preview-phone.png"))
    finally:
        driver.quit()
        server.shutdown()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
