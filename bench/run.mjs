#!/usr/bin/env node
// `npm run bench`: sizes; what a sign-in page pays for its help (the loader,
// the full bundle plain and defer, no help, DocSearch v3 and ninja-keys):
// bytes and main-thread time until idle, and click to panel painted over
// slow 4G with and without prefetch on intent; time to paint and its static
// floor; per-keystroke work and its static floor at 12 to 10,000 topics,
// content load and index build; the best 8 result rows against 20 (two builds
// differing only in that); heap after 1,000 dialog cycles. Runs in
// headless Chromium (the browser layer, scripts/browser.mjs, with its DevTools
// protocol session for network, performance and heap), served gzipped from this machine
// (no request leaves it); prints a table and writes bench/results.json. Not
// part of `npm test`: numbers are reported, never asserted.
// DocSearch and ninja-keys are bench/package.json's own pinned dependencies, not
// the root's: installed into bench/node_modules (npm ci) on the first run, or
// whenever they differ from bench/package.json, and served from there.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launch } from '../scripts/browser.mjs';
import { startServer } from '../test/e2e/server.mjs';
import { generateCorpus, typingSequences } from './corpus.mjs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Loads of each page for the paint figure (medians; the two pages alternate). */
const LOADS = 30;
const SIZES = [12, 200, 2000, 10000];
/** Loads per sign-in page figure (medians). */
const PAGE_LOADS = 7;
/** Clicks per click-to-panel figure (medians). */
const CLICKS = 5;
/** How long a pointer rests on the button before the click, in the "prefetch on intent" case. */
const HOVER_MS = 300;
/** Slow 4G as Lighthouse emulates it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const here = new URL('.', import.meta.url).pathname;
/** `npm run bench -- keystroke heap` runs only those parts (signin, click, paint, keystroke, rows, heap); all by default. */
const PARTS = ['signin', 'click', 'paint', 'keystroke', 'rows', 'heap'];
const only = process.argv.slice(2);
for (const part of only) if (!PARTS.includes(part)) throw new Error(`Unknown bench part "${part}": use any of ${PARTS.join(', ')}`);
const want = (part) => !only.length || only.includes(part);

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

