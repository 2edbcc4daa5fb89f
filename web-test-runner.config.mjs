import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from './scripts/browsers.mjs';
import { engineCommandsPlugin, launchers } from './scripts/wtr-engines.mjs';

/**
 * Tests run on the TypeScript source in Chromium, Firefox and WebKit, one
 * engine after another (`BROWSERS=firefox` picks engines; see README
 * "Browsers"). test/iife.test.ts loads dist/, which is served as built.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    // TypeScript only: with target 'esnext' esbuild leaves JavaScript alone.
    // ('auto' recompiled every .js file, dist/ included, for WebKit's user
    // agent; the shipped file must reach every engine unchanged.)
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    engineCommandsPlugin(),
  ],
  browsers: launchers(selectedEngines()),
  // One page at a time, one engine at a time: a page in the background gets
  // no animation frames, resize observations or focus.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  // A guard against a hung engine, not a budget: a busy 2-core machine runs all three engines in several minutes.
  testsFinishTimeout: 900000,
};
