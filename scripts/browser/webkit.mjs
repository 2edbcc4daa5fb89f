// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb
// (../webdriver.mjs; the driver is started by ../browsers.mjs).
import { startWebKitDriver } from '../browsers.mjs';
import { WebDriverSession } from '../webdriver.mjs';
import { cannot, limitOf, sleep } from './limits.mjs';

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

export class WebDriverAdapter {
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
    this.url = url;
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
