// Loaded first on every test page: records what a host page would notice.
window.__record = { violations: [], errors: [], events: [], listeners: { window: 0, document: 0 } };
document.addEventListener('securitypolicyviolation', (e) => window.__record.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__record.errors.push(String(e.message)));
// Console messages and uncaught errors, recorded in the page so that every
// engine's tests read them the same way (test/e2e/embed.mjs logs()).
window.__record.console = [];
for (const [method, type] of [['log', 'log'], ['info', 'info'], ['debug', 'debug'], ['warn', 'warning'], ['error', 'error']]) {
  const original = console[method];
  console[method] = function (...args) {
    window.__record.console.push(`${type}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
    return original.apply(this, args);
  };
}
window.addEventListener('error', (e) => window.__record.console.push(`pageerror: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__record.console.push(`pageerror: ${e.reason?.message ?? e.reason}`));
for (const type of ['topic', 'search', 'contact', 'feedback', 'error', 'open', 'close']) {
  document.addEventListener(`cl-login-help-${type}`, (e) => window.__record.events.push({ type: e.type, detail: e.detail }));
}
// Count listeners that stay on window and document (added minus removed).
for (const [name, target] of [['window', window], ['document', document]]) {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (...args) {
    window.__record.listeners[name]++;
    return add.apply(this, args);
  };
  target.removeEventListener = function (...args) {
    window.__record.listeners[name]--;
    return remove.apply(this, args);
  };
}
