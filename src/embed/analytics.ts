/**
 * The panel's events for the host page's code and analytics, shared by the
 * loader (dist/cl-login-help-loader.js) and the full bundle: no Lit and no
 * other imports (the loader stays under 3 KB gzip).
 */

/** The events, by the short name `on()` takes (`search` is `cl-login-help-search`). */
const EVENTS = ['topic', 'search', 'contact', 'feedback', 'error', 'open', 'close'];

/** Where the forwarding was installed: once per page, by whichever script comes first. */
const FORWARDING = Symbol.for('cl-login-help.analytics');

/**
 * `window.clLoginHelp.on('search', (detail, event) => ...)`: calls `handler`
 * with each event's `detail` (the query masked as in the DOM event); returns
 * the function that unsubscribes. An unknown name is warned about and
 * subscribes to nothing.
 */
export function subscribe(name: string, handler: (detail: unknown, event: Event) => void): () => void {
  const short = (name + '').replace('cl-login-help-', '');
  if (!EVENTS.includes(short) || typeof handler !== 'function') {
    // (Short: the loader carries this too.)
    console.warn('cl-login-help: on()?', name, handler);
    return () => {};
  }
  const type = 'cl-login-help-' + short;
  const listener = (event: Event) => handler((event as CustomEvent).detail, event);
  document.addEventListener(type, listener);
  return () => document.removeEventListener(type, listener);
}

/**
 * `data-analytics="datalayer"`: every event is pushed to `window.dataLayer`
 * as Google Tag Manager and GA4 read it, `{ event: 'cl_login_help_search',
 * ...detail }`; `data-analytics="adobe"`: to `window.adobeDataLayer` as the
 * Adobe Client Data Layer reads it, `{ event: 'cl_login_help_search',
 * eventInfo: detail }`. The details are the DOM events' own (queries masked).
 */
export function forwardAnalytics(kind: string) {
  const win = window as unknown as Record<string | symbol, unknown>;
  const layer = kind === 'datalayer' ? 'dataLayer' : kind === 'adobe' ? 'adobeDataLayer' : '';
  if (!layer || win[FORWARDING]) return;
  win[FORWARDING] = 1;
  for (const name of EVENTS)
    subscribe(name, (detail) => {
      const event = 'cl_login_help_' + name;
      // (A page that has no data layer yet, or a named element in its place, gets an array.)
      let list = win[layer] as unknown[];
      if (typeof list?.push !== 'function') win[layer] = list = [];
      list.push(layer === 'dataLayer' ? { event, ...(detail as object) } : { event, eventInfo: detail });
    });
}
