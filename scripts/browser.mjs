// The one browser layer: the same page interface over the three engines, for
// every tool that drives a browser (the component tests' launchers, the
// embedding and loader tests, the Storybook check, the bench).
//
//   Chromium  puppeteer-core over the DevTools protocol
//   Firefox   puppeteer-core over WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb
//             (scripts/webdriver.mjs; started by scripts/browsers.mjs)
//
// This file launches engines; the page interface is browser/page.mjs, each
// engine's primitives browser/puppeteer.mjs and browser/webkit.mjs, and what
// an engine cannot do browser/limits.mjs.
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
// Each engine quirk lives in this layer once: the Space key, Firefox's launch options
// and media preferences, Chromium's media emulation, WebKit's session setup
// and its in-page capture of console, errors and requests.
import puppeteer from 'puppeteer-core';
import { cannot, limitOf } from './browser/limits.mjs';
import { Page } from './browser/page.mjs';
import { launchOptions, PuppeteerAdapter } from './browser/puppeteer.mjs';
import { startWebKitSession, WebDriverAdapter } from './browser/webkit.mjs';

export { EngineCannot, engineNames, limitOf, minWidth } from './browser/limits.mjs';
export { Page } from './browser/page.mjs';
export { launchOptions } from './browser/puppeteer.mjs';
export { captureScript, startWebKitSession } from './browser/webkit.mjs';

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
