// web-test-runner launchers for Chromium, Firefox and WebKit, and the
// `cl-*` test commands (keys, media, viewport) that work in each of them.
// Used by web-test-runner.config.mjs; see README "Browsers".
import { chromeLauncher, ChromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureBrowsers, firefoxArgs, firefoxPrefs, startWebKitDriver } from './browsers.mjs';
import { WebDriverSession } from './webdriver.mjs';

/** Firefox over WebDriver BiDi (puppeteer-core), a fresh tab for every test file. */
class FirefoxLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const result = await super.stopSession(sessionId);
    // A reused tab keeps where focus went (e.g. out to the browser's own UI after the last Tab).
    const page = this.inactivePages.pop();
    await page?.puppeteerPage.close().catch(() => {});
    return result;
  }
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb (started here, stopped with the run). */
class WebKitLauncher {
  name = 'WebKit';
  type = 'webkit';
  #urls = new Map();
  #driver;
  #session;

  async initialize() {}

  async session() {
    if (!this.#session) {
      this.#session = (async () => {
        this.#driver = await startWebKitDriver();
        const session = await WebDriverSession.create(this.#driver.url, this.#driver.capabilities);
        await session.setTimeouts({ script: 120000, pageLoad: 120000 });
        await session.setViewport(800, 600);
        return session;
      })();
    }
    return this.#session;
  }

  async startSession(sessionId, url) {
    const session = await this.session();
    this.#urls.set(sessionId, url);
    await session.navigate(url);
  }

  isActive(sessionId) {
    return this.#urls.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.#urls.get(sessionId);
  }

  async stopSession(sessionId) {
    const session = await this.session();
    await session.navigate('about:blank').catch(() => {});
    this.#urls.delete(sessionId);
    return {};
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in WebKit here; use BROWSERS=chromium or firefox with --manual.');
  }

  async stop() {
    if (!this.#session) return;
    const session = await this.#session.catch(() => undefined);
    await session?.close();
    await this.#driver?.stop();
    this.#session = undefined;
  }

  get webdriver() {
    return this.session();
  }
}

/** The launchers for `engines` (see scripts/browsers.mjs selectedEngines()). */
export function launchers(engines) {
  const found = ensureBrowsers(engines);
  return engines.map((engine) => {
    if (engine === 'chromium') return chromeLauncher({ launchOptions: { executablePath: found.chromium.chromium, headless: true, args: chromeArgs } });
    if (engine === 'firefox')
      return new FirefoxLauncher(
        { browser: 'firefox', protocol: 'webDriverBiDi', executablePath: found.firefox.firefox, headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs },
        ({ browser }) => browser.defaultBrowserContext(),
        ({ context }) => context.newPage(),
        puppeteer,
      );
    return new WebKitLauncher();
  });
}

const engineOf = (launcher) => (launcher instanceof WebKitLauncher ? 'webkit' : launcher.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium');

/** Firefox: sets preferences as about:config does, from the browser's chrome scope (needs --remote-allow-system-access). */
async function setFirefoxPrefs(page, prefs) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const expression = Object.entries(prefs)
    .map(([name, value]) => (value === null ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`))
    .join('');
  const { result: evaluated } = await connection.send('script.evaluate', { expression, target: { context: result.contexts[0].context }, awaitPromise: false });
  if (evaluated.type !== 'success') throw new Error(`Firefox preferences not set: ${JSON.stringify(evaluated)}`);
}

const chromiumMedia = new WeakMap();

/**
 * Media emulation per engine. Returns the features it could not emulate
 * (WebKit's WebDriver has no media emulation at all).
 */
async function emulateMedia(engine, page, { colorScheme, forcedColors, reducedMotion }) {
  if (engine === 'chromium') {
    // The DevTools protocol itself: puppeteer's emulateMediaFeatures refuses forced-colors.
    let state = chromiumMedia.get(page);
    if (!state) chromiumMedia.set(page, (state = { cdp: await page.createCDPSession(), features: {} }));
    if (colorScheme) state.features['prefers-color-scheme'] = colorScheme;
    if (forcedColors) state.features['forced-colors'] = forcedColors;
    if (reducedMotion) state.features['prefers-reduced-motion'] = reducedMotion;
    await state.cdp.send('Emulation.setEmulatedMedia', { media: '', features: Object.entries(state.features).map(([name, value]) => ({ name, value })) });
    return [];
  }
  if (engine === 'firefox') {
    const prefs = {};
    // 0 dark, 1 light; cleared: the system's (light here).
    if (colorScheme) prefs['layout.css.prefers-color-scheme.content-override'] = colorScheme === 'dark' ? 0 : 1;
    // "Override the colours specified by the page: always" is Firefox's forced colours mode.
    if (forcedColors) prefs['browser.display.document_color_use'] = forcedColors === 'active' ? 2 : null;
    if (reducedMotion) prefs['ui.prefersReducedMotion'] = reducedMotion === 'reduce' ? 1 : 0;
    await setFirefoxPrefs(page, prefs);
    return [];
  }
  const wanted = { colorScheme: colorScheme && colorScheme !== 'light', forcedColors: forcedColors && forcedColors !== 'none', reducedMotion: reducedMotion && reducedMotion !== 'no-preference' };
  return Object.keys(wanted).filter((k) => wanted[k]);
}

/**
 * Test commands that work in all three engines (executeServerCommand):
 *   cl-engine                         -> 'chromium' | 'firefox' | 'webkit'
 *   cl-keys { press | type | down | up }   real key events
 *   cl-media { colorScheme, forcedColors, reducedMotion } -> features it could not emulate
 *   cl-viewport { width, height }     -> the viewport reached
 *   cl-click { x, y }                 a real mouse click at viewport coordinates
 */
export function engineCommandsPlugin() {
  return {
    name: 'cl-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('cl-')) return undefined;
      const launcher = session.browser;
      const engine = engineOf(launcher);
      if (command === 'cl-engine') return engine;
      if (engine === 'webkit') {
        const driver = await launcher.webdriver;
        if (command === 'cl-keys') {
          if (payload.press) await driver.pressKeys([payload.press]);
          if (payload.type) await driver.pressKeys([...payload.type]);
          if (payload.down) await driver.keyDown(payload.down);
          if (payload.up) await driver.keyUp(payload.up);
          return true;
        }
        if (command === 'cl-media') return emulateMedia(engine, undefined, payload);
        if (command === 'cl-viewport') return driver.setViewport(payload.width, payload.height);
        if (command === 'cl-click') return driver.click(payload.x, payload.y).then(() => true);
        return undefined;
      }
      const page = launcher.getPage(session.id);
      // WebDriver BiDi has no key named "Space"; " " is the space bar everywhere.
      const key = (k) => (k === 'Space' ? ' ' : k);
      if (command === 'cl-keys') {
        if (payload.press) await page.keyboard.press(key(payload.press));
        if (payload.type) await page.keyboard.type(payload.type);
        if (payload.down) await page.keyboard.down(key(payload.down));
        if (payload.up) await page.keyboard.up(key(payload.up));
        return true;
      }
      if (command === 'cl-media') return emulateMedia(engine, page, payload);
      if (command === 'cl-viewport') {
        await page.setViewport({ width: payload.width, height: payload.height });
        return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      }
      if (command === 'cl-click') {
        await page.mouse.click(payload.x, payload.y);
        return true;
      }
      return undefined;
    },
  };
}
