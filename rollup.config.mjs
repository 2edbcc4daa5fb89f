// Two builds from one config (see README "Builds"):
//  1. dist/esm/: the npm module, one file per source module, lit, fuse.js and
//     valibot left external, with .d.ts files; then dist/content.schema.json.
//  2. dist/cl-login-help.js: one self-contained, minified IIFE for the
//     <script> tag, with Lit's production build inside.
import { writeFileSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const replaceVersion = () => ({
  name: 'version',
  transform: (code) => (code.includes('__VERSION__') ? code.replaceAll('__VERSION__', pkg.version) : null),
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
    console.log('dist/content.schema.json written');
  },
});

export default [
  {
    input: ['src/index.ts', 'src/element.ts', 'src/content/schema.ts'],
    external: [/^lit(\/|$)/, /^fuse\.js(\/|$)/, /^valibot$/],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [replaceVersion(), typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' }), jsonSchema()],
  },
  {
    input: 'src/bundle.ts',
    output: { file: 'dist/cl-login-help.js', format: 'iife', sourcemap: true },
    plugins: [
      replaceVersion(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: true }),
      minifyTemplates(),
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
      sizes(),
    ],
  },
];