function sizes(files) {
  const raw = Buffer.concat(files.map((f) => readFileSync(f)));
  return {
    raw: raw.length,
    gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0),
    brotli: files.reduce((n, f) => n + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}
const jsFiles = (dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => f.endsWith('.js') && statSync(f).isFile());

const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}` };
results.size = { iife: sizes(['dist/cl-login-help.js']), loader: sizes(['dist/cl-login-help-loader.js']), esm: sizes(jsFiles('dist/esm')) };

// The pages compared against (DocSearch v3, ninja-keys) come from bench/node_modules, not the root install.
const benchDeps = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).devDependencies;
const installedVersion = (name) => {
  const file = join(here, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};
if (Object.entries(benchDeps).some(([name, version]) => installedVersion(name) !== version)) {
  console.log('Installing the bench\'s own dependencies (bench/package-lock.json) into bench/node_modules');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  if (npm.status !== 0) throw new Error('npm ci in bench/ failed: run it there by hand to see why');
}

// ninja-keys as a site ships it: its ES module and dependencies (Lit 2, hotkeys-js, mwc-icon) in one minified file.
mkdirSync(join(here, 'pages/.generated'), { recursive: true });
{
  const build = await rollup({ input: join(here, 'node_modules/ninja-keys/dist/ninja-keys.js'), plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ format: { comments: false } })], onwarn: () => {} });
  await build.write({ file: join(here, 'pages/.generated/ninja-keys.js'), format: 'es' });
  await build.close();
}
const versionOf = installedVersion;
results.versions = { '@docsearch/js': versionOf('@docsearch/js'), '@docsearch/css': versionOf('@docsearch/css'), 'ninja-keys': versionOf('ninja-keys') };

const server = await startServer({ compress: true });
const browser = await launch('chromium');
results.browser = await browser.version();

/** A page in a fresh context that may not reach anything but this machine; counts what it tried. */
async function localPage() {
  const page = await browser.newPage({ width: 1280, height: 800 });
  const blocked = [];
  await page.route(
    (url) => url.origin !== server.origin,
    (request) => {
      blocked.push(request.url);
      return request.abort();
    },
  );
  return { page, blocked };
}

// What a sign-in page pays for its help before anyone asks for it.
const SIGNIN = [
  ['none', 'No help at all'],
  ['loader', 'Loader (defer)'],
  ['full', 'Full bundle'],
  ['full-defer', 'Full bundle (defer)'],
  ['docsearch', `DocSearch v3 (@docsearch/js ${results.versions['@docsearch/js']} + css)`],
  ['ninja', `ninja-keys ${results.versions['ninja-keys']} (with its deps)`],
];
results.signin = {};
for (const [key, label] of want('signin') ? SIGNIN : []) {
  const transferred = [];
  const mainThread = [];
  const script = [];
  let blockedRequests = 0;
  for (let i = 0; i < PAGE_LOADS; i++) {
    const { page, blocked } = await localPage();
    const cdp = await page.cdp();
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(`${server.origin}/bench/pages/signin-${key}.html`, { waitUntil: 'load' });
    await page.waitForNetworkIdle();
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    transferred.push(bytes);
    mainThread.push(metrics.TaskDuration * 1000);
    script.push(metrics.ScriptDuration * 1000);
    blockedRequests += blocked.length;
    await page.close();
  }
  results.signin[key] = { label, transferred: median(transferred), mainThreadUntilIdle: median(mainThread), scriptUntilIdle: median(script), blockedRequests };
}

// A click on "Can't sign in?" to the panel painted, over slow 4G.
async function clickToPanel(key, prefetch) {
  const times = [];
  for (let i = 0; i < CLICKS; i++) {
    const { page } = await localPage();
    const cdp = await page.cdp();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(`${server.origin}/bench/pages/signin-${key}.html`, { waitUntil: 'load' });
    const button = ':is(cl-login-help-loader, cl-login-help-launcher) >> [part=button]';
    await page.waitForSelector(button, { timeout: 30_000 });
    await page.waitForNetworkIdle();
    if (prefetch) {
      await page.hover(button);
      await page.waitForTimeout(HOVER_MS);
    }
    times.push(
      await page.evaluate(async () => {
        const t0 = performance.now();
        document.querySelector('cl-login-help-loader, cl-login-help-launcher').shadowRoot.querySelector('[part=button]').click();
        await new Promise((resolve) => {
          const check = () => {
            const launcher = document.querySelector('cl-login-help-launcher');
            const ready = launcher?.isOpen && launcher.shadowRoot.querySelector('cl-login-help')?.shadowRoot?.querySelector('[part=search-input]');
            // Painted: the frame that shows it has been produced.
            if (ready) requestAnimationFrame(() => setTimeout(resolve));
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      }),
    );
    await page.close();
  }
  return median(times);
}
if (want('click')) results.clickToPanel = {
  network: 'slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), gzip',
  loader: await clickToPanel('loader', false),
  loaderPrefetch: await clickToPanel('loader', true),
  full: await clickToPanel('full', false),
  fullDefer: await clickToPanel('full-defer', false),
};

// The static-HTML floor: the same home screen, pre-rendered, with its styles.
/** Playwright's default viewport, which the figures in bench/results.json were measured at. */
const VIEWPORT = { width: 1280, height: 720 };
if (want('paint')) {
  const page = await browser.newPage(VIEWPORT);
  await page.goto(`${server.origin}/bench/pages/paint.html`);
  await page.waitForFunction(() => window.__t1);
  const { css, markup } = await page.evaluate(() => {
    const root = document.querySelector('cl-login-help').shadowRoot;
    const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n').replaceAll(':host', '.host');
    return { css, markup: root.innerHTML.replace(/<!--[^]*?-->/g, '') };
  });
  mkdirSync(join(here, 'pages/.generated'), { recursive: true });
  writeFileSync(
    join(here, 'pages/.generated/static.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: static floor</title></head><body><script>window.__t0 = performance.now();</script><style>${css}</style><div class="host">${markup}</div><script>requestAnimationFrame(() => setTimeout(() => (window.__t1 = performance.now())));</script></body></html>`,
  );
  await page.close();
}

/**
 * Milliseconds to the panel painted: from the moment the script tag can run
 * (its bytes have arrived: Resource Timing's responseEnd, or the inline mark
 * before it if later) for the panel; from the inline mark before the markup
 * for the static floor. `fromPageStart` also counts the script's download.
 * The pages' loads alternate, after one unmeasured load of each, so a change
 * in the machine's speed during the run (or a browser still warming up)
 * falls on both alike.
 */
