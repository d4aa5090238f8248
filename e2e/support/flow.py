"""Helpers for going through the questionnaire in the end-to-end tests."""

import os

from selenium.webdriver.common.by import By

from .checks import APP_READY, SCREEN_DRAWN, wait_for

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
AXE = os.path.join(ROOT, "tools", "node_modules", "axe-core", "axe.min.js")

def on_question(driver, item=None):
    """Waits until a question screen is shown with focus on its heading; returns its id."""
    shown = (
        "location.hash.startsWith('#/q/')"
        " && document.querySelector('.question[data-item=\"' + location.hash.slice(4) + '\"]')"
        # The question's own controls: child components may render a moment later.
        " && document.querySelector('.split[data-item=\"' + location.hash.slice(4) + '\"],"
        " .option input[name=\"' + location.hash.slice(4) + '\"]')"
        " && document.activeElement && document.activeElement.id === 'q-title'"
    )
    if item is None:
        return wait_for(driver, shown + " && location.hash.slice(4)")
    wait_for(driver, f"location.hash === '#/q/{item}' && " + shown)
    return item


def answer_here(driver, pick=0):
    """Answers the question shown with clicks: option `pick` (mod the count), two
    platforms, or a 4-3-3 split."""
    if driver.find_elements(By.CSS_SELECTOR, ".split"):
        plus = driver.find_elements(By.CSS_SELECTOR, ".split-row .step:last-of-type")
        for index, times in enumerate((4, 3, 3)):
            for _ in range(times):
                plus[index].click()
        wait_for(driver, "document.querySelector('.split-left').textContent === 'All points shared'")
        return
    options = driver.find_elements(By.CSS_SELECTOR, ".option")
    if driver.find_elements(By.CSS_SELECTOR, ".options.multi"):
        for option in options[:2]:
            option.click()
        wait_for(driver, "document.querySelectorAll('.option input:checked').length === 2")
        return
    options[pick % len(options)].click()
    wait_for(driver, "document.querySelector('.option input:checked') !== null")


def next_button(driver):
    return driver.find_element(By.CSS_SELECTOR, ".flow-nav .button.primary")


# In-page waiting for the scripts below: resolves with the first truthy value of `test`,
# polled on every turn of the event loop (no fixed delays), or fails after 15 s.
UNTIL = """
const until = (test) => new Promise((resolve, reject) => {
  const start = Date.now();
  (function poll() {
    const value = test();
    if (value) return resolve(value);
    if (Date.now() - start > 15000) return reject(new Error('timed out on ' + location.hash));
    setTimeout(poll, 0);
  })();
});
"""


# Answers every question from the one shown to the end with real DOM clicks inside the
# page, waiting for each screen (no fixed delays), then presses "See my results".
ANSWER_ALL = UNTIL + """
const done = arguments[arguments.length - 1];
const pick = arguments[0];
(async () => {
  let count = 0;
  while (location.hash.startsWith('#/q/')) {
    const hash = location.hash;
    // The question, with its own controls (child components may render a moment later).
    await until(() => document.querySelector('.question[data-item="' + hash.slice(4) + '"]')
      && document.querySelector('.split[data-item="' + hash.slice(4) + '"], .option input[name="' + hash.slice(4) + '"]')
      && document.activeElement && document.activeElement.id === 'q-title');
    const split = document.querySelector('.split');
    if (split && split.querySelector('.split-left').textContent !== 'All points shared') {
      const plus = split.querySelectorAll('.split-row .step:last-of-type');
      for (const [i, n] of [[0, 4], [1, 3], [2, 3]]) {
        for (let k = 0; k < n; k++) {
          const before = split.querySelector('.split-left').textContent;
          plus[i].click();
          await until(() => split.querySelector('.split-left').textContent !== before);
        }
      }
    } else if (split) {
      // Already shared out.
    } else if (document.querySelector('.options.multi')) {
      document.querySelector('.option input').click();
      await until(() => document.querySelector('.option input:checked'));
    } else {
      const inputs = document.querySelectorAll('.option input');
      inputs[pick % inputs.length].click();
      await until(() => document.querySelector('.option input:checked'));
    }
    document.querySelector('.flow-nav .button.primary').click();
    await until(() => location.hash !== hash);
    count += 1;
  }
  return count;
})().then(done, (e) => done('error: ' + e.message));
"""


