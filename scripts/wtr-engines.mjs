// web-test-runner launchers for Chromium, Firefox and WebKit, and the
// `cl-*` test commands (keys, media, viewport) that work in each of them.
// Launch options, the WebKit session and every command go through the
// browser layer (scripts/browser.mjs), as the other tools' pages do.
// Used by web-test-runner.config.mjs; see README "Browsers".
import { chromeLauncher, ChromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { EngineCannot, launchOptions, limitOf, puppeteerPage, startWebKitSession, webDriverPage } from './browser.mjs';

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
  #webkit;

  async initialize() {}

  /** The WebKit session (started on first use), with an 800 × 600 viewport. */
  session() {
    this.#webkit ??= (async () => {
      const webkit = await startWebKitSession({ timeout: 120000 });
      await webkit.session.setViewport(800, 600);
      return webkit;
    })();
    return this.#webkit.then((webkit) => webkit.session);
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
    if (!this.#webkit) return;
    const webkit = await this.#webkit.catch(() => undefined);
    await webkit?.close();
    this.#webkit = undefined;
  }

  /** The layer's page over this session (one window). */
  async page() {
    const session = await this.session();
    this.#page ??= webDriverPage(session);
    return this.#page;
  }
  #page;
}

/** The launchers for `engines` (see scripts/browsers.mjs selectedEngines()). */
export function launchers(engines) {
  return engines.map((engine) => {
    if (engine === 'chromium') return chromeLauncher({ launchOptions: launchOptions('chromium') });
    if (engine === 'firefox')
      return new FirefoxLauncher(
        launchOptions('firefox'),
        ({ browser }) => browser.defaultBrowserContext(),
        ({ context }) => context.newPage(),
        puppeteer,
      );
    return new WebKitLauncher();
  });
}

const engineOf = (launcher) => (launcher instanceof WebKitLauncher ? 'webkit' : launcher.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium');

/** The layer's page for a web-test-runner session (one per puppeteer page: Chromium's media state lives there). */
const pages = new WeakMap();
async function layerPage(engine, launcher, sessionId) {
  if (engine === 'webkit') return launcher.page();
  const page = launcher.getPage(sessionId);
  if (!pages.has(page)) pages.set(page, puppeteerPage(engine, page));
  return pages.get(page);
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
      const page = await layerPage(engine, launcher, session.id);
      if (command === 'cl-keys') {
        if (payload.press) await page.press(payload.press);
        if (payload.type) await page.typeKeys(payload.type);
        if (payload.down) await page.keyDown(payload.down);
        if (payload.up) await page.keyUp(payload.up);
        return true;
      }
      if (command === 'cl-media') {
        // The features the engine cannot emulate are returned (and not emulated); the test says so.
        const cannot = Object.keys(payload).filter((name) => limitOf(engine, { [name]: payload[name] }));
        const rest = Object.fromEntries(Object.entries(payload).filter(([name]) => !cannot.includes(name)));
        if (Object.keys(rest).length) await page.emulateMedia(rest);
        return cannot;
      }
      if (command === 'cl-viewport') {
        // Where the engine's window cannot reach the size, the test sees the size it kept.
        await page.setViewport({ width: payload.width, height: payload.height }).catch((error) => {
          if (!(error instanceof EngineCannot)) throw error;
        });
        return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      }
      if (command === 'cl-click') {
        await page.clickAt(payload.x, payload.y);
        return true;
      }
      return undefined;
    },
  };
}
