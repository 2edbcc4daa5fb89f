import { expect, html, oneEvent, aTimeout } from '@open-wc/testing';
import type { ClLoginHelp } from '../src/index.js';
import { seedFacts } from './seed-facts.js';
import { $, $$, cloneContent, deepActiveElement, panel, sendKeys, textOf, typeQuery } from './helpers.js';

const TOPIC_IDS = ['my-account', 'autopay', 'email', 'norton', 'prism-tv', 'verizon-wireless', 'directv', 'msn', 'repair-ticket', 'voice-mail', 'long-distance', 'update-center'];

describe('home', () => {
  it('shows a heading, an intro, a labelled search box and the twelve services with summaries', async () => {
    const el = await panel();
    expect(textOf($(el, 'h2'))).to.equal("Can't sign in?");
    expect(textOf($(el, '.intro'))).to.contain('Let us help.');
    const input = $<HTMLInputElement>(el, '[part=search-input]')!;
    expect(input.labels![0].textContent).to.contain('Search');
    expect(textOf($(el, '#chooser-heading'))).to.equal('What are you trying to sign in to?');
    const entries = $$(el, '[part=topic-list] [part=topic-entry]');
    expect(entries.map((e) => e.dataset.topicId)).to.deep.equal(TOPIC_IDS);
    for (const entry of entries) expect(textOf(entry.querySelector('.entry-summary'))).to.have.length.greaterThan(10);
  });

  it('is accessible', async () => {
    const el = await panel();
    await expect(el).to.be.accessible();
  });
});

describe('search', () => {
  it('replaces the chooser with ranked results as the customer types, typos included', async () => {
    const el = await panel();
    await typeQuery(el, 'voicemial pasword');
    expect($(el, '[part=topic-list]')).to.equal(null);
    const results = $$(el, '[part=result]');
    expect(results[0].dataset.topicId).to.equal('voice-mail');
    expect(results[0].querySelectorAll('mark').length).to.be.greaterThan(0);
    expect([...results[0].querySelectorAll('mark')].map((m) => m.textContent).join(' ')).to.match(/Voice|Mail|password/);
  });

  it('announces the result count politely after typing pauses, and reports a masked query', async () => {
    const el = await panel();
    const status = $(el, '[part=status]')!;
    expect(status.getAttribute('role')).to.equal('status');
    setTimeout(() => typeQuery(el, 'voicemail 5551234567 jo@example.com'));
    const event = await oneEvent(el, 'cl-login-help-search');
    expect(event.detail.query).to.equal('voicemail ########## [email]');
    expect(event.detail.query).not.to.contain('555');
    expect(event.detail.resultCount).to.equal($$(el, '[part=result]').length);
    await el.updateComplete;
    expect(textOf(status)).to.match(/^\d+ results? found$/);
  });

  it('masks digit runs split by dashes and spaces', async () => {
    const el = await panel();
    setTimeout(() => typeQuery(el, 'btn 303-555-0100 zip 80202 dial 78'));
    const event = await oneEvent(el, 'cl-login-help-search');
    expect(event.detail.query).to.equal('btn ###-###-#### zip ##### dial 78');
  });

  it('keeps the topic list as it is while a first letter finds nothing, and after it is deleted', async () => {
    // The list stays (the same elements, not a rebuilt copy): the keystroke only adds the "no results" part.
    const el = await panel();
    const entries = $$(el, '[part=topic-entry]');
    const same = () => $$(el, '[part=topic-entry]').every((entry, i) => entry === entries[i] && entry.isConnected);
    expect(entries.length).to.be.greaterThan(5);
    await typeQuery(el, 'r');
    expect(el.status).to.equal('empty');
    expect(same()).to.equal(true);
    await typeQuery(el, '');
    expect(el.status).to.equal('home');
    expect(same()).to.equal(true);
  });

  it('says when nothing matches and offers the contact options', async () => {
    const el = await panel();
    await typeQuery(el, 'qqqzzzxxx');
    expect(textOf($(el, '.empty'))).to.contain('No topics match “qqqzzzxxx”');
    expect($(el, '[part=contact]')).to.exist;
    expect(textOf($(el, '[part=contact]'))).to.contain('Chat with us');
    await aTimeout(700);
    expect(textOf($(el, '[part=status]'))).to.contain('No topics match');
    await expect(el).to.be.accessible();
  });

  it('results are accessible', async () => {
    const el = await panel();
    await typeQuery(el, 'password');
    await expect(el).to.be.accessible();
  });

  it('search() returns the ranked hits synchronously and shows them', async () => {
    const el = await panel();
    const hits = el.search('satellite');
    expect(hits[0].topic.id).to.equal('directv');
    await el.updateComplete;
    expect($$(el, '[part=result]')[0].dataset.topicId).to.equal('directv');
    expect(el.query).to.equal('satellite');
  });

  it('search() from code is not reported or announced as if a customer typed it', async () => {
    const el = await panel();
    await typeQuery(el, 'nort');
    const events: unknown[] = [];
    el.addEventListener('cl-login-help-search', (e) => events.push(e));
    el.search('voicemail');
    await aTimeout(800);
    expect(events).to.deep.equal([]);
    expect(textOf($(el, '[part=status]'))).to.equal('');
  });

  it('caps very long queries instead of hanging or throwing', async () => {
    const el = await panel();
    expect(() => el.search('password '.repeat(500))).not.to.throw();
    expect(el.search('x'.repeat(5000))).to.be.an('array');
  });
});

