/** The element class only, with no side effects: register it yourself. */
export { ClLoginHelp, type Status } from './cl-login-help.js';
export { defineClLoginHelp } from './define.js';
