import { ClLoginHelp } from './cl-login-help.js';

/**
 * Registers `<cl-login-help>` unless something already did (the bundle loaded
 * twice, or another version first): the first definition wins.
 */
export function defineClLoginHelp(registry: CustomElementRegistry = customElements) {
  if (!registry.get('cl-login-help')) registry.define('cl-login-help', ClLoginHelp);
}
