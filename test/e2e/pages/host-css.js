// Adds hostile host styles named in the query: ?css=bootstrap,tailwind,rem,unset,inherit
// Bootstrap's and Tailwind's sheets are pinned copies in test/e2e/fixtures/ (see its README.md).
const sheets = {
  bootstrap: '/test/e2e/fixtures/bootstrap.min.css',
  tailwind: '/test/e2e/fixtures/tailwind-preflight.css',
  rem: 'hostile-rem.css',
  unset: 'hostile-unset.css',
  inherit: 'hostile-inherit.css',
};
for (const name of (new URLSearchParams(location.search).get('css') ?? '').split(',').filter(Boolean)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = sheets[name];
  document.head.append(link);
}
