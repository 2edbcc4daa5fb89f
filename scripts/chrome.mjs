#!/usr/bin/env node
// Chromium only, for the benchmark: scripts/browsers.mjs finds or installs
// all three engines. `node scripts/chrome.mjs` prints the Chromium path.
import { execFileSync } from 'node:child_process';
import { chromeArgs, ensureChrome, findChrome } from './browsers.mjs';

export { chromeArgs, ensureChrome, findChrome };

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureChrome();
    console.log(`${path} (${execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
