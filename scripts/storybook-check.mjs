#!/usr/bin/env node
// Opens every story and docs page of the built Storybook (storybook-static/)
// in Chromium, Firefox and WebKit (BROWSERS picks them; all through the
// browser layer, scripts/browser.mjs) and fails on what a reviewer would: console errors and
// warnings, page errors, failed requests, requests to any host but
// 127.0.0.1, a story that throws (render or play function), reactive
// properties shadowed by class fields (broken legacy decorators), panel
// content that sticks out of the panel sideways (reflow), and axe-core
// violations (WCAG 2.0/2.1 A and AA, 2.2 AA, target-size; the rules of
// .storybook/axe-options.json, which the Accessibility panel uses too) inside
// #storybook-root or a docs page, iframes and shadow roots included. Also:
// - a story or docs page that opens scrolled (a focus move on load, say);
// - a control that changes nothing: each control of a story is set to another
//   value and the rendered DOM (shadow roots included) must change;
// - "Show code" that does not reproduce the story: its markup and script on a
//   plain page with the built bundle must show the same screen, topic, answer,
//   query, feedback, language, open dialog and panel colours (Chromium; stories
//   whose code only describes what to do, or that set
//   `parameters.showCode.sameState: false` because the story acts on the page
//   the code sets up, are not compared);
// - an unlabelled sidebar entry: every story names itself (`name: '...'`), and
//   the sidebar (index.json, read statically) says what the story says (no
//   names made by a factory the index cannot read).
//
// Story tags (in storybook-static/index.json) change what is checked:
//   allow-failed-requests   a 4xx/5xx answer or a failed request is expected
//                           (and Chromium's "Failed to load resource" echo of it)
//   allow-console-warnings  console.warn is expected
//   viewport-320 / -360     the page is that many CSS pixels wide
//   scheme-dark             prefers-color-scheme: dark (the layer's emulateMedia)
//   forced-colors           forced-colors: active (the layer's emulateMedia)
// An engine that cannot open an entry as its tags say (WebKit: no media
// emulation, no window under 447 px) skips it by name (`limitOf`).
//
// Usage: node scripts/storybook-check.mjs [--dir storybook-static]
//        [--url http://127.0.0.1:6006] [--only text] [--jobs 2]
// --url checks a running `npm run storybook` instead (Lit's development build:
// its own warnings, such as class-field shadowing or updates scheduled after
// an update, then fail the story too).
// Docs pages are checked for errors and for links to entries that do not exist.
// Prints one line per entry and "N passed, M failed"; exits 1 on a failure.
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { captureScript, launch, limitOf } from './browser.mjs';
import { selectedEngines } from './browsers.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    url: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
  },
});

const ENTRY_TIMEOUT = 30_000;
const AXE_OPTIONS = {
  ...JSON.parse(await readFile(new URL('../.storybook/axe-options.json', import.meta.url), 'utf8')),
  resultTypes: ['violations'],
};
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// storybook-static/ served on 127.0.0.1 ---------------------------------------

/**
 * Serves `root` with @web/dev-server (the server `npm start` runs), on a free
 * port, with `/__show-code.html?code=…` (a plain page with a story's "Show
 * code"). For WebKit (see `captureScript` in scripts/browser.mjs): with
 * `inject`, every HTML page gets that script first in its <head>, and with
 * `served`, every answer is logged there ({ url, status }), since WebKit's
 * WebDriver reports no requests. Returns its origin and `stop()`.
 */
