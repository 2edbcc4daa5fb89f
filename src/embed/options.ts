/**
 * What the loader (dist/cl-login-help-loader.js) and the full bundle
 * (src/embed/embed.ts) both read from the host page, read by the same code so
 * that they cannot disagree: `#cl-login-help/...` hashes, help-link targets
 * (`data-cl-login-help="email/forgot-password"`,
 * `<a href="#cl-login-help/email">`) and the script tag's `data-*` options.
 * No Lit and no other imports: the loader must stay under 3 KB gzip.
 */

/** Where a help link or hash points: a topic id (empty for the home screen) and a section id (empty for the whole topic). */
export type HelpTarget = [topicId: string, sectionId: string];

/** Options read from a script tag's `data-*` attributes (both script tags take them). */
export interface ScriptOptions {
  /** `data-launcher`: mount the "Can't sign in?" button. */
  launcher: boolean;
  /** `data-content-src`: URL of a content JSON. */
  contentSrc: string;
  /** `data-lang`: language of the built-in content and UI. */
  lang: string;
  /** `data-context`: topic ids of the service(s) this page signs in to, separated by spaces. */
  context: string;
  /** `data-analytics`: `datalayer` or `adobe` to push every event to that data layer; '' for none. */
  analytics: string;
}

/**
 * `topic`, `topic/section`, `topic/` (a trailing slash: the topic whole) or
 * `` (the home screen); ids are letters, digits, `_` and `-`. Anything else
 * (other characters, a section without a topic, more slashes) is refused.
 */
const PATH = /^(?:([\w-]+)(?:\/([\w-]*))?)?$/;
const PREFIX = '#cl-login-help/';

/** `email`, `email/forgot-password`, `email/` or `` → [topic, section]; undefined when it is not a help path. */
export const parseTarget = (path: string): HelpTarget | undefined => {
  const match = PATH.exec(path);
  return match ? [match[1] || '', match[2] || ''] : undefined;
};

/** `#cl-login-help/email/forgot-password` (a `location.hash` or an `href`) → [topic, section]; undefined otherwise. */
export const parseHash = (hash: string) => (hash.startsWith(PREFIX) ? parseTarget(hash.slice(PREFIX.length)) : undefined);

/**
 * The help target of an element a click went through: any element with
 * `data-cl-login-help` (always a help link: a value that is not a help path
 * is kept whole as the topic id, so the panel reports it as unknown),
 * or an `<a>` whose `href` is a `#cl-login-help/...` hash. Undefined for
 * anything else.
 */
export const linkTarget = (node: Element): HelpTarget | undefined => {
  const value = node.getAttribute('data-cl-login-help');
  if (value !== null) return parseTarget(value) || [value, ''];
  return node instanceof HTMLAnchorElement ? parseHash(node.getAttribute('href') || '') : undefined;
};

/** `email/forgot-password` from a target, as `open()` takes it. */
export const targetPath = ([topicId, sectionId]: HelpTarget) => (sectionId ? topicId + '/' + sectionId : topicId);

/**
 * `document.currentScript` when it is a real `<script>`: it can be clobbered
 * by a named `<img>` or `<form>`, which gives null.
 */
export const realScript = (script: unknown): HTMLScriptElement | null => (script instanceof HTMLScriptElement ? script : null);

/** A `data-*` option of a script element: trimmed, or null when absent or when `script` is not a real `<script>` (only string attributes are read). */
export const scriptAttr = (script: unknown, name: string) => {
  const real = realScript(script);
  const value = real ? Element.prototype.getAttribute.call(real, name) : null;
  return typeof value === 'string' ? value.trim() : null;
};

/**
 * Reads the options both script tags take (`data-launcher`,
 * `data-content-src`, `data-lang`, `data-context`, `data-analytics`) from a script element; anything that is
 * not a real `<script>` (see realScript) gives the defaults. The loader reads
 * its own `data-bundle-src` with scriptAttr.
 */
export function readScriptOptions(script: unknown): ScriptOptions {
  const launcher = scriptAttr(script, 'data-launcher');
  return {
    launcher: launcher !== null && launcher !== 'false',
    contentSrc: scriptAttr(script, 'data-content-src') ?? '',
    lang: scriptAttr(script, 'data-lang') ?? '',
    context: scriptAttr(script, 'data-context') ?? '',
    analytics: scriptAttr(script, 'data-analytics') ?? '',
  };
}
