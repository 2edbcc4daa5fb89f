import { ClLoginHelp } from './cl-login-help.js';
import { ClLoginHelpLauncher } from './cl-login-help-launcher.js';
import { VERSION } from './version.js';

let warned = false;

/**
 * Registers `<cl-login-help>` and `<cl-login-help-launcher>` together, unless
 * something already registered either (the bundle loaded twice, or another
 * version first): then the first definitions win, nothing of this copy is
 * mixed in (the launcher relies on its own panel), and a different version is
 * warned about once.
 */
export function defineClLoginHelp(registry: CustomElementRegistry = customElements) {
  const existing = (registry.get('cl-login-help') ?? registry.get('cl-login-help-launcher')) as (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!existing) {
    registry.define('cl-login-help', ClLoginHelp);
    registry.define('cl-login-help-launcher', ClLoginHelpLauncher);
  } else if (existing !== ClLoginHelp && existing !== ClLoginHelpLauncher && existing.version !== VERSION && !warned) {
    warned = true;
    console.warn(`cl-login-help: version ${String(existing.version ?? 'unknown')} of <cl-login-help> is already defined; this copy (${VERSION}) is not used.`);
  }
}
