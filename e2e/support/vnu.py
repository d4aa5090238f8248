"""The W3C Nu Html Checker (npm `vnu-jar`, pinned in tools/package.json) run with the
machine's Java over a batch of files in one start of the JVM, which takes a few seconds."""

import json
import os
import shutil
import subprocess
from urllib.parse import unquote

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VNU_JAR = os.path.join(ROOT, "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")


def java():
    return shutil.which("java") or "/usr/bin/java"


def errors(paths):
    """Checks the HTML files `paths` (`--errors-only`) and returns their errors as
    {path: ["line N: message: extract", …]}, with every path present."""
    found = {path: [] for path in paths}
    run = subprocess.run(
        [java(), "-jar", VNU_JAR, "--errors-only", "--format", "json", *paths],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker exits with 1 when it found errors and writes its report to stderr.
    try:
        report = json.loads(run.stderr or run.stdout)
    except json.JSONDecodeError as error:
        raise AssertionError(f"the checker gave no report (exit {run.returncode}): {run.stderr[-2000:]}") from error
    by_url = {"file:" + os.path.abspath(path): path for path in paths}
    for message in report.get("messages", []):
        path = by_url.get(unquote(message.get("url", "")))
        if path is None or message.get("type") != "error":
            raise AssertionError(f"the checker could not check a file: {message}")
        extract = " ".join(message.get("extract", "").split())
        found[path].append(f"line {message.get('lastLine')}: {message.get('message')}: {extract}")
    return found
