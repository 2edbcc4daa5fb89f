// The demo host logs the panel's events the way a web team's analytics would.
for (const type of ['topic', 'search', 'contact', 'feedback', 'error', 'open', 'close']) {
  document.addEventListener(`cl-login-help-${type}`, (event) => console.info(event.type, event.detail));
}
