// The host already uses Lit (or another library) that created "lit-html".
window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });
