// dist/cl-login-help-loader.js on a sign-in page, watched request by request
// in Chromium: nothing heavy before intent, the full bundle on intent, its
// nonce and integrity, every way it can fail, the CSP setups, and the loader
// with the full bundle. Driven through the browser layer (scripts/browser.mjs).
// Run by `npm test`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from '../../scripts/browser.mjs';
import { startServer } from './server.mjs';

const BUNDLE = '/dist/cl-login-help.js';
const CONTACT = 'https://www.centurylink.com/home/help/contact.html';
let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch('chromium');
  // A copy of the full bundle with one byte changed, for the integrity check.
  mkdirSync('dist/e2e', { recursive: true });
  writeFileSync('dist/e2e/tampered.js', readFileSync('dist/cl-login-help.js', 'utf8').replace('cl-login-help: could not start', 'cl-login-help: could not start!'));
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page (a fresh context; `options` as newPage's) and records every request it makes (URL paths). */
async function open(path, options = {}) {
  const page = await browser.newPage(options);
  const requests = [];
  const logs = [];
  page.on('request', (request) => requests.push(new URL(request.url).pathname));
  page.on('console', (message) => logs.push(`${message.type}: ${message.text}`));
  page.on('pageerror', (error) => logs.push(`pageerror: ${error.message}`));
  await page.goto(server.origin + path);
  await page.waitForFunction(() => window.__record && window.clLoginHelp);
  return Object.assign(page, { requests, logs, bundleRequests: () => requests.filter((p) => p.startsWith('/dist/cl-login-help.js') || p.startsWith('/dist/e2e/tampered') || p.startsWith('/missing/')).length });
}

const record = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__record)));
const LOADER_BUTTON = 'cl-login-help-loader >> [part=button]';
/** Buttons and links by role and accessible name, from Chromium's accessibility tree. */
const CANT_SIGN_IN = "Can't sign in?";
const countByRole = async (page, role, name = CANT_SIGN_IN) => (await page.byRole(role, name)).length;
const dialogOpen = (page) => page.waitForFunction(() => document.querySelector('cl-login-help-launcher')?.isOpen);
const openTopic = (page) => page.evaluate(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').topic);
/** Waits long enough for a request that should not come to show up if it did. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));

describe('before any intent', () => {
  it('the page shows the button and requests nothing but the loader', async () => {
    const page = await open('/test/e2e/pages/loader.html');
    await page.waitForSelector(LOADER_BUTTON);
    await page.fill('input[name=user]', 'me');
    await page.click('#submit');
    await settle(page);
    assert.equal(page.bundleRequests(), 0);
    assert.ok(page.requests.includes('/dist/cl-login-help-loader.js'));
    assert.equal(await page.evaluate(() => customElements.get('cl-login-help')), undefined);
    assert.equal(await countByRole(page, 'button'), 1);
    assert.match(await page.evaluate(() => window.clLoginHelp.version), /^\d+\.\d+\.\d+/);
    await page.close();
  });

  // The loader keeps its own copy of the launcher's button styles (no Lit, 3 KB): these
  // compare them property by property, in both schemes.
  for (const [lang, scheme] of [['en', 'light'], ['es', 'light'], ['en', 'dark']]) {
    it(`the button looks exactly like the full launcher's and has the same accessible name (${lang}, ${scheme} scheme)`, async () => {
      const props = ['display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'line-height', 'padding', 'border', 'border-radius', 'background-color', 'color', 'min-height', 'cursor', 'align-items', 'position', 'right', 'bottom'];
      const look = async (page, selector) => {
        const button = `${selector} >> [part=button]`;
        await page.waitForSelector(button);
        const style = await page.evaluateOn(button, (el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)])), props);
        const box = await page.boundingBox(button);
        const name = await page.evaluateOn(button, (el) => el.textContent.trim());
        return { style, size: [Math.round(box.width), Math.round(box.height)], name };
      };
      const loader = await open(`/test/e2e/pages/loader.html?head&lang=${lang}`, { colorScheme: scheme });
      const full = await open(`/test/e2e/pages/options.html?launcher=1&lang=${lang}`, { colorScheme: scheme });
      const [a, b] = [await look(loader, 'cl-login-help-loader'), await look(full, 'cl-login-help-launcher')];
      assert.deepEqual(a, b);
      assert.equal(a.style['background-color'], scheme === 'dark' ? 'rgb(168, 199, 250)' : 'rgb(11, 87, 208)');
      assert.equal(a.name, lang === 'es' ? '¿No puede iniciar sesión?' : "Can't sign in?");
      assert.equal(await countByRole(loader, 'button', a.name), 1);
      await loader.close();
      await full.close();
    });
  }
});

describe('on intent', () => {
  for (const [intent, act] of [
    ['pointer over the button', (page) => page.hover(LOADER_BUTTON)],
    ['focus on the button', (page) => page.focus(LOADER_BUTTON)],
  ]) {
    it(`${intent} fetches the full bundle once, which takes the button's place without opening`, async () => {
      const page = await open('/test/e2e/pages/loader.html');
      await page.waitForSelector(LOADER_BUTTON);
      await settle(page);
      assert.equal(page.bundleRequests(), 0);
      await act(page);
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher'));
      assert.equal(page.bundleRequests(), 1);
      assert.equal(await page.count('cl-login-help-loader'), 0, 'the loader button was replaced');
      assert.equal(await countByRole(page, 'button'), 1);
      assert.equal(await page.evaluate(() => document.querySelector('cl-login-help-launcher').isOpen), false);
      await page.close();
    });
  }

  it('a touch on the button fetches the bundle', async () => {
    const page = await open('/test/e2e/pages/loader.html', { hasTouch: true });
    await page.waitForSelector(LOADER_BUTTON);
    await page.touchStart(LOADER_BUTTON);
    await page.waitForFunction(() => document.querySelector('cl-login-help-launcher'));
    assert.equal(page.bundleRequests(), 1);
    await page.close();
  });

  it('a click shows the busy state, then opens the dialog at home; Esc returns focus to the button', async () => {
    const page = await open('/test/e2e/pages/loader.html');
    // Hold the bundle back so the busy state can be seen.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === BUNDLE,
      async (request) => {
        await held;
        await request.continue();
      },
    );
    await page.focus(LOADER_BUTTON);
    await page.press('Enter');
    await page.waitForFunction(() => document.querySelector('cl-login-help-loader')?.shadowRoot.querySelector('[part=button]').getAttribute('aria-busy') === 'true');
    const spinner = await page.evaluateOn(LOADER_BUTTON, (el) => getComputedStyle(el, '::after').getPropertyValue('width'));
    assert.notEqual(spinner, 'auto', 'the busy state is visible');
    release();
    await dialogOpen(page);
    assert.equal(await page.evaluate(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').status), 'home');
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('cl-login-help-launcher').isOpen);
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part')), 'button');
    assert.equal(page.bundleRequests(), 1);
    await page.close();
  });

  it('a help link opens the dialog at its topic, reported as a link', async () => {
    const page = await open('/test/e2e/pages/loader.html');
    await page.click('#email-link');
    await dialogOpen(page);
    assert.equal(await openTopic(page), 'email');
    const topic = (await record(page)).events.find((e) => e.type === 'cl-login-help-topic');
    assert.deepEqual(topic.detail, { topicId: 'email', sectionId: '', source: 'link' });
    assert.equal(await page.evaluate(() => location.hash), '');
    await page.close();
  });

  it('a data-cl-login-help element opens its topic, also without a launcher button', async () => {
    const page = await open('/test/e2e/pages/loader.html?no-launcher');
    await settle(page);
    assert.equal(page.bundleRequests(), 0);
    assert.equal(await page.count('cl-login-help-loader'), 0);
    await page.click('#norton-button span');
    await dialogOpen(page);
    assert.equal(await openTopic(page), 'norton');
    await page.close();
  });

  it('a page opened with a deep-link hash loads the bundle and opens the topic', async () => {
    const page = await open('/test/e2e/pages/loader.html#cl-login-help/msn');
    await dialogOpen(page);
    assert.equal(await openTopic(page), 'msn');
    await page.close();
  });

  it('window.clLoginHelp calls made before the bundle are carried out in order, then the real API takes over', async () => {
    const page = await open('/test/e2e/pages/loader.html');
    await page.evaluate(() => (window.__loaderApi = window.clLoginHelp));
    await page.evaluate(() => {
      window.clLoginHelp.open('email');
      window.clLoginHelp.open('voice-mail');
    });
    await dialogOpen(page);
    await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').topic === 'voice-mail');
    const topics = (await record(page)).events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail.topicId);
    assert.equal(topics.at(-1), 'voice-mail', 'the later call wins');
    assert.equal(await page.evaluate(() => window.clLoginHelp !== window.__loaderApi), true, 'the real API replaced the queue');
    await page.evaluate(() => window.clLoginHelp.close());
    await page.waitForFunction(() => !document.querySelector('cl-login-help-launcher').isOpen);
    await page.close();
  });

  it('an inline panel on the page loads the bundle at once', async () => {
    const page = await open('/test/e2e/pages/loader.html?inline&no-launcher');
    await page.waitForFunction(() => document.querySelector('cl-login-help')?.shadowRoot?.querySelector('[part=topic-list]'));
    assert.equal(page.bundleRequests(), 1);
    await page.close();
  });

  it('an inline panel added later loads the bundle at once', async () => {
    const page = await open('/test/e2e/pages/loader.html');
    await settle(page);
    assert.equal(page.bundleRequests(), 0);
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await settle(page);
    assert.equal(page.bundleRequests(), 0, 'other DOM changes do not');
    await page.evaluate(() => {
      const section = document.createElement('section');
      section.innerHTML = '<cl-login-help></cl-login-help>';
      document.body.append(section);
    });
    await page.waitForFunction(() => document.querySelector('cl-login-help')?.shadowRoot?.querySelector('[part=topic-list]'));
    assert.equal(page.bundleRequests(), 1);
    await page.close();
  });
});

describe('on a service\'s sign-in page (#19): context, suggestions, on() and the data layers', () => {
  const inner = (selector) => `cl-login-help-launcher >> cl-login-help >> ${selector}`;

  it('setContext, suggest and on before any intent are kept without fetching the bundle; the panel then leads with them', async () => {
    const page = await open('/test/e2e/pages/loader.html?context=email&analytics=datalayer');
    await page.waitForSelector(LOADER_BUTTON);
    await page.evaluate(() => {
      window.__topics = [];
      window.clLoginHelp.suggest(['email/forgot-password', 'email/forgot-username']);
      window.clLoginHelp.on('topic', (detail) => window.__topics.push(detail));
      window.clLoginHelp.setContext('email voice-mail');
    });
    await settle(page);
    assert.equal(page.bundleRequests(), 0, 'no bundle before intent');
    await page.click(LOADER_BUTTON);
    await dialogOpen(page);
    assert.deepEqual(await page.evaluateAll(inner('[part=suggestion]'), (entries) => entries.map((e) => e.dataset.sectionId)), ['forgot-password', 'forgot-username']);
    assert.deepEqual(await page.evaluateAll(inner('[part=context]'), (blocks) => blocks.map((b) => b.dataset.topicId)), ['email', 'voice-mail']);
    assert.equal(await page.textContent(inner('[part=context] h3')), 'Trouble signing in to CenturyLink Email?');
    await page.click(inner('[part=suggestion]'));
    await page.waitForFunction(() => window.__topics.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__topics), [{ topicId: 'email', sectionId: 'forgot-password', source: 'suggestion' }]);
    const layer = await page.evaluate(() => window.dataLayer.map((entry) => ({ ...entry })));
    assert.deepEqual(layer.map((entry) => entry.event), ['cl_login_help_open', 'cl_login_help_topic']);
    assert.deepEqual(layer[1], { event: 'cl_login_help_topic', topicId: 'email', sectionId: 'forgot-password', source: 'suggestion' });
    assert.deepEqual(await page.evaluate(() => window.__record.errors), []);
    await page.close();
  });

  it('data-context on the loader ranks the page\'s answers first, unless the query names another service', async () => {
    const page = await open('/test/e2e/pages/loader.html?context=email');
    await page.click(LOADER_BUTTON);
    await dialogOpen(page);
    const first = async (query) => {
      await page.fill(inner('[part=search-input]'), query);
      return page.evaluateOn(inner('[part=result]'), (row) => `${row.dataset.topicId}/${row.dataset.sectionId ?? ''}`);
    };
    assert.equal(await first('forgot password'), 'email/forgot-password');
    assert.equal(await first('directv phone number'), 'directv/');
    await page.close();
  });

  it('the data layer gets every event with the query masked; on() returns its unsubscribe', async () => {
    const page = await open('/test/e2e/pages/loader.html?analytics=datalayer');
    await page.evaluate(() => {
      window.dataLayer = [{ gtm: 'already here' }];
      window.__searches = [];
      window.__off = window.clLoginHelp.on('search', (detail) => window.__searches.push(detail.query));
    });
    await page.click(LOADER_BUTTON);
    await dialogOpen(page);
    await page.fill(inner('[part=search-input]'), 'bob@example.com 555 123 4567 email password');
    await page.waitForFunction(() => window.dataLayer.some((entry) => entry.event === 'cl_login_help_search'));
    const search = await page.evaluate(() => ({ ...window.dataLayer.find((entry) => entry.event === 'cl_login_help_search') }));
    assert.equal(search.query, '[email] ### ### #### email password');
    assert.equal(typeof search.resultCount, 'number');
    assert.ok(['yes', 'partly', 'no'].includes(search.answered));
    assert.deepEqual(await page.evaluate(() => window.__searches), ['[email] ### ### #### email password']);
    await page.click(inner('[part=result]'));
    await page.click(inner('[part=feedback] button'));
    await page.waitForFunction(() => window.dataLayer.some((entry) => entry.event === 'cl_login_help_feedback'));
    const events = await page.evaluate(() => window.dataLayer.map((entry) => entry.event ?? entry.gtm));
    assert.deepEqual(events, ['already here', 'cl_login_help_open', 'cl_login_help_search', 'cl_login_help_topic', 'cl_login_help_feedback']);
    // Unsubscribed: the next search reaches the data layer, not the handler.
    await page.evaluate(() => window.__off());
    await page.press('Escape');
    await page.click((await page.count(LOADER_BUTTON)) ? LOADER_BUTTON : 'cl-login-help-launcher >> [part=button]');
    await page.fill(inner('[part=search-input]'), 'voicemail');
    await page.waitForFunction(() => window.dataLayer.filter((entry) => entry.event === 'cl_login_help_search').length === 2);
    assert.deepEqual(await page.evaluate(() => window.__searches), ['[email] ### ### #### email password']);
    assert.equal(JSON.stringify(await page.evaluate(() => window.dataLayer)).includes('bob@'), false);
    await page.close();
  });

  it('data-analytics="adobe" pushes to adobeDataLayer, the loader\'s own bundle-failed included', async () => {
    const page = await open('/test/e2e/pages/loader.html?analytics=adobe&bundle-src=/missing/cl-login-help.js');
    await page.click(LOADER_BUTTON);
    await page.waitForFunction(() => window.adobeDataLayer?.length);
    const [entry] = await page.evaluate(() => window.adobeDataLayer.map((e) => ({ ...e })));
    assert.equal(entry.event, 'cl_login_help_error');
    assert.equal(entry.eventInfo.code, 'bundle-failed');
    await page.close();
  });

  it('setContext() after the bundle came, as a single-page app changes route', async () => {
    const page = await open('/test/e2e/pages/loader.html?full=after');
    await page.waitForFunction(() => customElements.get('cl-login-help'));
    await page.evaluate(() => {
      window.clLoginHelp.setContext('directv');
      window.clLoginHelp.open();
    });
    await dialogOpen(page);
    assert.equal(await page.getAttribute(inner('[part=context]'), 'data-topic-id'), 'directv');
    await page.evaluate(() => window.clLoginHelp.setContext());
    await page.waitForSelector(inner('[part=topic-entry]'));
    assert.equal(await page.count(inner('[part=context]')), 0);
    await page.close();
  });
});

describe('the injected script', () => {
  it('carries the loader\'s nonce, the sha384 of the built bundle and crossorigin="anonymous"; data-lang is passed on', async () => {
    const page = await open('/test/e2e/pages/loader.html?lang=es');
    const pageNonce = await page.evaluate(() => document.querySelector('script[src$="loader-page.js"]').nonce);
    assert.ok(pageNonce.length > 8);
    await page.hover(LOADER_BUTTON);
    await page.waitForFunction(() => document.querySelector('cl-login-help-launcher'));
    const injected = await page.evaluate(() => {
      const s = document.querySelector('script[integrity]');
      return { nonce: s.nonce, integrity: s.integrity, crossOrigin: s.crossOrigin, lang: s.dataset.lang };
    });
    const hash = `sha384-${createHash('sha384').update(readFileSync('dist/cl-login-help.js')).digest('base64')}`;
    assert.deepEqual(injected, { nonce: pageNonce, integrity: hash, crossOrigin: 'anonymous', lang: 'es' });
    await page.close();
  });

  it('under a nonce-only CSP (no strict-dynamic) the bundle runs: it carries the nonce', async () => {
    const page = await open('/test/e2e/pages/loader-static.html?csp=nonce-only');
    await page.click(LOADER_BUTTON);
    await dialogOpen(page);
    assert.deepEqual((await record(page)).violations, []);
    await page.close();
  });
});

describe('when the full bundle cannot load, the button becomes a link to the contact page', () => {
  const cases = [
    ['a tampered copy (integrity)', '/test/e2e/pages/loader.html?bundle-src=/dist/e2e/tampered.js'],
    ['a 404', '/test/e2e/pages/loader.html?bundle-src=/missing/cl-login-help.js'],
    ['blocked by CSP (another origin)', '/test/e2e/pages/loader.html?csp=nonce-only&bundle-src=http://localhost:PORT/dist/cl-login-help.js'],
    ['offline', '/test/e2e/pages/loader.html'],
  ];
  for (const [name, path] of cases) {
    it(name, async () => {
      const page = await open(path.replace('PORT', new URL(server.origin).port));
      if (name === 'offline') await page.setOffline(true);
      // Intent (the pointer over the button) fetches the bundle. Not a click:
      // a failure as fast as offline's turns the button into the link before
      // the click's mouseup, which then rightly follows it to the contact page.
      await page.hover(LOADER_BUTTON);
      await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'));
      const error = (await record(page)).events.find((e) => e.type === 'cl-login-help-error');
      assert.equal(error.detail.code, 'bundle-failed');
      assert.deepEqual((await page.byRole('link', CANT_SIGN_IN)).map((link) => link.attributes.href), [CONTACT]);
      assert.equal(await countByRole(page, 'button'), 0);
      assert.equal(await page.evaluate(() => customElements.get('cl-login-help')), undefined, 'nothing of the refused file ran');
      await page.close();
    });
  }
});

describe('Content Security Policy setups', () => {
  for (const csp of ['strict', 'tt', 'tt-lit', 'nonce']) {
    it(`csp=${csp}: the button, the bundle on click, the panel, no violation`, async () => {
      const page = await open(`/test/e2e/pages/loader-static.html?csp=${csp}`);
      await page.click(LOADER_BUTTON);
      await dialogOpen(page);
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      await page.fill('cl-login-help-launcher >> [part=search-input]', 'voicemail');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').shadowRoot.querySelector('[part=result]'));
      const { violations, errors } = await record(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(page.logs.filter((l) => /error/i.test(l)), []);
      await page.close();
    });
  }
});

// The loader and the full bundle read hashes and help links with the same parser
// (src/embed/options.ts): a page must behave the same with either script tag.
describe('deep links read the same by the loader alone and by the full bundle alone', () => {
  const pages = {
    loader: () => '/test/e2e/pages/loader.html',
    full: () => {
      mkdirSync('dist/e2e', { recursive: true });
      writeFileSync(
        'dist/e2e/hash-full.html',
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The full bundle alone</title><script src="/test/e2e/pages/record.js"></script></head><body><script src="/dist/cl-login-help.js" data-launcher></script></body></html>',
      );
      return '/dist/e2e/hash-full.html';
    },
  };
  const topicEvents = async (page) => (await record(page)).events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail);
  const isOpen = (page) => page.evaluate(() => !!document.querySelector('cl-login-help-launcher')?.isOpen);

  for (const [name, url] of Object.entries(pages)) {
    it(`${name}: #cl-login-help/email/ (a trailing slash) opens topic email whole`, async () => {
      const page = await open(`${url()}#cl-login-help/email/`);
      await dialogOpen(page);
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help')?.topic === 'email');
      assert.equal(await page.evaluate(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').section), '');
      assert.deepEqual(await topicEvents(page), [{ topicId: 'email', sectionId: '', source: 'link' }]);
      assert.deepEqual((await record(page)).events.filter((e) => e.type === 'cl-login-help-error'), []);
      await page.close();
    });

    it(`${name}: a link to #cl-login-help/email/ opens topic email whole`, async () => {
      const page = await open(url());
      await page.evaluate(() => {
        const a = Object.assign(document.createElement('a'), { id: 'slash-link', href: '#cl-login-help/email/', textContent: 'Email help' });
        document.body.prepend(a);
      });
      await page.click('#slash-link');
      await dialogOpen(page);
      assert.equal(await openTopic(page), 'email');
      assert.deepEqual(await topicEvents(page), [{ topicId: 'email', sectionId: '', source: 'link' }]);
      assert.equal(await page.evaluate(() => location.hash), '');
      await page.close();
    });

    for (const hash of ['#cl-login-help//email', '#cl-login-help/email/a/b', '#cl-login-help/e%20mail']) {
      it(`${name}: ${hash} is not a help link: nothing opens${name === 'loader' ? ' and the bundle is not loaded' : ''}`, async () => {
        const page = await open(url() + hash);
        await page.waitForFunction(() => document.readyState === 'complete');
        await settle(page);
        assert.equal(await isOpen(page), false);
        assert.deepEqual(await topicEvents(page), []);
        if (name === 'loader') assert.equal(page.bundleRequests(), 0);
        await page.close();
      });
    }
  }
});

describe('the loader with the full bundle, and either twice', () => {
  for (const query of ['full=after', 'full=before', 'twice', 'twice&full=after']) {
    it(`${query}: one button, one bundle copy running, the help works`, async () => {
      const page = await open(`/test/e2e/pages/loader.html?${query}`);
      await page.waitForFunction(() => document.readyState === 'complete');
      await settle(page);
      const buttons = await page.byRole('button', CANT_SIGN_IN);
      assert.equal(buttons.length, 1);
      const [{ box }] = buttons;
      await page.clickAt(box.x + box.width / 2, box.y + box.height / 2);
      await dialogOpen(page);
      assert.equal(await page.count('cl-login-help-loader'), 0);
      // Still one button once the dialog closes (while it is open, the accessibility tree hides the page under it).
      await page.press('Escape');
      await page.waitForFunction(() => !document.querySelector('cl-login-help-launcher').isOpen);
      assert.equal(await countByRole(page, 'button'), 1);
      assert.ok(page.bundleRequests() <= 1, `${page.bundleRequests()} bundle requests`);
      const { errors } = await record(page);
      assert.deepEqual(errors, []);
      assert.deepEqual(page.logs.filter((l) => /error|warn/i.test(l)), []);
      await page.close();
    });
  }
});

describe('README "Embedding" snippets, as written', () => {
  // The README's html blocks that load a file from "https://your.cdn/", served from dist/ instead.
  const readme = readFileSync('README.md', 'utf8');
  const embedding = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('\n## ', readme.indexOf('## Embedding') + 5));
  const snippets = [...embedding.matchAll(/```html\n([^]*?)```/g)].map((m) => m[1]).filter((s) => s.includes('https://your.cdn/'));
  const page = (snippet) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README snippet</title><script src="/test/e2e/pages/record.js"></script></head><body><p><a id="email-link" href="#cl-login-help/email">Help with email</a></p>\n${snippet.replaceAll('https://your.cdn/', '/dist/')}</body></html>`;

  it('there is one snippet for the loader, one for the full bundle and one for a service\'s sign-in page, all with defer', () => {
    assert.equal(snippets.length, 3);
    assert.match(snippets[0], /cl-login-help-loader\.js"[^>]* defer/);
    assert.match(snippets[1], /cl-login-help\.js"[^>]* defer/);
    assert.match(snippets[2], /cl-login-help-loader\.js" data-launcher data-context="email"[^>]* defer/);
  });

  it('the sign-in page snippet: a refused password suggests answers without fetching the bundle; a click shows them under Email\'s own block', async () => {
    const path = '/dist/e2e/readme-signin.html';
    writeFileSync(path.slice(1), page(snippets[2]));
    const p = await open(path);
    await p.waitForSelector(LOADER_BUTTON);
    await p.evaluate(() => document.dispatchEvent(new Event('password-refused')));
    await settle(p);
    assert.equal(p.bundleRequests(), 0);
    await p.click(LOADER_BUTTON);
    await dialogOpen(p);
    const inner = (selector) => `cl-login-help-launcher >> cl-login-help >> ${selector}`;
    assert.deepEqual(await p.evaluateAll(inner('[part=suggestion]'), (entries) => entries.map((e) => e.dataset.sectionId)), ['forgot-password', 'forgot-username']);
    assert.equal(await p.getAttribute(inner('[part=context]'), 'data-topic-id'), 'email');
    assert.ok(await p.evaluate(() => window.dataLayer.some((entry) => entry.event === 'cl_login_help_open')));
    await p.close();
  });

  it('the loader snippet: a button, no bundle until a click, then the panel (strict CSP)', async () => {
    writeFileSync('dist/e2e/readme-loader.html', page(snippets[0]));
    const p = await open('/dist/e2e/readme-loader.html?csp=strict');
    await p.waitForSelector(LOADER_BUTTON);
    await settle(p);
    assert.equal(p.bundleRequests(), 0);
    await p.click(LOADER_BUTTON);
    await dialogOpen(p);
    assert.deepEqual((await record(p)).violations, []);
    await p.close();
  });

  it('the full bundle snippet: the inline panel renders and help links open it (strict CSP)', async () => {
    writeFileSync('dist/e2e/readme-full.html', page(snippets[1]));
    const p = await open('/dist/e2e/readme-full.html?csp=strict');
    await p.click('#email-link');
    await p.waitForFunction(() => document.querySelector('cl-login-help').topic === 'email');
    assert.deepEqual((await record(p)).violations, []);
    await p.close();
  });
});
