// Adds the bundle's script tag with the data-* options from this page's query
// (?content-src=...&launcher=1&lang=es), as a host's template would write it.
const params = new URLSearchParams(location.search);
const script = document.createElement('script');
script.src = '/dist/cl-login-help.js';
if (params.has('content-src')) script.dataset.contentSrc = params.get('content-src');
if (params.has('launcher')) script.dataset.launcher = '';
if (params.has('lang')) script.dataset.lang = params.get('lang');
document.currentScript.after(script);
