#!/usr/bin/env node
// Finds (or installs) the three browser engines the tests run in, and starts
// the helpers WebKit needs. No browser is ever downloaded by a tool.
//
//   Chromium  $CHROME_PATH, else the usual Chrome/Chromium install paths.
//   Firefox   $FIREFOX_PATH, else Firefox ESR / Firefox; driven over WebDriver BiDi.
//   WebKit    $WEBKIT_DRIVER_PATH (WebKitWebDriver) and $MINIBROWSER_PATH
//             (WebKitGTK's MiniBrowser), run under Debian's xvfb-run
//             ($XVFB_RUN_PATH; it needs xauth, $XAUTH_PATH).
//
// With an engine missing, on Debian as root the Debian packages are installed
// (chromium, firefox-esr, webkit2gtk-driver, xvfb, xauth); elsewhere it stops and says
// what to install. `$BROWSERS=chromium,firefox` limits the engines.
// `node scripts/browsers.mjs` runs just this check and prints what it found.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to test in: `$BROWSERS` (comma-separated), else all three. */
export function selectedEngines() {
  const wanted = (process.env.BROWSERS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!wanted.length) return [...ENGINES];
  const unknown = wanted.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return ENGINES.filter((e) => wanted.includes(e));
}

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

/**
 * Firefox preferences for the tests: no first-run pages, no network of its
 * own. `remote.system-access` lets the tests set media preferences (dark
 * scheme, forced colours, reduced motion) as a user would in about:config.
 */
export const firefoxPrefs = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
};
export const firefoxArgs = ['--remote-allow-system-access'];

const libDirs = () => {
  const dirs = ['/usr/lib', '/usr/libexec', '/usr/lib64'];
  try {
    for (const d of readdirSync('/usr/lib')) if (/-linux-gnu/.test(d)) dirs.push(`/usr/lib/${d}`);
  } catch {}
  return dirs;
};

const candidates = {
  chromium: () => [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  // The real binary, not /usr/bin's wrapper script where that is one.
  firefox: () => [
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
    '/usr/lib64/firefox/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
  webkitDriver: () => ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.0/WebKitWebDriver'],
  miniBrowser: () => libDirs().flatMap((d) => [`${d}/webkit2gtk-4.1/MiniBrowser`, `${d}/webkit2gtk-4.0/MiniBrowser`, `${d}/webkitgtk-6.0/MiniBrowser`]),
  // Debian's xvfb package brings xvfb-run; it needs xauth.
  xvfbRun: () => ['/usr/bin/xvfb-run'],
  xauth: () => ['/usr/bin/xauth'],
};

const envOf = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH', webkitDriver: 'WEBKIT_DRIVER_PATH', miniBrowser: 'MINIBROWSER_PATH', xvfbRun: 'XVFB_RUN_PATH', xauth: 'XAUTH_PATH' };

function find(kind) {
  const fromEnv = process.env[envOf[kind]];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envOf[kind]} is set to ${fromEnv}, which does not exist.`);
  }
  return candidates[kind]().find((path) => existsSync(path));
}

/** What each engine needs, and the Debian package that provides it. */
const parts = {
  chromium: [['chromium', 'chromium']],
  firefox: [['firefox', 'firefox-esr']],
  webkit: [
    ['webkitDriver', 'webkit2gtk-driver'],
    ['miniBrowser', 'webkit2gtk-driver'],
    ['xvfbRun', 'xvfb'],
    ['xauth', 'xauth'],
  ],
};

const installHelp = {
  chromium: 'Chrome or Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium), or set CHROME_PATH',
  firefox: 'Firefox 128+ (Debian: apt-get install firefox-esr; macOS: brew install --cask firefox), or set FIREFOX_PATH',
  webkit:
    'WebKitGTK\'s WebKitWebDriver and MiniBrowser plus xvfb-run and xauth (Debian/Ubuntu: apt-get install webkit2gtk-driver xvfb xauth; Fedora: dnf install webkit2gtk4.1-devel xorg-x11-server-Xvfb xorg-x11-xauth), or set WEBKIT_DRIVER_PATH, MINIBROWSER_PATH, XVFB_RUN_PATH and XAUTH_PATH. WebKit runs on Linux only here; elsewhere run with BROWSERS=chromium,firefox',
};

const paths = (engine) => Object.fromEntries(parts[engine].map(([kind]) => [kind, find(kind)]));
const missing = (engine) => parts[engine].filter(([kind]) => !find(kind));

/**
 * Returns the paths of every selected engine, installing Debian's packages
 * when some are missing and that is possible; else throws what to install.
 */
export function ensureBrowsers(engines = selectedEngines()) {
  const lacking = engines.filter((e) => missing(e).length);
  if (lacking.length) {
    const debian = existsSync('/etc/debian_version');
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (debian && root) {
      const packages = [...new Set(lacking.flatMap((e) => missing(e).map(([, pkg]) => pkg)))];
      console.error(`Browsers missing for the tests: installing Debian's ${packages.join(', ')} (apt-get install -y ${packages.join(' ')})...`);
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, { stdio: 'inherit' });
    }
    const still = engines.filter((e) => missing(e).length);
    if (still.length) {
      throw new Error(
        [
          `No ${still.join(', ')} found for the tests. Install:`,
          ...still.map((e) => `  ${e}: ${installHelp[e]}`),
          '  (BROWSERS=chromium,firefox,webkit chooses which engines to test in.)',
        ].join('\n'),
      );
    }
  }
  return Object.fromEntries(engines.map((e) => [e, paths(e)]));
}