async function paintTimes(paths) {
  const times = paths.map(() => []);
  const fromPageStart = paths.map(() => []);
  for (let i = -1; i < LOADS; i++) {
    for (const [k, path] of paths.entries()) {
      const page = await browser.newPage(VIEWPORT);
      await page.goto(`${server.origin}${path}`);
      await page.waitForFunction(() => window.__t1);
      const [fromScript, fromStart] = await page.evaluate(() => {
        const script = performance.getEntriesByType('resource').find((e) => e.name.includes('cl-login-help.js'));
        const ready = Math.max(window.__t0, script?.responseEnd ?? 0);
        return [window.__t1 - ready, window.__t1 - window.__t0];
      });
      await page.close();
      if (i < 0) continue;
      times[k].push(fromScript);
      fromPageStart[k].push(fromStart);
    }
  }
  return paths.map((_, k) => ({ median: median(times[k]), p95: quantile(times[k], 0.95), fromPageStart: median(fromPageStart[k]) }));
}
if (want('paint')) {
  const [panel, staticFloor] = await paintTimes(['/bench/pages/paint.html', '/bench/pages/.generated/static.html']);
  results.paint = { panel, staticFloor, ratio: panel.median / staticFloor.median };
}

/**
 * Per-keystroke work, content load and index build at `size` topics, and the
 * static twin's floor, in the panel of `page` (bench/pages/keys.html by default).
 */
