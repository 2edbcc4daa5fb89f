// Firefox (puppeteer-core over WebDriver BiDi) behind the small part of
// playwright-core's BrowserContext/Page API that scripts/storybook-check.mjs
// uses, so that the same check runs in Firefox unchanged. Media emulation
// (what the check sends as CDP Emulation.setEmulatedMedia) becomes Firefox
// preferences, as in about:config.
import puppeteer from 'puppeteer-core';
import { ensureFirefox, firefoxArgs, firefoxPrefs } from './browsers.mjs';

async function setPrefs(browser, prefs) {
  const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const expression = Object.entries(prefs)
    .map(([name, value]) => (value === null ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`))
    .join('');
  await browser.connection.send('script.evaluate', { expression, target: { context: result.contexts[0].context }, awaitPromise: false });
}

const consoleType = { warn: 'warning' };

function wrapPage(page) {
  // One wrapper per frame, so that `frame === page.mainFrame()` holds as in Playwright.
  const wrapped = new WeakMap();
  const wrapFrame = (frame) => {
    if (!wrapped.has(frame)) wrapped.set(frame, { evaluate: (fn, arg) => frame.evaluate(fn, arg), url: () => frame.url() });
    return wrapped.get(frame);
  };
  return {
    setViewportSize: ({ width, height }) => page.setViewport({ width, height }),
    addInitScript: (fn) => page.evaluateOnNewDocument(fn),
    on(event, listener) {
      if (event === 'console') page.on('console', (m) => listener({ type: () => consoleType[m.type()] ?? m.type(), text: () => m.text() }));
      else if (event === 'pageerror') page.on('pageerror', listener);
      else if (event === 'requestfailed') page.on('requestfailed', (r) => listener({ url: () => r.url(), failure: () => r.failure() }));
      // Firefox asks for /favicon.ico on its own; Chromium headless does not.
      else if (event === 'response') page.on('response', (r) => new URL(r.url()).pathname === '/favicon.ico' || listener({ status: () => r.status(), url: () => r.url() }));
      else throw new Error(`firefox-context: no ${event} event`);
    },
    // Requests to other hosts are reported through the handler (not blocked:
    // the check's machines have no network to reach them anyway).
    async route(predicate, handler) {
      page.on('request', (request) => {
        if (predicate(new URL(request.url()))) handler({ request: () => ({ url: () => request.url() }), abort: async () => {} });
      });
    },
    goto: (url, { waitUntil = 'load', timeout } = {}) => page.goto(url, { waitUntil, timeout }),
    waitForFunction: (fn, arg, { timeout } = {}) => page.waitForFunction(fn, { timeout, polling: 100 }, arg),
    waitForLoadState: (_state, { timeout } = {}) => page.waitForNetworkIdle({ timeout, idleTime: 500 }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    frames: () => page.frames().map(wrapFrame),
    mainFrame: () => wrapFrame(page.mainFrame()),
    waitForTimeout: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    close: () => page.close(),
    puppeteer: page,
  };
}

/** Launches Firefox; returns `{ context, close }` with context.newPage() and context.newCDPSession(page). */
export async function launchFirefoxContext() {
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: ensureFirefox(), headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs });
  const context = {
    newPage: async () => wrapPage(await browser.newPage()),
    async newCDPSession() {
      return {
        async send(method, params) {
          if (method !== 'Emulation.setEmulatedMedia') throw new Error(`firefox-context: no ${method}`);
          const prefs = {};
          for (const { name, value } of params.features ?? []) {
            if (name === 'prefers-color-scheme') prefs['layout.css.prefers-color-scheme.content-override'] = value === 'dark' ? 0 : 1;
            if (name === 'forced-colors') prefs['browser.display.document_color_use'] = value === 'active' ? 2 : null;
            if (name === 'prefers-reduced-motion') prefs['ui.prefersReducedMotion'] = value === 'reduce' ? 1 : 0;
          }
          await setPrefs(browser, prefs);
        },
      };
    },
  };
  return { context, close: () => browser.close() };
}
