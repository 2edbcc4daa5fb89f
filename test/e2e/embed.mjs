// Embedding tests: real pages served with real headers (test/e2e/server.mjs),
// driven in each engine through the browser layer (scripts/browser.mjs). One file per engine
// (chromium/firefox/webkit.test.mjs) runs them; `npm test` runs all three.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { engineNames, launch, limitOf } from '../../scripts/browser.mjs';
import { startServer } from './server.mjs';

/** Registers every embedding test for `engine` ('chromium' | 'firefox' | 'webkit'). */
export function embedTests(engine) {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launch(engine);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a test page at a viewport size; its console is recorded by pages/record.js. */
  async function open(path, { width = 1280, height = 800 } = {}) {
    const page = await browser.newPage({ width, height });
    await page.goto(server.origin + path);
    await page.waitForFunction(() => customElements.get('cl-login-help') && window.__record);
    return page;
  }

  /** `it`, or a skipped test whose name says why this engine cannot run it. */
  const itUnless = (reasons) => (reasons[engine] ? (name, fn) => it(`${name} [skipped in ${engineNames[engine]}: ${reasons[engine]}]`, { skip: reasons[engine] }, fn) : it);

  /** Console messages (`warning: …`, `error: …`) and uncaught errors (`pageerror: …`), as test/e2e/pages/record.js records them in every engine. */
  const logs = (page) => page.evaluate(() => [...(window.__record?.console ?? [])]);
  const record = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__record)));
  const panelState = (page, selector = 'cl-login-help') =>
    page.evaluate((sel) => {
      const el = document.querySelector('cl-login-help-launcher')?.shadowRoot?.querySelector(sel) ?? document.querySelector(sel);
      return el && { topic: el.topic, status: el.status, title: el.content.title, text: el.shadowRoot.textContent.replace(/\s+/g, ' ') };
    }, selector);
  // (deepActiveElement: the browser layer's, in scope in every page function.)
  const deepFocus = (page) =>
    page.evaluate(() => {
      const a = deepActiveElement();
      return a ? `${a.localName}${a.id ? '#' + a.id : ''}${a.getAttribute('part') ? '[' + a.getAttribute('part') + ']' : ''}` : null;
    });

  describe('help links', () => {
    it('a #cl-login-help/<topic> link opens the inline panel at that topic', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.click('#email-link');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'email');
      const { events } = await record(page);
      assert.deepEqual(events.find((e) => e.type === 'cl-login-help-topic').detail, { topicId: 'email', sectionId: '', source: 'link' });
      assert.equal(await deepFocus(page), 'h2#topic-heading');
      await page.close();
    });

    it('open() with no topic on a page with an inline panel shows its home screen and focuses the search field', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.click('#email-link');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'email');
      await page.evaluate(() => window.clLoginHelp.open());
      await page.waitForFunction(() => document.querySelector('cl-login-help').status === 'home');
      await page.waitForTimeout(50);
      assert.equal(await deepFocus(page), 'input#search[search-input]');
      await page.close();
    });

    it('a click inside an element with data-cl-login-help opens that topic', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.click('#norton-button span');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'norton');
      await page.close();
    });

    it('a page loaded with the hash opens the topic', async () => {
      const page = await open('/test/e2e/pages/inline.html#cl-login-help/msn');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'msn');
      await page.close();
    });

    it('an unknown topic id opens home and reports cl-login-help-error', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.click('#bad-link');
      await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'));
      const { events } = await record(page);
      assert.equal(events.find((e) => e.type === 'cl-login-help-error').detail.code, 'unknown-topic');
      assert.equal((await panelState(page)).status, 'home');
      await page.close();
    });

    it('without an inline panel, links open the dialog', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      await page.click('#email-link');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      assert.equal((await panelState(page)).topic, 'email');
      await page.close();
    });
  });

  describe('launcher dialog', () => {
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      const narrow = { [engine]: limitOf(engine, { width }) };
      itUnless(narrow)(`opens over everything at ${width}px, Esc closes it, focus returns to the button, scroll stays`, async () => {
        const page = await open('/test/e2e/pages/launcher.html', { width, height });
        await page.evaluate(() => window.scrollTo(0, 900));
        const button = 'cl-login-help-launcher >> [part=button]';
        await page.scrollIntoView(button);
        const scrollBefore = await page.evaluate(() => window.scrollY);
        await page.focus(button);
        await page.press('Enter');
        await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
        await page.waitForFunction(() => document.activeElement?.localName === 'cl-login-help-launcher');
        assert.equal(await deepFocus(page), 'input#search[search-input]', 'focus starts in the search field');
        const box = await page.boundingBox('cl-login-help-launcher >> dialog');
        if (width < 600) {
          assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, width, height], 'full screen on a phone');
        } else {
          assert.ok(box.width >= 600 && box.width <= 720, `dialog width ${box.width}`);
          assert.ok(box.x > 0 && box.y >= 0);
        }
        // The top layer beats the z-index 99999 overlay and the transformed, filtered ancestor.
        const onTop = await page.evaluate(([x, y]) => {
          let el = document.elementFromPoint(x, y);
          while (el?.shadowRoot?.elementFromPoint(x, y) && el.shadowRoot.elementFromPoint(x, y) !== el) el = el.shadowRoot.elementFromPoint(x, y);
          return !!el?.closest?.('dialog') || el?.localName === 'cl-login-help' || !!el?.getRootNode()?.host;
        }, [width - 20, 30]);
        assert.ok(onTop, 'the dialog is above the overlay');
        await page.press('Escape');
        await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-close'));
        assert.equal(await deepFocus(page), 'button[button]');
        assert.equal(await page.evaluate(() => window.scrollY), scrollBefore);
        const types = (await record(page)).events.map((e) => e.type);
        assert.deepEqual(types.filter((t) => t === 'cl-login-help-open' || t === 'cl-login-help-close'), ['cl-login-help-open', 'cl-login-help-close']);
        await page.close();
      });
    }

    it('the close button closes it; Escape in a filled search box clears the search first', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      await page.click('cl-login-help-launcher >> [part=button]');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      await page.type('cl-login-help-launcher >> [part=search-input]', 'voicemail');
      await page.pressOn('cl-login-help-launcher >> [part=search-input]', 'Escape');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').query === '');
      assert.equal(await page.evaluate(() => document.querySelector('cl-login-help-launcher').isOpen), true);
      await page.click('cl-login-help-launcher >> [part=close]');
      await page.waitForFunction(() => !document.querySelector('cl-login-help-launcher').isOpen);
      await page.close();
    });

    it('open() without a topic shows the home screen, also after a topic was open', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      await page.evaluate(() => window.clLoginHelp.open('email'));
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      await page.evaluate(() => window.clLoginHelp.close());
      await page.evaluate(() => window.clLoginHelp.open());
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      await page.waitForTimeout(100);
      assert.equal((await panelState(page)).status, 'home');
      assert.equal(await deepFocus(page), 'input#search[search-input]');
      await page.close();
    });

    it('window.clLoginHelp opens at a topic and closes', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      const version = await page.evaluate(() => window.clLoginHelp.version);
      assert.match(version, /^\d+\.\d+\.\d+/);
      await page.evaluate(() => window.clLoginHelp.open('voice-mail'));
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      assert.equal((await panelState(page)).topic, 'voice-mail');
      await page.evaluate(() => window.clLoginHelp.close());
      await page.waitForFunction(() => !document.querySelector('cl-login-help-launcher').isOpen);
      await page.close();
    });
  });

  describe('host pages of every kind', () => {
    it('loads on a page served as windows-1252 (the bundle is ASCII)', async () => {
      const page = await open('/test/e2e/pages/inline.html?charset=windows-1252');
      await page.waitForFunction(() => document.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
      await page.evaluate(() => document.querySelector('cl-login-help').show('norton'));
      assert.match((await panelState(page)).text, /Norton™/);
      assert.deepEqual((await record(page)).errors, []);
      await page.close();
    });

    it('panels in shrink-to-fit boxes (flex item, inline-block, absolute) keep their full width', async () => {
      const page = await open('/test/e2e/pages/shrink.html', { width: 1280, height: 800 });
      await page.waitForFunction(() => [...document.querySelectorAll('cl-login-help')].every((el) => el.shadowRoot?.querySelector('[part=topic-list]')));
      const widths = await page.evaluate(() => [...document.querySelectorAll('cl-login-help')].map((el) => Math.round(el.getBoundingClientRect().width)));
      assert.deepEqual(widths, [720, 720, 720]);
      await page.close();
    });

    it('the floating launcher stays in the corner under * { all: unset }', async () => {
      const page = await open('/test/e2e/pages/options.html?launcher=1&css=unset', { width: 1280, height: 800 });
      const box = await page.boundingBox('cl-login-help-launcher >> [part=button]');
      assert.ok(box.x + box.width <= 1280 && box.x + box.width > 1280 - 120, `x ${box.x}`);
      assert.ok(box.y + box.height <= 800 && box.y + box.height > 800 - 120, `y ${box.y}`);
      await page.close();
    });

    it('a single-page app that replaces the page keeps help links working', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      await page.evaluate(() => {
        document.body.innerHTML = '<a id="again" href="#cl-login-help/directv">DIRECTV help</a>';
      });
      await page.click('#again');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher')?.isOpen);
      assert.equal((await panelState(page)).topic, 'directv');
      assert.deepEqual((await logs(page)).filter((l) => l.startsWith('pageerror')), []);
      await page.close();
    });
  });

  describe('remote content', () => {
    it('data-content-src loads the content once, without credentials', async () => {
      // A session cookie on the page's origin (set from a first page there; each engine's page starts with none).
      const page = await browser.newPage();
      await page.goto(server.origin + '/test/e2e/pages/record.js');
      await page.evaluate(() => (document.cookie = 'session=secret; path=/'));
      await page.goto(server.origin + '/test/e2e/pages/options.html?content-src=/content/good.json');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === 'Sign-in help (loaded)');
      assert.equal(server.cookies.filter((c) => c.startsWith('/content/')).length, 0, 'no cookies sent with the content request');
      assert.ok(server.cookies.length > 0, 'the page itself did get the cookie');
      const before = server.counts.get('/content/good.json') ?? 0;
      assert.equal(before, 1);
      await page.evaluate(async () => {
        const el = document.querySelector('cl-login-help');
        el.remove();
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 200));
      });
      assert.equal(server.counts.get('/content/good.json') ?? 0, before, 'no second fetch for the same URL');
      assert.deepEqual((await record(page)).events.filter((e) => e.type === 'cl-login-help-error'), []);
      await page.evaluate(() => (document.cookie = 'session=; path=/; max-age=0'));
      await page.close();
    });

    it('a deep link to a topic that only the loaded content has opens once it loads', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/good.json%3Fdeep#cl-login-help/business-portal');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'business-portal' && document.querySelector('cl-login-help').status === 'topic');
      const { events } = await record(page);
      assert.deepEqual(events.filter((e) => e.type === 'cl-login-help-error'), []);
      assert.deepEqual(events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail), [{ topicId: 'business-portal', sectionId: '', source: 'link' }]);
      assert.equal(await deepFocus(page), 'h2#topic-heading');
      await page.close();
    });

    it('a topic shown before its content loads is reported once, not again when the content arrives', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/slow.json%3Fms=800#cl-login-help/email');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.topics.length === 12 && window.__record.events.length > 0);
      await page.waitForTimeout(1500);
      const topics = (await record(page)).events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail);
      assert.deepEqual(topics, [{ topicId: 'email', sectionId: '', source: 'link' }]);
      await page.close();
    });

    it('a help link to the topic already open reports it again, as a link', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.click('#email-link');
      await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'email');
      await page.click('#email-link');
      await page.waitForTimeout(200);
      const topics = (await record(page)).events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail);
      assert.deepEqual(topics, [{ topicId: 'email', sectionId: '', source: 'link' }, { topicId: 'email', sectionId: '', source: 'link' }]);
      await page.close();
    });

    it('a deep link to a topic the content does not have, once it fails to load, reports unknown-topic', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/not-found.json#cl-login-help/business-portal');
      await page.waitForFunction(() => window.__record.events.filter((e) => e.type === 'cl-login-help-error').length === 2);
      const codes = (await record(page)).events.filter((e) => e.type === 'cl-login-help-error').map((e) => e.detail.code);
      assert.deepEqual(codes.sort(), ['http-status', 'unknown-topic']);
      assert.equal((await panelState(page)).status, 'home');
      await page.close();
    });

    it('panels added later (a single-page app) use the script tag\'s data-content-src too', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/good.json');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === 'Sign-in help (loaded)');
      await page.evaluate(() => document.body.append(document.createElement('cl-login-help')));
      await page.waitForFunction(() => document.querySelectorAll('cl-login-help')[1].content.title === 'Sign-in help (loaded)');
      await page.close();
    });

    it('a content-src that later fails or is removed goes back to the built-in content', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/good.json');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === 'Sign-in help (loaded)');
      await page.evaluate(() => document.querySelector('cl-login-help').setAttribute('content-src', '/content/not-found.json'));
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === "Can't sign in?");
      await page.evaluate(() => document.querySelector('cl-login-help').setAttribute('content-src', '/content/good.json'));
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === 'Sign-in help (loaded)');
      await page.close();
    });

    for (const [name, code, path] of [
      ['not-found', 'http-status'],
      ['server-error', 'http-status'],
      ['html', 'content-type'],
      ['malformed', 'invalid-json'],
      ['bad-schema', 'invalid-content', '/topics/3/blocks/0/items/1/0'],
      ['wrong-version', 'invalid-content', '/schemaVersion'],
      ['huge', 'too-large'],
    ]) {
      it(`${name}: the built-in content stays, the error has code ${code}, one console warning`, async () => {
        const page = await open(`/test/e2e/pages/options.html?content-src=/content/${name}.json`);
        await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'), null, { timeout: 15000 });
        const errors = (await record(page)).events.filter((e) => e.type === 'cl-login-help-error');
        assert.equal(errors.length, 1);
        assert.equal(errors[0].detail.code, code);
        if (path) assert.equal(errors[0].detail.path, path);
        const state = await panelState(page);
        assert.equal(state.title, "Can't sign in?");
        assert.match(state.text, /What are you trying to sign in to\?/);
        const lines = await logs(page);
        assert.equal(lines.filter((l) => l.startsWith('warning: cl-login-help')).length, 1, lines.join('\n'));
        await page.close();
      });
    }

    // WebKitGTK's network process may still finish a request the page aborted (see the chunked-download test), so there only the page's side is checked, and the name says so.
    const serverSeesAbort = engine !== 'webkit';
    it(`a newer content-src aborts the older request${serverSeesAbort ? '' : ' (page side only in WebKit: its network process may finish an aborted request)'}`, async () => {
      // The slow answer takes 6 s: long enough that a browser slowed by a busy machine still aborts it before it ends.
      const page = await open('/test/e2e/pages/inline.html');
      await page.evaluate(() => {
        const el = document.querySelector('cl-login-help');
        el.setAttribute('content-src', '/content/slow.json?ms=6000&abort');
        setTimeout(() => el.setAttribute('content-src', '/content/not-found.json'), 300);
      });
      await page.waitForTimeout(2000);
      const errors = (await record(page)).events.filter((e) => e.type === 'cl-login-help-error');
      assert.deepEqual(errors.map((e) => e.detail.code), ['http-status']);
      if (serverSeesAbort) {
        for (let waited = 0; waited < 3000 && !server.aborted.includes('/content/slow.json?ms=6000&abort'); waited += 100) await page.waitForTimeout(100);
        assert.ok(server.aborted.includes('/content/slow.json?ms=6000&abort'), 'the server saw the slow request aborted');
      }
      await page.close();
    });

    it('panels loading the same URL at once share one request', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/good.json%3Fshared&launcher=1');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.title === 'Sign-in help (loaded)');
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help')?.content.title === 'Sign-in help (loaded)');
      assert.equal(server.counts.get('/content/good.json?shared'), 1);
      await page.close();
    });

    it('a body with no Content-Length fails as too-large at the 2 MB cap', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/huge-chunked.json%3Fcap');
      await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'), null, { timeout: 15000 });
      assert.equal((await record(page)).events.find((e) => e.type === 'cl-login-help-error').detail.code, 'too-large');
      assert.equal((await panelState(page)).title, "Can't sign in?");
      await page.close();
    });

    const keepsDownloading = { webkit: "WebKitGTK's network process finishes a download after the page cancels and aborts it" };
    itUnless(keepsDownloading)('a body with no Content-Length is cut off at the 2 MB cap, not downloaded whole', async () => {
      const page = await open('/test/e2e/pages/options.html?content-src=/content/huge-chunked.json');
      await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'), null, { timeout: 15000 });
      assert.equal((await record(page)).events.find((e) => e.type === 'cl-login-help-error').detail.code, 'too-large');
      // The server records what it sent once the client hangs up (or all 40 MB went).
      for (let i = 0; i < 150 && !server.bytesSent.has('/content/huge-chunked.json'); i++) await page.waitForTimeout(100);
      const sent = server.bytesSent.get('/content/huge-chunked.json');
      assert.ok(sent < 20_000_000, `server sent ${sent} bytes`);
      await page.close();
    });
  });

  describe('on a service\'s sign-in page (#19)', () => {
    /** The dialog's panel, in the page. */
    const inner = `document.querySelector('cl-login-help-launcher')?.shadowRoot?.querySelector('cl-login-help')?.shadowRoot`;
    const bundleFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === '/dist/cl-login-help.js'));

    it('with only the loader, setContext, suggest and on before any intent fetch nothing; then the dialog leads with them and the data layer gets every event, queries masked', async () => {
      const page = await browser.newPage({ width: 1280, height: 800 });
      await page.goto(server.origin + '/test/e2e/pages/loader.html?context=email&analytics=datalayer');
      await page.waitForFunction(() => window.clLoginHelp && window.__record);
      await page.evaluate(() => {
        window.__topics = [];
        window.__off = window.clLoginHelp.on('topic', (detail) => window.__topics.push(detail));
        window.clLoginHelp.suggest(['email/forgot-password', 'email/forgot-username']);
        window.clLoginHelp.setContext('email voice-mail');
      });
      await page.waitForTimeout(400);
      assert.equal(await bundleFetched(page), false, 'no bundle before intent');
      await page.evaluate(() => window.clLoginHelp.open());
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher')?.isOpen);
      await page.waitForFunction(new Function(`return ${inner}?.querySelector('[part=suggestion]')`));
      const home = await page.evaluate(
        new Function(`const root = ${inner}; return { suggested: [...root.querySelectorAll('[part=suggestion]')].map((e) => e.dataset.sectionId), context: [...root.querySelectorAll('[part=context]')].map((e) => e.dataset.topicId) };`),
      );
      assert.deepEqual(home, { suggested: ['forgot-password', 'forgot-username'], context: ['email', 'voice-mail'] });
      await page.evaluate(
        new Function(`const input = ${inner}.querySelector('[part=search-input]'); input.value = 'bob@example.com 555 123 4567 password'; input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));`),
      );
      await page.waitForFunction(() => window.dataLayer?.some((entry) => entry.event === 'cl_login_help_search'));
      const search = await page.evaluate(() => ({ ...window.dataLayer.find((entry) => entry.event === 'cl_login_help_search') }));
      assert.equal(search.query, '[email] ### ### #### password');
      await page.evaluate(new Function(`${inner}.querySelector('[part=clear]').click()`));
      await page.waitForFunction(new Function(`return ${inner}?.querySelector('[part=suggestion]')`));
      await page.evaluate(new Function(`${inner}.querySelector('[part=suggestion]').click()`));
      await page.waitForFunction(() => window.__topics.length === 1);
      assert.deepEqual(await page.evaluate(() => window.__topics), [{ topicId: 'email', sectionId: 'forgot-password', source: 'suggestion' }]);
      const events = await page.evaluate(() => window.dataLayer.map((entry) => entry.event));
      assert.deepEqual(events, ['cl_login_help_open', 'cl_login_help_search', 'cl_login_help_topic']);
      // Unsubscribed: the next opening reaches the data layer, not the handler.
      await page.evaluate(() => {
        window.__off();
        window.clLoginHelp.open('directv');
      });
      await page.waitForFunction(() => window.dataLayer.filter((entry) => entry.event === 'cl_login_help_topic').length === 2);
      assert.equal((await page.evaluate(() => window.__topics)).length, 1);
      assert.equal(JSON.stringify(await page.evaluate(() => window.dataLayer)).includes('bob@'), false);
      assert.deepEqual((await record(page)).errors, []);
      await page.close();
    });

    it('the full bundle: data-context and setContext() as a single-page app changes route; an unknown id is reported; data-analytics="adobe"', async () => {
      // options.html has an inline panel, which follows the page's context like the launcher's.
      const page = await open('/test/e2e/pages/options.html?launcher=1&context=email&analytics=adobe');
      const panelRoot = `document.querySelector('cl-login-help')?.shadowRoot`;
      await page.waitForFunction(new Function(`return ${panelRoot}?.querySelector('[part=context]')`));
      assert.equal(await page.evaluate(new Function(`return ${panelRoot}.querySelector('[part=context] h3').textContent`)), 'Trouble signing in to CenturyLink Email?');
      await page.evaluate(() => window.clLoginHelp.setContext('nope directv'));
      await page.waitForFunction(new Function(`return ${panelRoot}?.querySelector('[part=context]')?.dataset.topicId === 'directv'`));
      await page.evaluate(() => document.querySelector('cl-login-help-launcher').open());
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher')?.isOpen);
      await page.waitForFunction(new Function(`return ${inner}?.querySelector('[part=context]')?.dataset.topicId === 'directv'`));
      const layer = await page.evaluate(() => window.adobeDataLayer.map((entry) => ({ ...entry })));
      assert.ok(layer.some((entry) => entry.event === 'cl_login_help_open' && JSON.stringify(entry.eventInfo) === '{}'));
      const error = layer.find((entry) => entry.event === 'cl_login_help_error');
      assert.equal(error?.eventInfo.code, 'unknown-topic');
      await page.evaluate(() => window.clLoginHelp.setContext());
      await page.waitForFunction(new Function(`return !${panelRoot}?.querySelector('[part=context]') && ${panelRoot}?.querySelector('[part=topic-entry]')`));
      await page.close();
    });
  });

  describe('data-lang', () => {
    it('data-lang="es" gives Spanish panels and a Spanish launcher on an English page', async () => {
      const page = await open('/test/e2e/pages/options.html?lang=es&launcher=1');
      await page.waitForFunction(() => document.querySelector('cl-login-help').content.lang === 'es');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal((await page.textContent('cl-login-help-launcher >> [part=button]')).trim(), '¿No puede iniciar sesión?');
      await page.evaluate(() => document.body.append(document.createElement('cl-login-help')));
      await page.waitForFunction(() => document.querySelectorAll('cl-login-help')[1].content.lang === 'es');
      await page.close();
    });
  });

  describe('loaded twice, other versions, clobbering', () => {
    it('the same bundle twice never throws and defines once', async () => {
      const page = await open('/test/e2e/pages/double.html');
      await page.waitForFunction(() => document.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      const { errors } = await record(page);
      assert.deepEqual(errors, []);
      assert.deepEqual((await logs(page)).filter((l) => /error|warning/.test(l)), []);
      await page.close();
    });

    it('another version first: it wins, and the mismatch is warned about once', async () => {
      const page = await open('/test/e2e/pages/other-version.html');
      assert.equal(await page.evaluate(() => document.querySelector('cl-login-help').textContent), 'old panel');
      assert.equal(await page.evaluate(() => window.clLoginHelp.version), '0.0.1');
      const { errors } = await record(page);
      assert.deepEqual(errors, []);
      const warnings = (await logs(page)).filter((l) => l.startsWith('warning:'));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /version 0\.0\.1 .* already defined; this copy \(\d+\.\d+\.\d+\) is not used/);
      // The new launcher is not mixed with the old panel: it stays undefined, and the API is the old copy's.
      assert.equal(await page.evaluate(() => customElements.get('cl-login-help-launcher') === undefined), true);
      await page.close();
    });

    it('a clobbered document.currentScript and window.clLoginHelp are ignored', async () => {
      const page = await open('/test/e2e/pages/clobber.html');
      await page.waitForFunction(() => document.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      assert.equal(await page.evaluate(() => typeof window.clLoginHelp.open), 'function');
      assert.equal(await page.evaluate(() => document.querySelector('cl-login-help-launcher')), null, 'no launcher from the img');
      assert.deepEqual((await record(page)).events, []);
      await page.close();
    });
  });

  describe('strict CSP and Trusted Types (headers from the server)', () => {
    for (const csp of ['strict', 'tt']) {
      it(`works with no securitypolicyviolation under csp=${csp}`, async () => {
        const page = await open(`/test/e2e/pages/inline.html?csp=${csp}`);
        await page.click('#email-link');
        await page.waitForFunction(() => document.querySelector('cl-login-help').topic === 'email');
        await page.click('cl-login-help >> [part=back]');
        await page.type('cl-login-help >> [part=search-input]', 'pasword');
        await page.waitForTimeout(100);
        const state = await panelState(page);
        assert.equal(state.status, 'results');
        const { violations, errors } = await record(page);
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

    it('the bundle loaded twice under the README\'s Trusted Types line: the second copy never asks for a policy, no violation', async () => {
      const page = await open('/test/e2e/pages/double.html?csp=tt');
      await page.waitForFunction(() => document.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      const { violations, errors } = await record(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual((await logs(page)).filter((l) => l.startsWith('error')), []);
      await page.close();
    });

    it('a page that already created a "lit-html" policy does not break the bundle', async () => {
      const page = await open('/test/e2e/pages/tt-existing.html?csp=tt-lit');
      await page.waitForFunction(() => document.querySelector('cl-login-help').shadowRoot?.querySelector('[part=topic-list]'));
      const { violations, errors } = await record(page);
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });

  describe('host CSS isolation', () => {
    const parts = ['[part=base]', 'h2', '[part=search-input]', '[part=topic-entry]', '.entry-title', '.entry-summary'];
    const props = ['font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'color', 'background-color', 'direction', 'white-space', 'padding-top', 'margin-bottom', 'border-top-width'];
    const styles = (page) =>
      page.evaluate(
        ([parts, props]) => {
          // The host page decides the panel's width; everything inside must not change.
          const host = document.querySelector('cl-login-help');
          host.style.setProperty('display', 'block', 'important');
          host.style.setProperty('width', '640px', 'important');
          const root = host.shadowRoot;
          return Object.fromEntries(
            parts.map((sel) => {
              const el = root.querySelector(sel);
              const cs = getComputedStyle(el);
              const box = el.getBoundingClientRect();
              return [sel, { ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), height: Math.round(box.height) }];
            }),
          );
        },
        [parts, props],
      );

    let bare;
    before(async () => {
      const page = await open('/test/e2e/pages/inline.html');
      bare = await styles(page);
      await page.close();
    });

    for (const css of ['bootstrap', 'tailwind', 'rem', 'unset', 'inherit', 'bootstrap,tailwind,rem,inherit']) {
      it(`looks the same under ${css}`, async () => {
        const page = await open(`/test/e2e/pages/inline.html?css=${css}`);
        await page.waitForFunction(() => [...document.styleSheets].length > 0);
        await page.waitForTimeout(50);
        assert.deepEqual(await styles(page), bare);
        await page.close();
      });
    }
  });

  describe('leaks', () => {
    it('1,000 open/close cycles and 1,000 remove/re-append cycles leave no listeners and no new nodes', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      const count = () =>
        page.evaluate(() => {
          const all = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? all(el.shadowRoot) : 0), 0);
          return { nodes: all(document), listeners: { ...window.__record.listeners } };
        });
      const resetPanel = () =>
        page.evaluate(async () => {
          const panel = document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help');
          panel.reset();
          await panel.updateComplete;
        });
      await page.evaluate(async () => {
        const launcher = document.querySelector('cl-login-help-launcher');
        await launcher.open();
        launcher.close();
      });
      await resetPanel();
      const before = await count();
      await page.evaluate(async () => {
        const launcher = document.querySelector('cl-login-help-launcher');
        for (let i = 0; i < 1000; i++) {
          await launcher.open(i % 2 ? 'email' : undefined);
          launcher.close();
        }
        const parent = launcher.parentNode;
        for (let i = 0; i < 1000; i++) {
          launcher.remove();
          parent.append(launcher);
          await launcher.updateComplete;
        }
        const panel = document.createElement('cl-login-help');
        for (let i = 0; i < 1000; i++) {
          document.body.append(panel);
          await panel.updateComplete;
          panel.remove();
        }
      });
      await resetPanel();
      const afterCycles = await count();
      assert.deepEqual(afterCycles.listeners, before.listeners);
      assert.equal(afterCycles.nodes, before.nodes);
      await page.close();
    });
  });

  describe('sections: links, hashes and open() name one answer', () => {
    const sectionState = (page) =>
      page.evaluate(() => {
        const el = document.querySelector('cl-login-help-launcher')?.shadowRoot?.querySelector('cl-login-help') ?? document.querySelector('cl-login-help');
        return { topic: el.topic, section: el.section, shown: [...el.shadowRoot.querySelectorAll('[part=section]')].map((s) => s.dataset.sectionId) };
      });
    const topicEvents = async (page) => (await record(page)).events.filter((e) => e.type === 'cl-login-help-topic').map((e) => e.detail);

    it('a page loaded with #cl-login-help/<topic>/<section> opens that answer, its question focused', async () => {
      const page = await open('/test/e2e/pages/inline.html#cl-login-help/long-distance/security-code');
      await page.waitForFunction(() => document.querySelector('cl-login-help').section === 'security-code');
      assert.deepEqual(await sectionState(page), { topic: 'long-distance', section: 'security-code', shown: ['security-code'] });
      assert.deepEqual(await topicEvents(page), [{ topicId: 'long-distance', sectionId: 'security-code', source: 'link' }]);
      assert.equal(await deepFocus(page), 'h3#section-security-code');
      await page.close();
    });

    it('a help link <a href="#cl-login-help/email/forgot-password"> and data-cl-login-help="email/forgot-password" open that answer', async () => {
      const page = await open('/test/e2e/pages/inline.html');
      await page.evaluate(() => {
        document.body.insertAdjacentHTML(
          'afterbegin',
          '<a id="answer-link" href="#cl-login-help/long-distance/security-code">Lost code</a> <button id="answer-button" type="button" data-cl-login-help="email/forgot-password">Forgot password</button>',
        );
      });
      await page.click('#answer-button');
      await page.waitForFunction(() => document.querySelector('cl-login-help').section === 'forgot-password');
      assert.deepEqual(await sectionState(page), { topic: 'email', section: 'forgot-password', shown: ['forgot-password'] });
      await page.click('#answer-link');
      await page.waitForFunction(() => document.querySelector('cl-login-help').section === 'security-code');
      assert.deepEqual(await topicEvents(page), [
        { topicId: 'email', sectionId: 'forgot-password', source: 'link' },
        { topicId: 'long-distance', sectionId: 'security-code', source: 'link' },
      ]);
      await page.close();
    });

    it('without an inline panel, window.clLoginHelp.open("email/forgot-password") opens that answer in the dialog', async () => {
      const page = await open('/test/e2e/pages/launcher.html');
      await page.evaluate(() => window.clLoginHelp.open('email/forgot-password'));
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').isOpen);
      await page.waitForFunction(() => document.querySelector('cl-login-help-launcher').shadowRoot.querySelector('cl-login-help').section === 'forgot-password');
      assert.deepEqual(await sectionState(page), { topic: 'email', section: 'forgot-password', shown: ['forgot-password'] });
      assert.deepEqual(await topicEvents(page), [{ topicId: 'email', sectionId: 'forgot-password', source: 'api' }]);
      assert.equal(await deepFocus(page), 'h3#section-forgot-password');
      await page.close();
    });

    it('a hash naming a section the topic lacks opens the topic whole and reports unknown-section', async () => {
      const page = await open('/test/e2e/pages/inline.html#cl-login-help/email/no-such-answer');
      await page.waitForFunction(() => window.__record.events.some((e) => e.type === 'cl-login-help-error'));
      await page.waitForFunction(() => document.querySelector('cl-login-help').status === 'topic');
      const { events } = await record(page);
      assert.deepEqual(events.filter((e) => e.type === 'cl-login-help-error').map((e) => e.detail.code), ['unknown-section']);
      const state = await sectionState(page);
      assert.equal(state.topic, 'email');
      assert.equal(state.section, '');
      assert.ok(state.shown.length >= 2, 'every answer of the topic is shown');
      assert.deepEqual(await topicEvents(page), [{ topicId: 'email', sectionId: '', source: 'link' }]);
      await page.close();
    });
  });
}
