// Which functions one click's time goes to: a CPU profile (Chromium's sampling profiler, one
// sample every 50 µs) of Start, or of Next from the first question, each click in a new
// browser context with the CPU slowed 4×, pressed once the page is idle, from the click to
// the first task after the frame that shows the new question. Prints each function's own
// time and its time with everything it called, averaged over the clicks (the sampling makes
// every figure larger than without it; compare figures with figures taken the same way).
//
//   node bench/profile_click.mjs http://127.0.0.1:PORT/ [clicks] [next]
//
// The release wasm has no function names; serve a copy that has them (bench/named_build.sh
// makes it from the last release build), or the app's functions show as numbers.
import { afterReading as idle, CPU_SLOWDOWN, launch, PHONE } from './interaction.mjs';

const [url, countArg, ...flags] = process.argv.slice(2);
if (!url) {
  console.error('usage: node bench/profile_click.mjs URL [clicks] [next]');
  process.exit(2);
}
const clicks = Number(countArg || 6);
const next = flags.includes('next');
const own = new Map();
const within = new Map();
const add = (map, name, ms) => map.set(name, (map.get(name) || 0) + ms);

const browser = await launch();
for (let run = 0; run < clicks; run++) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#app:not([data-prerendered])');
  await page.evaluate(idle);
  if (next) {
    await page.click('.welcome .button.primary');
    await page.locator('.question .option').first().click();
  }
  // A mouse click at the button's centre, found before the profile starts: the test driver's
  // own checks before a click run in the page and would be in the profile; a click from a
  // script would leave focus where it was (on the answer, which the next screen removes).
  const button = page.locator(next ? '.flow-nav .button.primary' : '.welcome .button.primary').first();
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  await page.evaluate(idle);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children || []) parent.set(child, n.id);
  const name = (n) => n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()})`;
  const perSample = (profile.endTime - profile.startTime) / profile.samples.length / 1000 / clicks;
  for (const id of profile.samples) {
    add(own, name(nodes.get(id)), perSample);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = name(nodes.get(at));
      if (!seen.has(n)) add(within, n, perSample);
      seen.add(n);
    }
  }
}
await browser.close();

const skip = new Set(['(root)', '(idle)', '(program)']);
const top = (map, count) => [...map].filter(([n]) => !skip.has(n)).sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`${next ? 'Next' : 'Start'}, ${clicks} click(s), ms per click at 4× CPU`);
console.log('own time:');
for (const [n, ms] of top(own, 30)) console.log(`${ms.toFixed(1).padStart(7)}  ${n.slice(0, 160)}`);
console.log('with what it called:');
for (const [n, ms] of top(within, 50)) console.log(`${ms.toFixed(1).padStart(7)}  ${n.slice(0, 160)}`);