async function keystrokes(size, path = '/bench/pages/keys.html') {
  const page = await browser.newPage({ width: 1280, height: 900 });
  await page.goto(`${server.origin}${path}`);
  await page.waitForFunction(() => customElements.get('cl-login-help'));
  const corpus = size === 12 ? null : generateCorpus(size);
  const measured = await page.evaluate(
    async ({ corpus, sequences }) => {
      const el = document.querySelector('cl-login-help');
      await el.updateComplete;
      const input = el.shadowRoot.querySelector('[part=search-input]');
      // Main-thread work from the input event to the next frame: the search and
      // Lit's render, then style, layout and paint of that frame (measured from
      // the frame's start to the first task after it), without the idle wait in between.
      // The floor below is measured the same way, around its own writes.
      const measure = async (write) => {
        const t0 = performance.now();
        await write();
        const work = performance.now() - t0;
        return new Promise((resolve) =>
          requestAnimationFrame(() => {
            const frame = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(work + performance.now() - frame);
            channel.port2.postMessage(0);
          }),
        );
      };
      const type = (text) =>
        measure(async () => {
          input.value = text;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
        });
      let load = 0;
      let index = 0;
      let firstKey = 0;
      const text = corpus && JSON.stringify(corpus);
      if (corpus) {
        // Worst case: a search right after the content arrives builds the whole index at once.
        let t = performance.now();
        el.content = JSON.parse(text);
        load = performance.now() - t;
        t = performance.now();
        el.search('a');
        index = performance.now() - t;
        el.reset();
        await el.updateComplete;
        // Usual case: the customer reads for a moment while the index is built in idle time.
        el.content = JSON.parse(text);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 3000));
        firstKey = await type(sequences[0].slice(0, 1));
        el.reset();
        await el.updateComplete;
      } else {
        // The built-in content is indexed in idle time after the first render.
        await new Promise((r) => setTimeout(r, 500));
        firstKey = await type(sequences[0].slice(0, 1));
        el.reset();
        await el.updateComplete;
        const t = performance.now();
        el.search('a');
        index = performance.now() - t;
        el.reset();
        await el.updateComplete;
      }
      const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      await painted();
      // What the panel shows, as markup without Lit's comments: the field's value,
      // its clear button, and each element around the search field (heading and
      // intro above; results, "No exact answer", home lists and status below).
      const strip = (html) => html.replace(/<!--[^]*?-->/g, '');
      const snapshot = (root) => {
        const base = root.querySelector('[part=base]');
        const search = base.querySelector(':scope > .search');
        const kids = [...base.children];
        const at = kids.indexOf(search);
        const parts = (elements) => elements.map((e) => ({ tag: e.cloneNode(false).outerHTML, inner: strip(e.innerHTML), outer: strip(e.outerHTML) }));
        return {
          value: search.querySelector('[part=search-input]').value,
          clear: strip(search.querySelector('[part=clear]')?.outerHTML ?? ''),
          before: parts(kids.slice(0, at)),
          after: parts(kids.slice(at + 1)),
        };
      };
      const home = { markup: strip(el.shadowRoot.innerHTML), snapshot: snapshot(el.shadowRoot) };
      const times = [];
      const rows = [];
      // Keystrokes that switch screens (home, results, "no results") build a list; the others re-text one.
      const switches = [];
      // Every screen in order, measured (a keystroke) or not (the field cleared), for the floor.
      const steps = [];
      for (let round = 0; round < 3; round++) {
        for (const sequence of sequences) {
          for (let i = 1; i <= sequence.length; i++) {
            const before = el.status;
            times.push(await type(sequence.slice(0, i)));
            switches.push(el.status !== before);
            rows.push(el.shadowRoot.querySelectorAll('[part=result]').length);
            steps.push({ key: true, screen: snapshot(el.shadowRoot) });
            await new Promise((r) => setTimeout(r));
          }
          // Clearing the field is not a keystroke: its screen is painted before the next word starts.
          el.reset();
          await el.updateComplete;
          steps.push({ key: false, screen: snapshot(el.shadowRoot) });
          await painted();
        }
      }

      // The floor: the same screens set as final markup into a static twin (an
      // open shadow root with the panel's own stylesheets and markup, in its
      // place and at its width, the panel hidden), without Lit or search. Each
      // step writes only what changed, element by element around the search
      // field (the result list's rows by its innerHTML); what to write is worked
      // out before the clock starts.
      const panelWidth = el.getBoundingClientRect().width;
      el.style.display = 'none';
      const twin = document.createElement('div');
      el.after(twin);
      const twinRoot = twin.attachShadow({ mode: 'open' });
      if (el.shadowRoot.adoptedStyleSheets.length) twinRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets;
      twinRoot.innerHTML = home.markup;
      const base = twinRoot.querySelector('[part=base]');
      const search = base.querySelector(':scope > .search');
      const twinInput = search.querySelector('[part=search-input]');
      const row = search.querySelector('.search-row');
      const around = (side) => {
        const kids = [...base.children];
        const at = kids.indexOf(search);
        return side === 'before' ? kids.slice(0, at) : kids.slice(at + 1);
      };
      const plan = (from, to) => {
        const writes = [];
        if (to.value !== from.value) writes.push(() => (twinInput.value = to.value));
        if (to.clear !== from.clear)
          writes.push(() => {
            row.querySelector('[part=clear]')?.remove();
            if (to.clear) row.insertAdjacentHTML('beforeend', to.clear);
          });
        for (const side of ['before', 'after']) {
          const [a, b] = [from[side], to[side]];
          if (a.length === b.length && a.every((part, i) => part.tag === b[i].tag)) {
            // Same elements: re-fill those whose content changed.
            b.forEach((part, i) => {
              if (part.inner !== a[i].inner) writes.push(() => (around(side)[i].innerHTML = part.inner));
            });
          } else {
            // Another screen: replace the elements on that side.
            const markup = b.map((part) => part.outer).join('');
            writes.push(() => {
              for (const e of around(side)) e.remove();
              search.insertAdjacentHTML(side === 'before' ? 'beforebegin' : 'afterend', markup);
            });
          }
        }
        return () => {
          for (const write of writes) write();
        };
      };
      await painted();
      const twinWidth = twin.getBoundingClientRect().width;
      const floor = [];
      let shown = snapshot(twinRoot);
      let mismatches = 0;
      for (const step of steps) {
        const write = plan(shown, step.screen);
        if (step.key) {
          floor.push(await measure(write));
          await new Promise((r) => setTimeout(r));
        } else {
          write();
          await painted();
        }
        // Read back as the panel was read after each keystroke; it must show the same.
        shown = snapshot(twinRoot);
        if (JSON.stringify(shown) !== JSON.stringify(step.screen)) mismatches++;
      }
      twin.remove();
      el.style.display = '';
      return { load, index, firstKey, times, switches, rows, floor, mismatches, panelWidth, twinWidth };
    },
    { corpus, sequences: typingSequences },
  );
  await page.close();
  const switching = measured.times.filter((_, i) => measured.switches[i]);
  const staying = measured.times.filter((_, i) => !measured.switches[i]);
  return {
    median: median(measured.times),
    p95: quantile(measured.times, 0.95),
    max: Math.max(...measured.times),
    keystrokes: measured.times.length,
    // The same keystrokes, split: those that change screens, and the others.
    screenSwitches: { keystrokes: switching.length, median: median(switching), p95: quantile(switching, 0.95) },
    sameScreen: { keystrokes: staying.length, median: median(staying), p95: quantile(staying, 0.95) },
    // The floor: the same screens' final markup set into a static twin, measured the same way, in the same page.
    floor: { median: median(measured.floor), p95: quantile(measured.floor, 0.95), keystrokes: measured.floor.length, mismatches: measured.mismatches, width: measured.twinWidth, panelWidth: measured.panelWidth },
    ratio: { median: median(measured.times) / median(measured.floor), p95: quantile(measured.times, 0.95) / quantile(measured.floor, 0.95) },
    contentLoad: measured.load,
    indexBuild: measured.index,
    firstKeyAfterIdle: measured.firstKey,
    // Result rows on screen after each keystroke, on average.
    rowsShown: measured.rows.reduce((a, b) => a + b, 0) / measured.rows.length,
  };
}

