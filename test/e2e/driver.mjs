// One small page API over the three engines, for the embedding tests and the
// Storybook check: Chromium through playwright-core, Firefox through
// puppeteer-core over WebDriver BiDi, WebKit (MiniBrowser) through
// WebKitWebDriver (scripts/webdriver.mjs). Input is real: clicks are mouse
// clicks at an element's centre, keys are key presses.
//
// Selectors: CSS, looked up through open shadow roots; `a >> b` finds b
// inside (the shadow trees of) the first a.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureBrowsers, firefoxArgs, firefoxPrefs, startWebKitDriver } from '../../scripts/browsers.mjs';
import { WebDriverSession } from '../../scripts/webdriver.mjs';

export const engineNames = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The narrowest viewport each engine's window can have. */
export const minWidth = { chromium: 0, firefox: 0, webkit: 447 };

// Runs in the page: the first element matching a `a >> b` selector, through open shadow roots.
const FIND = `(selector) => {
  const deep = (root, sel) => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, sel);
        if (inner) return inner;
      }
    }
    return null;
  };
  let scope = document;
  let found = null;
  for (const part of selector.split('>>').map((s) => s.trim())) {
    found = deep(scope, part);
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found;
}`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Page {
  constructor(engine, impl) {
    this.engine = engine;
    this.impl = impl;
  }

  /** Runs `fn(arg)` in the page; returns its (JSON) result, awaiting a promise. */
  evaluate(fn, arg) {
    return this.impl.evaluate(fn, arg);
  }

  goto(url) {
    return this.impl.goto(url);
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

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /** The element's box in the viewport, or null. */
  boundingBox(selector) {
    return this.evaluate(
      `(s) => { const el = (${FIND})(s); if (!el) return null; const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
      selector,
    );
  }

  async #element(selector, action) {
    const found = await this.evaluate(`(s) => { const el = (${FIND})(s); if (!el) return false; ${action} return true; }`, selector);
    if (!found) throw new Error(`No element for ${selector}`);
  }

  scrollIntoView(selector) {
    return this.#element(selector, "el.scrollIntoView({ block: 'center' });");
  }

  focus(selector) {
    return this.#element(selector, 'el.focus();');
  }

  async textContent(selector) {
    return this.evaluate(`(s) => (${FIND})(s)?.textContent ?? null`, selector);
  }

  /** A real mouse click at the centre of the element (scrolled into view). */
  async click(selector) {
    await this.#element(selector, "el.scrollIntoView({ block: 'nearest', inline: 'nearest' });");
    const box = await this.boundingBox(selector);
    await this.impl.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** A key press (`Enter`, `Escape`, `Tab`, `a`…). */
  press(key) {
    return this.impl.press(key);
  }

  /** Focuses the element and presses `key` there. */
  async pressOn(selector, key) {
    await this.focus(selector);
    await this.press(key);
  }

  /** Focuses a field, empties it and types `text` key by key. */
  async fill(selector, text) {
    await this.#element(selector, "el.focus(); el.value = ''; el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));");
    await this.impl.type(text);
  }

  /** Console messages (`warning: …`, `error: …`) and uncaught errors (`pageerror: …`), as test/e2e/pages/record.js records them. */
  logs() {
    return this.evaluate(() => [...(window.__record?.console ?? [])]);
  }

  close() {
    return this.impl.close();
  }
}

/** Starts `engine`; `newPage({ width, height })` opens a page with that viewport. */
export async function launch(engine) {
  const found = ensureBrowsers([engine])[engine];
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: found.chromium, args: chromeArgs, headless: true });
    return {
      engine,
      async newPage({ width = 1280, height = 800 } = {}) {
        const page = await browser.newPage({ viewport: { width, height } });
        return new Page(engine, {
          goto: (url) => page.goto(url),
          evaluate: (fn, arg) => page.evaluate(typeof fn === 'string' ? `(${fn})(${JSON.stringify(arg ?? null)})` : fn, arg),
          click: (x, y) => page.mouse.click(x, y),
          press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
          type: (text) => page.keyboard.type(text),
          close: () => page.close(),
        });
      },
      close: () => browser.close(),
    };
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: found.firefox, headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs });
    return {
      engine,
      async newPage({ width = 1280, height = 800 } = {}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width, height });
        return new Page(engine, {
          goto: (url) => page.goto(url),
          evaluate: (fn, arg) => page.evaluate(typeof fn === 'string' ? `(${fn})(${JSON.stringify(arg ?? null)})` : fn, arg),
          click: (x, y) => page.mouse.click(x, y),
          // WebDriver BiDi has no key named "Space".
          press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
          type: (text) => page.keyboard.type(text),
          close: () => context.close(),
        });
      },
      close: () => browser.close(),
    };
  }
  // WebKit: one MiniBrowser window; a "new page" is that window, resized and navigated.
  const driver = await startWebKitDriver();
  let session;
  try {
    session = await WebDriverSession.create(driver.url, driver.capabilities);
    await session.setTimeouts({ script: 60000, pageLoad: 60000 });
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return {
    engine,
    async newPage({ width = 1280, height = 800 } = {}) {
      await session.navigate('about:blank');
      const reached = await session.setViewport(width, height);
      if (reached.width !== width) throw new Error(`WebKit's window cannot make a ${width} px viewport (got ${reached.width} px)`);
      return new Page(engine, {
        goto: (url) => session.navigate(url),
        evaluate: (fn, arg) => session.evaluate(fn, arg),
        click: (x, y) => session.click(x, y),
        press: (key) => session.pressKeys([key]),
        type: (text) => session.pressKeys([...text]),
        close: () => session.navigate('about:blank'),
      });
    },
    async close() {
      await session.close();
      await driver.stop();
    },
  };
}