def answer_all(driver, pick=3):
    """Answers every remaining question (option `pick` of each) and goes on to the
    results; returns how many questions it answered."""
    driver.set_script_timeout(120)
    count = driver.execute_async_script(ANSWER_ALL, pick)
    assert not str(count).startswith("error"), count
    return count


def start(driver, url):
    driver.get(url)
    wait_for(driver, APP_READY)
    driver.find_element(By.CSS_SELECTOR, ".welcome .button.primary").click()
    return on_question(driver)


def on_results(driver):
    wait_for(driver, f"location.hash === '#/results' && document.querySelector('.results h1') && {SCREEN_DRAWN}")
    return driver.find_element(By.CSS_SELECTOR, ".results")


def axe_violations(driver):
    """Runs axe-core on the page and returns its violations, readably."""
    with open(AXE, encoding="utf-8") as f:
        driver.execute_script(f.read())
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))),"
        " e => done([{id: 'axe-error', help: String(e), nodes: []}]));"
    )
    return [
        f"{v['id']} ({v.get('impact')}): {v['help']}\n    " + "\n    ".join(v["nodes"]) for v in result
    ]


# Answers every question from the one shown to the end as a persona: `answers` maps item
# ids to the value of the option to pick (scale points as "1".."5", option ids), the
# points of the split as a list, and the platforms as a list of channel ids.
ANSWER_AS = UNTIL + """
const done = arguments[arguments.length - 1];
const answers = arguments[0];
let steps = arguments[1];
const click = async (element, changed) => {
  const before = changed();
  element.click();
  await until(() => changed() !== before);
};
(async () => {
  while (location.hash.startsWith('#/q/') && steps !== 0) {
    steps -= 1;
    const hash = location.hash;
    const id = hash.slice(4);
    await until(() => document.querySelector('.question[data-item="' + id + '"]')
      && document.querySelector('.split[data-item="' + id + '"], .option input[name="' + id + '"]')
      && document.activeElement && document.activeElement.id === 'q-title');
    const want = answers[id];
    if (want === undefined) throw new Error('no answer for ' + id);
    const split = document.querySelector('.split');
    if (split) {
      const left = () => split.querySelector('.split-left').textContent;
      const rows = split.querySelectorAll('.split-row');
      for (const pass of ['down', 'up']) {
        for (let i = 0; i < 3; i++) {
          const value = () => Number(rows[i].querySelector('.split-value').textContent);
          while (pass === 'down' ? value() > want[i] : value() < want[i]) {
            await click(rows[i].querySelectorAll('.step')[pass === 'down' ? 0 : 1], left);
          }
        }
      }
    } else if (document.querySelector('.options.multi')) {
      for (const input of document.querySelectorAll('.option input')) {
        if (want.includes(input.value) !== input.checked) {
          await click(input, () => input.checked);
        }
      }
    } else {
      const input = document.querySelector('.option input[value="' + want + '"]');
      if (!input) throw new Error('no option ' + want + ' for ' + id);
      if (!input.checked) await click(input, () => input.checked);
    }
    document.querySelector('.flow-nav .button.primary').click();
    await until(() => location.hash !== hash);
  }
  return 'ok';
})().then(done, (e) => done('error: ' + e.message));
"""


def answer_as(driver, answers, steps=-1):
    """Answers every remaining question as `answers` says (see ANSWER_AS) and goes on
    to the results; with `steps`, only that many questions, each followed by Next."""
    driver.set_script_timeout(120)
    outcome = driver.execute_async_script(ANSWER_AS, answers, steps)
    assert outcome == "ok", outcome


def open_data(driver, served):
    """Opens Your data, waiting until its heading has the focus."""
    driver.get(served.url + "#/data")
    wait_for(driver, "document.activeElement && document.activeElement.id === 'data-title'")


def delete_everything(driver, url):
    """Opens Your data at `url` and deletes everything, saying yes when asked."""
    driver.get(url + "#/data")
    wait_for(driver, "document.querySelector('.erase button')")
    driver.find_element(By.XPATH, "//button[normalize-space()='Delete everything on this device']").click()
    driver.find_element(By.XPATH, "//button[normalize-space()='Yes, delete everything']").click()


def split_shows(driver, values, left):
    """Waits until the split shows these points and this line about the points left."""
    wait_for(
        driver,
        "Array.from(document.querySelectorAll('.split-value')).map(e => e.textContent).join() === "
        f"'{','.join(map(str, values))}' && document.querySelector('.split-left').textContent === '{left}'",
    )