/** A TCP port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts WebKitWebDriver on a free port inside Debian's `xvfb-run` (which
 * finds a free display, starts Xvfb, waits until it is ready and stops it
 * with the driver). Returns the driver's URL, the MiniBrowser capabilities
 * and `stop()`. All of it (xvfb-run, Xvfb, the driver and MiniBrowser, one
 * process group) is also killed when this Node process exits.
 */
export async function startWebKitDriver() {
  const { webkit } = ensureBrowsers(['webkit']);
  // Our own X authority file (xvfb-run's temporary one would stay behind when its group is killed).
  const auth = mkdtempSync(join(tmpdir(), 'cl-webkit-'));
  let group;
  const stop = async () => {
    if (group?.exitCode === null && group.signalCode === null) {
      const exited = new Promise((resolve) => group.once('exit', resolve));
      try {
        process.kill(-group.pid, 'SIGTERM');
        await Promise.race([exited, sleep(2000)]);
      } catch {}
    }
    rmSync(auth, { recursive: true, force: true });
  };
  process.once('exit', () => {
    if (group?.exitCode === null) {
      try {
        process.kill(-group.pid, 'SIGKILL');
      } catch {}
    }
    rmSync(auth, { recursive: true, force: true });
  });
  const port = await freePort();
  // A small screen: with no window manager, X gives focus to the window
  // under the pointer (the screen's centre), so the window must cover it
  // at every size the tests use (447 px wide and up).
  const driver = (group = spawn(
    webkit.xvfbRun,
    ['--auto-servernum', `--auth-file=${join(auth, 'Xauthority')}`, '--server-args=-screen 0 880x500x24', webkit.webkitDriver, `--port=${port}`, '--host=127.0.0.1'],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, WAYLAND_DISPLAY: '', GDK_BACKEND: 'x11', NO_AT_BRIDGE: '1', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    },
  ));
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready !== false) break;
    } catch {}
    if (driver.exitCode !== null || i > 200) {
      await stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    }
    await sleep(100);
  }
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
  };
  return { url, capabilities, stop };
}

const version = (path, args = ['--version']) => {
  try {
    return execFileSync(path, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20000 }).trim().split('\n')[0];
  } catch {
    return 'version unknown';
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = ensureBrowsers();
    for (const [engine, where] of Object.entries(found)) {
      const main = where.chromium ?? where.firefox ?? where.miniBrowser;
      const v = engine === 'webkit' ? `WebKitGTK, ${version(where.webkitDriver)}` : version(main);
      console.log(`${engine}: ${main} (${v})${engine === 'webkit' ? ` driven by ${where.webkitDriver} under ${where.xvfbRun}` : ''}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
