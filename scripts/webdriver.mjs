// A minimal W3C WebDriver (classic) client over fetch, enough to drive
// WebKitGTK's MiniBrowser through WebKitWebDriver: sessions, navigation,
// scripts, window size and input actions. No dependency, no downloads.

/** WebDriver's code points for the keys the tests press. */
export const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};
export const keyValue = (key) => KEYS[key] ?? ([...key].length === 1 ? key : (() => { throw new Error(`Unknown key: ${key}`); })());

export class WebDriverSession {
  /** Opens a session on the driver at `url` (e.g. http://127.0.0.1:4444). */
  static async create(url, capabilities) {
    const response = await fetch(`${url}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
    });
    const { value } = await response.json();
    if (!value?.sessionId) throw new Error(`WebDriver session not created: ${JSON.stringify(value).slice(0, 500)}`);
    return new WebDriverSession(url, value.sessionId, value.capabilities);
  }

  constructor(url, id, capabilities) {
    this.base = `${url}/session/${id}`;
    this.capabilities = capabilities;
  }

  async cmd(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value && typeof value === 'object' && 'error' in value) {
      const error = new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
      error.code = value.error;
      throw error;
    }
    return value;
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /** Runs `script` (a function body) with `args`; returns its JSON result. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs a function (or its source) in the page with one JSON argument; awaits a returned promise. */
  evaluate(fn, arg) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn})(arguments[0])).then(
          (value) => done({ value: value === undefined ? null : value }),
          (error) => done({ error: String(error && error.stack || error) }));`,
      args: [arg === undefined ? null : arg],
    }).then((result) => {
      if (result?.error) throw new Error(`In the page: ${result.error}`);
      return result?.value;
    });
  }

  setTimeouts(timeouts) {
    return this.cmd('POST', '/timeouts', timeouts);
  }

  windowRect() {
    return this.cmd('GET', '/window/rect');
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  actions(actions) {
    return this.cmd('POST', '/actions', { actions });
  }

  releaseActions() {
    return this.cmd('DELETE', '/actions');
  }

  /** Key presses: each of `keys` pressed and released in turn. */
  pressKeys(keys) {
    return this.actions([{ type: 'key', id: 'keyboard', actions: keys.flatMap((k) => [{ type: 'keyDown', value: keyValue(k) }, { type: 'keyUp', value: keyValue(k) }]) }]);
  }

  keyDown(key) {
    return this.actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: keyValue(key) }] }]);
  }

  keyUp(key) {
    return this.actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyUp', value: keyValue(key) }] }]);
  }

  /**
   * A mouse click at viewport coordinates. (WebKitWebDriver's element click
   * refuses elements inside shadow roots; a pointer action works.)
   */
  click(x, y) {
    return this.actions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  /**
   * Makes the viewport `width` × `height` CSS pixels by resizing the window
   * (the window's toolbar height is measured). Returns the viewport reached:
   * MiniBrowser cannot be narrower than about 447 px.
   */
  async setViewport(width, height) {
    const [innerW, innerH] = await this.execute('return [innerWidth, innerHeight]');
    const rect = await this.windowRect();
    await this.setWindowRect({ width: width + (rect.width - innerW), height: height + (rect.height - innerH) });
    for (let i = 0; i < 50; i++) {
      const [w, h] = await this.execute('return [innerWidth, innerHeight]');
      if ((w === width && h === height) || i === 49) return { width: w, height: h };
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  close() {
    return fetch(this.base, { method: 'DELETE' }).catch(() => {});
  }
}