describe('topics', () => {
  it('switching screens quickly through the API reports no error to the page (no ResizeObserver loop)', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await panel(html`<cl-login-help style="display:block"></cl-login-help>`);
      for (const id of ['long-distance', 'update-center', 'email', 'long-distance', 'norton', 'update-center']) {
        el.show(id);
        await el.updateComplete;
        el.search('password');
        await el.updateComplete;
      }
      el.show('long-distance');
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  for (const id of TOPIC_IDS) {
    it(`renders every fact of the seed for ${id}`, async () => {
      const el = await panel(html`<cl-login-help topic=${id}></cl-login-help>`);
      const text = textOf($(el, '[part=topic]'));
      expect(seedFacts[id], `facts listed for ${id}`).to.have.length.greaterThan(3);
      for (const fact of seedFacts[id]) expect(text, `${id}: "${fact}"`).to.contain(fact);
    });
  }

  it('every phone number is a tel: link built from its digits', async () => {
    const el = await panel();
    const numbers = new Set<string>();
    for (const id of TOPIC_IDS) {
      el.show(id);
      await el.updateComplete;
      for (const a of $$<HTMLAnchorElement>(el, 'a[href^="tel:"]')) {
        const digits = a.textContent!.replace(/\D/g, '');
        expect(a.getAttribute('href')).to.equal(`tel:+1${digits}`);
        numbers.add(a.textContent!.trim());
      }
    }
    for (const n of ['800-531-5000', '800-386-5550', '800-860-2255', '800-573-1311', '888-612-8052', '888-515-8052', '888-520-8052', '888-503-8052', '888-541-8052'])
      expect([...numbers]).to.include(n);
  });

  it('renders the long distance table as a real table with column and row headers', async () => {
    const el = await panel(html`<cl-login-help topic="long-distance"></cl-login-help>`);
    const table = $(el, 'table')!;
    expect(textOf(table.querySelector('caption'))).to.not.equal('');
    expect([...table.querySelectorAll('thead th[scope=col]')].map(textOf)).to.deep.equal(['What you need', 'How you validate your identity']);
    const rowHeaders = [...table.querySelectorAll('tbody th[scope=row]')].map(textOf);
    expect(rowHeaders).to.include.members(['Sign in', 'Username and password', 'Online security code']);
    expect(table.querySelectorAll('tbody ol').length).to.equal(3);
  });

  it('renders the Update Center answers, regional numbers table and ** footnote', async () => {
    const el = await panel(html`<cl-login-help topic="update-center"></cl-login-help>`);
    // The seed's two steps (new and existing customers) are now two answers of the topic.
    expect($$(el, '[part=topic] [part=section]').length).to.be.greaterThan(1);
    const rows = $$(el, 'table tbody tr').map(textOf);
    expect(rows.some((r) => r.includes('641') && r.includes('888-515-8052'))).to.equal(true);
    expect(rows.some((r) => r.includes('458') && r.includes('888-541-8052'))).to.equal(true);
    expect(textOf($(el, '.footnote'))).to.match(/^\*\*/);
  });

  it('lists what Repair Ticket lets you do as a bullet list', async () => {
    const el = await panel(html`<cl-login-help topic="repair-ticket"></cl-login-help>`);
    const items = $$(el, '[part=topic] ul > li').map(textOf);
    expect(items).to.include('Find your ticket number');
    expect(items).to.have.length.greaterThanOrEqual(4);
  });

  it('opening a topic from the chooser moves focus to its heading and fires the topic event', async () => {
    const el = await panel();
    const entry = $(el, '[data-topic-id="email"]')!;
    setTimeout(() => entry.click());
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: 'email', sectionId: '', source: 'home' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(el.topic).to.equal('email');
    expect(el.getAttribute('topic')).to.equal('email');
    expect(deepActiveElement()).to.equal($(el, '#topic-heading'));
    expect(textOf($(el, '#topic-heading'))).to.contain('Email');
  });

  it('the back control returns home and puts focus back on the chosen entry', async () => {
    const el = await panel();
    $(el, '[data-topic-id="norton"]')!.click();
    await el.updateComplete;
    $(el, '[part=back]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.topic).to.equal('');
    expect($(el, '[part=topic-list]')).to.exist;
    expect(deepActiveElement()).to.equal($(el, '[part=topic-entry][data-topic-id="norton"]'));
  });

  it('going back from a search result keeps the results and focuses that result', async () => {
    const el = await panel();
    await typeQuery(el, 'dvr');
    setTimeout(() => $(el, '[part=result]')!.click());
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: 'prism-tv', sectionId: 'schedule-dvr', source: 'search' });
    $(el, '[part=back]')!.click();
    await el.updateComplete;
    expect($$(el, '[part=result]')[0].dataset.topicId).to.equal('prism-tv');
    expect(deepActiveElement()).to.equal($(el, '[part=result][data-topic-id="prism-tv"][data-section-id="schedule-dvr"]'));
  });

  it('related topics open with source "related"', async () => {
    const el = await panel(html`<cl-login-help topic="autopay"></cl-login-help>`);
    const related = $(el, '[part=related]')!;
    const id = related.dataset.topicId!;
    setTimeout(() => related.click());
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: id, sectionId: '', source: 'related' });
  });

  it('"Did this help?" Yes thanks the customer; No shows the contact options; both fire feedback', async () => {
    const el = await panel(html`<cl-login-help topic="email"></cl-login-help>`);
    const [yes] = $$(el, '[part=feedback] button');
    setTimeout(() => yes.click());
    let event = await oneEvent(el, 'cl-login-help-feedback');
    expect(event.detail).to.deep.equal({ topicId: 'email', sectionId: '', helpful: true });
    await el.updateComplete;
    expect(textOf($(el, '[part=feedback]'))).to.contain('Thanks');
    expect($(el, '[part=feedback] + [part=contact]')).to.equal(null);
    // The buttons are gone: focus moves to the answer instead of falling to <body>.
    expect(deepActiveElement()).to.equal($(el, '#feedback-message'));

    el.show('msn');
    await el.updateComplete;
    const no = $$(el, '[part=feedback] button')[1];
    expect(textOf(no)).to.equal('No');
    setTimeout(() => no.click());
    event = await oneEvent(el, 'cl-login-help-feedback');
    expect(event.detail).to.deep.equal({ topicId: 'msn', sectionId: '', helpful: false });
    await el.updateComplete;
    expect(textOf($(el, '[part=contact]'))).to.contain('Chat with us');
    expect(deepActiveElement()).to.equal($(el, '#feedback-message'));
    await expect(el).to.be.accessible();
  });

  it('each topic is accessible', async function () {
    this.timeout(60000); // axe over twelve topics is slow in WebKit
    const el = await panel();
    for (const id of TOPIC_IDS) {
      el.show(id);
      await el.updateComplete;
      await expect(el, id).to.be.accessible();
    }
  });

  it('opening a topic while a result count waits to be announced drops the stale count', async () => {
    const el = await panel();
    await typeQuery(el, 'norton');
    el.show('norton');
    await aTimeout(700);
    expect(textOf($(el, '[part=status]'))).to.equal('');
  });

  it('an unknown topic shows home and reports cl-login-help-error', async () => {
    const el = await panel();
    setTimeout(() => el.show('nope'));
    const event = await oneEvent(el, 'cl-login-help-error');
    expect(event.detail.code).to.equal('unknown-topic');
    await el.updateComplete;
    expect(el.topic).to.equal('');
    expect($(el, '[part=topic-list]')).to.exist;
  });

  it('reset() goes back to an empty home screen', async () => {
    const el = await panel(html`<cl-login-help topic="msn"></cl-login-help>`);
    el.reset();
    await el.updateComplete;
    expect(el.topic).to.equal('');
    expect(el.query).to.equal('');
    expect($$(el, '[part=topic-entry]').length).to.equal(12);
  });
});

