/**
 * Page-wide settings for every panel and launcher that has none of its own,
 * also those a single-page app adds later: the script tag's `data-lang`,
 * `data-content-src` and `data-context`, and `window.clLoginHelp.setContext()`
 * and `suggest()`. The element layer owns them; the embedding (script tag and
 * page API) sets them through `setPageDefaults`, and panels listen.
 */
export interface PageDefaults {
  contentSrc: string;
  lang: string;
  /** Topic ids of the page's own service(s), separated by spaces. */
  context: string;
  /** Answer references to offer first on the home screen. */
  suggestions: readonly string[];
}

export const pageDefaults: Readonly<PageDefaults> = { contentSrc: '', lang: '', context: '', suggestions: [] };

const listeners = new Set<() => void>();

/** Changes page-wide settings; every connected panel updates. */
export function setPageDefaults(patch: Partial<PageDefaults>) {
  Object.assign(pageDefaults, patch);
  for (const listener of listeners) listener();
}

/** Calls `listener` after each change; returns the function that stops it. */
export function onPageDefaults(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