async function serve(root, inject, served) {
  let origin;
  const server = await startDevServer({
    config: {
      rootDir: root,
      hostname: '127.0.0.1',
      port: 0,
      middleware: [
        async (context, next) => {
          await next();
          served?.push({ url: origin + context.url, status: context.status });
        },
      ],
      plugins: [
        {
          name: 'storybook-check',
          serve: (context) => (context.path === '/__show-code.html' ? { body: plainPage(context.URL.searchParams.get('code') ?? ''), type: 'html' } : undefined),
          transform: (context) => (inject && context.response.is('html') ? { body: context.body.replace(/<head[^>]*>/i, (head) => `${head}<script>${inject}</script>`) } : undefined),
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  origin = `http://127.0.0.1:${server.server.address().port}`;
  return { origin, stop: () => server.stop() };
}

// In the page: Storybook's channel events, recorded from the first one --------

/** Runs before Storybook's code: records channel events in window.__clCheck. */
function recordChannel() {
  const record = (window.__clCheck = { finished: null, docsRendered: false, rendered: 0, errors: [] });
  const ERRORS = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];
  const text = (value) => {
    if (value == null) return '';
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(text).join('; ');
    return value.message ? `${value.name ?? 'Error'}: ${value.message}` : value.description ?? value.title ?? JSON.stringify(value);
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => (record.finished = event?.status ?? 'success'));
      value.on('docsRendered', () => (record.docsRendered = true));
      value.on('storyRendered', () => record.rendered++);
      for (const type of ERRORS) value.on(type, (detail) => record.errors.push(`${type}: ${text(detail)}`.slice(0, 600)));
    },
  });
}

// (In the page functions below, `deepElements` is the browser layer's shadow-tree walker, scripts/browser/page.mjs.)

/** Waits until every Lit element (in shadow roots too) has no pending update; checks reactive properties. */
async function settleLitElements() {
  let all = [];
  for (let round = 0; round < 10; round++) {
    all = deepElements().filter((el) => typeof el.updateComplete?.then === 'function');
    const settled = await Promise.all(all.map((el) => el.updateComplete));
    if (settled.every(Boolean)) break;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const shadowed = [];
  const overflow = [];
  const describe = (node) =>
    node.localName + (node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : '') + (node.classList.length ? `.${[...node.classList].join('.')}` : '');
  for (const el of all) {
    for (const name of el.constructor.elementProperties?.keys() ?? []) {
      if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(el, name)) shadowed.push(`<${el.localName}>.${name}`);
    }
    // Reflow: nothing inside the panel may stick out of its box sideways.
    const base = el.shadowRoot?.querySelector('[part=base]');
    if (!base || !base.clientWidth) continue;
    const box = base.getBoundingClientRect();
    // Data tables are exempt from reflow (WCAG 1.4.10): they scroll inside .table-scroll, which itself must fit.
    const wide = [...base.querySelectorAll('*')].filter((node) => !node.closest('.table-scroll > *') && node.getBoundingClientRect().right > box.right + 1);
    if (base.scrollWidth > base.clientWidth + 1 || wide.length) {
      const path = (node) => {
        const names = [];
        for (let at = node; at && at !== base; at = at.parentElement) names.unshift(describe(at));
        return names.join(' > ');
      };
      const widest = wide.filter((node) => ![...node.children].some((child) => wide.includes(child)));
      const examples = [...new Set(widest.map(path))].slice(0, 2);
      overflow.push(
        `<${el.localName}> content is wider than its ${Math.round(box.width)} px box (scrollWidth ${base.scrollWidth}, ${widest.length} elements stick out, e.g. ${examples.join(' | ')})`,
      );
    }
  }
  return { count: all.length, shadowed, overflow };
}

/** How far the page (or its docs container) is scrolled: a page must open at its top. */
function scrolledBy() {
  const page = document.scrollingElement ?? document.documentElement;
  return { top: Math.round(page.scrollTop), left: Math.round(page.scrollLeft) };
}

/** The rendered story as text: elements, attributes, text and field values, shadow roots included. */
function domSnapshot() {
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.data.trim()) out.push(child.data.trim());
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        out.push(`<${child.localName}${[...child.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}${'value' in child && child.localName !== 'li' ? ` .value="${child.value}"` : ''}>`);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body);
  return out.join('\n');
}

/**
 * The story's controls (argTypes with a control, not disabled, not filtered
 * out by `parameters.controls.include/exclude`), its args, and the names the
 * sidebar cannot know: the story's own `name` as written in its module.
 */