describe('contact', () => {
  it('chat asks the host first; a host that handles it stops the fallback link', async () => {
    const el = await panel(html`<cl-login-help topic="my-account"></cl-login-help>`);
    const chat = $$<HTMLAnchorElement>(el, '[part=topic] a').find((a) => /chat/i.test(a.textContent!))!;
    expect(chat.href).to.match(/^https:\/\//);
    el.addEventListener('cl-login-help-contact', (e) => e.preventDefault(), { once: true });
    setTimeout(() => chat.click());
    const event = await oneEvent(el, 'cl-login-help-contact');
    expect(event.detail).to.deep.equal({ channel: 'chat', topicId: 'my-account' });
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('a phone link reports the phone channel', async () => {
    const el = await panel(html`<cl-login-help topic="directv"></cl-login-help>`);
    const phone = $<HTMLAnchorElement>(el, 'a[href^="tel:"]')!;
    // Stop the tel: navigation in the test page.
    el.addEventListener('cl-login-help-contact', (e) => e.preventDefault(), { once: true });
    setTimeout(() => phone.click());
    const event = await oneEvent(el, 'cl-login-help-contact');
    expect(event.detail).to.deep.equal({ channel: 'phone', topicId: 'directv' });
  });

  it('destinations set to something that is not an object leave the content\'s own links', async () => {
    const el = await panel(html`<cl-login-help topic="email"></cl-login-help>`);
    el.destinations = null as never;
    await el.updateComplete;
    expect($$<HTMLAnchorElement>(el, '[part=topic] a[href^="https:"]').length).to.be.greaterThan(0);
  });

  it('the host can map destination keys to its own URLs; unsafe ones are ignored', async () => {
    const el = await panel(html`<cl-login-help topic="email"></cl-login-help>`);
    const key = 'email-password-reset';
    el.destinations = { [key]: '/help/email-reset' };
    await el.updateComplete;
    expect($$<HTMLAnchorElement>(el, 'a').some((a) => a.getAttribute('href') === '/help/email-reset')).to.equal(true);
    // The host's URLs do not pass the content validator: the renderer refuses unsafe ones itself.
    for (const unsafe of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      el.destinations = { [key]: unsafe };
      await el.updateComplete;
      const protocols = $$<HTMLAnchorElement>(el, 'a').map((a) => a.protocol);
      expect(protocols.filter((p) => !['https:', 'http:', 'tel:', 'mailto:'].includes(p)), unsafe).to.deep.equal([]);
      // The link's words are still there, as plain text.
      expect(textOf($(el, '[part=topic]'))).to.contain('reset');
    }
  });
});

describe('keyboard', () => {
  it('Tab reaches the search box first, then the services in order; Enter and Space open them', async () => {
    const el = await panel();
    const input = $(el, '[part=search-input]')!;
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '[data-topic-id="my-account"]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '[data-topic-id="autopay"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.topic).to.equal('autopay');
    $(el, '[part=back]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.topic).to.equal('email');
  });

  it('arrow keys move from the search box through the results and back', async () => {
    const el = await panel();
    const input = $(el, '[part=search-input]')!;
    input.focus();
    await sendKeys({ type: 'password' });
    await el.updateComplete;
    const results = $$(el, '[part=result]');
    expect(results.length).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(results[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(results[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(input);
  });

  it('Escape clears the search and shows the chooser again', async () => {
    const el = await panel();
    const input = $<HTMLInputElement>(el, '[part=search-input]')!;
    input.focus();
    await sendKeys({ type: 'norton' });
    await el.updateComplete;
    expect($$(el, '[part=result]').length).to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(el.query).to.equal('');
    expect($$(el, '[part=topic-entry]').length).to.equal(12);
  });
});

describe('content', () => {
  it('reading content gives the built-in content; setting valid content renders it', async () => {
    const el = await panel();
    const content = cloneContent(el);
    expect(content.topics).to.have.length(12);
    content.title = 'Sign-in help';
    content.topics = content.topics.slice(0, 2).map((t: { related: string[] }) => ({ ...t, related: [] }));
    el.content = content;
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('Sign-in help');
    expect($$(el, '[part=topic-entry]').length).to.equal(2);
    expect(el.search('norton')).to.deep.equal([]);
  });

  it('a large help centre lists the first 24 topics and shows all on request', async () => {
    const el = await panel();
    const content = cloneContent(el);
    const base = content.topics[0];
    content.topics = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `t-${i}`, title: `Topic ${i}`, related: [] }));
    el.content = content;
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]').length).to.equal(24);
    const more = $(el, '[part=show-all]')!;
    expect(textOf(more)).to.equal('Show all 30 topics');
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]').length).to.equal(30);
    expect($(el, '[part=show-all]')).to.equal(null);
    expect(deepActiveElement()).to.equal($$(el, '[part=topic-entry]')[24]);
  });

  it('renders the best 8 results, counts and announces every match, and shows them all on request', async () => {
    const el = await panel();
    const content = cloneContent(el);
    const base = content.topics[0];
    content.topics = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `t-${i}`, title: `Password help ${i}`, related: [] }));
    el.content = content;
    setTimeout(() => typeQuery(el, 'password'));
    const event = await oneEvent(el, 'cl-login-help-search');
    expect(event.detail.resultCount).to.equal(60);
    await el.updateComplete;
    expect($$(el, '[part=result]').length).to.equal(8);
    expect(textOf($(el, '[part=status]'))).to.equal('60 results found');
    const all = $(el, '[part=show-all-results]')!;
    expect(textOf(all)).to.equal('Show all 60 results');
    all.click();
    await el.updateComplete;
    expect($$(el, '[part=result]').length).to.equal(60);
    expect($(el, '[part=show-all-results]')).to.equal(null);
    // The keyboard stays where the list grew.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=result]')[8]);
    // A new query starts with the best few again.
    await typeQuery(el, 'password help');
    expect($$(el, '[part=result]').length).to.equal(8);
  });

  it('a content-src that is not even a URL keeps the built-in content and reports fetch-failed', async () => {
    const el = await panel();
    setTimeout(() => el.setAttribute('content-src', 'http://[not a url'));
    const event = await oneEvent(el, 'cl-login-help-error');
    expect(event.detail.code).to.equal('fetch-failed');
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]').length).to.equal(12);
  });

  it('invalid content is refused with an error naming the JSON path; the current content stays', async () => {
    const el = await panel();
    const content = cloneContent(el);
    content.topics[3].blocks[0] = { type: 'paragraph', content: [{ type: 'em' }] };
    setTimeout(() => (el.content = content));
    const event = await oneEvent(el, 'cl-login-help-error');
    expect(event.detail.code).to.equal('invalid-content');
    expect(event.detail.path).to.equal('/topics/3/blocks/0/content/0/text');
    expect(event.detail.message).to.contain('/topics/3/blocks/0/content/0/text');
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]').length).to.equal(12);
  });

  it('content strings render as text, never as HTML', async () => {
    const el = await panel();
    const content = cloneContent(el);
    const payloads = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload=window.__xss=1>'];
    content.topics[0].title = payloads[0];
    content.topics[0].summary = payloads[1];
    content.topics[0].blocks = [{ type: 'paragraph', content: [payloads[2], { type: 'link', text: payloads[0], href: 'https://example.com/?q=<b>' }] }];
    el.content = content;
    await el.updateComplete;
    expect(textOf($(el, '[data-topic-id="my-account"] .entry-title'))).to.equal(payloads[0]);
    el.show('my-account');
    await el.updateComplete;
    await aTimeout(50);
    expect($(el, '[part=topic] img, [part=topic] script, [part=topic] svg')).to.equal(null);
    expect(textOf($(el, '[part=topic] p'))).to.contain(payloads[2]);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`refuses the link ${JSON.stringify(href)} with the path of the link`, async () => {
      const el = await panel();
      const content = cloneContent(el);
      content.topics[1].blocks.push({ type: 'paragraph', content: ['See ', { type: 'link', text: 'this', href }] });
      const at = content.topics[1].blocks.length - 1;
      setTimeout(() => (el.content = content));
      const event = await oneEvent(el, 'cl-login-help-error');
      expect(event.detail.path).to.equal(`/topics/1/blocks/${at}/content/1/href`);
      el.show('autopay');
      await el.updateComplete;
      const unsafe = $$<HTMLAnchorElement>(el, 'a').filter((a) => ['javascript:', 'data:', 'vbscript:'].includes(a.protocol));
      expect(unsafe.map((a) => a.href)).to.deep.equal([]);
    });
  }

  it('keeps working links: https, http, mailto, tel and relative', async () => {
    const el = await panel();
    const content = cloneContent(el);
    const hrefs = ['https://a.example/', 'http://b.example/', 'mailto:help@example.com', 'tel:+18008602255', '/help', '../faq', '#top', '?q=1'];
    content.topics[0].blocks = [{ type: 'paragraph', content: hrefs.map((href) => ({ type: 'link', text: href, href })) }];
    content.topics[0].sections = [];
    el.content = content;
    el.show('my-account');
    await el.updateComplete;
    expect($$<HTMLAnchorElement>(el, '[part=topic] a').map((a) => a.getAttribute('href'))).to.deep.equal(hrefs);
  });
});

