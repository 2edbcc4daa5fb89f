// The one browser layer: the same page interface over the three engines, for
// every tool that drives a browser (the component tests' launchers, the
// embedding and loader tests, the Storybook check, the bench).
//
//   Chromium  puppeteer-core over the DevTools protocol
//   Firefox   puppeteer-core over WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb
//             (scripts/webdriver.mjs; started by scripts/browsers.mjs)
//
// `launch(engine)` gives `{ engine, version(), newPage(options), close() }`;
// every page is a fresh browser context (no cookies, no storage) in Chromium
// and Firefox, and the one MiniBrowser window in WebKit. Input is real: a
// click is a pointer click at the element's centre, keys are key presses.
//
// Selectors are CSS, looked up through open shadow roots in tree order;
// `a >> b` finds b inside (the shadow tree of) an a.
//
// What an engine cannot do throws an `EngineCannot` error whose message
// names the limit (`limitOf()` gives the same text before a page is opened),
// so callers skip by that name and never check another state silently.
// Each engine quirk lives here once: the Space key, Firefox's launch options
// and media preferences, Chromium's media emulation, WebKit's session setup
// and its in-page capture of console, errors and requests.
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureBrowsers, firefoxArgs, firefoxPrefs, startWebKitDriver } from './browsers.mjs';
import { WebDriverSession } from './webdriver.mjs';

export const engineNames = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The narrowest viewport each engine's window can have (MiniBrowser's window cannot be narrower). */
export const minWidth = { chromium: 0, firefox: 0, webkit: 447 };

/** Thrown for what an engine cannot do here; the message is the reason a skipped test's title names. */
export class EngineCannot extends Error {
  name = 'EngineCannot';
  constructor(engine, reason) {
    super(reason);
    this.engine = engine;
  }
}

/**
 * Why `engine` cannot open a page as asked ({ width, colorScheme,
 * forcedColors, reducedMotion }), or null. WebKit's WebDriver has no media
 * emulation; its window has a minimum width.
 */
export function limitOf(engine, { width, colorScheme, forcedColors, reducedMotion } = {}) {
  if (width !== undefined && width < minWidth[engine]) return `its window cannot be narrower than ${minWidth[engine]} px`;
  if (engine !== 'webkit') return null;
  if (colorScheme && colorScheme !== 'light') return `it cannot emulate prefers-color-scheme: ${colorScheme}`;
  if (forcedColors && forcedColors !== 'none') return 'it cannot emulate forced colours';
  if (reducedMotion && reducedMotion !== 'no-preference') return `it cannot emulate prefers-reduced-motion: ${reducedMotion}`;
  return null;
}

