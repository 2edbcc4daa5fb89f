import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ClLoginHelp, ClLoginHelpLauncher, ContentInput, ErrorEventDetail } from '../src/index.js';
import { TopicSearch } from '../src/search/search.js';
import { parseContent } from '../src/content/load.js';
import { $, $$, deepActiveElement, panel, sendKeys, textOf, typeQuery } from './helpers.js';

/** Content version 2 of our own: the tests do not depend on how the built-in content is split. */
const v2: ContentInput = {
  schemaVersion: 2,
  lang: 'en',
  title: 'Sign-in help',
  intro: 'Pick a service.',
  contact: { title: 'Contact us', actions: [{ type: 'phone', number: '8008602255' }] },
  topics: [
    {
      id: 'long-distance',
      title: 'Long distance',
      summary: 'Sign in to manage your long distance service.',
      keywords: ['toll'],
      blocks: [{ type: 'paragraph', content: ['Long distance customers sign in with a username and password.'] }],
      sections: [
        { id: 'sign-in', question: 'How do I sign in?', blocks: [{ type: 'paragraph', content: ['Use the username from your welcome letter.'] }] },
        {
          id: 'security-code',
          question: 'Lost your security code?',
          keywords: ['pin'],
          blocks: [{ type: 'paragraph', content: ['Your security code comes by mail within five days; call ', { type: 'phone', number: '8005551234' }, ' to get a new one.'] }],
        },
        {
          id: 'locked-out',
          question: 'Password correct but still locked out?',
          blocks: [{ type: 'paragraph', content: ['After three wrong tries the account locks for thirty minutes.'] }],
        },
      ],
      related: ['email'],
    },
    {
      id: 'email',
      title: 'Email',
      summary: 'Your CenturyLink email.',
      sections: [
        { id: 'forgot-password', question: 'Forgot your email password?', blocks: [{ type: 'paragraph', content: ['Reset it with your secret questions.'] }] },
        { id: 'forgot-username', question: 'Forgot your email username?', blocks: [{ type: 'paragraph', content: ['Your username is your full email address.'] }] },
      ],
    },
    {
      id: 'voicemail',
      title: 'Voicemail',
      summary: 'Your voicemail password.',
      sections: [{ id: 'reset', question: 'Forgot your voicemail password?', blocks: [{ type: 'paragraph', content: ['Dial your own number and press star.'] }] }],
    },
    { id: 'norton', title: 'Norton', summary: 'Norton antivirus.', blocks: [{ type: 'paragraph', content: ['Norton signs in with your email address.'] }] },
  ],
};

async function v2Panel(template = html`<cl-login-help></cl-login-help>`) {
  const el = await panel(template);
  el.content = v2;
  await el.updateComplete;
  return el;
}

const questions = (el: HTMLElement) => $$(el, '[part=question]').map((b) => b.dataset.sectionId);
const sections = (el: HTMLElement) => $$(el, '[part=section]').map((s) => s.dataset.sectionId);

