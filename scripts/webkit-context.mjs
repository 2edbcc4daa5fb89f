// WebKitGTK (MiniBrowser through WebKitWebDriver under Xvfb, as in the
// component tests) behind the small part of playwright-core's
// BrowserContext/Page API that scripts/storybook-check.mjs uses, so that the
// same check runs in WebKit.
//
// WebDriver classic reports no console messages, page errors or requests, and
// cannot run a script before the page's own. So the check's server puts
// `CAPTURE` (below) at the top of every HTML page it serves to WebKit: it
// records console errors and warnings, uncaught errors and rejected promises,
// and every resource the page loads (Resource Timing), and runs the check's
// init script; this shim reads them out after each step and hands them to the
// check's listeners.
//
// Answers of 400 or more come from the check's own server log (`served`),
// which sees every request the page makes to it. A request to another host is
// seen only when it loaded (a Resource Timing entry with its URL); it is not
// blocked, and one that fails leaves no trace here, so that rule is truly
// kept by the Chromium and Firefox runs (the machines have no network to
// reach another host anyway).
//
// What WebKit cannot do here, the check skips by name (see `webkitCannot` in
// the check): media emulation (dark scheme, forced colours) and windows
// narrower than about 447 px.
import { startWebKitDriver } from './browsers.mjs';
import { WebDriverSession } from './webdriver.mjs';

/**
 * Runs first in every page served to WebKit: fills `window.__clCapture`.
 * (Serialized into the page: it must not use anything outside itself.)
 */
export function capture() {
  const record = (window.__clCapture = { console: [], errors: [], resources: [], seen: 0 });
  // (Resource Timing in WebKitGTK 2.50 has no responseStatus: statuses come from the server's log.)
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
    // No Resource Timing: requests are not checked (the check says so).
  }
}

/** The function's source, as an expression, for `(source)()` in a page. */
const sourceOf = (fn) => (typeof fn === 'function' ? fn.toString() : fn);

function wrapPage(session, initScripts, served) {
  const listeners = { console: [], pageerror: [], response: [], route: [] };
  let routePredicate = () => false;
  /** Hands what the page recorded since the last call to the check's listeners. */
  const drain = async () => {
    const taken = await session
      .execute(
        `const r = window.__clCapture; if (!r) return null;
         const out = { console: r.console.splice(0), errors: r.errors.splice(0), resources: r.resources.slice(r.seen) };
         r.seen = r.resources.length; return out;`,
      )
      .catch(() => null);
    answers();
    if (!taken) return;
    for (const message of taken.console) for (const listener of listeners.console) listener({ type: () => message.type, text: () => message.text });
    for (const error of taken.errors) for (const listener of listeners.pageerror) listener({ message: error });
    for (const resource of taken.resources) {
      if (routePredicate(new URL(resource.url))) for (const handler of listeners.route) handler({ request: () => ({ url: () => resource.url }), abort: async () => {} });
    }
  };
  /** The server's answers since the last call (one page at a time, so they are this page's). */
  const answers = () => {
    for (const { url, status } of served.splice(0)) {
      // MiniBrowser asks for /favicon.ico on its own, as Firefox does.
      if (new URL(url).pathname === '/favicon.ico') continue;
      for (const listener of listeners.response) listener({ status: () => status, url: () => url });
    }
  };
  const evaluate = async (fn, arg) => {
    try {
      return typeof fn === 'string' ? await session.execute(`${fn}\n;return null;`) : await session.evaluate(sourceOf(fn), arg);
    } finally {
      await drain();
    }
  };
  let current = 'about:blank';
  const frame = { evaluate, url: () => current };
  return {
    setViewportSize: ({ width, height }) => session.setViewport(width, height),
    // WebDriver cannot run a script before the page's own: the check's server
    // puts these first in every page (see `capture`); any other one is refused.
    addInitScript(fn) {
      if (!initScripts.includes(fn.name)) throw new Error(`webkit-context: the server does not inject ${fn.name || 'this script'}`);
    },
    on(event, listener) {
      if (event === 'requestfailed') return; // seen as `response` statuses
      if (!listeners[event]) throw new Error(`webkit-context: no ${event} event`);
      listeners[event].push(listener);
    },
    async route(predicate, handler) {
      routePredicate = predicate;
      listeners.route.push(handler);
    },
    async goto(url, { timeout = 30_000 } = {}) {
      await session.setTimeouts({ pageLoad: timeout, script: timeout });
      await session.navigate(url);
      current = url;
      await drain();
    },
    async waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await evaluate(fn, arg).catch(() => false);
        if (value) return value;
        if (Date.now() > end) throw new Error(`waitForFunction: timed out after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    /** Network idle: no new resource for 500 ms. */
    async waitForLoadState(_state, { timeout = 30_000 } = {}) {
      const end = Date.now() + timeout;
      let count = -1;
      let since = Date.now();
      while (Date.now() < end) {
        const now = await session.execute('return performance.getEntriesByType("resource").length').catch(() => 0);
        if (now !== count) (count = now), (since = Date.now());
        else if (Date.now() - since >= 500) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    evaluate,
    // One frame: a docs page's story frames are checked as their own stories.
    frames: () => [frame],
    mainFrame: () => frame,
    waitForTimeout: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    async close() {
      await drain();
      await session.navigate('about:blank').catch(() => {});
    },
  };
}

/**
 * Starts WebKitWebDriver (and Xvfb); returns `{ context, close }` like
 * scripts/firefox-context.mjs. `served` is the log the check's server fills
 * with `{ url, status }` for every answer; `injected`, the names of the
 * functions it puts first in every page.
 */
export async function launchWebKitContext({ served = [], injected = [] } = {}) {
  const driver = await startWebKitDriver();
  const session = await WebDriverSession.create(driver.url, driver.capabilities);
  await session.setTimeouts({ script: 30_000, pageLoad: 30_000 });
  /** The names of the init scripts the check's server injects. */
  const initScripts = injected;
  let open = false;
  const context = {
    async newPage() {
      // One window, one page at a time (the check runs WebKit with one job).
      if (open) throw new Error('webkit-context: one page at a time');
      open = true;
      served.length = 0;
      const page = wrapPage(session, initScripts, served);
      const close = page.close;
      page.close = async () => {
        await close();
        open = false;
      };
      return page;
    },
    async newCDPSession() {
      return {
        async send(method, params) {
          if (method !== 'Emulation.setEmulatedMedia') throw new Error(`webkit-context: no ${method}`);
          // WebKit has no media emulation: only the defaults may be asked for.
          const asked = (params.features ?? []).filter(({ name, value }) => !(name === 'prefers-color-scheme' && value === 'light') && value !== 'none' && value !== 'no-preference');
          if (asked.length) throw new Error(`webkit-context: cannot emulate ${asked.map(({ name, value }) => `${name}: ${value}`).join(', ')}`);
        },
      };
    },
  };
  return {
    context,
    async close() {
      await session.close();
      await driver.stop();
    },
  };
}
