// The page interface every tool uses, built on an engine adapter's
// primitives (./puppeteer.mjs for Chromium and Firefox, ./webkit.mjs for
// WebKit): selectors through open shadow roots, real pointer and key input,
// waits, media, events.
import { EngineCannot, sleep } from './limits.mjs';

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
export const FIND_ALL = `(selector) => {
  let scopes = [document];
  let found = [];
  for (const part of selector.split('>>').map((s) => s.trim())) {
    found = [...new Set(scopes.flatMap((scope) => deepElements(scope).filter((el) => el.matches(part))))];
    scopes = found.map((el) => el.shadowRoot ?? el);
  }
  return found;
}`;
export const FIND = `((s) => (${FIND_ALL})(s)[0] ?? null)`;
/** In the page: `fn(element, arg)` for the first match of `s`; throws when there is none. */
const onElement = (fn) => `({ s, arg }) => { const el = ${FIND}(s); if (!el) throw new Error('No element for ' + s); return (${fn})(el, arg); }`;

/** A frame of a page: evaluate and evaluateScript there, and its URL. */
class Frame {
  constructor(adapter, { frame, main, url }) {
    this.main = main;
    this.url = url;
    this.evaluate = (fn, arg) => adapter.evaluate(inPage(fn), arg, frame);
    this.evaluateScript = (source) => adapter.evaluateScript(source, frame);
  }
}

/** The page interface every tool uses (see ../browser.mjs). */
export class Page {
  constructor(engine, adapter) {
    this.engine = engine;
    this.adapter = adapter;
  }

  goto(url, options) {
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
