// Adds the loader's script tag (and, when asked, the full bundle's) right
// here in <body>, as a host's template would write it, with the options of
// this page's query: ?bundle-src=...&lang=es&context=email&analytics=datalayer&no-launcher&head&inline&full=before|after&twice.
// Every tag carries this script's nonce.
const params = new URLSearchParams(location.search);
const me = document.currentScript;
const tag = (src) => {
  const script = document.createElement('script');
  script.src = src;
  script.nonce = me.nonce;
  script.async = false;
  return script;
};
const loader = tag('/dist/cl-login-help-loader.js');
if (!params.has('no-launcher')) loader.dataset.launcher = '';
if (params.has('lang')) loader.dataset.lang = params.get('lang');
if (params.has('bundle-src')) loader.dataset.bundleSrc = params.get('bundle-src');
if (params.has('context')) loader.dataset.context = params.get('context');
if (params.has('analytics')) loader.dataset.analytics = params.get('analytics');
const tags = [loader];
if (params.has('twice')) tags.push(tag('/dist/cl-login-help-loader.js?second'));
if (params.get('full') === 'before') tags.unshift(tag('/dist/cl-login-help.js'));
if (params.get('full') === 'after') tags.push(tag('/dist/cl-login-help.js'));
if (params.has('head')) document.head.append(...tags);
else me.after(...tags);
if (params.has('inline')) me.before(document.createElement('cl-login-help'));
