import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Channel } from 'storybook/internal/channels';
import type { Plugin } from 'vite';

/** The npm entry: importing it registers both elements. */
const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));
/** Holds the '__VERSION__' placeholder that the Rollup build replaces. */
const VERSION_MODULE = fileURLToPath(new URL('../src/version.ts', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The source built as rollup.config.mjs builds it:
 * - package.json's `sideEffects` names the built entries (dist/esm/index.js,
 *   ...), and Vite applies it to the source too: without this the stories'
 *   `import '../src/index.js'` would be dropped from the static build and no
 *   element would be defined. src/index.ts is the source of
 *   dist/esm/index.js, so it keeps its side effect here as well.
 * - '__VERSION__' becomes the package version, so the source panel and the
 *   script-tag bundle in the "Host page" stories report the same version.
 */
const likeRollupBuild = (): Plugin => ({
  name: 'cl-login-help:like-rollup-build',
  transform(code, id) {
    const file = id.split('?')[0];
    if (file === ENTRY) return { code, map: null, moduleSideEffects: true };
    if (file === VERSION_MODULE) return { code: code.replaceAll('__VERSION__', version), map: null };
  },
});

/**
 * `storybook dev` asks storybook.js.org for its "what's new" post whenever the
 * UI opens, even with `disableWhatsNewNotifications`. This server-channel
 * preset answers that request locally ("no data"), so nothing is fetched.
 */
async function noWhatsNewFetch(channel: Channel) {
  channel.removeAllListeners('requestWhatsNewData');
  channel.on('requestWhatsNewData', () => channel.emit('resultWhatsNewData', { data: { status: 'ERROR' } }));
  return channel;
}

/**
 * Storybook for <cl-login-help>: stories and docs pages live in ../stories,
 * the component is imported from its TypeScript source (../src). Vite's
 * esbuild reads ../tsconfig.json, so Lit's legacy decorators
 * (experimentalDecorators, useDefineForClassFields: false) compile as in the
 * Rollup build; scripts/storybook-check.mjs fails a story whose reactive
 * properties are shadowed by class fields.
 *
 * No network: telemetry and the "what's new" feed are off (see
 * noWhatsNewFetch), `npm run storybook` passes --no-version-updates, and
 * nothing loads third-party URLs (no web fonts; Storybook's own fonts are
 * bundled).
 */
const config: StorybookConfig & { experimental_serverChannel: typeof noWhatsNewFetch } = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-a11y: axe results in the Accessibility panel while you work, with
  // the rules of the CI check (.storybook/axe-options.json); it runs the
  // axe-core package in the preview, no browser download.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The script-tag bundle for the "Host page" stories, /dist/cl-login-help.js,
  // and /dist/content.schema.json for the docs (`npm run build` writes them;
  // `npm run storybook` and `npm run build-storybook` run it first).
  staticDirs: [{ from: '../dist', to: '/dist' }],
  experimental_serverChannel: noWhatsNewFetch,
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      plugins: [likeRollupBuild()],
      // One copy of Lit in `storybook dev`: the web-components renderer also
      // imports lit/directive-helpers.js, which would otherwise load a second
      // lit-html next to the pre-bundled one ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      // Storybook's own preview chunks are large; that is expected here.
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
