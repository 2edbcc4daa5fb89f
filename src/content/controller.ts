import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { ContentError, loadContent, parseContent } from './load.js';
import type { Content } from './schema.js';
import { builtInStrings, closestLang, supportedLang, type Lang } from '../i18n/lang.js';
import { builtInContent } from './built-in.js';
import { ownStrings, type UiStrings } from '../i18n/strings.js';
import { pageDefaults } from '../page-defaults.js';

/** The element a `ContentController` serves: its language, strings and `content-src`. */
export interface ContentHost extends Omit<ReactiveControllerHost, 'requestUpdate'>, HTMLElement {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  lang: string;
  strings: Partial<UiStrings>;
  contentSrc: string;
  readonly hasUpdated: boolean;
}

export interface ContentControllerOptions {
  /** Content failed to load or validate; the content in use stays. */
  onError(error: ContentError): void;
  /** A `content-src` load that a topic may have waited for failed. */
  onLoadFailed?(): void;
}

/**
 * Which content and UI strings the panel uses: the built-in content of the
 * resolved language, or content given through the `content` property or
 * loaded from `content-src` (validated; failures keep the content in use and
 * are reported). Every change of the content in use is requested on the host
 * as a change of its `content` property.
 *
 * The host calls `sync(changed)` first thing in `willUpdate`, so that
 * everything it derives in the same update sees the current content.
 */
export class ContentController implements ReactiveController {
  readonly #host: ContentHost;
  readonly #options: ContentControllerOptions;
  /** Content from the `content` property or `content-src`; the built-in content when unset. */
  #custom?: Content;
  /** Whether `#custom` came from `content-src` (and goes when it fails or is removed). */
  #fromSrc = false;
  #lang: Lang = 'en';
  #strings: UiStrings = builtInStrings('en');
  #load?: AbortController;
  #loadedSrc = '';
  /** The last `content-src` load failed (the built-in content is shown). */
  loadFailed = false;

  constructor(host: ContentHost, options: ContentControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The content in use (before the first render, in the language the element will use). */
  get content(): Content {
    return this.#custom ?? builtInContent(this.#host.hasUpdated ? this.#lang : this.#resolveLang());
  }

  /** Whether the content in use is the built-in one. */
  get builtIn() {
    return !this.#custom;
  }

  /** The UI strings: the content's language when we have it, then the host's own replacements. */
  get strings(): UiStrings {
    return this.#strings;
  }

  /** Whether content from `content-src` is still loading. */
  get loading() {
    return !!this.#load;
  }

  /** Validates and uses `value` (the `content` property); invalid content is reported and refused. */
  set(value: unknown) {
    try {
      this.#use(parseContent(value));
    } catch (error) {
      this.#options.onError(error as ContentError);
    }
  }

  hostConnected() {
    const host = this.#host;
    // Moved under another `lang`: follow it.
    if (host.hasUpdated && this.#resolveLang() !== this.#lang) host.requestUpdate('lang');
    // Reconnected after a removal aborted the load: load again.
    if (this.#src && this.#loadedSrc !== this.#src) host.requestUpdate();
  }

  hostDisconnected() {
    this.#load?.abort();
    this.#load = undefined;
    this.#loadedSrc = '';
  }

  /** Resolves language and strings, and starts a load when `content-src` changed. */
  sync(changed: PropertyValues) {
    const host = this.#host;
    if (!host.hasUpdated || changed.has('lang') || changed.has('strings') || changed.has('content')) {
      const lang = this.#resolveLang();
      if (lang !== this.#lang && !this.#custom) host.requestUpdate('content', this.content);
      this.#lang = lang;
      // UI strings follow the content's language when it is one we have.
      const contentLang = this.#custom ? this.#custom.lang.toLowerCase().split('-')[0] : lang;
      const uiLang: Lang = contentLang === 'es' || contentLang === 'en' ? contentLang : lang;
      this.#strings = { ...builtInStrings(uiLang), ...ownStrings(host.strings) };
    }
    if (this.#loadedSrc !== this.#src) this.#loadSrc();
  }

  /** The content URL in use: the element's own, else the script tag's `data-content-src`. */
  get #src() {
    return this.#host.contentSrc || pageDefaults.contentSrc;
  }

  #resolveLang(): Lang {
    return supportedLang(this.#host.lang || pageDefaults.lang || closestLang(this.#host) || 'en');
  }

  #use(content: Content, fromSrc = false) {
    const old = this.content;
    this.#fromSrc = fromSrc;
    this.#custom = content;
    this.#host.requestUpdate('content', old);
  }

  /** Back to the built-in content when the content in use came from a URL that is gone or failed. */
  #dropLoaded() {
    if (!this.#fromSrc) return;
    const old = this.content;
    this.#custom = undefined;
    this.#fromSrc = false;
    this.#host.requestUpdate('content', old);
  }

  #loadSrc() {
    this.#load?.abort();
    this.#load = undefined;
    const src = (this.#loadedSrc = this.#src);
    this.loadFailed = false;
    if (!src) return this.#dropLoaded();
    const controller = (this.#load = new AbortController());
    // A URL that does not even parse fails like any other load, not the render.
    Promise.resolve()
      .then(() => loadContent(new URL(src, document.baseURI).href, { signal: controller.signal }))
      .then(
        (content) => {
          if (this.#load !== controller) return;
          this.#load = undefined;
          this.#use(content, true);
        },
        (error: unknown) => {
          if (this.#load !== controller) return;
          this.#load = undefined;
          this.loadFailed = true;
          this.#dropLoaded();
          this.#host.requestUpdate();
          this.#options.onLoadFailed?.();
          this.#options.onError(error instanceof ContentError ? error : new ContentError('fetch-failed', String(error)));
        },
      );
  }
}