describe('sections: opening an answer', () => {
  it('show(topic, section) shows that answer under the topic heading, focused, with the other questions below', async () => {
    const el = await v2Panel();
    setTimeout(() => el.show('long-distance', 'security-code'));
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: 'long-distance', sectionId: 'security-code', source: 'api' });
    await el.updateComplete;
    expect(el.getAttribute('section')).to.equal('security-code');
    expect(el.getAttribute('topic')).to.equal('long-distance');
    expect(sections(el)).to.deep.equal(['security-code']);
    const heading = $(el, '[part=section] h3')!;
    expect(textOf(heading)).to.equal('Lost your security code?');
    expect(deepActiveElement()).to.equal(heading);
    // Heading order: topic (h2), the answer's question (h3), then "Did this help?" and the other questions.
    const headings = $$(el, 'h2, h3').map((h) => `${h.tagName}:${textOf(h)}`);
    expect(headings.slice(0, 2)).to.deep.equal(['H2:Long distance', 'H3:Lost your security code?']);
    expect(headings).to.include('H3:More about Long distance');
    expect(textOf($(el, '[part=topic]'))).to.include('Your security code comes by mail within five days');
    // The intro and the other answers are not in the way.
    expect(textOf($(el, '[part=topic]'))).not.to.include('welcome letter');
    expect(questions(el)).to.deep.equal(['sign-in', 'locked-out']);
    expect($(el, '[part=feedback]')).to.exist;
  });

  it('show("topic/section") and the section attribute open the same answer', async () => {
    const el = await v2Panel();
    el.show('email/forgot-password');
    await el.updateComplete;
    expect([el.topic, el.section]).to.deep.equal(['email', 'forgot-password']);
    expect(sections(el)).to.deep.equal(['forgot-password']);

    const attr = await v2Panel(html`<cl-login-help></cl-login-help>`);
    attr.setAttribute('topic', 'email');
    attr.setAttribute('section', 'forgot-username');
    await attr.updateComplete;
    expect(sections(attr)).to.deep.equal(['forgot-username']);
  });

  it('setting topic alone opens the whole topic (the section is cleared)', async () => {
    const el = await v2Panel();
    el.show('long-distance', 'security-code');
    await el.updateComplete;
    el.topic = 'email';
    await el.updateComplete;
    expect(el.section).to.equal('');
    expect(el.hasAttribute('section') && el.getAttribute('section') !== '').to.equal(false);
    expect(sections(el)).to.deep.equal(['forgot-password', 'forgot-username']);
  });

  it('an unknown section opens its topic whole and fires unknown-section', async () => {
    const el = await v2Panel();
    const errors: ErrorEventDetail[] = [];
    el.addEventListener('cl-login-help-error', (e) => errors.push(e.detail));
    const topics: unknown[] = [];
    el.addEventListener('cl-login-help-topic', (e) => topics.push(e.detail));
    el.show('long-distance', 'no-such-answer');
    await el.updateComplete;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['unknown-section']);
    expect(el.topic).to.equal('long-distance');
    expect(el.section).to.equal('');
    expect(sections(el)).to.deep.equal(['sign-in', 'security-code', 'locked-out']);
    expect(topics).to.deep.equal([{ topicId: 'long-distance', sectionId: '', source: 'api' }]);
  });

  it('an unknown topic with a section still fires unknown-topic and shows home', async () => {
    const el = await v2Panel();
    setTimeout(() => el.show('nope/whatever'));
    const { detail } = await oneEvent(el, 'cl-login-help-error');
    expect(detail.code).to.equal('unknown-topic');
    await el.updateComplete;
    expect([el.topic, el.section, el.status]).to.deep.equal(['', '', 'home']);
  });
});

