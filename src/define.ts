import { ClLoginHelp } from './cl-login-help.js';
import { ClLoginHelpLauncher } from './cl-login-help-launcher.js';
import { VERSION } from './version.js';

const warned = new Set<string>();

function define(tag: string, element: CustomElementConstructor & { version: string }, registry: CustomElementRegistry) {
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: unknown }) | undefined;
  if (!existing) registry.define(tag, element);
  else if (existing !== element && existing.version !== element.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`cl-login-help: <${tag}> is already defined by version ${String(existing.version ?? 'unknown')}; this copy (${VERSION}) is not used.`);
  }
}

/**
 * Registers `<cl-login-help>` and `<cl-login-help-launcher>` unless something
 * already did (the bundle loaded twice, or another version first): the first
 * definition wins, and a different version is warned about once.
 */
export function defineClLoginHelp(registry: CustomElementRegistry = customElements) {
  define('cl-login-help', ClLoginHelp, registry);
  define('cl-login-help-launcher', ClLoginHelpLauncher, registry);
}
