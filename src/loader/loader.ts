/**
 * `dist/cl-login-help-loader.js`: a classic script of under 3 KB gzip, no
 * Lit, for pages whose help starts closed (a sign-in page). It draws the
 * "Can't sign in?" button exactly as `<cl-login-help-launcher>` looks, handles
 * help links and `#cl-login-help/...` hashes, and exposes `window.clLoginHelp`
 * (`open`, `close`, `version`), whose calls are kept and carried out once the
 * panel is there.
 *
 * The full bundle (`cl-login-help.js` beside this file, or `data-bundle-src`)
 * is loaded on the first sign of intent (pointer over, focus on or a touch of
 * the button, a help link click, a deep-link hash, an API call), at once when
 * the page has or later gets an inline `<cl-login-help>`, and never
 * otherwise. The injected script carries this script's nonce, the
 * `integrity` (sha384) of the exact bundle built with it and
 * `crossorigin="anonymous"`. If it cannot load, the button becomes a link to
 * the contact page and `cl-login-help-error` fires (`bundle-failed`).
 *
 * How the full bundle takes over: see ./handshake.ts.
 */
import { LOADER_KEY, type HtmlPolicy, type LoaderQueueEntry, type LoaderState } from './handshake.js';
import { VERSION } from '../version.js';
import { linkTarget, parseHash, readScriptOptions, realScript, scriptAttr } from '../embed/options.js';
import { forwardAnalytics, subscribe } from '../embed/analytics.js';

/** Replaced at build time with the sha384 of dist/cl-login-help.js (rollup.config.mjs). */
const INTEGRITY = '__BUNDLE_INTEGRITY__';
/** Same as the built-in content's `destinations.contact`. */
const CONTACT = 'https://www.centurylink.com/home/help/contact.html';
const LABELS: Record<string, string> = { en: "Can't sign in?", es: '\u00bfNo puede iniciar sesi\u00f3n?' };

/** The launcher's button styles, token for token (src/cl-login-help-launcher.ts), plus the busy state. */
const CSS = `:host{--_accent:var(--cl-login-help-accent,#0b57d0);--_accent-text:var(--cl-login-help-accent-text,#ffffff);--_focus:var(--cl-login-help-focus,#0b57d0);display:inline-block}
@media (prefers-color-scheme:dark){:host{--_accent:var(--cl-login-help-accent,#a8c7fa);--_accent-text:var(--cl-login-help-accent-text,#0a1a33);--_focus:var(--cl-login-help-focus,#a8c7fa)}}
.floating{position:fixed;inset-inline-end:16px;inset-block-end:16px;z-index:2147483000}
.open{all:initial;box-sizing:border-box;cursor:pointer;font-family:var(--cl-login-help-font-family,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);font-size:var(--cl-login-help-font-size,16px);line-height:1.25;display:inline-flex;align-items:center;min-height:44px;padding:10px 18px;border-radius:var(--cl-login-help-radius,8px);border:2px solid transparent;background:var(--_accent);color:var(--_accent-text);font-weight:600}
.open:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.open[aria-busy=true]{cursor:progress}
.open[aria-busy=true]::after{content:"";width:.75em;height:.75em;margin-inline-start:8px;border:2px solid;border-inline-end-color:transparent;border-radius:50%;animation:s 1s linear infinite}
@keyframes s{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){.open[aria-busy=true]::after{animation:none;border-inline-end-color:currentColor;opacity:.5}}
@media (forced-colors:active){.open{border-color:ButtonText}}`;

type Policy = { createScriptURL(u: string): string; createHTML(h: string): string };
type Win = Window &
  Record<symbol, LoaderState | undefined> & {
    trustedTypes: { createPolicy(name: string, rules: Policy): { createScriptURL(u: string): unknown; createHTML(h: string): unknown } };
  };

