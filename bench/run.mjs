#!/usr/bin/env node
// `npm run bench`: sizes, time to paint, per-keystroke work at 12 to 10,000
// topics, content load and index build, and heap after 1,000 dialog cycles.
// Runs in headless Chromium (scripts/chrome.mjs); prints a table and writes
// bench/results.json. Not part of `npm test`: numbers are reported, never asserted.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureChrome, chromeArgs } from '../scripts/chrome.mjs';
import { startServer } from '../test/e2e/server.mjs';
import { generateCorpus, typingSequences } from './corpus.mjs';

const LOADS = 20;
const SIZES = [12, 200, 2000, 10000];
const here = new URL('.', import.meta.url).pathname;

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
results.size = { iife: sizes(['dist/cl-login-help.js']), esm: sizes(jsFiles('dist/esm')) };

const server = await startServer();
const browser = await chromium.launch({ executablePath: ensureChrome(), args: chromeArgs });
results.browser = browser.version();

// The static-HTML floor: the same home screen, pre-rendered, with its styles.
{
  const page = await browser.newPage();
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
 */
async function paintTimes(path) {
  const times = [];
  const fromPageStart = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForFunction(() => window.__t1);
    const [fromScript, fromStart] = await page.evaluate(() => {
      const script = performance.getEntriesByType('resource').find((e) => e.name.includes('cl-login-help.js'));
      const ready = Math.max(window.__t0, script?.responseEnd ?? 0);
      return [window.__t1 - ready, window.__t1 - window.__t0];
    });
    times.push(fromScript);
    fromPageStart.push(fromStart);
    await page.close();
  }
  return { median: median(times), p95: quantile(times, 0.95), fromPageStart: median(fromPageStart) };
}
results.paint = { panel: await paintTimes('/bench/pages/paint.html'), staticFloor: await paintTimes('/bench/pages/.generated/static.html') };
results.paint.ratio = results.paint.panel.median / results.paint.staticFloor.median;

// Per-keystroke work, content load and index build at each corpus size.
results.keystroke = {};
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.origin}/bench/pages/keys.html`);
  await page.waitForFunction(() => customElements.get('cl-login-help'));
  const corpus = size === 12 ? null : generateCorpus(size);
  const measured = await page.evaluate(
    async ({ corpus, sequences }) => {
      const el = document.querySelector('cl-login-help');
      await el.updateComplete;
      const input = el.shadowRoot.querySelector('[part=search-input]');
      const type = async (text) => {
        const t = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        void el.shadowRoot.querySelector('[part=base]').getBoundingClientRect().height;
        return performance.now() - t;
      };
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
      const times = [];
      for (let round = 0; round < 3; round++) {
        for (const sequence of sequences) {
          for (let i = 1; i <= sequence.length; i++) {
            // Includes forcing style and layout of what was rendered.
            times.push(await type(sequence.slice(0, i)));
            await new Promise((r) => setTimeout(r));
          }
          el.reset();
          await el.updateComplete;
        }
      }
      return { load, index, firstKey, times };
    },
    { corpus, sequences: typingSequences },
  );
  results.keystroke[size] = { median: median(measured.times), p95: quantile(measured.times, 0.95), max: Math.max(...measured.times), keystrokes: measured.times.length, contentLoad: measured.load, indexBuild: measured.index, firstKeyAfterIdle: measured.firstKey };
  await page.close();
}

// Heap after 1,000 open/close cycles of the launcher dialog.
{
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/pages/keys.html`);
  await page.waitForFunction(() => customElements.get('cl-login-help-launcher'));
  const cdp = await page.context().newCDPSession(page);
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

mkdirSync(here, { recursive: true });
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');

const rows = [
  ['IIFE dist/cl-login-help.js', `${kb(results.size.iife.raw)} raw, ${kb(results.size.iife.gzip)} gzip, ${kb(results.size.iife.brotli)} brotli`],
  ['ESM dist/esm (deps external)', `${kb(results.size.esm.raw)} raw, ${kb(results.size.esm.gzip)} gzip, ${kb(results.size.esm.brotli)} brotli`],
  [`Panel painted (median of ${LOADS})`, `${ms(results.paint.panel.median)} from the script's arrival (static HTML floor ${ms(results.paint.staticFloor.median)}, ${results.paint.ratio.toFixed(2)}×); ${ms(results.paint.panel.fromPageStart)} counting its download`],
  ...SIZES.map((size) => {
    const k = results.keystroke[size];
    return [`Keystroke at ${size} topics`, `median ${ms(k.median)}, p95 ${ms(k.p95)}, max ${ms(k.max)} (${k.keystrokes} keys); first key after idle ${ms(k.firstKeyAfterIdle)}; load ${ms(k.contentLoad)}, index at once ${ms(k.indexBuild)}`];
  }),
  ['Heap after 1,000 dialog cycles', `${kb(results.heap.before)} → ${kb(results.heap.after)} (${results.heap.growth >= 0 ? '+' : ''}${kb(results.heap.growth)})`],
];
const width = Math.max(...rows.map(([a]) => a.length));
console.log(`\ncl-login-help bench (${results.browser}, ${results.machine})\n`);
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);
console.log('\nWritten to bench/results.json');
