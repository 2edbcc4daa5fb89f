// Three builds from one config, in this order (see README "Builds"):
//  1. dist/esm/: the npm module, one file per source module, lit, fuse.js and
//     valibot left external, with .d.ts files; then dist/content.schema.json.
//  2. dist/cl-login-help.js: one self-contained, minified IIFE for the
//     <script> tag, with Lit's production build inside.
//  3. dist/cl-login-help-loader.js: the small loader for pages whose help
//     starts closed; it carries the sha384 of the file built in step 2.
import { writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';
import MagicString from 'magic-string';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const replaceVersion = () => ({
  name: 'version',
  transform(code) {
    if (!code.includes('__VERSION__')) return null;
    const out = new MagicString(code);
    out.replaceAll('__VERSION__', pkg.version);
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/** Prints a built file's size raw, gzip and brotli. */
const sizes = () => ({
  name: 'sizes',
  writeBundle(options, bundle) {
    for (const [name, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const raw = Buffer.from(chunk.code);
      const gzip = gzipSync(raw, { level: 9 }).length;
      const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(`${name}: ${raw.length} B raw, ${gzip} B gzip, ${brotli} B brotli`);
    }
  },
});

/** Minifies the HTML and CSS inside Lit's html`` and css`` templates. */
const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    if (!id.includes('/src/')) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result && { code: result.code, map: result.map };
  },
});

/**
 * Trusted Types: Lit creates a policy named "lit-html" when it loads. A host
 * page that uses Lit itself has one already, and under a CSP that does not
 * allow duplicates a second createPolicy("lit-html") throws and would stop
 * the bundle. The IIFE's own copy of Lit therefore creates its policy on its
 * first render, not on load, asking for "cl-login-help" first, then
 * "lit-html". A second copy of the bundle never renders (the first
 * definition wins), so it never asks, and no policy object is ever exposed to
 * other scripts. If neither name is allowed, the panel reports the CSP error
 * when it renders; the page is not affected.
 */
const trustedTypesPolicy = () => ({
  name: 'trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const original = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
    if (!code.includes(original)) this.error('lit-html changed: update the trusted-types-policy plugin in rollup.config.mjs');
    // A policy handed over by dist/cl-login-help-loader.js comes first (src/loader/handshake.ts).
    const replacement =
      's?((p,a)=>({createHTML(h){if(!a){a=1;p=__clHandoff.policy;if(!p)for(const n of["cl-login-help","lit-html"])try{p=s.createPolicy(n,{createHTML:t=>t});break}catch(e){}}return p?p.createHTML(h):h}}))():void 0';
    const out = new MagicString(code);
    const at = code.indexOf(original);
    out.overwrite(at, at + original.length, replacement);
    out.prepend(`import { handoff as __clHandoff } from ${JSON.stringify(fileURLToPath(new URL('src/loader/handshake.ts', import.meta.url)))};\n`);
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
});

/**
 * The IIFE needs one tslib helper, `__decorate` (Lit's decorators in
 * TypeScript's experimental mode; ES2022 output needs no private-field
 * helpers). This is it without the `Reflect.decorate` and parameter branches
 * that TypeScript never uses here: decorators on class fields and accessors.
 * A helper it does not provide fails the build.
 */
const smallTslib = () => ({
  name: 'small-tslib',
  resolveId: (id) => (id === 'tslib' ? '\0tslib' : null),
  load: (id) =>
    id === '\0tslib'
      ? 'export function __decorate(ds, t, k, r) { if (r === null) r = Object.getOwnPropertyDescriptor(t, k); for (let i = ds.length; i--; ) r = ds[i](t, k, r) || r; r && Object.defineProperty(t, k, r); }'
      : null,
});

/**
 * Truly ASCII output: terser's ascii_only escapes strings and regular
 * expressions but not the raw text of template literals (the "←" and "×" in
 * the panel's and launcher's templates). After terser, the only non-ASCII
 * characters left are in template literal text, where a \uXXXX escape gives
 * the same (cooked) string; Lit and the css tag read cooked strings.
 */
const asciiTemplates = () => ({
  name: 'ascii-templates',
  renderChunk(code) {
    const out = new MagicString(code);
    for (const { 0: c, index } of code.matchAll(/[^\0-\x7f]/g)) out.overwrite(index, index + 1, `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
  },
});

/** Puts the sha384 of the built full bundle into the loader, for its `integrity` attribute. */
const bundleIntegrity = (file) => ({
  name: 'bundle-integrity',
  renderChunk(code) {
    if (!code.includes('__BUNDLE_INTEGRITY__')) this.error('the loader lost its __BUNDLE_INTEGRITY__ placeholder');
    const hash = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
    return { code: code.replace('__BUNDLE_INTEGRITY__', hash), map: null };
  },
});

/** Writes dist/content.schema.json from the same valibot schema the validator uses. */
const jsonSchema = () => ({
  name: 'json-schema',
  async writeBundle() {
    const { toJsonSchema } = await import('@valibot/to-json-schema');
    const { ContentSchema } = await import(pathToFileURL('dist/esm/content/schema.js').href + `?t=${Date.now()}`);
    const schema = {
      $id: 'https://cl-login-help.invalid/content.schema.json',
      title: 'cl-login-help content',
      ...toJsonSchema(ContentSchema, { errorMode: 'throw' }),
    };
    writeFileSync('dist/content.schema.json', JSON.stringify(schema, null, 2) + '\n');
    // The built-in content as JSON: a starting point for a web team's own content-src file.
    const { en } = await import(pathToFileURL('dist/esm/content/en.js').href + `?t=${Date.now()}`);
    writeFileSync('dist/content.en.json', JSON.stringify({ $schema: './content.schema.json', ...en }, null, 2) + '\n');
    console.log('dist/content.schema.json and dist/content.en.json written');
  },
});

export default [
  {
    input: ['src/index.ts', 'src/element.ts', 'src/content/schema.ts', 'src/content/en.ts'],
    external: [/^lit(\/|$)/, /^fuse\.js(\/|$)/, /^valibot$/],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [replaceVersion(), typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' }), jsonSchema()],
  },
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/cl-login-help.js', format: 'iife', sourcemap: true },
    plugins: [
      replaceVersion(),
      smallTslib(),
      nodeResolve({ exportConditions: ['production'] }),
      trustedTypesPolicy(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      minifyTemplates(),
      // ascii_only: the bundle must parse on host pages that are not UTF-8 (windows-1252, Shift_JIS, no charset).
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
      asciiTemplates(),
      sizes(),
    ],
  },
  {
    // Runs after the build above: it hashes dist/cl-login-help.js as written.
    input: 'src/loader/loader.ts',
    output: { file: 'dist/cl-login-help-loader.js', format: 'iife', sourcemap: false },
    plugins: [
      replaceVersion(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: false }),
      terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
      bundleIntegrity('dist/cl-login-help.js'),
      asciiTemplates(),
      sizes(),
    ],
  },
];
