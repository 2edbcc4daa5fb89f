/**
 * The script-tag build (`dist/cl-login-help.js`): Lit, fuse.js and the
 * built-in content inside. Loading it registers the elements, reads the
 * `data-*` options of its own `<script>` tag and exposes `window.clLoginHelp`.
 * Loading it again, or after another version, changes nothing and never throws.
 */
import { defineClLoginHelp } from './define.js';
import { installEmbed, readScriptOptions, type ClLoginHelpApi } from './embed/embed.js';
import { VERSION } from './version.js';
import { adoptLoader, takeLoader } from './loader/handshake.js';

declare global {
  interface Window {
    clLoginHelp?: ClLoginHelpApi;
  }
}

const script = document.currentScript;
// dist/cl-login-help-loader.js may have come first: take over its button and queue (src/loader/handshake.ts).
const loader = takeLoader();
try {
  defineClLoginHelp();
  // A named element (`<div id="clLoginHelp">`) also shows up as window.clLoginHelp: only a real API counts.
  const existing = Object.getOwnPropertyDescriptor(window, 'clLoginHelp')?.value as ClLoginHelpApi | undefined;
  // The page API drives the registered elements: only when they are of this version.
  // (A version mismatch was warned about once by defineClLoginHelp().)
  const registered = customElements.get('cl-login-help') as { version?: unknown } | undefined;
  if (!(existing && typeof existing.open === 'function' && existing !== loader?.api) && registered?.version === VERSION) {
    const replay = loader && adoptLoader(loader);
    const api = installEmbed(readScriptOptions(script), script, VERSION);
    Object.defineProperty(window, 'clLoginHelp', { value: api, configurable: true, enumerable: false, writable: false });
    replay?.(api);
  }
} catch (error) {
  console.error('cl-login-help: could not start:', error);
}