async function storyFacts(storyId) {
  const preview = window.__STORYBOOK_PREVIEW__;
  const story = await preview.storyStoreValue.loadStory({ storyId });
  const controls = story.parameters?.controls ?? {};
  const listed = (name, filter) =>
    filter === undefined ? undefined : (Array.isArray(filter) ? filter : [filter]).some((f) => (f instanceof RegExp ? f.test(name) : f === name));
  const names = controls.disable
    ? []
    : Object.entries(story.argTypes ?? {})
        .filter(([, argType]) => argType.control !== false && argType.control !== undefined && !argType.control?.disable && !argType.table?.disable)
        .map(([name]) => name)
        .filter((name) => listed(name, controls.include) !== false && !listed(name, controls.exclude));
  const exported = story.moduleExport;
  const ownName = exported && typeof exported === 'object' ? exported.name ?? exported.storyName : exported?.storyName;
  return {
    // `parameters.showCode.sameState: false`: the code sets the page up and the story acts on it (says so in its docs).
    code: story.parameters?.showCode?.sameState === false ? null : story.parameters?.docs?.source?.code ?? null,
    controls: names.map((name) => {
      const argType = story.argTypes[name];
      const type = typeof argType.control === 'string' ? argType.control : argType.control?.type;
      return { name, type, options: argType.options ?? null, value: story.initialArgs?.[name] ?? null };
    }),
    ownName: typeof ownName === 'string' ? ownName : null,
    name: story.name,
  };
}

/**
 * What the panels and launchers in the page show: for each (shadow roots
 * included), its screen, topic, answer, query, feedback, language, whether
 * a launcher is open, and the panel's colours. "Show code" must give the same.
 */
