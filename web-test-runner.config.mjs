import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { ensureChrome, chromeArgs } from './scripts/chrome.mjs';

/** Tests run on the TypeScript source in real Chromium; test/iife.test.ts loads dist/. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: chromeArgs } })],
  // One page at a time: a page in the background gets no animation frames or resize observations.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
