import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element whose tables are watched. */
type TablesHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/**
 * Tables that scroll: a table wider than the panel scrolls sideways in its
 * wrapper (`.table-scroll`); only then does the wrapper become a named,
 * focusable region, so keyboard users can scroll it and everyone else keeps
 * one tab stop less. Checked after every render and when a shown table's
 * width changes.
 */
export class ScrollingTables implements ReactiveController {
  readonly #host: TablesHost;
  /**
   * Re-checks in the next animation frame: changing the tables inside the
   * observer's callback re-lays them out, and WebKit reports "ResizeObserver
   * loop completed with undelivered notifications" to the host page's
   * window.onerror. It watches the tables shown, so a screen without tables
   * (home, results: every keystroke) costs it nothing.
   */
  readonly #resize: ResizeObserver;
  #frame = 0;
  /** The table boxes `#resize` watches. */
  #watched: Element[] = [];

  constructor(host: TablesHost) {
    this.#host = host;
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#mark());
    });
    host.addController(this);
  }

  hostConnected() {
    if (this.#host.hasUpdated) this.#watch();
  }

  hostUpdated() {
    this.#watch();
    this.#mark();
  }

  hostDisconnected() {
    this.#resize.disconnect();
    this.#watched = [];
  }

  /** Points the observer at the table boxes shown now (none: it watches nothing). */
  #watch() {
    const boxes = [...this.#host.renderRoot.querySelectorAll('.table-scroll')];
    if (boxes.length === this.#watched.length && boxes.every((box, i) => box === this.#watched[i])) return;
    this.#resize.disconnect();
    for (const box of boxes) this.#resize.observe(box);
    this.#watched = boxes;
  }

  #mark() {
    const root = this.#host.renderRoot;
    for (const box of root.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', box.querySelector('caption')?.textContent?.trim() ?? '');
      } else if (box !== (root as ShadowRoot).activeElement) {
        // (A focused region keeps its tab stop until focus leaves it.)
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  }
}
