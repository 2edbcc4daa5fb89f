import type { ClLoginHelp } from '../cl-login-help.js';
import type { ClLoginHelpLauncher } from '../cl-login-help-launcher.js';
import type { TopicSource } from '../events.js';
import { scriptDefaults } from './defaults.js';

/** `window.clLoginHelp`: open and close the help from the host page's code. */
export interface ClLoginHelpApi {
  /**
   * Opens the help (the inline panel if the page has one, else the dialog),
   * at `topicId` when given; `'email/forgot-password'` opens that answer.
   */
  open(topicId?: string): void;
  /** Closes the help dialog. */
  close(): void;
  /** This bundle's version. */
  readonly version: string;
}

/** Options read from the bundle's own `<script>` tag. */
export interface ScriptOptions {
  /** `data-launcher`: mount the "Can't sign in?" button. */
  launcher: boolean;
  /** `data-content-src`: URL of a content JSON. */
  contentSrc: string;
  /** `data-lang`: language of the built-in content and UI. */
  lang: string;
}

/** `#cl-login-help/email` or `#cl-login-help/email/forgot-password`: group 1 is the path after the prefix. */
const HASH = /^#cl-login-help\/([\w-]*(?:\/[\w-]+)?)$/;

/**
 * Reads `data-*` options from a script element. `document.currentScript`
 * can be clobbered by a named `<img>` or `<form>`, so anything that is not a
 * real `<script>` gives the defaults, and only string attributes are read.
 */
export function readScriptOptions(script: unknown): ScriptOptions {
  const real = script instanceof HTMLScriptElement ? script : null;
  const attr = (name: string) => {
    const value = real ? Element.prototype.getAttribute.call(real, name) : null;
    return typeof value === 'string' ? value.trim() : null;
  };
  const launcher = attr('data-launcher');
  return {
    launcher: launcher !== null && launcher !== 'false',
    contentSrc: attr('data-content-src') ?? '',
    lang: attr('data-lang') ?? '',
  };
}

/** The page's inline panel: the first `<cl-login-help>` in the document itself. */
const inlinePanel = () => document.querySelector<ClLoginHelp>('cl-login-help');

/**
 * Wires the help into the host page: the launcher (when asked), help links
 * (`<a href="#cl-login-help/email">`, `[data-cl-login-help="email"]`, and with a
 * section: `#cl-login-help/email/forgot-password`, `"email/forgot-password"`), a page
 * loaded with such a hash, and `window.clLoginHelp`. Listeners live for the
 * page's life: one click listener on `document` and one `hashchange` on
 * `window`, added once.
 */
export function installEmbed(options: ScriptOptions, script: unknown, version: string): ClLoginHelpApi {
  scriptDefaults.contentSrc = options.contentSrc;
  scriptDefaults.lang = options.lang;
  let launcher: ClLoginHelpLauncher | null = null;

  const ensureLauncher = () => {
    // A single-page app may have replaced the page: never keep a removed launcher.
    if (!launcher?.isConnected) launcher = document.querySelector('cl-login-help-launcher');
    if (!launcher) {
      launcher = document.createElement('cl-login-help-launcher');
      launcher.noButton = true;
      document.body.append(launcher);
    }
    return launcher;
  };

  const open = (topicId = '', source: TopicSource = 'api') => {
    const panel = inlinePanel();
    if (panel) {
      if (topicId) panel.show(topicId, '', source);
      else {
        panel.reset();
        // Focus the search field once the home screen has replaced the topic.
        void panel.updateComplete.then(() => panel.focus());
      }
      panel.scrollIntoView({ block: 'nearest' });
      return;
    }
    void ensureLauncher().open(topicId || undefined, source);
  };

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    for (const node of event.composedPath()) {
      if (!(node instanceof Element)) continue;
      const topicId = node.getAttribute('data-cl-login-help') ?? (node instanceof HTMLAnchorElement ? HASH.exec(node.getAttribute('href') ?? '')?.[1] : undefined);
      if (topicId === undefined || topicId === null) continue;
      event.preventDefault();
      open(topicId, 'link');
      return;
    }
  };

  const onHash = () => {
    const match = HASH.exec(location.hash);
    if (match) open(match[1], 'link');
  };

  if (options.launcher) {
    const el = document.createElement('cl-login-help-launcher');
    if (script instanceof HTMLScriptElement && document.body?.contains(script)) script.after(el);
    else {
      el.floating = true;
      whenBody(() => document.body.append(el));
    }
    launcher = el;
  }

  document.addEventListener('click', onClick);
  window.addEventListener('hashchange', onHash);
  whenBody(onHash);

  return Object.freeze({
    open: (topicId?: string) => open(typeof topicId === 'string' ? topicId : '', 'api'),
    close: () => (launcher?.isConnected ? launcher : document.querySelector('cl-login-help-launcher'))?.close(),
    version,
  });
}

function whenBody(run: () => void) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
