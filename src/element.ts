/** The element classes only, with no side effects: register them yourself. */
export { ClLoginHelp, type Status } from './cl-login-help.js';
export { ClLoginHelpLauncher } from './cl-login-help-launcher.js';
export { defineClLoginHelp } from './define.js';