async function shownState(selector) {
  const found = deepElements(selector ? document.querySelector(selector) ?? document : document).filter((el) => el.matches('cl-login-help, cl-login-help-launcher'));
  await Promise.all(found.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return found.map((el) => {
    if (el.localName === 'cl-login-help-launcher') return { launcher: true, open: el.isOpen, lang: el.closest('[lang]')?.getAttribute('lang') ?? '' };
    const base = el.shadowRoot?.querySelector('[part=base]');
    const style = base ? getComputedStyle(base) : null;
    return { status: el.status, topic: el.topic, section: el.section, query: el.query, feedback: el.feedback ?? null, lang: base?.getAttribute('lang') ?? '', colors: style ? [style.backgroundColor, style.color] : null };
  });
}

/**
 * Whether a story's "Show code" claims to reproduce its state by itself: not
 * when it only says what to do (a script of comments, "<!-- system setting -->")
 * or needs content the story made up or served.
 */
function reproducible(code) {
  if (!code || code.includes('<!--') || code.includes('content-src=') || code.startsWith('<html')) return false;
  const script = /<script type="module">\n([^]*?)\n<\/script>/.exec(code)?.[1];
  return !script || script.split('\n').some((line) => line.trim() && !line.trim().startsWith('//'));
}

/** A plain page with the built bundle and a story's "Show code" (served by the check's server). */
const plainPage = (code) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Show code</title><script src="/dist/cl-login-help.js"></script></head><body>${code}</body></html>`;

/** A value different from `value` for a control of `type`. */
function otherValue({ type, options, value }) {
  if (type === 'boolean') return !value;
  if (options?.length) return options.find((option) => option !== value) ?? null;
  if (type === 'color') return value === '#123456' ? '#654321' : '#123456';
  if (type === 'number' || type === 'range') return (Number(value) || 0) + 1;
  return value === '12px' ? '13px' : '12px';
}

// Checking one entry ---------------------------------------------------------------

/**
 * The page and its frames that have loaded: a docs page's story frames
 * (`docs.story.inline: false`) load only when scrolled into view, and those
 * stories are checked on their own.
 */
const loadedFrames = (page) => page.frames().filter((frame) => frame.url() && frame.url() !== 'about:blank');

/** How an entry's page is opened: its width and media, from its tags. */
function pageOptions(entry) {
  const tags = new Set(entry.tags ?? []);
  const width = tags.has('viewport-320') ? 320 : tags.has('viewport-360') ? 360 : 1280;
  return {
    width,
    height: width < 600 ? 640 : 800,
    colorScheme: tags.has('scheme-dark') ? 'dark' : 'light',
    forcedColors: tags.has('forced-colors') ? 'active' : 'none',
    reducedMotion: 'no-preference',
  };
}

/** Titles (story files) whose controls were all probed once already. */
const probedTitles = new Set();

const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
};

async function check(browser, base, entry, { showCode = false } = {}) {
  const tags = new Set(entry.tags ?? []);
  const found = [];
  // While controls are probed, requests, console lines and errors that the
  // other values cause are not the story's problems.
  let probing = false;
  const problems = { push: (...items) => probing || found.push(...items) };
  let page;
  try {
    page = await browser.newPage(pageOptions(entry));
    await page.addInitScript(recordChannel);

    page.on('console', (message) => {
      const type = message.type;
      const text = message.text.slice(0, 400);
      if (type === 'error') {
        if (tags.has('allow-failed-requests') && text.startsWith('Failed to load resource')) return;
        problems.push(`console error: ${text}`);
      } else if (type === 'warning' && !tags.has('allow-console-warnings')) {
        // `storybook dev` (--url) serves Lit's development build, which says so once.
        if (text.startsWith('Lit is in dev mode.')) return;
        problems.push(`console warning: ${text}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error.message ?? error).slice(0, 400)}`));
    // (WebKit: a failed request shows as its answer's status in the server's log.)
    if (page.reports('requestfailed'))
      page.on('requestfailed', (request) => {
        if (!isLocal(request.url)) return; // reported as a request below
        if (!tags.has('allow-failed-requests')) problems.push(`request failed: ${request.url} (${request.errorText})`);
      });
    page.on('response', (response) => {
      if (response.status >= 400 && !tags.has('allow-failed-requests')) problems.push(`HTTP ${response.status}: ${response.url}`);
    });
    page.on('request', (request) => {
      // Counted while controls are probed too: no value may reach another host.
      if (!isLocal(request.url)) found.push(`request to another host: ${request.url}`);
    });

    const mode = entry.type === 'docs' ? 'docs' : 'story';
    // The Accessibility panel's own axe run is switched off (a11y.manual):
    // this check runs axe itself, with the same rules, once.
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}&globals=a11y.manual:!true`, { timeout: ENTRY_TIMEOUT });

    if (mode === 'story') {
      await page.waitForFunction(() => window.__clCheck.finished || window.__clCheck.errors.length, null, { timeout: ENTRY_TIMEOUT });
      const root = await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount ?? 0);
      if (!root) problems.push('#storybook-root is empty');
    } else {
      await page.waitForFunction(() => window.__clCheck.docsRendered || window.__clCheck.errors.length, null, { timeout: ENTRY_TIMEOUT });
      await page.waitForNetworkIdle({ timeout: ENTRY_TIMEOUT });
      // Links between docs pages and stories (`?path=/story/<id>`) must name an entry.
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="?path=/"], a[href^="./index.html?path=/"]')].map((a) => a.getAttribute('href')),
      );
      for (const href of links) {
        const raw = /\?path=\/(?:story|docs)\/([^&#]+)/.exec(href)?.[1];
        const id = raw && decodeURIComponent(raw);
        if (!id || !knownIds.has(id)) problems.push(`broken link: ${href}`);
      }
    }

    // Let every panel (and the host page's, in iframes) finish rendering.
    for (const frame of loadedFrames(page)) {
      const { shadowed, overflow } = await frame.evaluate(settleLitElements);
      for (const name of shadowed) problems.push(`reactive property shadowed by a class field (legacy decorators not applied?): ${name}`);
      for (const text of overflow) problems.push(`reflow: ${text}`);
    }

    const recorded = await page.evaluate(() => window.__clCheck);
    problems.push(...recorded.errors);
    if (mode === 'story' && recorded.finished && recorded.finished !== 'success') problems.push(`story finished with status "${recorded.finished}"`);

    // Opens at its top: nothing (a focus move, an anchor) scrolled the page on load.
    await page.waitForTimeout(250);
    for (const frame of loadedFrames(page)) {
      const { top, left } = await frame.evaluate(scrolledBy).catch(() => ({ top: 0, left: 0 }));
      if (top || left) problems.push(`opens scrolled to ${left}, ${top} px${frame.main ? '' : ` (in the frame ${frame.url().slice(0, 120)})`}`);
    }

    {
      for (const frame of loadedFrames(page)) await frame.evaluateScript(axeSource);
      const violations = await page.evaluate(
        ({ axeOptions, mode }) =>
          window.axe
            .run(
              // A docs page's story frames (docs.story.inline: false) are stories checked on their own.
              mode === 'story' ? document.querySelector('#storybook-root') : { include: [['#storybook-docs']], exclude: [['iframe[id^="iframe--"]']] },
              axeOptions,
            )
            .then((result) => result.violations),
        { axeOptions: AXE_OPTIONS, mode },
      );
      for (const violation of violations) {
        const targets = violation.nodes.slice(0, 3).map((node) => [node.target].flat(Infinity).join(' >>> '));
        const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
        problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${targets.join(' | ')}${more}`);
      }
    }

    if (mode === 'story') {
      const facts = await page.evaluate(storyFacts, entry.id);
      // Labelled: the story names itself, and the sidebar shows that name.
      if (!facts.ownName) problems.push(`unlabelled sidebar entry: the story has no \`name\` of its own (the sidebar shows "${entry.name}", made from the export name)`);
      else if (facts.ownName !== entry.name)
        problems.push(`sidebar says "${entry.name}" but the story is named "${facts.ownName}" (a name the index cannot read statically)`);
      // "Show code" on a plain page with the built bundle shows what the story shows.
      if (showCode && reproducible(facts.code)) {
        const shown = await page.evaluate(shownState, '#storybook-root');
        const plain = await browser.newPage();
        try {
          await plain.goto(`${base}/__show-code.html?code=${encodeURIComponent(facts.code)}`, { timeout: ENTRY_TIMEOUT });
          await plain.waitForFunction(() => customElements.get('cl-login-help'), null, { timeout: ENTRY_TIMEOUT });
          await plain.waitForTimeout(300);
          const again = await plain.evaluate(shownState, null);
          if (JSON.stringify(again) !== JSON.stringify(shown))
            problems.push(`"Show code" does not reproduce the story: the story shows ${JSON.stringify(shown)}, a plain page with its code ${JSON.stringify(again)}`);
        } finally {
          await plain.close().catch(() => {});
        }
      }
      // Every control changes what is rendered: all of them in the first story
      // of each file (the meta's controls), and the first control of every
      // other story (a story whose render ignores its args fails on it).
      probing = true;
      const probeAll = !probedTitles.has(entry.title);
      probedTitles.add(entry.title);
      for (const control of probeAll ? facts.controls : facts.controls.slice(0, 1)) {
        const value = otherValue(control);
        if (value === null) continue;
        const before = await page.evaluate(domSnapshot);
        const rendered = await page.evaluate(() => window.__clCheck.rendered);
        await page.evaluate(
          ({ storyId, name, value }) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs: { [name]: value } }),
          { storyId: entry.id, name: control.name, value },
        );
        await page.waitForFunction((count) => window.__clCheck.rendered > count, rendered, { timeout: 10_000 }).catch(() => {});
        for (const frame of loadedFrames(page)) await frame.evaluate(settleLitElements).catch(() => {});
        const after = await page.evaluate(domSnapshot);
        if (after === before) found.push(`control "${control.name}" changes nothing (set to ${JSON.stringify(value)})`);
        // Back to the story's own value before the next control.
        const count = await page.evaluate(() => window.__clCheck.rendered);
        await page.evaluate(({ storyId, name }) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', { storyId, argNames: [name] }), {
          storyId: entry.id,
          name: control.name,
        });
        await page.waitForFunction((n) => window.__clCheck.rendered > n, count, { timeout: 10_000 }).catch(() => {});
      }
      probing = false;
    }
  } catch (error) {
    probing = false;
    problems.push(`${error.name ?? 'Error'}: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await page?.close().catch(() => {});
  }
  return found;
}

// Main -------------------------------------------------------------------------

const started = performance.now();
let server;
let base = options.url?.replace(/\/$/, '');
if (!base) {
  const root = resolve(options.dir);
  try {
    await stat(join(root, 'index.json'));
  } catch {
    console.error(`${options.dir}/index.json not found: run \`npm run build-storybook\` first.`);
    process.exit(1);
  }
  server = await serve(root);
  base = server.origin;
}

