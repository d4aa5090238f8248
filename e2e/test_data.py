"""The person's own data: save a copy, delete everything, bring the copy back and see the
same history; files that are broken, too large, not from netwhy or from a newer version
are refused with a message and change nothing."""

import json
import os
import tempfile

import pytest
from selenium.webdriver.common.by import By

from support.content import QUESTIONS
from support.checks import READ_DOWNLOAD, page_problems, saved_text, wait_for
from support.flow import answer_all, on_results, open_data, start

SNAPSHOT = {
    "taken": "2026-01-05T10:00:00.000Z",
    "content_format": 2,
    "answers": {},
    "summary": {
        "scores": [40, 70, 55],
        "weights": [25, 40, 35],
        "top": ["equipped"],
        "channels": [{"channel": "meetups", "band": "good"}],
    },
}
SEEDED = json.dumps({"format": 4, "history": [SNAPSHOT]})



def choose_file(browser, path):
    browser.find_element(By.ID, "import-file").send_keys(path)


@pytest.fixture
def files():
    folder = tempfile.mkdtemp(prefix="netwhy-files-")

    def write(name, text):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    yield write
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)


def test_a_saved_copy_brings_back_the_same_history_after_deleting_everything(browser, served, files):
    start(browser, served.url)
    answer_all(browser)
    on_results(browser)
    before = json.loads(saved_text(browser))
    assert len(before["history"]) == 1

    browser.find_element(By.CSS_SELECTOR, ".site-nav a[href='#/data']").click()
    wait_for(browser, "document.activeElement && document.activeElement.id === 'data-title'")
    here = browser.find_element(By.CSS_SELECTOR, ".here").text
    # The finished assessment is the one behind the result, not one still in progress.
    assert "1 result" in here and f"all {QUESTIONS} questions answered" in here, here
    assert "in progress" not in here, here
    browser.find_element(By.XPATH, "//button[normalize-space()='Save a copy as a file']").click()
    link = wait_for(browser, "document.querySelector('.export-link')")
    assert link.get_attribute("download").startswith("netwhy-") and link.get_attribute("download").endswith(".json")
    browser.set_script_timeout(20)
    text = browser.execute_async_script(READ_DOWNLOAD, ".export-link")
    exported = json.loads(text)
    assert exported["app"] == "netwhy" and exported["format"] == 4 and exported["exported"]
    assert exported["history"] == before["history"]
    assert exported["current"] == before["current"]

    # Delete everything, after saying no once.
    browser.find_element(By.XPATH, "//button[normalize-space()='Delete everything on this device']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='No, keep it']").click()
    assert saved_text(browser) is not None
    browser.find_element(By.XPATH, "//button[normalize-space()='Delete everything on this device']").click()
    browser.find_element(By.XPATH, "//button[normalize-space()='Yes, delete everything']").click()
    wait_for(browser, "document.querySelector('.erase .done')")
    assert saved_text(browser) is None
    assert "No past results" in browser.find_element(By.CSS_SELECTOR, ".here").text
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelector('.history .empty')")

    # Bring the copy back: see what it holds, then add it.
    open_data(browser, served)
    choose_file(browser, files("netwhy-copy.json", text))
    preview = wait_for(browser, "document.querySelector('.import-preview')")
    assert "1 result" in preview.text and f"all {QUESTIONS} questions answered" in preview.text, preview.text
    browser.find_element(By.XPATH, "//button[normalize-space()='Add it to what is here']").click()
    wait_for(browser, "document.querySelector('.import-done')")
    wait_for(browser, "localStorage.getItem('netwhy') !== null")
    after = json.loads(saved_text(browser))
    assert after["history"] == before["history"]
    assert after["current"] == before["current"]
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelectorAll('.history-list > li').length === 1")
    taken = browser.find_element(By.CSS_SELECTOR, ".history-list > li").get_attribute("data-taken")
    assert taken == before["history"][0]["taken"]

    # Importing the same file again adds nothing; replacing with it keeps it as it is.
    open_data(browser, served)
    choose_file(browser, files("netwhy-copy.json", text))
    wait_for(browser, "document.querySelector('.import-preview')")
    browser.find_element(By.XPATH, "//button[normalize-space()='Replace what is here']").click()
    wait_for(browser, "document.querySelector('.import-done')")
    assert json.loads(saved_text(browser))["history"] == before["history"]
    assert page_problems(browser, served.origin) == []


BROKEN = {
    "not-json.json": ("this is not JSON {", "ui.import.not_json"),
    "other-app.json": (json.dumps({"app": "otherapp", "format": 1, "history": []}), "ui.import.not_netwhy"),
    # A content pack chosen here by mistake: it says where a pack goes.
    "a-pack.json": (json.dumps({"pack_format": 1, "id": "nurses-lyon", "languages": []}), "ui.import.content_pack"),
    "newer.json": (json.dumps({"app": "netwhy", "format": 5, "history": []}), "ui.import.newer"),
    "damaged.json": (json.dumps({"app": "netwhy", "format": 1, "history": {}}), "ui.import.broken"),
    "huge.json": ('{"app":"netwhy","format":1,"history":[]}' + " " * (1024 * 1024), "ui.import.too_large"),
}


def test_broken_files_are_refused_with_a_message_and_change_nothing(browser, served, prelude, files):
    prelude(
        "if (!sessionStorage.getItem('seeded')) {"
        f"  localStorage.setItem('netwhy', {json.dumps(SEEDED)});"
        "  sessionStorage.setItem('seeded', '1');"
        "}"
    )
    open_data(browser, served)
    assert "1 result" in browser.find_element(By.CSS_SELECTOR, ".here").text
    before = saved_text(browser)
    for name, (text, refusal) in BROKEN.items():
        choose_file(browser, files(name, text))
        message = wait_for(
            browser, f"document.querySelector('.import-refused[data-refused=\"{refusal}\"]')", timeout=30
        )
        assert "Nothing was changed" in message.text, name
        assert not browser.find_elements(By.CSS_SELECTOR, ".import-preview"), name
        assert saved_text(browser) == before, name
    browser.get(served.url + "#/history")
    wait_for(browser, "document.querySelectorAll('.history-list > li').length === 1")
    assert page_problems(browser, served.origin) == []
