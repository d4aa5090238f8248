// Where one click's time goes: Start, Next (from the first question, or from the one named
// with from=ITEM, to the one after it) or See my results (from the last question once every
// question is answered) on a served build, each click in a new browser context with the CPU
// slowed 4×, pressed once the page has been read and is idle. Prints, per click, the time
// from the click to the end of the first frame after the new question (or the results) is in
// the page and to the first normal task after that frame (the median is of the first), and
// with `trace` the main thread's tasks from the click to that frame with the trace events
// inside them (Layout, style recalculation, script), summed by name (a nested event counts in
// its own name and in the one around it).
//
//   node bench/trace_click.mjs http://127.0.0.1:PORT/ [clicks] [trace] [next | from=ITEM | results]
//
// Serve the build first (`tools/.venv/bin/python bench/serve.py dist` prints the port).
// Tracing slows the page: compare traced figures with traced ones.
import { chromium } from './node_modules/playwright-core/index.mjs';
import { afterReading as idle } from './interaction.mjs';

const [url, countArg, ...flags] = process.argv.slice(2);
if (!url) {
  console.error('usage: node bench/trace_click.mjs URL [clicks] [trace] [next | from=ITEM | results]');
  process.exit(2);
}
const clicks = Number(countArg || 5);
const trace = flags.includes('trace');
const fromItem = (flags.find((f) => f.startsWith('from=')) || '').slice(5);
const results = flags.includes('results');
const next = flags.includes('next') || fromItem !== '' || results;

// Answers each question with DOM clicks (the first option, a 4-3-3 split, two platforms) and
// moves on, until the last question is answered and on screen.
async function answerToTheLast() {
  const until = (test) => new Promise((done) => { (function poll() { if (test()) done(); else setTimeout(poll, 0); })(); });
  const drawn = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  for (;;) {
    const item = location.hash.slice(4);
    await until(() => document.querySelector(`.question[data-item="${item}"]`)
      && document.querySelector(`.split[data-item="${item}"], .option input[name="${item}"]`));
    const plus = document.querySelectorAll('.split-row .step:last-of-type');
    if (plus.length) {
      [4, 3, 3].forEach((times, row) => { for (let i = 0; i < times; i++) plus[row].click(); });
    } else {
      const options = [...document.querySelectorAll('.option')];
      options.slice(0, document.querySelector('.options.multi') ? 2 : 1).forEach((o) => o.click());
    }
    await drawn();
    const progress = document.getElementById('q-progress');
    if (progress.value === progress.max) return;
    document.querySelector('.flow-nav .button.primary').click();
    await until(() => location.hash.slice(4) !== item);
  }
}

// Notes the click, then the first frame after a question other than `from` is in the page.
function watch({ from, results }) {
  const mark = (window.__click = {});
  addEventListener('click', (e) => { if (mark.click === undefined) mark.click = e.timeStamp; }, true);
  const check = () => {
    if (mark.click === undefined || mark.dom !== undefined) return;
    if (results) {
      if (!document.querySelector('.results h1')) return;
    } else {
      const question = document.querySelector('.question h1') && document.querySelector('.question');
      if (!question || question.dataset.item === from) return;
    }
    mark.dom = performance.now();
    // As bench/interaction.mjs measures it: the end of the frame is when a user-blocking task
    // posted from its requestAnimationFrame starts; the first normal task after it comes once
    // the work the page put off until after the frame has run.
    requestAnimationFrame(() => {
      scheduler.postTask(() => { mark.frameEnd = performance.now(); }, { priority: 'user-blocking' });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { mark.frame = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const figures = [];
for (let run = 0; run < clicks; run++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const slow = () => cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (!results) await slow();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#app:not([data-prerendered])');
  await page.evaluate(idle);
  let from = null;
  if (next) {
    await page.click('.welcome .button.primary');
    await page.waitForSelector('.question .option');
    if (fromItem) {
      // A started assessment opens any of its questions from the address.
      await page.evaluate((item) => { location.hash = `#/q/${item}`; }, fromItem);
      await page.waitForSelector(`.question[data-item="${fromItem}"] h1`);
    }
    if (results) {
      // At full speed up to the last question; slowed from there on.
      await page.evaluate(answerToTheLast);
      await slow();
    } else {
      const option = page.locator('.question .option');
      if (await option.count()) await option.first().click();
    }
    await page.evaluate(idle);
    from = await page.evaluate(() => document.querySelector('.question').dataset.item);
  }
  await page.evaluate(watch, { from, results });
  const events = [];
  let complete;
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  await page.click(next ? '.flow-nav .button.primary' : '.welcome .button.primary');
  await page.waitForFunction(() => window.__click.frame !== undefined);
  const mark = await page.evaluate(() => window.__click);
  const frame = (mark.frameEnd ?? mark.frame) - mark.click;
  figures.push(frame);
  console.log(`click ${run + 1}: new question in the page after ${(mark.dom - mark.click).toFixed(1)} ms, end of the next frame ${frame.toFixed(1)} ms, first normal task after it ${(mark.frame - mark.click).toFixed(1)} ms`);
  if (trace) {
    await cdp.send('Tracing.end');
    await complete;
    const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
    const dispatch = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const first = onMain.find((e) => e.name === 'RunTask' && e.ts <= dispatch.ts && e.ts + e.dur >= dispatch.ts);
    const end = first.ts + (frame + 30) * 1000;
    for (const task of onMain.filter((e) => e.name === 'RunTask' && e.ts >= first.ts && e.ts < end && e.dur > 300)) {
      const sums = {};
      for (const e of onMain) {
        if (e === task || e.name === 'RunTask' || e.dur <= 300 || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
        sums[e.name] = (sums[e.name] || 0) + e.dur / 1000;
      }
      const parts = Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
      console.log(`  task at +${((task.ts - first.ts) / 1000).toFixed(1)} ms, ${(task.dur / 1000).toFixed(1)} ms: ${parts.join(', ')}`);
    }
  }
  await context.close();
}
figures.sort((a, b) => a - b);
console.log(`median ${figures[figures.length >> 1].toFixed(1)} ms to the next frame; all ${figures.map((f) => f.toFixed(0)).join(' ')}`);
await browser.close();
