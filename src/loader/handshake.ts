/**
 * The handshake between `dist/cl-login-help-loader.js` and the full bundle
 * (`dist/cl-login-help.js`), whichever arrives first and however often.
 *
 * The loader keeps its state on `window` under `Symbol.for('cl-login-help.loader')`
 * (a symbol, so no named element can clobber it):
 *
 * - `api`: the `window.clLoginHelp` the loader put there (its calls are queued);
 * - `host`: the loader's button host, or null (no `data-launcher`);
 * - `floating`: whether that button floats in the corner;
 * - `queue`: what happened before the panel was there, in order:
 *   `['open', topicId]`, `['close']`, `['link', element]` (a help link click);
 * - `policy()`: the loader's Trusted Types policy, handed only to the script
 *   element the loader injected, while it runs (else `undefined`);
 * - `adopted`: set by the full bundle when it takes over; the loader then stops;
 * - `context`, `suggestions`: the last `setContext()` and `suggest()` calls
 *   (kept, not queued: only the last one counts), undefined when not called.
 *
 * The full bundle, when it finds that state and the page API is the
 * loader's, replaces the loader's button with a `<cl-login-help-launcher>` in
 * the same place (focus moves with it), installs the real
 * `window.clLoginHelp`, then replays the queue: API calls through the real
 * API, link clicks by clicking the same element again. A loader that finds
 * the full bundle already registered does not install itself.
 */
import type { ClLoginHelpLauncher } from '../cl-login-help-launcher.js';

/** The `window` key of the loader's state. */
export const LOADER_KEY = 'cl-login-help.loader';

/** What the bundled Lit needs of a Trusted Types policy. */
export interface HtmlPolicy {
  createHTML(html: string): unknown;
}

export type LoaderQueueEntry = ['open', string] | ['close'] | ['link', Element];

export interface LoaderState {
  api: object;
  host: Element | null;
  floating: boolean;
  queue: LoaderQueueEntry[];
  policy(): HtmlPolicy | undefined;
  adopted: boolean;
  context?: string;
  suggestions?: string[];
}

/**
 * The Trusted Types policy handed over by the loader, for the bundled Lit
 * (the IIFE build's trusted-types-policy plugin reads it before creating one
 * of its own: only one policy may be named `cl-login-help`).
 */
export const handoff: { policy?: HtmlPolicy } = {};

/** Minimal page API: what the full bundle installs and replays into. */
interface Api {
  open(topicId?: string): void;
  close(): void;
  setContext(topicIds?: string): void;
  suggest(references?: readonly string[]): void;
}

/**
 * Called by the full bundle at the top of its script: takes the loader's
 * state (and its Trusted Types policy, which the loader hands only to the
 * script it injected, while that script runs). Returns undefined without a
 * loader or when another copy took it over already.
 */
export function takeLoader(): LoaderState | undefined {
  const state = (window as unknown as Record<symbol, LoaderState | undefined>)[Symbol.for(LOADER_KEY)];
  if (!state || state.adopted || typeof state !== 'object') return undefined;
  try {
    handoff.policy = state.policy();
  } catch {
    // No policy: Lit asks for its own.
  }
  return state;
}

/**
 * Takes over the loader: its button becomes a `<cl-login-help-launcher>` in
 * place (before the page API is installed, so help links and hashes find it);
 * the returned function replays the queue into the real API.
 */
export function adoptLoader(state: LoaderState): (api: Api) => void {
  state.adopted = true;
  const host = state.host;
  let launcher: ClLoginHelpLauncher | null = null;
  let hadFocus = false;
  if (host?.isConnected) {
    hadFocus = !!host.shadowRoot?.activeElement;
    launcher = document.createElement('cl-login-help-launcher');
    launcher.floating = state.floating;
    host.replaceWith(launcher);
  }
  return (api) => {
    // The page's service and suggestions first, so that an open() in the queue shows them.
    if (state.context !== undefined) api.setContext(state.context);
    if (state.suggestions) api.suggest(state.suggestions);
    const replay = () => {
      for (const entry of state.queue.splice(0)) {
        if (entry[0] === 'open') api.open(entry[1]);
        else if (entry[0] === 'close') api.close();
        else if (entry[1].isConnected) (entry[1] as HTMLElement).click();
      }
    };
    if (!launcher) return replay();
    const el = launcher;
    void el.updateComplete.then(() => {
      if (hadFocus) el.shadowRoot?.querySelector<HTMLElement>('[part=button]')?.focus();
      replay();
    });
  };
}