const cannot = (engine, reason) => {
  throw new EngineCannot(engine, reason);
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * In scope for every function a page or frame evaluates (the one shadow-tree
 * walker of the tools): `deepElements(root = document)`, every element under
 * `root` in tree order, through open shadow roots; `deepActiveElement()`, the
 * focused element through open shadow roots.
 */
const PAGE_HELPERS = `
  const deepElements = (root = document) => {
    const out = [];
    const walk = (at) => {
      for (const el of at.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  };
  const deepActiveElement = () => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    return at;
  };`;
/** A page function's source with the helpers in scope. */
const inPage = (fn) => `(arg) => {${PAGE_HELPERS}\n  return (${fn})(arg);\n}`;

// In the page: every element matching a `a >> b` selector, through open shadow roots, in tree order.
const FIND_ALL = `(selector) => {
  let scopes = [document];
  let found = [];
  for (const part of selector.split('>>').map((s) => s.trim())) {
    found = [...new Set(scopes.flatMap((scope) => deepElements(scope).filter((el) => el.matches(part))))];
    scopes = found.map((el) => el.shadowRoot ?? el);
  }
  return found;
}`;
const FIND = `((s) => (${FIND_ALL})(s)[0] ?? null)`;
/** In the page: `fn(element, arg)` for the first match of `s`; throws when there is none. */
const onElement = (fn) => `({ s, arg }) => { const el = ${FIND}(s); if (!el) throw new Error('No element for ' + s); return (${fn})(el, arg); }`;

/** Puppeteer launch options for Chromium or Firefox (Firefox over WebDriver BiDi, with the tests' preferences). */
export function launchOptions(engine) {
  const found = ensureBrowsers([engine])[engine];
  if (engine === 'chromium') return { executablePath: found.chromium, headless: true, args: chromeArgs };
  if (engine === 'firefox') return { browser: 'firefox', protocol: 'webDriverBiDi', executablePath: found.firefox, headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs };
  throw new Error(`${engine} is not driven by puppeteer here`);
}

/**
 * Starts Xvfb, WebKitWebDriver and a MiniBrowser session with script and
 * page-load timeouts of `timeout` ms; `close()` stops all of it.
 */
export async function startWebKitSession({ timeout = 60_000 } = {}) {
  const driver = await startWebKitDriver();
  try {
    const session = await WebDriverSession.create(driver.url, driver.capabilities);
    await session.setTimeouts({ script: timeout, pageLoad: timeout });
    return {
      session,
      async close() {
        await session.close();
        await driver.stop();
      },
    };
  } catch (error) {
    await driver.stop();
    throw error;
  }
}

/** Firefox: sets preferences as about:config does, from the browser's chrome scope (needs --remote-allow-system-access). */
async function setFirefoxPrefs(browser, prefs) {
  const { connection } = browser;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const expression = Object.entries(prefs)
    .map(([name, value]) => (value === null ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`))
    .join('');
  const { result: evaluated } = await connection.send('script.evaluate', { expression, target: { context: result.contexts[0].context }, awaitPromise: false });
  if (evaluated.type !== 'success') throw new Error(`Firefox preferences not set: ${JSON.stringify(evaluated)}`);
}

/** Console message types as the layer reports them (puppeteer says "warn"). */
const consoleType = { warn: 'warning' };

/** Each engine's adapter gives the page these primitives; the Page class builds on them. */
class PuppeteerAdapter {
  #media = {};
  #cdp;
  #routes = [];
  constructor(engine, page, browser, closeContext) {
    this.engine = engine;
    this.page = page;
    this.browser = browser;
    this.closeContext = closeContext;
  }
  goto(url, { timeout = 30_000, waitUntil = 'load' } = {}) {
    return this.page.goto(url, { timeout, waitUntil });
  }
  evaluate(source, arg, frame = this.page) {
    return frame.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`);
  }
  evaluateScript(source, frame = this.page) {
    return frame.evaluate(source);
  }
  mouseMove(x, y) {
    return this.page.mouse.move(x, y);
  }
  click(x, y) {
    return this.page.mouse.click(x, y);
  }
  // Puppeteer knows the space bar as " " in both engines; WebDriver BiDi has no key named "Space".
  #key = (key) => (key === 'Space' ? ' ' : key);
  keyDown(key) {
    return this.page.keyboard.down(this.#key(key));
  }
  keyUp(key) {
    return this.page.keyboard.up(this.#key(key));
  }
  press(key) {
    return this.page.keyboard.press(this.#key(key));
  }
  type(text) {
    return this.page.keyboard.type(text);
  }
  async touchStart(x, y) {
    await this.page.touchscreen.touchStart(x, y);
  }
  async setViewport({ width, height, hasTouch = false }) {
    await this.page.setViewport({ width, height, hasTouch });
    return { width, height };
  }
  async emulateMedia({ colorScheme, forcedColors, reducedMotion }) {
    if (this.engine === 'chromium') {
      // The DevTools protocol itself: puppeteer's emulateMediaFeatures refuses forced-colors.
      if (colorScheme) this.#media['prefers-color-scheme'] = colorScheme;
      if (forcedColors) this.#media['forced-colors'] = forcedColors;
      if (reducedMotion) this.#media['prefers-reduced-motion'] = reducedMotion;
      const features = Object.entries(this.#media).map(([name, value]) => ({ name, value }));
      await (await this.cdp()).send('Emulation.setEmulatedMedia', { media: '', features });
      return;
    }
    // Firefox: the user's own settings, as in about:config (browser-wide: one page at a time).
    const prefs = {};
    // 0 dark, 1 light; cleared: the system's (light here).
    if (colorScheme) prefs['layout.css.prefers-color-scheme.content-override'] = colorScheme === 'dark' ? 0 : 1;
    // "Override the colours specified by the page: always" is Firefox's forced colours mode.
    if (forcedColors) prefs['browser.display.document_color_use'] = forcedColors === 'active' ? 2 : null;
    if (reducedMotion) prefs['ui.prefersReducedMotion'] = reducedMotion === 'reduce' ? 1 : 0;
    await setFirefoxPrefs(this.browser, prefs);
  }
  setOffline(offline) {
    return this.page.setOfflineMode(offline);
  }
  async route(predicate, handler) {
    if (!this.#routes.length) {
      await this.page.setRequestInterception(true);
      this.page.on('request', async (request) => {
        const url = request.url();
        const route = this.#routes.find((r) => r.predicate(new URL(url)));
        if (!route) return request.continue();
        await route.handler({ url, continue: () => request.continue(), abort: () => request.abort('blockedbyclient') });
      });
    }
    this.#routes.push({ predicate, handler });
  }
  /** Events as the layer reports them: { type, text }, { message }, { url }, { url, status }, { url, errorText }. */
  on(event, listener) {
    // Chromium and Firefox ask for /favicon.ico on their own: not the page's request, nor the
    // console line about its 404 (a page's own <link rel=icon> should use another name).
    const own = (url) => !!url && new URL(url).pathname === '/favicon.ico';
    const page = this.page;
    if (event === 'console') page.on('console', (m) => own(m.location()?.url) || listener({ type: consoleType[m.type()] ?? m.type(), text: m.text() }));
    else if (event === 'pageerror') page.on('pageerror', (error) => listener({ message: String(error?.message ?? error) }));
    else if (event === 'request') page.on('request', (r) => own(r.url()) || listener({ url: r.url() }));
    else if (event === 'response') page.on('response', (r) => own(r.url()) || listener({ url: r.url(), status: r.status() }));
    else if (event === 'requestfailed') page.on('requestfailed', (r) => own(r.url()) || listener({ url: r.url(), errorText: r.failure()?.errorText }));
    else throw new Error(`No page event "${event}"`);
  }
  addInitScript(fn) {
    return this.page.evaluateOnNewDocument(fn);
  }
  waitForNetworkIdle({ timeout = 30_000, idleTime = 500 } = {}) {
    return this.page.waitForNetworkIdle({ timeout, idleTime });
  }
  frames() {
    const main = this.page.mainFrame();
    return this.page.frames().map((frame) => ({ frame, main: frame === main, url: () => frame.url() }));
  }
  async byRole(role, name) {
    const handles = await this.page.$$(`::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`);
    const found = [];
    for (const handle of handles) {
      found.push({ box: await handle.boundingBox(), attributes: await handle.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]))) });
      await handle.dispose();
    }
    return found;
  }
  async cdp() {
    if (this.engine !== 'chromium') cannot(this.engine, `${engineNames[this.engine]} has no DevTools protocol session here`);
    return (this.#cdp ??= this.page.createCDPSession());
  }
  async close() {
    await this.page.close().catch(() => {});
    await this.closeContext?.();
  }
}

/**
 * Runs first in every page served to WebKit (a server puts `captureScript`
 * at the top of each HTML page): WebDriver classic reports no console
 * messages, page errors or requests and cannot run a script before the
 * page's own, so the page records them in `window.__clCapture` and the
 * layer reads them out after each step. Resource Timing in WebKitGTK 2.50 has
 * no response status: statuses come from the server's own log (`served`).
 * (Serialized into the page: it must not use anything outside itself.)
 */
function capture() {
  const record = (window.__clCapture = { console: [], errors: [], resources: [], seen: 0 });
  for (const type of ['error', 'warn']) {
    const original = console[type];
    console[type] = function (...args) {
      record.console.push({ type: type === 'warn' ? 'warning' : type, text: args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : String(a))).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => {
    // Resource load errors (an <img>, a <script>) come through Resource Timing.
    if (event.target === window) record.errors.push(String(event.error?.message ?? event.message));
  });
  addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason?.message ?? event.reason)));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.resources.push({ url: entry.name });
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // No Resource Timing: no requests reported.
  }
}
/** The capture script as page source, for a server to put first in each HTML page it serves to WebKit. */
export const captureScript = `(${capture})();`;

