// The browser-driven parts of the benchmark, in headless Chromium through playwright-core:
// the app's first screen (its markup, the style rules it uses and what it loads), screenshots,
// the time from a click to the next frame through a full run of the questionnaire with the CPU
// slowed 4×, including the cost of a save with a full history of snapshots, and the time from
// a cold start to the first question on screen on a slow network.
//
// Everything the benchmark knows about the interface is in flow.json.

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
// A mid-range phone's screen, as Lighthouse's mobile preset emulates it.
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };
export const CPU_SLOWDOWN = 4;
// Runs in the page: half a second, as a person takes at least to read a screen, then a frame
// and idle time (for page.evaluate).
export const afterReading = () => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestIdleCallback(() => requestIdleCallback(done))), 500));
// Lighthouse's mobile "slow 4G" figures (150 ms round trip, 1.6 Mbps down, 750 Kbps up), as
// DevTools network emulation takes them: bytes per second, converted the way Lighthouse
// converts Kbps for it (× 1024 / 8). The latency is added to each request's response.
export const SLOW_4G = { latency: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 };
const SLOW_4G_CDP = {
  offline: false,
  latency: SLOW_4G.latency,
  downloadThroughput: Math.floor((SLOW_4G.downloadKbps * 1024) / 8),
  uploadThroughput: Math.floor((SLOW_4G.uploadKbps * 1024) / 8),
};

// Runs in the page before any of its own scripts: records Event Timing entries, the time
// of every click, every storage write (with its duration and size), and offers `arm`, which
// resolves at the first frame after a click once a condition on the page holds.
const PRELUDE = `(() => {
  const b = (window.__bench = { events: [], clicks: [], saves: [], reads: [], eventTiming: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({ name: e.name, interaction: e.interactionId || 0, start: e.startTime,
          duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    b.eventTiming = true;
  } catch (e) { b.eventTimingError = String(e); }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    const t = performance.now();
    try { return setItem.call(this, key, value); }
    finally { b.saves.push({ key: String(key), chars: String(value).length, ms: performance.now() - t, at: t }); }
  };
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    const t = performance.now();
    const value = getItem.call(this, key);
    b.reads.push({ key: String(key), chars: value === null ? 0 : value.length, ms: performance.now() - t, at: t });
    return value;
  };
  const holds = (c) => {
    if (c.hash !== undefined && location.hash !== c.hash) return false;
    if (c.selector && !document.querySelector(c.selector)) return false;
    if (c.textOf) {
      const el = document.querySelector(c.textOf);
      if (!el || el.textContent === c.notText) return false;
    }
    return true;
  };
  let armed = null;
  const check = () => {
    if (!armed || armed.click === null || armed.dom !== null) return;
    if (!holds(armed.condition)) return;
    const a = armed;
    a.dom = performance.now();
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      // The frame is drawn once this callback returns, in the same task. A task of the highest
      // priority runs right after it, before any the page queued at normal priority (work it
      // puts off until after the frame, such as a save): its start is the end of the frame.
      // The message below, a normal task, comes after those; where postTask is missing, its
      // time stands for both.
      let frameEnd = null;
      if (window.scheduler && scheduler.postTask) {
        scheduler.postTask(() => { frameEnd = performance.now(); }, { priority: 'user-blocking' }).catch(() => {});
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(a.timer);
        const now = performance.now();
        a.resolve({ armed: a.at, click: a.click, dom: a.dom - a.click, frame: (frameEnd ?? now) - a.click, nextTask: now - a.click, frameAt, end: now });
      };
      channel.port2.postMessage(0);
    });
  };
  addEventListener('click', (e) => {
    b.clicks.push(e.timeStamp);
    if (armed && armed.click === null) { armed.click = e.timeStamp; queueMicrotask(check); }
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const poll = () => { check(); requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
  b.arm = (condition, timeoutMs) => {
    let resolve, reject;
    const pending = new Promise((res, rej) => { resolve = res; reject = rej; });
    armed = { condition, at: performance.now(), click: null, dom: null, resolve };
    armed.timer = setTimeout(() => reject(new Error('no change within ' + timeoutMs + ' ms at ' + location.hash)), timeoutMs);
    b.pending = pending;
    pending.catch(() => {});
  };
})();`;

