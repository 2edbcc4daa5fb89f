/**
 * The script-tag build (`dist/cl-login-help.js`): Lit, fuse.js and the
 * built-in content inside. Loading it registers the elements, reads the
 * `data-*` options of its own `<script>` tag and exposes `window.clLoginHelp`.
 * Loading it again, or after another version, changes nothing and never throws.
 */
import { defineClLoginHelp } from './define.js';
import { installEmbed, readScriptOptions, type ClLoginHelpApi } from './embed/embed.js';
import { VERSION } from './version.js';

declare global {
  interface Window {
    clLoginHelp?: ClLoginHelpApi;
  }
}

const script = document.currentScript;
try {
  defineClLoginHelp();
  // A named element (`<div id="clLoginHelp">`) also shows up as window.clLoginHelp: only a real API counts.
  const existing = Object.getOwnPropertyDescriptor(window, 'clLoginHelp')?.value as ClLoginHelpApi | undefined;
  // The page API drives the registered elements: only when they are of this version.
  // (A version mismatch was warned about once by defineClLoginHelp().)
  const registered = customElements.get('cl-login-help') as { version?: unknown } | undefined;
  if (!(existing && typeof existing.open === 'function') && registered?.version === VERSION) {
    Object.defineProperty(window, 'clLoginHelp', { value: installEmbed(readScriptOptions(script), script, VERSION), configurable: true, enumerable: false, writable: false });
  }
} catch (error) {
  console.error('cl-login-help: could not start:', error);
}