describe('host isolation', () => {
  it('inherited styles from the host page do not change the panel', async () => {
    const plain = await panel();
    const before = getComputedStyle($(plain, '[part=base]')!);
    const snapshot = ['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'textAlign', 'textTransform', 'color', 'direction'].map((p) => before[p as never]);
    const style = document.createElement('style');
    style.textContent = `html { font-size: 62.5% } body { font: italic 30px/3 serif; letter-spacing: 4px; text-align: right; text-transform: uppercase; color: red; direction: rtl; } cl-login-help { all: unset }`;
    document.head.append(style);
    try {
      const hostile = await panel();
      const after = getComputedStyle($(hostile, '[part=base]')!);
      expect(['fontFamily', 'fontSize', 'lineHeight', 'letterSpacing', 'textAlign', 'textTransform', 'color', 'direction'].map((p) => after[p as never])).to.deep.equal(snapshot);
    } finally {
      style.remove();
    }
  });

  it('theming custom properties reach inside', async () => {
    const el = await panel();
    el.style.setProperty('--cl-login-help-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle($(el, '.entry-title')!).color).to.equal('rgb(1, 2, 3)');
  });
});

export type { ClLoginHelp };

describe('masking what customers type into the search box', () => {
  it('masks every run of 4+ digits, whatever separates them, in any script, and email addresses', async () => {
    const { maskQuery } = await import('../src/events.js');
    const cases: Array<[string, string]> = [
      ['555/123/4567', '###/###/####'],
      ['123–45–6789', '###–##–####'],
      ['(303) 555-0100', '(###) ###-####'],
      ['+1 800 860 2255', '+# ### ### ####'],
      ['５５５１２３４５６７', '##########'],
      ['acct 1234_5678', 'acct ####_####'],
      ['dial 78 or 611', 'dial 78 or 611'],
      ['jo.smith@centurylink.net password', '[email] password'],
      ['jo＠example.com', '[email]'],
    ];
    for (const [query, masked] of cases) expect(maskQuery(query), query).to.equal(masked);
  });
});
