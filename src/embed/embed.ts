import type { ClLoginHelp } from '../cl-login-help.js';
import type { ClLoginHelpLauncher } from '../cl-login-help-launcher.js';
import type { TopicSource } from '../events.js';
import { setPageDefaults } from '../page-defaults.js';
import { forwardAnalytics, subscribe } from './analytics.js';
import { linkTarget, parseHash, targetPath, type ScriptOptions } from './options.js';

export { readScriptOptions, type ScriptOptions } from './options.js';

/** `window.clLoginHelp`: open and close the help from the host page's code. */
export interface ClLoginHelpApi {
  /**
   * Opens the help (the inline panel if the page has one, else the dialog),
   * at `topicId` when given; `'email/forgot-password'` opens that answer.
   */
  open(topicId?: string): void;
  /** Closes the help dialog. */
  close(): void;
  /**
   * The service(s) this page signs in to, for a single-page app's route:
   * topic ids separated by spaces (`setContext('email')`); no argument clears
   * it. Panels and launchers without their own `context` follow.
   */
  setContext(topicIds?: string): void;
  /**
   * Up to five answers to offer first ("Suggested answers") the next time
   * the panel shows its home screen: references as in help links
   * (`suggest(['email/forgot-password'])`); no argument clears them.
   */
  suggest(references?: readonly string[]): void;
  /** Calls `handler(detail, event)` for each `cl-login-help-<name>` event; returns the function that unsubscribes. */
  on(name: string, handler: (detail: unknown, event: Event) => void): () => void;
  /** This bundle's version. */
  readonly version: string;
}

/** What `suggest()` takes: at most five references, as strings. */
export const suggestions = (references: unknown): string[] => {
  if (references === undefined) return [];
  if (!Array.isArray(references)) {
    console.warn('cl-login-help: suggest() takes an array of answer references, like ["email/forgot-password"]');
    return [];
  }
  if (references.length > 5) console.warn('cl-login-help: suggest() shows at most five answers; the rest are left out');
  return references.slice(0, 5).map(String);
};

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
  setPageDefaults({ contentSrc: options.contentSrc, lang: options.lang, context: options.context });
  forwardAnalytics(options.analytics);
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
      const target = linkTarget(node);
      if (!target) continue;
      event.preventDefault();
      open(targetPath(target), 'link');
      return;
    }
  };

  const onHash = () => {
    const target = parseHash(location.hash);
    if (target) open(targetPath(target), 'link');
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
    setContext: (topicIds?: string) => setPageDefaults({ context: typeof topicIds === 'string' ? topicIds : '' }),
    suggest: (references?: readonly string[]) => setPageDefaults({ suggestions: suggestions(references) }),
    on: subscribe,
    version,
  });
}

function whenBody(run: () => void) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