// Runs in the app's page: the style rules of its stylesheets that a page holding only `body`
// in its <body> uses, as CSS text, with the custom properties those rules read (directly or
// through other custom properties) and nothing else. A rule is kept when one of its selectors
// matches an element of that page once states (:hover, :focus…) and pseudo-elements
// (::before…) are set aside, so the kept elements keep their looks in every state; a selector
// the browser cannot test that way is kept. Rules are written as the browser parsed them, so
// what it does not support is left out: the text is for this browser.
function usedStyles({ body, lang }) {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><head></head><body>${body}</body></html>`, 'text/html');
  const elements = [...doc.querySelectorAll('*')];
  const STATES = /:(?:hover|focus-visible|focus-within|focus|active|visited|link|any-link|target)(?![\w-])/g;
  const PSEUDO_ELEMENTS = /::[\w-]+(?:\([^)]*\))?|:(?:before|after|first-line|first-letter)(?![\w-])/g;
  const split = (text) => {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        parts.push(current.trim());
        current = '';
      } else current += ch;
    }
    parts.push(current.trim());
    return parts;
  };
  const used = (selector) => {
    const plain = selector.replace(PSEUDO_ELEMENTS, '').replace(STATES, '').trim().replace(/([>+~])\s*$/, '$1 *') || '*';
    try {
      return elements.some((el) => el.matches(plain));
    } catch {
      return true;
    }
  };
  let total = 0;
  const walk = (rules) => {
    const out = [];
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        total++;
        const keep = split(rule.selectorText).filter(used);
        if (keep.length) out.push({ kind: 'style', selector: keep.join(', '), block: rule.style.cssText });
      } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || (window.CSSLayerBlockRule && rule instanceof CSSLayerBlockRule) || (window.CSSContainerRule && rule instanceof CSSContainerRule)) {
        const inner = walk(rule.cssRules);
        if (inner.length) out.push({ kind: 'group', head: rule.cssText.slice(0, rule.cssText.indexOf('{')).trim(), inner });
      } else if (rule instanceof CSSImportRule) {
        if (rule.styleSheet) out.push(...walk(rule.styleSheet.cssRules));
      } else if (rule instanceof CSSKeyframesRule) {
        out.push({ kind: 'keyframes', name: rule.name, text: rule.cssText });
      } else if (rule instanceof CSSFontFaceRule) {
        out.push({ kind: 'font', family: rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim(), text: rule.cssText });
      } else {
        out.push({ kind: 'other', text: rule.cssText });
      }
    }
    return out;
  };
  const tree = [];
  for (const sheet of document.styleSheets) tree.push(...walk(sheet.cssRules));

  // Custom properties: a block without them gives the references of its other declarations.
  const scratch = new CSSStyleSheet();
  const styleRules = [];
  const visit = (nodes) => nodes.forEach((n) => (n.kind === 'style' ? styleRules.push(n) : n.kind === 'group' && visit(n.inner)));
  visit(tree);
  const refs = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  const definitions = new Map();
  const wanted = new Set(refs(body));
  for (const n of styleRules) {
    scratch.insertRule(`x{${n.block}}`, 0);
    const style = scratch.cssRules[0].style;
    n.custom = [];
    for (let i = 0; i < style.length; i++) if (style[i].startsWith('--')) n.custom.push(style[i]);
    for (const name of n.custom) {
      if (!definitions.has(name)) definitions.set(name, []);
      definitions.get(name).push(style.getPropertyValue(name));
    }
    n.custom.forEach((name) => style.removeProperty(name));
    refs(style.cssText).forEach((name) => wanted.add(name));
    scratch.deleteRule(0);
  }
  const queue = [...wanted];
  while (queue.length) {
    for (const value of definitions.get(queue.pop()) || []) {
      for (const name of refs(value)) {
        if (!wanted.has(name)) {
          wanted.add(name);
          queue.push(name);
        }
      }
    }
  }
  let customKept = 0;
  for (const n of styleRules) {
    const drop = n.custom.filter((name) => !wanted.has(name));
    customKept += n.custom.length - drop.length;
    if (!drop.length) continue;
    scratch.insertRule(`x{${n.block}}`, 0);
    drop.forEach((name) => scratch.cssRules[0].style.removeProperty(name));
    n.block = scratch.cssRules[0].style.cssText;
    scratch.deleteRule(0);
  }

  // Out, leaving rules emptied of every declaration, and keyframes and fonts nothing names.
  const styleText = styleRules.map((n) => n.block).join('\n');
  const write = (nodes) => nodes.map((n) => {
    if (n.kind === 'style') return n.block.trim() ? `${n.selector} { ${n.block} }` : '';
    if (n.kind === 'group') {
      const inner = write(n.inner);
      return inner ? `${n.head} {\n${inner}\n}` : '';
    }
    if (n.kind === 'keyframes') return styleText.includes(n.name) ? n.text : '';
    if (n.kind === 'font') return n.family && styleText.includes(n.family) ? n.text : '';
    return n.text;
  }).filter(Boolean).join('\n');
  const declarations = styleRules.reduce((sum, n) => sum + n.custom.length, 0);
  return {
    css: write(tree) + '\n',
    rules: { total, kept: styleRules.filter((n) => n.block.trim()).length },
    customProperties: { total: declarations, kept: customKept },
  };
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

// Loads the app unthrottled and returns its first screen's markup (all of #app, and the
// welcome text without buttons), every request the page made until the network was quiet,
// and which of them started before the first contentful paint.
export async function captureFirstScreen(browser, url, flow) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const sizes = await request.sizes().catch(() => null);
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      status: response ? response.status() : 0,
      encoding: response ? (await response.allHeaders())['content-encoding'] || 'none' : 'none',
      transferred: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : null,
      body: sizes ? sizes.responseBodySize : null,
      fromServiceWorker: response ? response.fromServiceWorker() : false,
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(flow.firstScreen, { timeout: flow.timeoutMs });
  await page.waitForLoadState('networkidle');
  const markup = await page.evaluate((welcomeSelector) => {
    const app = document.getElementById('app') || document.body;
    const source = document.querySelector(welcomeSelector) || app;
    const text = source.cloneNode(true);
    text.querySelectorAll('button, form, nav, input, script').forEach((el) => el.remove());
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const started = Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]));
    return { firstScreen: app.outerHTML, welcomeText: text.outerHTML, foundWelcome: source !== app, paintedAt: paint ? paint.startTime : null, started };
  }, flow.welcomeText);
  markup.styles = await page.evaluate(usedStyles, { body: markup.firstScreen, lang: 'en' });
  await context.close();
  const { started, paintedAt, ...rest } = markup;
  for (const q of requests) {
    // The page itself is the navigation, not a resource entry: it always comes first.
    const at = q.type === 'document' ? 0 : started[q.url];
    q.beforePaint = paintedAt === null || at === undefined ? null : at < paintedAt;
  }
  return { ...rest, paintedAt, requests };
}

// Takes a screenshot of the page once it is shown and the network is quiet; returns the
// addresses it requested (service workers blocked, so that every request is seen).
export async function screenshot(browser, url, path, waitFor) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(url, { waitUntil: 'load' });
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path });
  await context.close();
  return requested;
}

// Runs in the page before its own scripts, for the start-to-first-question figure. Once a
// frame, until the first question is on screen: when the start button is first in the DOM;
// when it is first actionable (on screen, not hidden or transparent, the element at its centre,
// and in the same place as in the frame before), which resolves `ready` with its centre; and
// every click. When the first question's text is first on screen (in the DOM, with text,
// inside the viewport, not hidden or transparent), `shown` resolves at the end of that frame
// (requestAnimationFrame, then the task after it). Times are the page's own, from the start of
// its navigation.
function watchFirstQuestion({ question, start }) {
  const w = (window.__first = { button: null, actionable: null, clicks: [], found: null, frame: null });
  const promise = (name) => {
    w[name] = new Promise((resolve) => {
      w[`${name}Resolve`] = resolve;
    });
  };
  promise('shown');
  promise('ready');
  // Waits for the start button to be actionable again (after a press the page did not take).
  w.again = () => {
    w.actionable = null;
    promise('ready');
  };
  addEventListener('click', (e) => w.clicks.push(e.timeStamp), true);
  const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  let last = null;
  const notYet = () => {
    last = null;
  };
  const button = () => {
    if (w.actionable !== null) return;
    const el = document.querySelector(start);
    if (!el) return notYet();
    if (w.button === null) w.button = performance.now();
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !visible(el)) return notYet();
    if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      return notYet();
    }
    const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    const hit = document.elementFromPoint(point.x, point.y);
    if (!hit || !el.contains(hit)) return notYet();
    if (last && last.x === point.x && last.y === point.y) {
      w.actionable = performance.now();
      w.readyResolve(point);
    } else last = point;
  };
  const onScreen = (el) => {
    if (!el.textContent.trim()) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    return visible(el);
  };
  const check = () => {
    if (w.found !== null) return;
    const el = document.querySelector(question);
    if (!el || !onScreen(el)) return;
    w.found = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.frame = performance.now();
        w.shownResolve();
      };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const poll = () => {
    check();
    if (w.found === null) {
      button();
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
}

// Evaluates `expression` in the page's own world through `cdp` and returns its (awaited) value;
// unlike Playwright's locators this puts none of Playwright's own code into the page, which a
// slowed CPU would run at the page's expense.
async function inPage(cdp, expression) {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
  return r.result.value;
}

// A promise expression that settles with `what` or rejects after `ms` with `message`.
const within = (what, ms, message) => `Promise.race([${what}, new Promise((_, reject) => setTimeout(() => reject(new Error(${JSON.stringify(message)})), ${ms}))])`;

// From the start of the navigation to the first question's text on screen, in a new browser
// context (empty cache, service workers blocked) with the network slowed to SLOW_4G and the
// CPU CPU_SLOWDOWN× slower. The start button is pressed (a mouse click at its centre, as
// Playwright clicks) as soon as it is actionable. A press counts once the page has taken it
// (the address is the first question's, the start button is gone, or the question is there);
// one the page did not take within 3 s (up to two) is pressed again, and the clock runs on.
export async function startToQuestion(browser, url, flow, item) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const question = sel(flow.questionText, item.id);
    await context.addInitScript(watchFirstQuestion, { question, start: flow.start });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G_CDP);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: flow.timeoutMs });
    const route = JSON.stringify(flow.questionRoute ? flow.questionRoute + item.id : null);
    const taken = `new Promise((resolve) => {
      const until = performance.now() + 3000;
      const poll = () => {
        if ((${route} !== null && location.hash === ${route}) || !document.querySelector(${JSON.stringify(flow.start)}) || window.__first.found !== null) resolve(true);
        else if (performance.now() > until) resolve(false);
        else setTimeout(poll, 10);
      };
      poll();
    })`;
    let presses = 0;
    for (;;) {
      presses++;
      const point = await inPage(cdp, within('window.__first.ready', flow.timeoutMs, `the start button (${flow.start}) was not actionable within ${flow.timeoutMs} ms`));
      await page.mouse.click(point.x, point.y);
      if ((await inPage(cdp, taken)) || presses === 3) break;
      await inPage(cdp, 'window.__first.again()');
    }
    await inPage(cdp, within('window.__first.shown', flow.timeoutMs, `the first question (${question}) was not on screen within ${flow.timeoutMs} ms`));
    const times = await inPage(cdp, `(() => {
      const w = window.__first;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { ms: w.frame, found: w.found, button: w.button, actionable: w.actionable, paint: paint ? paint.startTime : null,
        clicks: w.clicks, html: nav ? nav.responseEnd : null };
    })()`);
    return { status: 'ok', ...times, presses };
  } catch (error) {
    return { status: 'failed', reason: error.message.split('\n')[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

// A page with the prelude, the phone screen and the CPU slowed down.
async function slowPage(browser, setup) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(PRELUDE);
  if (setup) await context.addInitScript(setup.script, setup.arg);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

// Clicks `locator` and waits for `condition` and the next frame; returns the click's timings.
async function act(page, locator, condition, flow, what) {
  await page.evaluate(([c, t]) => window.__bench.arm(c, t), [condition, flow.timeoutMs]);
  try {
    await locator.click({ timeout: flow.timeoutMs });
    const timing = await page.evaluate(() => window.__bench.pending);
    return { what, ...timing };
  } catch (error) {
    const expected = condition.selector ? `, waiting for ${condition.selector}` : '';
    throw new Error(`${what} click on ${locator}${expected}: ${error.message.split('\n')[0]}`);
  }
}

// A selector of flow.json with the item id filled in.
const sel = (selector, id = '') => selector.replaceAll('{id}', String(id).replace(/"/g, '\\"'));

// What shows that the screen of item `id` (or, with no id, the results) is on.
function shown(flow, id) {
  if (!id) return { ...(flow.resultsRoute ? { hash: flow.resultsRoute } : {}), selector: flow.results };
  return { ...(flow.questionRoute ? { hash: flow.questionRoute + id } : {}), selector: sel(flow.question, id) };
}

// Answers the question on screen with clicks (the choice `pick` of each scale, a few boxes
// of a multiple choice, the split by its + steppers or typed numbers); returns the measured clicks.
async function answerHere(page, flow, item, pick) {
  const done = [];
  if (item.kind === 'split') {
    const split = flow.split;
    if (split.mode === 'steppers') {
      const plus = page.locator(sel(split.plus, item.id));
      for (const [row, times] of split.plan.entries()) {
        for (let k = 0; k < times; k++) {
          const before = await page.locator(sel(split.left, item.id)).textContent();
          done.push(await act(page, plus.nth(row), { textOf: sel(split.left, item.id), notText: before }, flow, 'answer'));
        }
      }
    } else {
      // Typed numbers: not clicks, so not measured.
      const inputs = page.locator(sel(split.input, item.id));
      for (const [row, value] of split.plan.entries()) await inputs.nth(row).fill(String(value), { timeout: flow.timeoutMs, force: true });
    }
  } else if (item.kind === 'multi') {
    const options = page.locator(sel(flow.multiOption, item.id));
    for (let k = 0; k < flow.multiPick; k++) done.push(await act(page, options.nth(k), {}, flow, 'answer'));
  } else {
    const options = page.locator(sel(flow.scaleOption, item.id));
    const count = await options.count();
    if (count === 0) throw new Error(`no answer options (${sel(flow.scaleOption, item.id)}) on ${item.id}`);
    done.push(await act(page, options.nth(pick % count), {}, flow, 'answer'));
  }
  return done;
}

// Goes from the welcome screen through every question to the results; returns the clicks.
async function runThrough(page, flow, items) {
  const clicks = [];
  clicks.push(await act(page, page.locator(flow.start).first(), shown(flow, items[0].id), flow, 'start'));
  for (const [index, item] of items.entries()) {
    await page.waitForSelector(sel(flow.question, item.id), { timeout: flow.timeoutMs });
    clicks.push(...(await answerHere(page, flow, item, index * 2 + 1)));
    const next = items[index + 1];
    clicks.push(await act(page, page.locator(flow.next).first(), shown(flow, next?.id), flow, next ? 'next' : 'results'));
  }
  // Then the other screens, each for the first time, after reading the one before.
  for (const screen of flow.screens || []) {
    await page.evaluate(afterReading);
    clicks.push(await act(page, page.locator(screen.link).first(), { hash: screen.hash, selector: screen.selector }, flow, screen.what));
  }
  return clicks;
}

// Gives each measured click its Event Timing duration: the longest entry of any event that
// started between arming and the frame (entries under 16 ms are not reported: null).
async function withEventTiming(page, clicks) {
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__bench.events);
  return clicks.map((c) => {
    const own = events.filter((e) => e.interaction > 0 && e.start >= c.armed - 1 && e.start <= c.end);
    const event = own.length ? Math.max(...own.map((e) => e.duration)) : null;
    return { ...c, event };
  });
}

const get = (object, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);

function fill(template, values) {
  if (typeof template === 'string') return template in values ? values[template] : template;
  if (Array.isArray(template)) return template.map((t) => fill(t, values));
  if (template && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fill(v, values)]));
  }
  return template;
}

// A stored value with `count` completed snapshots: copies of the one the app wrote after
// the run, or, where the app keeps none yet, ones made from flow.json's template with the
// run's answers. Returns the text and how the snapshots were made.
function withHistory(stored, s) {
  const data = JSON.parse(stored);
  const history = get(data, s.history);
  if (!Array.isArray(history)) throw new Error(`the stored value has no array at "${s.history}"`);
  let template;
  let source;
  if (history.length > 0) {
    template = history[history.length - 1];
    source = 'copies of the snapshot the app saved after the run';
  } else {
    template = fill(s.snapshotTemplate, { '{answers}': get(data, s.answers) ?? {} });
    source = 'made from flow.json\'s template with the run\'s answers (the app saved no snapshot after the run)';
  }
  const day = 24 * 3600 * 1000;
  const list = [];
  for (let k = s.snapshots; k >= 1; k--) {
    const snap = JSON.parse(JSON.stringify(template));
    if ('taken' in snap) snap.taken = new Date(Date.UTC(2026, 0, 1) - k * 7 * day).toISOString();
    list.push(snap);
  }
  history.splice(0, history.length, ...list);
  return { text: JSON.stringify(data), source };
}

export function summarise(clicks, what) {
  const own = clicks.filter((c) => c.what === what);
  if (!own.length) return null;
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { median, max: sorted[sorted.length - 1] };
  };
  // Event durations under the 16 ms threshold are missing; they count as 0 for the order.
  const events = own.map((c) => (c.event === null ? 0 : c.event));
  const e = stats(events);
  return {
    count: own.length,
    frame: stats(own.map((c) => c.frame)),
    nextTask: stats(own.map((c) => c.nextTask)),
    event: { median: e.median, max: e.max, under16: own.filter((c) => c.event === null).length },
  };
}

// The whole questionnaire, then (where flow.storage says how) an answer with a full
// history: returns the figures or the reason they could not be taken.
export async function measureQuestionnaire(browser, url, flow, items, failureShot) {
  const result = { status: 'ok', cpuSlowdown: CPU_SLOWDOWN };
  let { context, page } = await slowPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(flow.firstScreen, { timeout: flow.timeoutMs });
    const start = page.locator(flow.start);
    try {
      await start.first().waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      result.status = 'questionnaire not found';
      result.reason = `the first screen has no start button (nothing matches "${flow.start}" from flow.json)`;
      return result;
    }
    // As a person would: Start is pressed once the page is working and has settled (they read
    // the welcome first), not while it is still starting; the first figure is the click's own.
    if (flow.ready) await page.waitForSelector(flow.ready, { state: 'attached', timeout: flow.timeoutMs });
    await page.evaluate(() => new Promise((done) => {
      const idle = window.requestIdleCallback || ((f) => setTimeout(f, 50));
      requestAnimationFrame(() => idle(() => idle(done)));
    }));
    result.eventTiming = await page.evaluate(() => window.__bench.eventTiming);
    let clicks;
    try {
      clicks = await withEventTiming(page, await runThrough(page, flow, items));
    } catch (error) {
      result.status = 'questionnaire not found';
      result.reason = `the run through the questionnaire stopped: ${error.message.split('\n')[0]}`;
      if (failureShot) {
        await page.screenshot({ path: failureShot }).catch(() => {});
        result.screenshot = failureShot;
      }
      return result;
    }
    result.clicks = clicks;
    const kinds = ['start', 'answer', 'next', 'results', ...(flow.screens || []).map((s) => s.what)];
    result.summary = Object.fromEntries(kinds.map((w) => [w, summarise(clicks, w)]));
    if (!flow.storage) return result;
    const saves = (await page.evaluate(() => window.__bench.saves)).filter((x) => x.key === flow.storage.key);
    result.saves = saveStats(saves);
    result.reads = saveStats((await page.evaluate(() => window.__bench.reads)).filter((x) => x.key === flow.storage.key));

    // A save with a full history.
    const stored = await page.evaluate((key) => localStorage.getItem(key), flow.storage.key);
    if (!stored) {
      result.storage = { status: `nothing stored under "${flow.storage.key}" after the run` };
      return result;
    }
    const { text, source } = withHistory(stored, flow.storage);
    await context.close();
    ({ context, page } = await slowPage(browser, {
      script: ([key, value]) => {
        if (!sessionStorage.getItem('bench-seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('bench-seeded', '1');
        }
      },
      arg: [flow.storage.key, text],
    }));
    await page.goto(url + (flow.questionRoute || '') + items[0].id, { waitUntil: 'load' });
    await page.waitForSelector(sel(flow.question, items[0].id), { timeout: flow.timeoutMs });
    const seeded = await page.evaluate(() => [window.__bench.saves.length, window.__bench.reads.length]);
    const heavy = [];
    for (let k = 0; k < 6; k++) heavy.push(...(await answerHere(page, flow, items[0], k)));
    const timed = await withEventTiming(page, heavy);
    const after = await page.evaluate(([key, prefix]) => ({
      value: localStorage.getItem(key),
      unreadable: Object.keys(localStorage).filter((k) => k.startsWith(prefix)),
    }), [flow.storage.key, flow.storage.unreadablePrefix]);
    const history = get(JSON.parse(after.value || '{}'), flow.storage.history);
    const kept = Array.isArray(history) ? history.length : 0;
    const heavySaves = (await page.evaluate(() => window.__bench.saves)).slice(seeded[0]).filter((x) => x.key === flow.storage.key);
    const heavyReads = (await page.evaluate(() => window.__bench.reads)).slice(seeded[1]).filter((x) => x.key === flow.storage.key);
    result.storage = {
      status: after.unreadable.length
        ? 'the app set the seeded data aside as unreadable'
        : kept === flow.storage.snapshots ? 'ok' : `the app kept ${kept} of ${flow.storage.snapshots} snapshots`,
      snapshots: flow.storage.snapshots,
      source,
      storedChars: text.length,
      answer: summarise(timed, 'answer'),
      saves: saveStats(heavySaves),
      reads: saveStats(heavyReads),
      // Writes that ran between a click and the frame showing its answer: they held it up.
      savesBeforeFrame: heavySaves.filter((w) => heavy.some((h) => w.at >= h.click && w.at < h.frameAt)).length,
      clicks: heavy.length,
    };
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

function saveStats(saves) {
  if (!saves.length) return { count: 0 };
  const ms = saves.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: saves.length,
    medianMs: ms[ms.length >> 1],
    maxMs: ms[ms.length - 1],
    chars: saves[saves.length - 1].chars,
  };
}