class WebDriverAdapter {
  engine = 'webkit';
  #listeners = { console: [], pageerror: [], request: [], response: [] };
  constructor(session, { capture = false, served, injected = [] }) {
    this.session = session;
    this.capture = capture;
    this.served = served;
    this.injected = injected;
    if (served) served.length = 0;
  }
  /** Hands what the page recorded, and the server's answers, since the last call to the listeners. */
  async drain() {
    if (this.served) {
      for (const { url, status } of this.served.splice(0)) {
        // MiniBrowser asks for /favicon.ico on its own: not the page's request.
        if (new URL(url).pathname !== '/favicon.ico') for (const listener of this.#listeners.response) listener({ url, status });
      }
    }
    if (!this.capture) return;
    const taken = await this.session
      .execute(
        `const r = window.__clCapture; if (!r) return null;
         const out = { console: r.console.splice(0), errors: r.errors.splice(0), resources: r.resources.slice(r.seen) };
         r.seen = r.resources.length; return out;`,
      )
      .catch(() => null);
    if (!taken) return;
    for (const message of taken.console) for (const listener of this.#listeners.console) listener(message);
    for (const message of taken.errors) for (const listener of this.#listeners.pageerror) listener({ message });
    for (const { url } of taken.resources) for (const listener of this.#listeners.request) listener({ url });
  }
  async #then(promise) {
    try {
      return await promise;
    } finally {
      await this.drain();
    }
  }
  async goto(url, { timeout } = {}) {
    if (timeout) await this.session.setTimeouts({ pageLoad: timeout, script: timeout });
    return this.#then(this.session.navigate(url));
  }
  evaluate(source, arg) {
    return this.#then(this.session.evaluate(source, arg));
  }
  evaluateScript(source) {
    return this.#then(this.session.execute(`${source}\n;return null;`));
  }
  mouseMove(x, y) {
    return this.session.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }] }]);
  }
  click(x, y) {
    return this.session.click(x, y);
  }
  keyDown(key) {
    return this.session.keyDown(key);
  }
  keyUp(key) {
    return this.session.keyUp(key);
  }
  press(key) {
    return this.session.pressKeys([key]);
  }
  type(text) {
    return this.session.pressKeys([...text]);
  }
  touchStart() {
    cannot('webkit', 'its WebDriver has no touch input');
  }
  async setViewport({ width, height, hasTouch }) {
    if (hasTouch) cannot('webkit', 'its WebDriver has no touch input');
    const limit = limitOf('webkit', { width });
    if (limit) cannot('webkit', limit);
    return this.session.setViewport(width, height);
  }
  async emulateMedia(features) {
    const limit = limitOf('webkit', features);
    if (limit) cannot('webkit', limit);
  }
  setOffline() {
    cannot('webkit', 'its WebDriver cannot take the page offline');
  }
  route() {
    cannot('webkit', 'its WebDriver cannot intercept requests');
  }
  on(event, listener) {
    if (event === 'response' && this.served) return this.#listeners.response.push(listener);
    if (this.#listeners[event] && event !== 'response' && this.capture) return this.#listeners[event].push(listener);
    cannot('webkit', `its WebDriver reports no "${event}" event${event === 'response' ? ' (without the server log)' : this.capture ? '' : ' (without the capture script)'}`);
  }
  // WebDriver cannot run a script before the page's own: the server puts these first in every page.
  addInitScript(fn) {
    if (!this.injected.includes(fn.name)) cannot('webkit', `its WebDriver cannot run ${fn.name || 'a script'} before the page's own (the server does not inject it)`);
  }
  /** Network idle: no new resource for `idleTime` ms. */
  async waitForNetworkIdle({ timeout = 30_000, idleTime = 500 } = {}) {
    const end = Date.now() + timeout;
    let count = -1;
    let since = Date.now();
    while (Date.now() < end) {
      const now = await this.session.execute('return performance.getEntriesByType("resource").length').catch(() => 0);
      if (now !== count) (count = now), (since = Date.now());
      else if (Date.now() - since >= idleTime) return;
      await sleep(100);
    }
    throw new Error(`waitForNetworkIdle timed out after ${timeout} ms`);
  }
  // One frame: WebDriver classic reaches other frames only by switching into them.
  frames() {
    return [{ frame: undefined, main: true, url: () => this.url }];
  }
  byRole() {
    cannot('webkit', 'its WebDriver has no accessibility tree queries');
  }
  cdp() {
    cannot('webkit', 'WebKit has no DevTools protocol session here');
  }
  async close() {
    await this.drain();
    await this.session.navigate('about:blank').catch(() => {});
  }
}

