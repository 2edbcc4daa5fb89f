/**
 * Page-wide defaults from the script tag's `data-content-src` and `data-lang`:
 * every panel without its own `content-src` or `lang` uses them, including
 * panels a single-page app adds later.
 */
export const scriptDefaults = { contentSrc: '', lang: '' };
