#!/usr/bin/env node
// Finds a Chrome or Chromium for the tests, the benchmark and Storybook checks.
// Order: $CHROME_PATH, then the usual install paths. With none found, on
// Debian as root it installs Debian's `chromium`; elsewhere it says what to
// install. `node scripts/chrome.mjs` prints the path (installing if needed).
import { existsSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for headless Chromium on these machines (root needs --no-sandbox). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return candidates.find((path) => existsSync(path));
}

/** Returns a browser path, installing Debian's chromium when that is possible. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (debian && root) {
    console.error('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install -y chromium)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = findChrome();
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chrome or Chromium found for the tests.',
      debian
        ? '  Install it with: sudo apt-get update && sudo apt-get install -y chromium'
        : process.platform === 'darwin'
          ? '  Install Google Chrome from google.com/chrome, or: brew install --cask chromium'
          : '  Install Google Chrome or Chromium with your package manager (e.g. apt-get install chromium, dnf install chromium).',
      '  Or point CHROME_PATH at an existing Chrome/Chromium executable.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureChrome();
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`${path} (${version})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