describe('sections: the topic view', () => {
  it('a whole topic reads as intro, "What’s happening?" with its questions, then every answer under its question', async () => {
    const el = await v2Panel();
    el.show('long-distance');
    await el.updateComplete;
    const article = $(el, '[part=topic]')!;
    const text = textOf(article);
    expect(text.indexOf('Long distance customers sign in')).to.be.lessThan(text.indexOf('What’s happening?'));
    expect(questions(el)).to.deep.equal(['sign-in', 'security-code', 'locked-out']);
    expect(sections(el)).to.deep.equal(['sign-in', 'security-code', 'locked-out']);
    expect($$(el, '[part=section] h3').map(textOf)).to.deep.equal(['How do I sign in?', 'Lost your security code?', 'Password correct but still locked out?']);
    expect(deepActiveElement()).to.equal($(el, '#topic-heading'));
  });

  it('choosing a question shows its answer, focuses its question and reports it (source "topic"); another is one tap away', async () => {
    const el = await v2Panel();
    el.show('long-distance');
    await el.updateComplete;
    setTimeout(() => $(el, '[part=question][data-section-id=locked-out]')!.click());
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: 'long-distance', sectionId: 'locked-out', source: 'topic' });
    await el.updateComplete;
    expect(el.section).to.equal('locked-out');
    expect(textOf(deepActiveElement() as HTMLElement)).to.equal('Password correct but still locked out?');
    // With the keyboard: Tab to another question and press Enter.
    const other = $(el, '[part=question][data-section-id=sign-in]')!;
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.section).to.equal('sign-in');
    expect(textOf(deepActiveElement() as HTMLElement)).to.equal('How do I sign in?');
    expect(questions(el)).to.deep.equal(['security-code', 'locked-out']);
  });

  it('"Did this help?" rates the open answer (sectionId), and is asked again for the next answer', async () => {
    const el = await v2Panel();
    el.show('email', 'forgot-password');
    await el.updateComplete;
    const yes = $$(el, '[part=feedback] button')[0];
    setTimeout(() => yes.click());
    const event = await oneEvent(el, 'cl-login-help-feedback');
    expect(event.detail).to.deep.equal({ topicId: 'email', sectionId: 'forgot-password', helpful: true });
    await el.updateComplete;
    $(el, '[part=question][data-section-id=forgot-username]')!.click();
    await el.updateComplete;
    expect($$(el, '[part=feedback] button')).to.have.length(2);
  });

  it('a topic with one section or none renders as a single answer, without a list of questions', async () => {
    const el = await v2Panel();
    el.show('voicemail');
    await el.updateComplete;
    expect($(el, '[part=questions]')).to.equal(null);
    expect(textOf($(el, '[part=topic]'))).to.include('Dial your own number and press star.');
    el.show('voicemail', 'reset');
    await el.updateComplete;
    expect($(el, '[part=questions]')).to.equal(null);
    expect(textOf(deepActiveElement() as HTMLElement)).to.equal('Forgot your voicemail password?');
    el.show('norton');
    await el.updateComplete;
    expect($(el, '[part=questions]')).to.equal(null);
    expect($(el, '[part=section]')).to.equal(null);
    expect(textOf($(el, '[part=topic]'))).to.equal('Norton Norton signs in with your email address.');
  });

  it('back from an answer opened from search returns to the results, on that result', async () => {
    const el = await v2Panel();
    await typeQuery(el, 'security code');
    const row = $(el, '[part=result][data-section-id=security-code]')!;
    row.click();
    await el.updateComplete;
    expect(el.section).to.equal('security-code');
    $(el, '[part=back]')!.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '[part=result][data-section-id=security-code]'));
  });
});

describe('sections: search', () => {
  it('results are answers: question · service, a marked snippet of the answer, and data-section-id', async () => {
    const el = await v2Panel();
    await typeQuery(el, 'lost security code');
    const first = $(el, '[part=result]')!;
    expect(first.dataset.topicId).to.equal('long-distance');
    expect(first.dataset.sectionId).to.equal('security-code');
    expect(textOf(first.querySelector('.entry-title'))).to.equal('Lost your security code? · Long distance');
    const marks = [...first.querySelectorAll('mark')].map(textOf);
    expect(marks).to.include('security');
    expect(textOf(first.querySelector('.entry-summary'))).to.include('comes by mail');
    // The number of answers found is on screen, not only announced.
    const count = $$(el, '[part=result]').length;
    expect(textOf($(el, '.result-count'))).to.equal(count === 1 ? '1 result found' : `${count} results found`);
    await typeQuery(el, 'password');
    expect(textOf($(el, '.result-count'))).to.equal(`${$$(el, '[part=result]').length} results found`);
    // A topic without sections is a topic-level row: no data-section-id.
    await typeQuery(el, 'antivirus');
    expect($(el, '[part=result]')!.dataset.topicId).to.equal('norton');
    expect($(el, '[part=result]')!.hasAttribute('data-section-id')).to.equal(false);
  });

  it('search() returns the same ranking, each hit with its topic and section', async () => {
    const el = await v2Panel();
    const hits = el.search('forgot email password');
    expect(hits[0].topic.id).to.equal('email');
    expect(hits[0].section?.id).to.equal('forgot-password');
    await el.updateComplete;
    expect($$(el, '[part=result]').map((r) => `${r.dataset.topicId}/${r.dataset.sectionId ?? ''}`)).to.deep.equal(
      hits.map((h) => `${h.topic.id}/${h.section?.id ?? ''}`),
    );
  });

  it('a query matching only a topic’s title gives one row for the whole topic', () => {
    const hits = new TopicSearch(parseContent(v2)).search('long distance');
    expect(hits[0].topic.id).to.equal('long-distance');
    expect(hits[0].section).to.equal(undefined);
    expect(hits.filter((h) => h.topic.id === 'long-distance')).to.have.length(1);
  });

  it('marks words in the snippet of an answer that matched only in its text', () => {
    const [hit] = new TopicSearch(parseContent(v2)).search('thirty minutes');
    expect(hit.section?.id).to.equal('locked-out');
    expect(hit.summary.filter((s) => s.mark).map((s) => s.text)).to.deep.equal(['thirty', 'minutes']);
  });

  it('one service does not crowd out the others: at most two rows per topic before every matching topic had one', () => {
    const many = parseContent({
      ...v2,
      topics: [
        {
          id: 'big',
          title: 'Router',
          summary: 'Router help.',
          sections: ['one', 'two', 'three', 'four', 'five'].map((id) => ({ id, question: `Router password ${id}?`, blocks: [{ type: 'paragraph' as const, content: [`The router password, case ${id}.`] }] })),
        },
        { id: 'small', title: 'Modem', summary: 'Modem help.', blocks: [{ type: 'paragraph', content: ['A modem password is on its label.'] }] },
      ],
    });
    const hits = new TopicSearch(many).search('password');
    const order = hits.map((h) => h.topic.id);
    expect(order).to.have.length(6);
    expect(order.indexOf('small')).to.be.at.most(2);
    expect(order.slice(0, 3).filter((id) => id === 'big')).to.have.length(2);
  });
});