// Per-keystroke work, content load and index build at each corpus size.
results.keystroke = {};
for (const size of want('keystroke') ? SIZES : []) results.keystroke[size] = await keystrokes(size);

// Issue #17: the best 8 rows and "Show all N results", against the 20 rows
// shown before, in this run: two builds of the bundle made the same way from
// the same source (rollup.config.mjs), differing only in RESULT_LIMIT, each
// typed into at 200 and 2,000 topics: 8 rows, 20, 20, then 8 again.
results.rows = {};
if (want('rows')) {
  const [, iife] = (await import('../rollup.config.mjs')).default;
  for (const limit of [8, 20]) {
    const setLimit = {
      name: 'bench-result-limit',
      transform(code, id) {
        if (!id.endsWith('/src/panel/view.ts')) return null;
        if (!/const RESULT_LIMIT = \d+;/.test(code)) this.error('RESULT_LIMIT moved: update bench/run.mjs');
        return { code: code.replace(/const RESULT_LIMIT = \d+;/, `const RESULT_LIMIT = ${limit};`), map: null };
      },
    };
    // After TypeScript: it compiles from the files on disk.
    const plugins = [...iife.plugins];
    plugins.splice(plugins.findIndex((plugin) => plugin.name === 'typescript') + 1, 0, setLimit);
    const build = await rollup({ ...iife, plugins: plugins.filter((plugin) => plugin.name !== 'sizes') });
    // (Under dist/, where the TypeScript plugin's outDir is.)
    await build.write({ ...iife.output, file: `dist/bench/cl-login-help-${limit}-rows.js` });
    await build.close();
    writeFileSync(join(here, `pages/.generated/keys-${limit}-rows.html`), readFileSync(join(here, 'pages/keys.html'), 'utf8').replace('/dist/cl-login-help.js', `/dist/bench/cl-login-help-${limit}-rows.js`));
  }
  for (const size of [200, 2000]) {
    const runs = [];
    for (const limit of [8, 20, 20, 8]) runs.push({ limit, ...(await keystrokes(size, `/bench/pages/.generated/keys-${limit}-rows.html`)) });
    // Each build's better page of two (a slow spell of the machine lands on one page, not on one build).
    const best = (limit) => {
      const pages = runs.filter((run) => run.limit === limit);
      return { median: Math.min(...pages.map((run) => run.median)), p95: Math.min(...pages.map((run) => run.p95)), rowsShown: pages[0].rowsShown };
    };
    results.rows[size] = { 8: best(8), 20: best(20) };
  }
  rmSync('dist/bench', { recursive: true, force: true });
}

// Heap after 1,000 open/close cycles of the launcher dialog.
if (want('heap')) {
  const page = await browser.newPage(VIEWPORT);
  await page.goto(`${server.origin}/bench/pages/keys.html`);
  await page.waitForFunction(() => customElements.get('cl-login-help-launcher'));
  const cdp = await page.cdp();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(async () => {
    const launcher = document.querySelector('cl-login-help-launcher');
    await launcher.open();
    launcher.close();
  });
  const before = await heap();
  await page.evaluate(async () => {
    const launcher = document.querySelector('cl-login-help-launcher');
    for (let i = 0; i < 1000; i++) {
      await launcher.open(i % 2 ? 'email' : undefined);
      launcher.close();
    }
  });
  const after = await heap();
  results.heap = { before, after, growth: after - before };
  await page.close();
}

