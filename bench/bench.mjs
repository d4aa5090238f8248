// netwhy's benchmark: the release build against a one-file floor page (the app's first screen
// and the style rules it uses in one HTML file), a static copy of the first screen with the
// app's stylesheets, and a SurveyJS page of the same questionnaire, all served compressed from
// 127.0.0.1; Lighthouse (mobile preset, simulated throttling) interleaved over BENCH_RUNS
// repetitions with medians; the app's transfer sizes against the first-screen budget; the
// time from a cold start to the first question on screen on a slow network, app and SurveyJS
// interleaved over BENCH_START_RUNS repetitions (default 3) with medians; click-to-next-frame
// latency with the CPU slowed 4×; the cost of a save with a full history.
//
//   node bench/bench.mjs DIST     (bench/run.sh builds DIST first and calls this)
//
// Prints a report and writes it as JSON to bench/results/latest.json.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CHROMIUM, CPU_SLOWDOWN, SLOW_4G, captureFirstScreen, launch, measureQuestionnaire, screenshot, startToQuestion, summarise } from './interaction.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const PYTHON = existsSync(path.join(ROOT, 'tools/.venv/bin/python')) ? path.join(ROOT, 'tools/.venv/bin/python') : 'python3';
const SITE = path.join(HERE, '.site');
const RESULTS = path.join(HERE, 'results');
// BENCH_RUNS=0 leaves Lighthouse out (for working on the rest of the benchmark).
const RUNS = Math.max(0, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 0);
const START_RUNS = Math.max(0, Number.parseInt(process.env.BENCH_START_RUNS ?? '3', 10) || 0);
// Runs through the questionnaire per page for the click figures: a single click's figure moves
// by 10–20 ms run to run.
const CLICK_RUNS = Math.max(1, Number.parseInt(process.env.BENCH_CLICK_RUNS ?? '3', 10) || 1);
const CLICK_KINDS = ['start', 'answer', 'next', 'results', 'how', 'history', 'data', 'room'];
const CLICK_TARGET_MS = 50;
const BUDGET_KB = 14;
// The app's LCP against the one-file floor's, in the same run.
const LCP_RATIO_TARGET = 1.1;
const PAGES = ['floor', 'copy', 'app', 'surveyjs'];
const LABEL = { floor: 'one-file floor', copy: 'static copy', app: 'netwhy app', surveyjs: 'SurveyJS' };
// The pages with a questionnaire, for the start-to-first-question figure.
const STARTS = ['app', 'surveyjs'];
const LIGHTHOUSE_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';

const flows = JSON.parse(readFileSync(path.join(HERE, 'flow.json'), 'utf8'));
const flow = { timeoutMs: flows.timeoutMs, ...flows.app };
const surveyjsFlow = { timeoutMs: flows.timeoutMs, ...flows.surveyjs };
const log = (...a) => console.error('[bench]', ...a);