describe('the search field', () => {
  it('has a visible clear button while there is a query: it empties the search and returns to the field', async () => {
    const el = await v2Panel();
    expect($(el, '[part=clear]')).to.equal(null);
    await typeQuery(el, 'password');
    const clear = $(el, '[part=clear]')!;
    expect(clear.getAttribute('aria-label')).to.equal('Clear search');
    const box = clear.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect([el.query, el.status]).to.deep.equal(['', 'home']);
    expect($<HTMLInputElement>(el, '[part=search-input]')!.value).to.equal('');
    expect(deepActiveElement()).to.equal($(el, '[part=search-input]'));
    expect($(el, '[part=clear]')).to.equal(null);
  });
});

describe('sections: version 1 content', () => {
  it('is accepted and behaves as before: whole topics, topic-level results and events without a section', async () => {
    const el = await panel();
    const v1 = {
      schemaVersion: 1,
      lang: 'en',
      title: 'Help',
      intro: 'Pick one.',
      contact: { title: 'Contact us', actions: [{ type: 'phone', number: '8008602255' }] },
      topics: [
        { id: 'alpha', title: 'Alpha mail', summary: 'Alpha.', blocks: [{ type: 'paragraph', content: ['Alpha password help.'] }] },
        { id: 'beta', title: 'Beta TV', summary: 'Beta.', blocks: [{ type: 'paragraph', content: ['Beta password help.'] }] },
      ],
    };
    el.content = v1;
    await el.updateComplete;
    expect(el.content.topics.map((t) => t.id)).to.deep.equal(['alpha', 'beta']);
    await typeQuery(el, 'password');
    expect($$(el, '[part=result]').map((r) => [r.dataset.topicId, r.hasAttribute('data-section-id')])).to.deep.equal([
      ['alpha', false],
      ['beta', false],
    ]);
    setTimeout(() => $(el, '[part=result]')!.click());
    const event = await oneEvent(el, 'cl-login-help-topic');
    expect(event.detail).to.deep.equal({ topicId: 'alpha', sectionId: '', source: 'search' });
    await el.updateComplete;
    expect(textOf($(el, '[part=topic]'))).to.equal('Alpha mail Alpha password help.');
    expect($(el, '[part=questions]')).to.equal(null);
  });

  it('refuses sections in version 1 content, naming the path', async () => {
    const el = await panel();
    setTimeout(() => (el.content = { ...v2, schemaVersion: 1 }));
    const { detail } = await oneEvent(el, 'cl-login-help-error');
    expect(detail).to.include({ code: 'invalid-content', path: '/topics/0/sections' });
  });
});

describe('sections: in the launcher dialog', () => {
  it('open("topic/section") opens that answer in the dialog', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    inner.content = v2;
    await launcher.open('long-distance/locked-out');
    await inner.updateComplete;
    expect([inner.topic, inner.section]).to.deep.equal(['long-distance', 'locked-out']);
    expect(textOf(deepActiveElement() as HTMLElement)).to.equal('Password correct but still locked out?');
    launcher.close();
  });
});