await browser.close();
server.close();

// A partial run prints its figures but leaves the full record in bench/results.json alone.
if (!only.length) writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');

const rows = [
  ['IIFE dist/cl-login-help.js', `${kb(results.size.iife.raw)} raw, ${kb(results.size.iife.gzip)} gzip, ${kb(results.size.iife.brotli)} brotli`],
  ['Loader dist/cl-login-help-loader.js', `${kb(results.size.loader.raw)} raw, ${kb(results.size.loader.gzip)} gzip, ${kb(results.size.loader.brotli)} brotli`],
  ...Object.values(results.signin).map((r) => [`Sign-in page: ${r.label}`, `${kb(r.transferred)} transferred, main thread ${ms(r.mainThreadUntilIdle)} until idle (script ${ms(r.scriptUntilIdle)})${r.blockedRequests ? `, ${r.blockedRequests} outside requests blocked` : ''}`]),
  ...(results.clickToPanel
    ? [
        ['Click to panel, loader', `${ms(results.clickToPanel.loader)} (click with no prior intent), ${ms(results.clickToPanel.loaderPrefetch)} after ${HOVER_MS} ms of hover (prefetch on intent)`],
        ['Click to panel, full bundle', `${ms(results.clickToPanel.full)} plain, ${ms(results.clickToPanel.fullDefer)} defer (${results.clickToPanel.network})`],
      ]
    : []),
  ['ESM dist/esm (deps external)', `${kb(results.size.esm.raw)} raw, ${kb(results.size.esm.gzip)} gzip, ${kb(results.size.esm.brotli)} brotli`],
  ...(results.paint ? [[`Panel painted (median of ${LOADS})`, `${ms(results.paint.panel.median)} from the script's arrival (static HTML floor ${ms(results.paint.staticFloor.median)}, ${results.paint.ratio.toFixed(2)}×; goal: at most 2×); ${ms(results.paint.panel.fromPageStart)} counting its download`]] : []),
  ...Object.entries(results.keystroke).flatMap(([size, k]) => [
    [`Keystroke at ${size} topics`, `median ${ms(k.median)}, p95 ${ms(k.p95)}, max ${ms(k.max)} (${k.keystrokes} keys); first key after idle ${ms(k.firstKeyAfterIdle)}; load ${ms(k.contentLoad)}, index at once ${ms(k.indexBuild)}`],
    [`  same screen / switching screens`, `p95 ${ms(k.sameScreen.p95)} (${k.sameScreen.keystrokes} keys) / p95 ${ms(k.screenSwitches.p95)} (${k.screenSwitches.keystrokes} keys)`],
    [`  floor (static twin, same screens)`, `median ${ms(k.floor.median)}, p95 ${ms(k.floor.p95)}; keystroke/floor ${k.ratio.median.toFixed(2)}× median, ${k.ratio.p95.toFixed(2)}× p95 (goal: p95 at most 1.5×)${k.floor.mismatches ? `; ${k.floor.mismatches} screens differ from the panel's` : ''}${k.floor.width !== k.floor.panelWidth ? `; twin ${k.floor.width} px wide, panel ${k.floor.panelWidth} px` : ''}`],
  ]),
  ...Object.entries(results.rows).map(([size, r]) => [
    `Best 8 rows vs 20 at ${size} topics`,
    `keystroke p95 ${ms(r[8].p95)} vs ${ms(r[20].p95)} (${(r[8].p95 / r[20].p95).toFixed(2)}×), median ${ms(r[8].median)} vs ${ms(r[20].median)}; ${r[8].rowsShown.toFixed(1)} vs ${r[20].rowsShown.toFixed(1)} rows laid out per key`,
  ]),
  ...(results.heap ? [['Heap after 1,000 dialog cycles', `${kb(results.heap.before)} → ${kb(results.heap.after)} (${results.heap.growth >= 0 ? '+' : ''}${kb(results.heap.growth)})`]] : []),
];
const width = Math.max(...rows.map(([a]) => a.length));
console.log(`\ncl-login-help bench (${results.browser}, ${results.machine})\n`);
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);
console.log(only.length ? `\nPartial run (${only.join(', ')}): bench/results.json left as it was` : '\nWritten to bench/results.json');
