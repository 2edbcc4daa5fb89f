/**
 * Help for the page it is on (#19): the page's own service (`context`) leads
 * the home screen and the ranking, and the page's suggested answers come
 * first. What a customer sees on an email sign-in page.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { parseContent } from '../src/content/load.js';
import type { ClLoginHelp, ClLoginHelpLauncher } from '../src/index.js';
import { TopicSearch } from '../src/search/search.js';
import { $, $$, panel, textOf, typeQuery } from './helpers.js';

const firstResult = (el: ClLoginHelp) => {
  const row = $(el, '[part=result]')!;
  return `${row.dataset.topicId}/${row.dataset.sectionId ?? ''}`;
};

describe('context: the service this page signs in to', () => {
  it('the home screen leads with that service and its questions, then "Something else?" opens every service', async () => {
    const el = await panel(html`<cl-login-help context="email"></cl-login-help>`);
    expect(textOf($(el, '[part=context] h3'))).to.equal('Trouble signing in to CenturyLink Email?');
    expect($$(el, '[part=context-entry]').map((entry) => entry.dataset.sectionId)).to.deep.equal(['forgot-password', 'forgot-username', 'never-set-up']);
    expect($$(el, '[part=topic-entry]')).to.have.length(0);
    $(el, '[part=something-else]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]')).to.have.length(12);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=topic-entry]'));
  });

  it('a question of the page\'s service opens its answer', async () => {
    const el = await panel(html`<cl-login-help context="email"></cl-login-help>`);
    setTimeout(() => $$(el, '[part=context-entry]')[1].click());
    const { detail } = await oneEvent(el, 'cl-login-help-topic');
    expect(detail).to.deep.equal({ topicId: 'email', sectionId: 'forgot-username', source: 'home' });
  });

  it('search puts its answers first unless the query names another service', async () => {
    const el = await panel(html`<cl-login-help context="email"></cl-login-help>`);
    await typeQuery(el, 'forgot password');
    expect(firstResult(el)).to.equal('email/forgot-password');
    await typeQuery(el, 'directv phone number');
    expect(firstResult(el)).to.equal('directv/');
    const plain = await panel();
    await typeQuery(plain, 'forgot password');
    expect(firstResult(plain)).to.equal('my-account/forgot-password');
    // The search itself, with the page's services as an option.
    const search = new TopicSearch(parseContent(en));
    expect(search.search('forgot password', 3, { context: ['voice-mail'] })[0].topic.id).to.equal('voice-mail');
    expect(search.search('verizon', 3, { context: ['voice-mail'] })[0].topic.id).to.equal('verizon-wireless');
  });

  it('several services: each leads with its questions', async () => {
    const el = await panel(html`<cl-login-help context="email voice-mail"></cl-login-help>`);
    expect($$(el, '[part=context]').map((section) => section.dataset.topicId)).to.deep.equal(['email', 'voice-mail']);
  });

  it('an unknown id fires unknown-topic and is ignored, never a blank panel', async () => {
    const el = document.createElement('cl-login-help');
    el.setAttribute('context', 'nope email');
    const errored = oneEvent(el, 'cl-login-help-error');
    await fixture(html`<div></div>`).then((box) => box.append(el));
    const { detail } = await errored;
    expect(detail.code).to.equal('unknown-topic');
    expect(detail.message).to.contain('nope');
    await el.updateComplete;
    expect($$(el, '[part=context]').map((section) => section.dataset.topicId)).to.deep.equal(['email']);
    el.context = 'nope';
    await el.updateComplete;
    expect($$(el, '[part=topic-entry]')).to.have.length(12);
  });

  it('changed after load (a single-page app): the home screen follows; deep links still open what they name', async () => {
    const el = await panel();
    expect($(el, '[part=context]')).to.equal(null);
    el.context = 'long-distance';
    await el.updateComplete;
    expect(textOf($(el, '[part=context] h3'))).to.equal('Trouble signing in to Long distance?');
    el.show('directv');
    await el.updateComplete;
    expect([el.status, el.topic]).to.deep.equal(['topic', 'directv']);
  });

  it('the launcher passes it to its panel', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher context="voice-mail" lang="es"></cl-login-help-launcher>`);
    await launcher.open();
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    await inner.updateComplete;
    expect(textOf($(inner, '[part=context] h3'))).to.equal('¿Problemas para iniciar sesión en Buzón de voz?');
    launcher.close();
  });
});

describe('suggestions: answers the page offers first', () => {
  const five = ['email/forgot-password', 'long-distance/security-code', 'directv', 'voice-mail/forgot-password', 'msn/still-locked-out', 'norton'];

  it('come first on the home screen as "Suggested answers", at most five, and report source: suggestion', async () => {
    const el = await panel(html`<cl-login-help context="email" .suggestions=${five}></cl-login-help>`);
    const heading = $(el, '[part=suggestions] h3')!;
    expect(textOf(heading)).to.equal('Suggested answers');
    expect(heading.compareDocumentPosition($(el, '[part=context]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const entries = $$(el, '[part=suggestion]');
    expect(entries.map((entry) => textOf(entry.querySelector('.entry-title')))).to.deep.equal([
      'Forgot your email password?',
      'Lost your security code?',
      'DIRECTV',
      'Forgot your Voice Mail password?',
      "Know your MSN password but still can't sign in?",
    ]);
    setTimeout(() => entries[1].click());
    const { detail } = await oneEvent(el, 'cl-login-help-topic');
    expect(detail).to.deep.equal({ topicId: 'long-distance', sectionId: 'security-code', source: 'suggestion' });
  });

  it('given while the customer uses the home screen, they wait for the next time it shows: nothing moves by itself', async () => {
    const el = await panel();
    const before = $$(el, '[part=topic-entry]')[0];
    // The customer uses it: a pointer on its search field.
    $(el, '[part=search-input]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    el.suggestions = ['email/forgot-password'];
    await el.updateComplete;
    expect($(el, '[part=suggestions]')).to.equal(null);
    expect($$(el, '[part=topic-entry]')[0]).to.equal(before);
    // Away and back: now they are there.
    el.show('directv');
    await el.updateComplete;
    await el.updateComplete;
    el.reset();
    await el.updateComplete;
    expect($$(el, '[part=suggestion]').map((entry) => entry.dataset.sectionId)).to.deep.equal(['forgot-password']);
  });

  it("in the page's language, and an unknown one is reported and left out", async () => {
    const el = await panel(html`<cl-login-help lang="es"></cl-login-help>`);
    setTimeout(() => {
      el.suggestions = ['email/nope', 'email/forgot-username'];
      el.reset();
    });
    const { detail } = await oneEvent(el, 'cl-login-help-error');
    expect(detail.code).to.equal('unknown-section');
    await el.updateComplete;
    expect(textOf($(el, '[part=suggestions] h3'))).to.equal('Respuestas sugeridas');
    expect($$(el, '[part=suggestion]').map((entry) => entry.dataset.sectionId ?? '')).to.deep.equal(['', 'forgot-username']);
    el.suggestions = [];
    el.reset();
    await el.updateComplete;
    expect($(el, '[part=suggestions]')).to.equal(null);
  });
});