function python(script, args) {
  const r = spawnSync(PYTHON, [path.join(HERE, script), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  return r.stdout;
}

// The project's static server on a free port, serving SITE.
function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [path.join(HERE, 'serve.py'), SITE], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the static server stopped (${code})`)));
    child.stdout.once('data', (d) => resolve({ child, port: Number.parseInt(String(d), 10) }));
  });
}

// Lighthouse now and then fails to record a trace on a loaded machine (NO_NAVSTART and the
// like); such a run is repeated, up to twice, and said so.
function lighthouse(url, out) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouseOnce(url, out);
    } catch (error) {
      if (attempt === 3) throw error;
      log(`lighthouse failed on ${url}, trying again: ${error.message.split('\n').find((l) => l.trim() && !l.startsWith('lighthouse')) || ''}`);
    }
  }
}

function lighthouseOnce(url, out) {
  const bin = path.join(HERE, 'node_modules/.bin/lighthouse');
  const args = [url, '--output=json', `--output-path=${out}`, '--only-categories=performance', `--chrome-flags=${LIGHTHOUSE_FLAGS}`, '--quiet'];
  const r = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM } });
  if (r.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${r.stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const a = report.audits;
  const num = (id) => (a[id] && typeof a[id].numericValue === 'number' ? a[id].numericValue : null);
  if (report.runtimeError) throw new Error(`lighthouse on ${url}: ${report.runtimeError.message}`);
  return {
    lcp: num('largest-contentful-paint'),
    fcp: num('first-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    score: report.categories.performance.score === null ? null : Math.round(report.categories.performance.score * 100),
    bytes: num('total-byte-weight'),
    requests: (a['network-requests']?.details?.items || []).length,
    // The longest main-thread task after the first paint, the kind TBT counts (Lighthouse's
    // simulated, throttled figures).
    longestTask: Math.max(0, ...(a['long-tasks']?.details?.items || []).filter((t) => t.startTime >= num('first-contentful-paint')).map((t) => t.duration)),
    warnings: report.runWarnings || [],
    failedAudits: Object.values(a).filter((v) => v.scoreDisplayMode === 'error').map((v) => v.id),
  };
}

const median = (values) => {
  const v = values.filter((x) => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

// Several runs through the questionnaire as one: every click of the runs that went through,
// and for each kind of click the slowest of each run (the worst click a person meets in one
// run through). The storage figures are the first run's.
function pooled(runs) {
  const ok = runs.filter((v) => v.status === 'ok');
  if (!ok.length) return runs[0];
  const clicks = ok.flatMap((v) => v.clicks);
  const summary = Object.fromEntries(CLICK_KINDS.map((k) => {
    const all = summarise(clicks, k);
    if (!all) return [k, null];
    const worst = ok.map((v) => v.summary[k]?.frame.max).filter((v) => v !== undefined);
    const worstNext = ok.map((v) => v.summary[k]?.nextTask.max).filter((v) => v !== undefined);
    return [k, { ...all, worstPerRun: worst, worstMedian: median(worst), worstNextTaskMedian: median(worstNext) }];
  }));
  return { ...ok[0], runs: ok.length, failedRuns: runs.filter((v) => v.status !== 'ok').map((v) => v.reason), clicks, summary };
}

// ---------------------------------------------------------------- formatting
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (v) => (v === null || v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);
const x = (r) => (r === null ? '–' : `${r.toFixed(2)}×`);
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function eventText(e) {
  if (!e) return '–';
  const shown = (v) => (v === 0 ? '<16 ms' : ms(v));
  return `${shown(e.median)} / ${shown(e.max)}`;
}

function report(r) {
  const out = [];
  const p = r.lighthouse.medians;
  out.push(`netwhy benchmark — ${r.date}`);
  out.push(`machine: ${r.machine.cpus} cores, load average ${r.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')} at start${r.machine.loadBefore[0] > 0.5 ? ' (busy: take final figures on a quiet machine)' : ''}`);
  out.push(`Lighthouse ${r.lighthouse.version}, mobile preset (simulated slow 4G, ${CPU_SLOWDOWN}× CPU), ${r.lighthouse.runs} interleaved run(s) per page, medians; pages served compressed (brotli/gzip) from 127.0.0.1`);
  const fl = r.floor;
  out.push(`  ${LABEL.floor}: the app's first screen in one HTML file, the ${fl.rules.kept} of ${fl.rules.total} style rules it uses (${fl.customProperties.kept} of ${fl.customProperties.total} custom properties) inline, ${kb(fl.bytes)} raw;`);
  out.push(`    in Chromium it made ${fl.requests.length} request(s) (target 1: the page alone) ${verdict(fl.requests.length === 1)}${fl.requests.length === 1 ? '' : `: ${fl.requests.join(', ')}`}`);
  out.push(`  ${LABEL.copy}: the same markup with the app's own stylesheets (the floor before the one-file page)`);
  out.push('');
  out.push(table(
    ['page', 'LCP', 'FCP', 'TBT', 'longest task after FCP', 'CLS', 'Speed Index', 'score', 'transferred', 'requests'],
    PAGES.map((k) => [LABEL[k], ms(p[k].lcp), ms(p[k].fcp), ms(p[k].tbt), ms(p[k].longestTask), p[k].cls === null ? '–' : p[k].cls.toFixed(3), ms(p[k].si), p[k].score ?? '–', kb(p[k].bytes), p[k].requests ?? '–']),
  ));
  out.push('');
  const t = r.targets;
  const perRun = t.lcpAppFloorPerRun.length ? `; run by run ${t.lcpAppFloorPerRun.map((v) => (v === null ? '–' : v.toFixed(2))).join(' / ')}` : '';
  out.push(`LCP   app / one-file floor ${x(t.lcpAppFloor)}   (medians of the same runs${perRun}; target ≤ ${LCP_RATIO_TARGET}×) ${verdict(t.lcpAppFloor === null ? null : t.lcpAppFloor <= LCP_RATIO_TARGET)}`);
  out.push(`LCP   app / static copy    ${x(t.lcpAppCopy)}`);
  out.push(`LCP   app / SurveyJS       ${x(t.lcpAppSurveyjs)}`);
  out.push(`bytes app / one-file floor ${x(t.bytesAppFloor)}`);
  out.push(`bytes app / SurveyJS       ${x(t.bytesAppSurveyjs)}`);
  out.push(`app performance score ${p.app.score ?? '–'} (target ≥ 98) ${verdict(p.app.score === null ? null : p.app.score >= 98)}; CLS ${p.app.cls ?? '–'} (target 0) ${verdict(p.app.cls === null ? null : p.app.cls === 0)}; TBT ${ms(p.app.tbt)} (target ≈ 0) ${verdict(p.app.tbt === null ? null : p.app.tbt < 50)}`);
  const failed = [...new Set(PAGES.flatMap((k) => r.lighthouse.all[k].flatMap((v) => v.failedAudits)))];
  if (failed.length) out.push(`(Lighthouse could not compute these diagnostics with this Chromium; the metrics above do not depend on them: ${failed.join(', ')})`);
  const warnings = [...new Set(PAGES.flatMap((k) => r.lighthouse.all[k].flatMap((v) => v.warnings)))];
  for (const w of warnings) out.push(`Lighthouse warning: ${w}`);
  out.push('');
  out.push('App assets (release build; gzip -9 and brotli q11 as scripts/size_report.py computes them):');
  out.push(r.sizes.table.trimEnd());
  out.push('');
  const f = r.firstScreen;
  out.push(`First screen: what the page loaded until ${flow.firstScreen} was shown and the network was quiet,`);
  out.push(`and whether each request started before the first contentful paint (${f.paintedAt === null ? 'not reported' : ms(f.paintedAt)} here, unthrottled)`);
  const when = (q) => (q.beforePaint === null ? '?' : q.beforePaint ? 'before' : 'after');
  out.push(table(
    ['request', 'type', 'paint', 'served as', 'on the wire', 'raw', 'gzip', 'brotli'],
    f.requests.map((q) => [q.path, q.type, when(q), q.encoding, kb(q.transferred), kb(q.raw), kb(q.gzip), kb(q.brotli)]),
  ));
  out.push(`needed for the first screen (requested before it was painted), brotli: ${kb(f.beforePaint.brotli)} of the ${BUDGET_KB} KB budget ${verdict(f.paintedAt === null ? null : f.beforePaint.brotli <= BUDGET_KB * 1024)}  (gzip ${kb(f.beforePaint.gzip)})`);
  out.push(`everything until the network was quiet (the working app), brotli: ${kb(f.brotli)}  (gzip ${kb(f.gzip)}, on the wire here ${kb(f.transferred)})`);
  if (f.otherOrigins.length) out.push(`requests to other origins: ${f.otherOrigins.join(', ')}`);
  const plain = f.requests.filter((q) => q.encoding !== 'br' && /\.(html|js|mjs|css|wasm|json|svg|webmanifest)$|\/$/.test(q.path)).map((q) => `${q.path} (${q.encoding})`);
  if (plain.length) out.push(`not served as brotli: ${plain.join(', ')}; the brotli column is what a brotli-serving host sends`);
  out.push('');
  const st = r.startToQuestion;
  const c = st.conditions;
  out.push(`Start → first question on screen, cold: a new browser context each time (empty cache, service workers blocked), the`);
  out.push(`network slowed in Chromium to slow 4G (${c.latencyMs} ms added to each response, ${c.downloadKbps.toLocaleString('en')} Kbps down, ${c.uploadKbps} Kbps up), CPU slowed ${c.cpuSlowdown}×,`);
  out.push(`${c.runs} interleaved run(s) per page, medians. From the start of the navigation (page time 0) to the end of the first frame`);
  out.push(`with the first question's text on screen. Start is pressed (a mouse click at its centre) as soon as the page finds it`);
  out.push(`actionable: on screen, visible, the element at that point, not moved since the frame before (the app's Start is a link to`);
  out.push(`the first question in the page's HTML, which works before the app's script has run)`);
  if (c.runs) {
    const runText = (k) => st[k].runs.map((v) => (v.status === 'ok' ? Math.round(v.ms).toLocaleString('en') : 'failed')).join(' / ');
    out.push(table(
      ['page', 'start → first question', 'runs (ms)', 'Start in the DOM', 'first paint', 'Start actionable', 'pressed', 'question in the DOM', 'presses'],
      STARTS.map((k) => [LABEL[k], ms(st[k].median), runText(k), ms(st[k].button), ms(st[k].paint), ms(st[k].actionable), ms(st[k].pressed), ms(st[k].found), st[k].presses ?? '–']),
    ));
    out.push(`app / SurveyJS ${x(st.ratioAppSurveyjs)}  (the other columns: medians, page time)`);
    for (const k of STARTS) {
      const failures = st[k].runs.filter((v) => v.status !== 'ok');
      if (failures.length) out.push(`  ${LABEL[k]}: ${failures.length} run(s) failed: ${[...new Set(failures.map((v) => v.reason))].join('; ')}`);
    }
  } else {
    out.push('(not measured: BENCH_START_RUNS=0)');
  }
  out.push('');
  const q = r.interaction;
  const sj = r.surveyjsInteraction;
  const through = (m) => (m.status === 'ok' ? `${m.runs} run(s)` : 'no run');
  out.push(`Interaction latency in Chromium, CPU slowed ${CPU_SLOWDOWN}×, network not slowed; the app ${through(q)} and SurveyJS ${through(sj)}`);
  out.push('through the questionnaire, interleaved, every click pooled, median / max:');
  out.push('  frame: from the click to the end of the first frame after the screen changed (requestAnimationFrame after the');
  out.push('         change, then the start of a user-blocking scheduler.postTask task, which runs before the page\'s own tasks)');
  out.push('  event: Event Timing duration (click to the next paint; entries under 16 ms are not reported: "<16 ms"); it ends');
  out.push('         at the first paint after the click, so a screen change that follows in a later task is only in "frame"');
  out.push('  slowest per run: the slowest click of its kind in each run through (the worst one a person meets)');
  if (q.status !== 'ok') out.push(`  app: ${q.status}: ${q.reason}`);
  if (sj.status !== 'ok') out.push(`  SurveyJS: ${sj.status}: ${sj.reason}`);
  const kinds = [['start', 'welcome → first question'], ['answer', 'answer a question'], ['next', 'Next → next question'], ['results', 'See my results → results'],
    ['how', 'first visit: how it is worked out'], ['history', 'first visit: History'], ['data', 'first visit: Your data'], ['room', 'first visit: Room']];
  const cells = (m, k) => {
    const v = m.status === 'ok' ? m.summary[k] : null;
    return v
      ? [v.count, `${ms(v.frame.median)} / ${ms(v.frame.max)}`, v.worstPerRun.map((w) => Math.round(w)).join(' / '), eventText(v.event)]
      : ['–', '–', '–', '–'];
  };
  for (const [m, name] of [[q, 'app'], [sj, 'SurveyJS']]) {
    if (m.status === 'ok' && m.failedRuns.length) out.push(`  ${name}: ${m.failedRuns.length} run(s) stopped: ${[...new Set(m.failedRuns)].join('; ')}`);
  }
  if (q.status === 'ok' || sj.status === 'ok') {
    out.push(table(
      ['click', 'app n', 'app frame', 'slowest per run (ms)', 'app event', 'SurveyJS n', 'SurveyJS frame', 'slowest per run (ms)', 'SurveyJS event'],
      kinds.map(([k, what]) => [what, ...cells(q, k), ...cells(sj, k)]),
    ));
  }
  if (q.status === 'ok') {
    const kindsIn = CLICK_KINDS.filter((k) => q.summary[k]);
    const worst = Math.max(...kindsIn.map((k) => q.summary[k].worstMedian));
    const which = kindsIn.filter((k) => q.summary[k].worstMedian > CLICK_TARGET_MS);
    out.push(`app: every kind of click to the next frame, its slowest in a run (median over runs) ≤ ${CLICK_TARGET_MS} ms: worst ${ms(worst)} ${verdict(worst <= CLICK_TARGET_MS)}${which.length ? ` (over: ${which.join(', ')})` : ''}`);
    // The mark used before: the first normal-priority task after the frame, which comes after
    // what the app puts off until the frame is drawn (its save).
    out.push(`app, the same to the first normal task after the frame (with the work put off until after it, such as the save): ${kindsIn.map((k) => `${k} ${ms(q.summary[k].worstNextTaskMedian)}`).join(', ')}`);
    const io = (x) => `median ${x.medianMs?.toFixed(2) ?? '–'} ms, max ${x.maxMs?.toFixed(2) ?? '–'} ms (${x.count})`;
    out.push(`app during the run: localStorage.setItem ${io(q.saves)}, ${q.saves.chars ?? '–'} characters; getItem ${io(q.reads)}`);
    const s = q.storage;
    if (s && s.answer) {
      out.push(`app with ${s.snapshots} snapshots stored (${kb(s.storedChars)} of text; ${s.source}): ${s.status}`);
      out.push(`  answer click: frame ${ms(s.answer.frame.median)} / ${ms(s.answer.frame.max)}, event ${eventText(s.answer.event)}; setItem ${io(s.saves)}; getItem ${io(s.reads)}`);
      out.push(`  writes between an answer click and the frame that showed it: ${s.savesBeforeFrame} of ${s.saves.count || 0} writes, ${s.clicks} clicks (target 0) ${verdict(s.savesBeforeFrame === 0)}`);
    } else if (s) {
      out.push(`app with a full history: ${s.status}`);
    }
  }
  out.push('');
  out.push(`screenshots: ${r.screenshots.map((s) => path.relative(ROOT, s)).join(', ')}`);
  out.push(`JSON: ${path.relative(ROOT, path.join(RESULTS, 'latest.json'))}; took ${Math.round(r.seconds)} s`);
  return out.join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const dist = path.resolve(process.argv[2] || path.join(ROOT, 'dist'));
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build first`);
  const began = Date.now();
  const loadBefore = loadavg();
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  mkdirSync(path.join(RESULTS, 'lighthouse'), { recursive: true });
  cpSync(dist, path.join(SITE, 'app'), { recursive: true });

  const { child, port } = await serve();
  const base = `http://127.0.0.1:${port}`;
  const url = Object.fromEntries(PAGES.map((k) => [k, `${base}/${k}/`]));
  const browser = await launch();
  try {
    log('capturing the app\'s first screen');
    const first = await captureFirstScreen(browser, url.app, flow);
    writeFileSync(path.join(SITE, 'first-screen.html'), first.firstScreen);
    writeFileSync(path.join(SITE, 'welcome-text.html'), first.welcomeText);
    writeFileSync(path.join(SITE, 'first-screen.css'), first.styles.css);
    const { items } = JSON.parse(python('make_pages.py', [SITE, ...['first-screen.html', 'welcome-text.html', 'first-screen.css'].map((f) => path.join(SITE, f))]));
    log(`pages written: one-file floor, static copy, SurveyJS with ${items.length} questions`);

    const screenshots = [];
    const requested = {};
    for (const [k, wait] of [['floor', null], ['copy', null], ['app', flow.firstScreen], ['surveyjs', surveyjsFlow.firstScreen]]) {
      const file = path.join(RESULTS, `${k}.png`);
      requested[k] = await screenshot(browser, url[k], file, wait);
      screenshots.push(file);
    }
    const floor = {
      bytes: readFileSync(path.join(SITE, 'floor', 'index.html')).length,
      rules: first.styles.rules,
      customProperties: first.styles.customProperties,
      requests: requested.floor,
    };

    // Sizes: the whole build, and what the first screen loaded.
    const sizeTable = spawnSync(PYTHON, [path.join(ROOT, 'scripts/size_report.py'), dist], { encoding: 'utf8' });
    if (sizeTable.status !== 0) throw new Error(`size_report.py failed: ${sizeTable.stderr}`);
    const pagePath = (u) => decodeURIComponent(new URL(u).pathname.replace(/^\/app\//, '')) || 'index.html';
    const own = first.requests.filter((q) => q.url.startsWith(url.app) && !q.fromServiceWorker);
    const files = own.map((q) => path.join(dist, pagePath(q.url) === '' ? 'index.html' : pagePath(q.url)));
    const computed = JSON.parse(python('sizes.py', files.filter((f) => existsSync(f))));
    const requests = own.map((q, i) => ({ path: pagePath(q.url), type: q.type, beforePaint: q.beforePaint, encoding: q.encoding, transferred: q.transferred, ...(computed[files[i]] || {}) }));
    const sum = (k, only = requests) => only.reduce((s, q) => s + (q[k] || 0), 0);
    const painted = requests.filter((q) => q.beforePaint === true);
    const firstScreen = {
      requests,
      paintedAt: first.paintedAt,
      beforePaint: { raw: sum('raw', painted), gzip: sum('gzip', painted), brotli: sum('brotli', painted) },
      raw: sum('raw'),
      gzip: sum('gzip'),
      brotli: sum('brotli'),
      transferred: sum('transferred'),
      encodings: [...new Set(requests.map((q) => q.encoding))],
      otherOrigins: first.requests.filter((q) => !q.url.startsWith(base)).map((q) => q.url),
    };

    // Lighthouse, interleaved: each run visits every page, in a rotating order.
    const version = JSON.parse(readFileSync(path.join(HERE, 'node_modules/lighthouse/package.json'), 'utf8')).version;
    const runs = Object.fromEntries(PAGES.map((k) => [k, []]));
    for (let r = 0; r < RUNS; r++) {
      const order = PAGES.map((_, i) => PAGES[(i + r) % PAGES.length]);
      for (const k of order) {
        log(`lighthouse run ${r + 1}/${RUNS}: ${LABEL[k]}`);
        runs[k].push(lighthouse(url[k], path.join(RESULTS, 'lighthouse', `${k}-${r + 1}.json`)));
      }
    }
    const medians = Object.fromEntries(PAGES.map((k) => [k, Object.fromEntries(['lcp', 'fcp', 'tbt', 'cls', 'si', 'score', 'bytes', 'requests', 'longestTask'].map((m) => [m, median(runs[k].map((v) => v[m]))]))]));

    log(`interaction latency, CPU slowed ${CPU_SLOWDOWN}×, ${CLICK_RUNS} run(s) per page`);
    const interact = async (address, f) => {
      try {
        return await measureQuestionnaire(browser, address, f, items);
      } catch (error) {
        return { status: 'failed', reason: error.message.split('\n')[0] };
      }
    };
    const clickRuns = { app: [], surveyjs: [] };
    for (let r = 0; r < CLICK_RUNS; r++) {
      for (const k of r % 2 ? ['surveyjs', 'app'] : ['app', 'surveyjs']) {
        log(`clicks ${r + 1}/${CLICK_RUNS}: ${LABEL[k]}`);
        clickRuns[k].push(await interact(url[k], k === 'app' ? flow : surveyjsFlow));
      }
    }
    const interaction = pooled(clickRuns.app);
    const surveyjsInteraction = pooled(clickRuns.surveyjs);

    // Start → first question, cold on a slow network, the two pages interleaved.
    const flowOf = { app: flow, surveyjs: surveyjsFlow };
    const starts = Object.fromEntries(STARTS.map((k) => [k, []]));
    for (let r = 0; r < START_RUNS; r++) {
      for (const k of r % 2 ? [...STARTS].reverse() : STARTS) {
        log(`start → first question ${r + 1}/${START_RUNS}: ${LABEL[k]}`);
        starts[k].push(await startToQuestion(browser, url[k], flowOf[k], items[0]));
      }
    }
    const startSummary = (list) => {
      const ok = list.filter((v) => v.status === 'ok');
      const of = (f) => (ok.length ? median(ok.map(f)) : null);
      return {
        median: of((v) => v.ms),
        button: of((v) => v.button),
        paint: of((v) => v.paint),
        actionable: of((v) => v.actionable),
        pressed: of((v) => (v.clicks.length ? v.clicks[0] : null)),
        found: of((v) => v.found),
        presses: of((v) => v.presses),
        runs: list,
      };
    };
    const startToQuestionResult = {
      conditions: {
        cold: 'new browser context, empty cache, service workers blocked',
        network: 'slow 4G (Chromium network emulation)',
        latencyMs: SLOW_4G.latency,
        downloadKbps: SLOW_4G.downloadKbps,
        uploadKbps: SLOW_4G.uploadKbps,
        cpuSlowdown: CPU_SLOWDOWN,
        runs: START_RUNS,
        from: 'navigation start (page time 0)',
        to: "end of the first frame with the first question's text on screen",
      },
      ...Object.fromEntries(STARTS.map((k) => [k, startSummary(starts[k])])),
    };
    startToQuestionResult.ratioAppSurveyjs = ratio(startToQuestionResult.app.median, startToQuestionResult.surveyjs.median);

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadBefore, loadAfter: loadavg() },
      lighthouse: { version, runs: RUNS, medians, all: runs },
      floor,
      targets: {
        lcpAppFloor: ratio(medians.app.lcp, medians.floor.lcp),
        lcpAppFloorTarget: LCP_RATIO_TARGET,
        lcpAppFloorPerRun: runs.app.map((v, i) => ratio(v.lcp, runs.floor[i].lcp)),
        lcpAppCopy: ratio(medians.app.lcp, medians.copy.lcp),
        lcpAppSurveyjs: ratio(medians.app.lcp, medians.surveyjs.lcp),
        bytesAppFloor: ratio(medians.app.bytes, medians.floor.bytes),
        bytesAppSurveyjs: ratio(medians.app.bytes, medians.surveyjs.bytes),
        firstScreenBrotli: firstScreen.beforePaint.brotli,
        workingAppBrotli: firstScreen.brotli,
        firstScreenBudget: BUDGET_KB * 1024,
      },
      sizes: { table: sizeTable.stdout },
      firstScreen,
      surveyjsItems: items.length,
      interaction,
      surveyjsInteraction,
      startToQuestion: startToQuestionResult,
      screenshots,
      seconds: 0,
    };
    result.seconds = (Date.now() - began) / 1000;
    writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(report(result));
  } finally {
    await browser.close().catch(() => {});
    child.kill();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error.stack || error}`);
  process.exit(1);
});