const index = await (await fetch(`${base}/index.json`)).json();
const knownIds = new Set(Object.keys(index.entries));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !options.only || entry.id.includes(options.only))
  .sort((a, b) => (a.type === b.type ? 0 : a.type === 'docs' ? 1 : -1));
if (!entries.length) {
  console.error('No stories found in index.json.');
  process.exit(1);
}

// The same checks in each engine (BROWSERS picks them), the engines side by
// side: each waits on its own browser most of the time, so on 2 cores the
// three together take little longer than the slowest alone. Each engine's
// lines are printed together, in index order, when it is done.
const engines = selectedEngines().filter((engine) => engine !== 'webkit' || !options.url);
if (options.url && selectedEngines().includes('webkit')) console.log('WebKit: not checked with --url (the check serves the pages it injects its capture script into).');
let passed = 0;
let failed = 0;
let skipped = 0;
async function checkEngine(engine) {
const lines = [];
const log = (line) => lines.push(line);
let engineBase = base;
let injected;
const served = [];
if (engine === 'webkit') {
  // WebDriver classic reports no console, errors or requests: each page records them itself.
  injected = await serve(resolve(options.dir), `${captureScript}(${recordChannel})();`, served);
  engineBase = injected.origin;
  log('webkit: console, errors and loaded resources as the page records them, answers as the server logs them (captureScript in scripts/browser.mjs); a request to another host that fails is seen in Chromium and Firefox only, and story frames inside docs pages are checked as their own stories.');
}
const browser = await launch(engine, engine === 'webkit' ? { capture: true, served, injected: [recordChannel.name], timeout: ENTRY_TIMEOUT } : {});
const queue = [...entries];
// Firefox's media emulation is a browser-wide preference, and WebKit drives one window: one page at a time.
const jobs = engine === 'chromium' ? Math.max(1, Number(options.jobs) || 1) : 1;
const results = new Map();
let printed = 0;
log(`${engine}:`);

// Checks run in parallel; lines are printed in index order.
const flush = () => {
  while (printed < entries.length && results.has(entries[printed].id)) {
    const entry = entries[printed++];
    const { problems, ms, skip } = results.get(entry.id);
    const label = `${entry.type.padEnd(5)} ${entry.id}`;
    if (skip) {
      skipped++;
      log(`skip ${label}: ${engine} ${skip}`);
    } else if (problems.length) {
      failed++;
      log(`FAIL ${label} (${ms} ms)`);
      for (const problem of [...new Set(problems)]) log(`       - ${problem}`);
    } else {
      passed++;
      log(`ok   ${label} (${ms} ms)`);
    }
  }
};
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      // What the engine cannot do is skipped by name, never checked in another state.
      const skip = limitOf(engine, pageOptions(entry));
      if (skip) {
        results.set(entry.id, { problems: [], ms: 0, skip });
        flush();
        continue;
      }
      const start = performance.now();
      // (Show code is compared in Chromium, the state being the same in every engine, on the check's own server.)
      const problems = await check(browser, engineBase, entry, { showCode: engine === 'chromium' && !options.url });
      results.set(entry.id, { problems, ms: Math.round(performance.now() - start) });
      flush();
    }
  }),
);

await browser.close();
await injected?.stop();
console.log(lines.join('\n'));
}
await Promise.all(engines.map(checkEngine));
await server?.stop();
console.log(`Checked ${entries.length} entries of ${base} in ${engines.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (named above)` : ''}`);
process.exit(failed ? 1 : 0);
