// Chromium (DevTools protocol) and Firefox (WebDriver BiDi) through puppeteer-core.
import { chromeArgs, ensureBrowsers, firefoxArgs, firefoxPrefs } from '../browsers.mjs';
import { cannot, engineNames } from './limits.mjs';

/** Puppeteer launch options for Chromium or Firefox (Firefox over WebDriver BiDi, with the tests' preferences). */
export function launchOptions(engine) {
  const found = ensureBrowsers([engine])[engine];
  if (engine === 'chromium') return { executablePath: found.chromium, headless: true, args: chromeArgs };
  if (engine === 'firefox') return { browser: 'firefox', protocol: 'webDriverBiDi', executablePath: found.firefox, headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs };
  throw new Error(`${engine} is not driven by puppeteer here`);
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
export class PuppeteerAdapter {
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
