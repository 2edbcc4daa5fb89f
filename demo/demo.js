// The demo host: opens a help topic from "#cl-login-help/<topic>" links, and
// logs the panel's events the way a web team's analytics would.
const panel = document.querySelector('cl-login-help');
const openFromHash = () => {
  const match = /^#cl-login-help\/([\w-]+)$/.exec(location.hash);
  if (match) panel.show(match[1], 'link');
};
window.addEventListener('hashchange', openFromHash);
openFromHash();
for (const type of ['topic', 'search', 'contact', 'feedback', 'error']) {
  document.addEventListener(`cl-login-help-${type}`, (event) => console.info(event.type, event.detail));
}
