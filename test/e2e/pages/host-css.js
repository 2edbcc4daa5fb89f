// Adds hostile host styles named in the query: ?css=bootstrap,tailwind,rem,unset,inherit
const sheets = {
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  tailwind: '/node_modules/tailwindcss/preflight.css',
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
