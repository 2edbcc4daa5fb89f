// Adds the bundle's script tag with the data-* options from this page's query
// (?content-src=...&launcher=1&lang=es&context=email&analytics=datalayer), as a host's template would write it.
const params = new URLSearchParams(location.search);
const script = document.createElement('script');
script.src = '/dist/cl-login-help.js';
if (params.has('content-src')) script.dataset.contentSrc = params.get('content-src');
if (params.has('launcher')) script.dataset.launcher = '';
if (params.has('lang')) script.dataset.lang = params.get('lang');
if (params.has('context')) script.dataset.context = params.get('context');
if (params.has('analytics')) script.dataset.analytics = params.get('analytics');
document.currentScript.after(script);