(() => {
  const win = window as unknown as Win;
  const doc = document;
  const key = Symbol.for(LOADER_KEY);
  // Read as the full bundle reads them (../embed/options.ts): a clobbered currentScript (a named <img>) is ignored.
  const script = realScript(doc.currentScript);
  const { launcher: wantsButton, lang, contentSrc, context, analytics } = readScriptOptions(script);
  const inBody = !!script && !!doc.body?.contains(script);
  const place = (el: Element) => {
    if (inBody) script!.after(el);
    else whenBody(() => doc.body.append(el));
  };

  if (win[key]) return; // Loaded twice: the first copy does it all.
  if (customElements.get('cl-login-help-launcher')) {
    // The full bundle is here already: only the button is left to add.
    if (wantsButton) {
      const el = doc.createElement('cl-login-help-launcher');
      if (!inBody) el.setAttribute('floating', '');
      if (lang) el.setAttribute('lang', lang);
      if (contentSrc) el.setAttribute('content-src', contentSrc);
      if (context) el.setAttribute('context', context);
      place(el);
    }
    return;
  }
  // The loader's own bundle-failed is pushed too.
  forwardAnalytics(analytics);

  const queue: LoaderQueueEntry[] = [];
  let injected: HTMLScriptElement | null = null;
  let policy: HtmlPolicy | undefined;
  let failed = false;
  let button: HTMLButtonElement | HTMLAnchorElement | null = null;
  let host: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  const api = Object.freeze({
    open: (topicId?: string) => {
      queue.push(['open', typeof topicId === 'string' ? topicId : '']);
      load(true);
    },
    close: () => {
      queue.push(['close']);
    },
    // Kept for the bundle, which they do not fetch (no intent yet).
    setContext: (ids?: string) => void (state.context = ids || ''),
    suggest: (refs?: string[]) => void (state.suggestions = refs || []),
    on: subscribe,
    version: VERSION,
  });
  const currentScriptOf = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')!.get!;
  const state: LoaderState = {
    api,
    host: null,
    floating: false,
    queue,
    policy: () => (injected && currentScriptOf.call(doc) === injected ? policy : undefined),
    adopted: false,
  };
  Object.defineProperty(win, key, { value: state, configurable: true });
  Object.defineProperty(win, 'clLoginHelp', { value: api, configurable: true, writable: false });

  const done = () => state.adopted || failed;

  function load(busy = false) {
    if (busy && button && !done()) button.setAttribute('aria-busy', 'true');
    observer?.disconnect();
    if (injected || done()) return;
    const s = (injected = doc.createElement('script'));
    try {
      // data-bundle-src is relative to the page, like any URL attribute; the default sits beside this file.
      const bundleSrc = scriptAttr(script, 'data-bundle-src');
      const url = (bundleSrc ? new URL(bundleSrc, doc.baseURI) : new URL('cl-login-help.js', script?.src || doc.baseURI)).href;
      s.async = true;
      s.nonce = script?.nonce ?? '';
      s.integrity = INTEGRITY;
      s.crossOrigin = 'anonymous';
      if (lang) s.setAttribute('data-lang', lang);
      if (contentSrc) s.setAttribute('data-content-src', contentSrc);
      if (context) s.setAttribute('data-context', context);
      if (analytics) s.setAttribute('data-analytics', analytics);
      s.onload = () => state.adopted || fail('the bundle ran but did not start');
      s.onerror = () => fail(`${url} did not load (network, 404, CSP or integrity)`);
      let src: unknown = url;
      try {
        // Trusted Types (where the browser has them): a policy that allows this one URL, handed to the bundle's Lit
        // (only one policy may be named cl-login-help). Without it, a plain string, as on pages that do not enforce them.
        const made = (policy = win.trustedTypes.createPolicy('cl-login-help', {
          createScriptURL: (u: string) => {
            if (u !== url) throw new TypeError(u);
            return u;
          },
          createHTML: (h: string) => h,
        }));
        src = made.createScriptURL(url);
      } catch {
        policy = undefined;
      }
      s.src = src as string;
      doc.head.append(s);
    } catch (error) {
      fail(String(error));
    }
  }

  function fail(message: string) {
    if (done()) return;
    failed = true;
    queue.length = 0;
    const target = host ?? doc;
    if (button) {
      // The button still helps: a link to the contact page.
      const link = doc.createElement('a');
      link.className = 'open';
      link.setAttribute('part', 'button');
      link.href = CONTACT;
      link.textContent = button.textContent;
      const focused = host!.shadowRoot!.activeElement === button;
      button.replaceWith(link);
      button = link;
      if (focused) link.focus();
    }
    console.warn(`cl-login-help: ${message}`);
    target.dispatchEvent(new CustomEvent('cl-login-help-error', { detail: { code: 'bundle-failed', message }, bubbles: true, composed: true }));
  }

  // Help links and data-cl-login-help elements: the click is kept and replayed on the same element.
  doc.addEventListener('click', (event) => {
    if (done() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      if (linkTarget(node)) {
        event.preventDefault();
        queue.push(['link', node]);
        load(true);
        return;
      }
    }
  });
  const onHash = () => parseHash(location.hash) && load();
  win.addEventListener('hashchange', onHash);
  onHash();

  // An inline panel needs the bundle at once.
  // (Once the full bundle has taken over, the observer stops at the next change.)
  const hasPanel = () => (done() || doc.getElementsByTagName('cl-login-help').length > 0) && (load(), true);
  if (!hasPanel()) (observer = new MutationObserver(hasPanel)).observe(doc, { childList: true, subtree: true });

  if (wantsButton) {
    host = doc.createElement('cl-login-help-loader');
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      // No constructable stylesheets: an unstyled button still works.
    }
    const wrap = doc.createElement('div');
    const b = (button = doc.createElement('button'));
    b.type = 'button';
    b.className = 'open';
    b.setAttribute('part', 'button');
    b.setAttribute('aria-haspopup', 'dialog');
    b.addEventListener('click', () => !done() && api.open());
    for (const type of ['pointerover', 'focus', 'touchstart']) b.addEventListener(type, () => load(), { passive: true });
    wrap.append(b);
    root.append(wrap);
    state.host = host;
    if (!inBody) {
      wrap.className = 'floating';
      state.floating = true;
    }
    place(host);
    const label = () => {
      const tag = lang || host!.closest('[lang]')?.getAttribute('lang') || 'en';
      button!.textContent = LABELS[tag.trim().toLowerCase().split(/[-_]/)[0]] ?? LABELS.en;
    };
    label();
    if (!host.isConnected) whenBody(label);
  }

  function whenBody(run: () => void) {
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  }
})();
