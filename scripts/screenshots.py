#!/usr/bin/env python3
"""Takes screenshots of the main screens of the release build in Chromium, at phone and
desktop widths, light and dark, into a folder (default target/screenshots) to look at:
welcome, a question, the results, how they were calculated, the history with a
comparison, and the data screen; and the results as printed on A4 and Letter
(PDF, and PNG pages when `pdftoppm` is installed).

    tools/.venv/bin/python scripts/screenshots.py [out-dir]
"""

import base64
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "e2e"))

import static_server  # noqa: E402
from support.browsers import launch  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from support.checks import wait_for  # noqa: E402
from support.flow import answer_all, on_results, start  # noqa: E402

SIZES = {"phone": (360, 740), "desktop": (1280, 900)}


def full_page(driver, path, width):
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": min(height, 6000), "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.save_screenshot(path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "screenshots")
    os.makedirs(out, exist_ok=True)
    site = static_server.Site(os.path.join(ROOT, "dist"))
    server = static_server.start(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    driver = launch("chromium", tempfile.mkdtemp(prefix="netwhy-shots-"))
    driver.engine = "chromium"
    try:
        for scheme in ("light", "dark"):
            driver.execute_cdp_cmd(
                "Emulation.setEmulatedMedia",
                {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
            )
            for size, (width, height) in SIZES.items():
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
                )
                driver.get(url)
                driver.execute_script("localStorage.clear()")
                driver.get(url)
                wait_for(driver, "document.querySelector('.welcome .button.primary')")
                full_page(driver, os.path.join(out, f"welcome-{size}-{scheme}.png"), width)
                start(driver, url)
                full_page(driver, os.path.join(out, f"question-{size}-{scheme}.png"), width)
                answer_all(driver)
                on_results(driver)
                full_page(driver, os.path.join(out, f"results-{size}-{scheme}.png"), width)
                # A second, different result so the history has something to compare.
                driver.find_element(By.CSS_SELECTOR, ".next .button:nth-child(2)").click()
                wait_for(driver, "location.hash.startsWith('#/q/')")
                answer_all(driver, 1)
                on_results(driver)
                for name, hash_, heading in (
                    ("how", "#/results/how", "how-title"),
                    ("history", "#/history", "history-title"),
                    ("data", "#/data", "data-title"),
                ):
                    driver.get(url + hash_)
                    wait_for(driver, f"document.getElementById('{heading}')")
                    full_page(driver, os.path.join(out, f"{name}-{size}-{scheme}.png"), width)
        driver.get(url + "#/results")
        on_results(driver)
        for paper, (w, h) in {"a4": (8.27, 11.69), "letter": (8.5, 11)}.items():
            pdf = driver.execute_cdp_cmd(
                "Page.printToPDF", {"paperWidth": w, "paperHeight": h, "printBackground": True}
            )
            path = os.path.join(out, f"print-{paper}.pdf")
            with open(path, "wb") as f:
                f.write(base64.b64decode(pdf["data"]))
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-png", "-r", "60", path, path[:-4]], check=True)
    finally:
        driver.quit()
        server.shutdown()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