/** A frame of a page: evaluate and evaluateScript there, and its URL. */
class Frame {
  constructor(adapter, { frame, main, url }) {
    this.main = main;
    this.url = url;
    this.evaluate = (fn, arg) => adapter.evaluate(inPage(fn), arg, frame);
    this.evaluateScript = (source) => adapter.evaluateScript(source, frame);
  }
}

export class Page {
  constructor(engine, adapter) {
    this.engine = engine;
    this.adapter = adapter;
  }

  goto(url, options) {
    if (this.adapter instanceof WebDriverAdapter) this.adapter.url = url;
    return this.adapter.goto(url, options);
  }

  /**
   * Runs `fn(arg)` in the page (a function or its source; `deepElements` and
   * `deepActiveElement` in scope); returns its (JSON) result, awaiting a promise.
   */
  evaluate(fn, arg) {
    return this.adapter.evaluate(inPage(fn), arg);
  }

  /** Runs a script (not a function) in the page, such as a library's source. */
  evaluateScript(source) {
    return this.adapter.evaluateScript(source);
  }

  /** Polls `fn(arg)` in the page until it is truthy. */
  async waitForFunction(fn, arg, { timeout = 10000 } = {}) {
    const end = Date.now() + timeout;
    // A boolean: a DOM node does not come back over every protocol.
    const truthy = `(arg) => !!(${fn})(arg)`;
    for (;;) {
      const value = await this.evaluate(truthy, arg).catch((error) => {
        if (Date.now() > end) throw error;
      });
      if (value) return value;
      if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 200)}`);
      await sleep(50);
    }
  }

  /** Waits until an element matches `selector` and has a box. */
  waitForSelector(selector, { timeout = 10000 } = {}) {
    return this.waitForFunction(`(s) => { const el = ${FIND}(s); if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }`, selector, { timeout });
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /** No request for `idleTime` ms (500 by default). */
  waitForNetworkIdle(options) {
    return this.adapter.waitForNetworkIdle(options);
  }

  /** Runs `fn(element, arg)` in the page on the first match of `selector`, waiting up to `timeout` ms for one. */
  async evaluateOn(selector, fn, arg, { timeout = 10000 } = {}) {
    try {
      return await this.evaluate(onElement(fn), { s: selector, arg });
    } catch (error) {
      if (!String(error.message).includes('No element for')) throw error;
      await this.waitForFunction(`(s) => !!${FIND}(s)`, selector, { timeout }).catch(() => {
        throw new Error(`No element for ${selector} after ${timeout} ms`);
      });
      return this.evaluate(onElement(fn), { s: selector, arg });
    }
  }

  /** Runs `fn(elements, arg)` in the page on every match of `selector`. */
  evaluateAll(selector, fn, arg) {
    return this.evaluate(`({ s, arg }) => (${fn})((${FIND_ALL})(s), arg)`, { s: selector, arg });
  }

  count(selector) {
    return this.evaluate(`(s) => (${FIND_ALL})(s).length`, selector);
  }

  /** The element's box in the viewport, or null. */
  boundingBox(selector) {
    return this.evaluate(
      `(s) => { const el = ${FIND}(s); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
      selector,
    );
  }

  textContent(selector) {
    return this.evaluateOn(selector, (el) => el.textContent);
  }

  getAttribute(selector, name) {
    return this.evaluateOn(selector, (el, n) => el.getAttribute(n), name);
  }

  scrollIntoView(selector) {
    return this.evaluateOn(selector, (el) => el.scrollIntoView({ block: 'center' }));
  }

  focus(selector) {
    return this.evaluateOn(selector, (el) => el.focus());
  }

  /** The centre of the element, scrolled into view if need be. */
  async #centre(selector) {
    const box = await this.evaluateOn(selector, (el) => {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return [box.x + box.width / 2, box.y + box.height / 2];
  }

  /** A real pointer click at the centre of the element. */
  async click(selector) {
    await this.adapter.click(...(await this.#centre(selector)));
  }

  /** A real pointer click at viewport coordinates. */
  clickAt(x, y) {
    return this.adapter.click(x, y);
  }

  /** The pointer moved over the element's centre. */
  async hover(selector) {
    await this.adapter.mouseMove(...(await this.#centre(selector)));
  }

  /** A touch put down (and held) at the element's centre. Needs `newPage({ hasTouch: true })`. */
  async touchStart(selector) {
    await this.adapter.touchStart(...(await this.#centre(selector)));
  }

  /** A key press (`Enter`, `Escape`, `Tab`, `Space` or ` `, `a`…). */
  press(key) {
    return this.adapter.press(key);
  }

  keyDown(key) {
    return this.adapter.keyDown(key);
  }

  keyUp(key) {
    return this.adapter.keyUp(key);
  }

  /** Focuses the element and presses `key` there. */
  async pressOn(selector, key) {
    await this.focus(selector);
    await this.press(key);
  }

  /** Key presses for each character of `text`, where focus is. */
  typeKeys(text) {
    return this.adapter.type(text);
  }

  /** Focuses a field, empties it and types `text` key by key. */
  async type(selector, text) {
    await this.evaluateOn(selector, (el) => {
      el.focus();
      el.value = '';
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    });
    await this.adapter.type(text);
  }

  /** Focuses a field and replaces its text with `text` in one edit (one input event, as a paste would). */
  fill(selector, text) {
    return this.evaluateOn(
      selector,
      (el, value) => {
        el.focus();
        el.select?.();
        // An edit of the user's (a trusted input event) in every engine.
        if (!document.execCommand(value ? 'insertText' : 'delete', false, value)) {
          el.value = value;
          el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
        }
      },
      text,
    );
  }

  /**
   * Elements with that role and exact accessible name, from the browser's
   * accessibility tree: `[{ box, attributes }]`. Chromium and Firefox.
   */
  byRole(role, name) {
    return this.adapter.byRole(role, name);
  }

  /** Makes the viewport `width` × `height` CSS pixels (an `EngineCannot` error below the engine's minimum). */
  setViewport({ width, height, hasTouch }) {
    return this.adapter.setViewport({ width, height, hasTouch });
  }

  /** { colorScheme: 'light'|'dark', forcedColors: 'active'|'none', reducedMotion: 'reduce'|'no-preference' }; `EngineCannot` where the engine cannot. */
  emulateMedia(features) {
    return this.adapter.emulateMedia(features);
  }

  setOffline(offline) {
    return this.adapter.setOffline(offline);
  }

  /**
   * Requests whose URL `predicate(url)` accepts go to `handler({ url,
   * continue(), abort() })`, which must answer each; others go on.
   */
  route(predicate, handler) {
    return this.adapter.route(predicate, handler);
  }

  /**
   * 'console' ({ type, text }, type 'warning' for console.warn), 'pageerror'
   * ({ message }), 'request' ({ url }), 'response' ({ url, status }),
   * 'requestfailed' ({ url, errorText }), where the engine reports them.
   */
  on(event, listener) {
    this.adapter.on(event, listener);
    return this;
  }

  /** Whether `on(event)` is reported in this page. */
  reports(event) {
    try {
      this.adapter.on(event, () => {});
      return true;
    } catch (error) {
      if (error instanceof EngineCannot) return false;
      throw error;
    }
  }

  /** Runs `fn` (a named function) in every document before the page's own scripts. */
  addInitScript(fn) {
    return this.adapter.addInitScript(fn);
  }

  /** The page's frames ({ main, url(), evaluate(fn, arg), evaluateScript(source) }), the main one first. */
  frames() {
    return this.adapter.frames().map((f) => new Frame(this.adapter, f));
  }

  /** Chromium: the page's puppeteer CDPSession (send, on). */
  cdp() {
    return this.adapter.cdp();
  }

  close() {
    return this.adapter.close();
  }
}

/** The layer's Page over a page puppeteer already opened (web-test-runner's, say). */
export const puppeteerPage = (engine, page) => new Page(engine, new PuppeteerAdapter(engine, page, page.browser()));

/** The layer's Page over a WebKit WebDriver session. */
export const webDriverPage = (session, options = {}) => new Page('webkit', new WebDriverAdapter(session, options));

/**
 * Starts `engine`. `newPage({ width, height, colorScheme, forcedColors,
 * reducedMotion, hasTouch })` opens a page with that viewport and media.
 * WebKit options: `capture` (the pages carry `captureScript`: console,
 * errors and requests are reported), `served` (an array the server pushes
 * `{ url, status }` to: responses are reported), `injected` (names of the
 * init scripts the server puts in every page), `timeout` (ms).
 */
export async function launch(engine, options = {}) {
  if (engine === 'chromium' || engine === 'firefox') {
    const browser = await puppeteer.launch(launchOptions(engine));
    return {
      engine,
      version: () => browser.version(),
      async newPage({ width = 1280, height = 800, hasTouch = false, ...media } = {}) {
        const context = await browser.createBrowserContext();
        const page = new Page(engine, new PuppeteerAdapter(engine, await context.newPage(), browser, () => context.close().catch(() => {})));
        await page.setViewport({ width, height, hasTouch });
        if (Object.keys(media).length) await page.emulateMedia(media);
        return page;
      },
      close: () => browser.close(),
    };
  }
  if (engine !== 'webkit') throw new Error(`Unknown engine ${engine}`);
  // One MiniBrowser window: a "new page" is that window, resized and navigated.
  const webkit = await startWebKitSession({ timeout: options.timeout });
  const { session } = webkit;
  return {
    engine,
    version: async () => `WebKitGTK ${session.capabilities?.browserVersion ?? ''}`.trim(),
    async newPage({ width = 1280, height = 800, hasTouch = false, ...media } = {}) {
      const limit = limitOf('webkit', { width, ...media });
      if (limit) cannot('webkit', limit);
      await session.navigate('about:blank');
      const page = webDriverPage(session, options);
      const reached = await page.setViewport({ width, height, hasTouch });
      if (reached.width !== width) cannot('webkit', `its window cannot make a ${width} px viewport (got ${reached.width} px)`);
      return page;
    },
    close: () => webkit.close(),
  };
}
