import { expect, html, fixture, oneEvent } from '@open-wc/testing';
import type { ClLoginHelp, ClLoginHelpLauncher } from '../src/index.js';
import { $, $$, axeViolations, cannotEmulate, contrast, deepActiveElement, emulateMedia, engine, itUnless, minViewportWidth, panel, sendKeys, setViewport, shiftTab, textOf, typeQuery } from './helpers.js';

const TOPICS = ['my-account', 'autopay', 'email', 'norton', 'prism-tv', 'verizon-wireless', 'directv', 'msn', 'repair-ticket', 'voice-mail', 'long-distance', 'update-center'];

/** Every state a customer can meet, reached through the public API. */
const states: Array<[string, (el: ClLoginHelp) => Promise<unknown>]> = [
  ['home', async () => {}],
  ['typing', (el) => typeQuery(el, 'voicem')],
  ['results', async (el) => el.search('password')],
  ['no results', async (el) => el.search('qqqzzz')],
  ['topic', async (el) => el.show('long-distance')],
  ['feedback yes', async (el) => {
    el.show('email');
    await el.updateComplete;
    $$(el, '[part=feedback] button')[0].click();
  }],
  ['feedback no and contact', async (el) => {
    el.show('update-center');
    await el.updateComplete;
    $$(el, '[part=feedback] button')[1].click();
  }],
  ['error fallback', async (el) => {
    el.setAttribute('content-src', '/no-such-content.json');
    await oneEvent(el, 'cl-login-help-error');
  }],
];

/** Focus as after a key press: every engine then shows the focus indicator (:focus-visible). */
async function keyboardFocus(target: HTMLElement) {
  await sendKeys({ press: 'Shift' });
  target.focus();
  await sendKeys({ press: 'Shift' });
}

async function expectAccessible(el: Element, label: string) {
  expect(await axeViolations(el), label).to.deep.equal([]);
}

for (const scheme of ['light', 'dark'] as const) {
  const check = itUnless(scheme === 'dark' ? cannotEmulate.colorScheme : {});
  describe(`axe (WCAG 2.2 AA, target-size) in every state, ${scheme} scheme`, () => {
    beforeEach(() => emulateMedia({ colorScheme: scheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    for (const lang of ['en', 'es']) {
      for (const [name, reach] of states) {
        check(`${name} (${lang})`, async () => {
          const el = await panel(html`<cl-login-help lang=${lang}></cl-login-help>`);
          await reach(el);
          await el.updateComplete;
          await expectAccessible(el, `${name} ${lang} ${scheme}`);
        });
      }
    }
    check('every topic', async function (this: Mocha.Context) {
      this.timeout(60000); // axe over twelve topics is slow in WebKit
      const el = await panel();
      for (const id of TOPICS) {
        el.show(id);
        await el.updateComplete;
        await expectAccessible(el, id);
      }
    });
  });
}

describe('narrow screens, zoom, forced colours', () => {
  afterEach(async () => {
    await setViewport(800, 600);
    if (!cannotEmulate.forcedColors[engine]) await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });
  const tooNarrow = (width: number) => (width < minViewportWidth ? { [engine]: `its window cannot be narrower than ${minViewportWidth} px` } : {});

  for (const [width, label] of [[320, '320 px'], [640, '200% zoom of a 1280 px window']] as const) {
    itUnless(tooNarrow(width))(`${label}: no horizontal scrolling and no violations in home, results and a table topic`, async () => {
      await setViewport(width, 700);
      const el = await panel(html`<cl-login-help style="display:block"></cl-login-help>`);
      for (const reach of [async () => {}, async () => el.search('password'), async () => el.show('long-distance'), async () => el.show('update-center')]) {
        await reach();
        await el.updateComplete;
        const base = $(el, '[part=base]')!;
        expect(base.scrollWidth, `${label} overflow`).to.be.at.most(base.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        await expectAccessible(el, label);
      }
    });
  }

  itUnless(tooNarrow(320))('a table too wide for a 320 px phone scrolls in a named, focusable region; one that fits is not a tab stop', async () => {
    await setViewport(320, 700);
    const el = await panel(html`<cl-login-help style="display:block"></cl-login-help>`);
    const content = JSON.parse(JSON.stringify(el.content));
    content.topics[0].blocks = [
      { type: 'table', caption: 'Wide', columns: ['Name', 'Very-long-unbreakable-column-heading-number-one', 'Very-long-unbreakable-column-heading-number-two'], rows: [[['a'], ['b'], ['c']]] },
      { type: 'table', caption: 'Narrow', columns: ['A', 'B'], rows: [[['1'], ['2']]] },
    ];
    el.content = content;
    el.show('my-account');
    await el.updateComplete;
    const [wide, narrow] = $$(el, '.table-scroll');
    expect(wide.getAttribute('tabindex')).to.equal('0');
    expect(wide.getAttribute('role')).to.equal('region');
    expect(wide.getAttribute('aria-label')).to.equal('Wide');
    expect(narrow.hasAttribute('tabindex')).to.equal(false);
    expect($(el, '[part=base]')!.scrollWidth).to.be.at.most($(el, '[part=base]')!.clientWidth + 1);
    await expectAccessible(el, 'wide table');
    await setViewport(1400, 700);
    await new Promise((r) => setTimeout(r, 100));
    expect(wide.hasAttribute('tabindex'), 'fits at 1400 px').to.equal(false);
  });

  itUnless(cannotEmulate.forcedColors)('forced colours: still no violations, and matched words stay distinguishable', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await panel();
    el.search('voicemail');
    await el.updateComplete;
    await expectAccessible(el, 'forced colors');
    const mark = $(el, 'mark')!;
    expect(getComputedStyle(mark).backgroundColor).not.to.equal(getComputedStyle($(el, '[part=result]')!).backgroundColor);
  });
});

describe('contrast of focus indicators', () => {
  for (const scheme of ['light', 'dark'] as const) {
    itUnless(scheme === 'dark' ? cannotEmulate.colorScheme : {})(`is at least 3:1 against the panel (${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const el = await panel(html`<cl-login-help topic="directv"></cl-login-help>`);
        const background = getComputedStyle($(el, '[part=base]')!).backgroundColor;
        const focusables = $$(el, 'a, button, input');
        expect(focusables.length).to.be.greaterThan(5);
        for (const target of focusables) {
          await keyboardFocus(target);
          const style = getComputedStyle(target);
          expect(style.outlineStyle, textOf(target)).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          expect(contrast(style.outlineColor, background), textOf(target)).to.be.at.least(3);
        }
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

describe('contrast in the dialog', () => {
  for (const scheme of ['light', 'dark'] as const) {
    itUnless(scheme === 'dark' ? cannotEmulate.colorScheme : {})(`the launcher button, the close button and its focus ring pass in the ${scheme} scheme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
        const button = launcher.shadowRoot!.querySelector<HTMLElement>('[part=button]')!;
        expect(contrast(getComputedStyle(button).color, getComputedStyle(button).backgroundColor), 'button text').to.be.at.least(4.5);
        await launcher.open();
        const dialog = launcher.shadowRoot!.querySelector('dialog')!;
        const close = launcher.shadowRoot!.querySelector<HTMLElement>('[part=close]')!;
        await keyboardFocus(close);
        const background = getComputedStyle(dialog).backgroundColor;
        expect(contrast(getComputedStyle(close).outlineColor, background), 'focus ring').to.be.at.least(3);
        expect(contrast(getComputedStyle(close).color, background), 'close ×').to.be.at.least(4.5);
        expect(await axeViolations(launcher)).to.deep.equal([]);
        launcher.close();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});

describe('keyboard-only flows', () => {
  /** Presses Tab until focus leaves the panel; returns what got focus, in order. */
  async function tabThrough(el: Element, key: 'Tab' | 'Shift+Tab') {
    const seen: Element[] = [];
    for (let i = 0; i < 60; i++) {
      if (key === 'Tab') await sendKeys({ press: 'Tab' });
      else await shiftTab();
      const active = deepActiveElement();
      if (!active || !el.shadowRoot!.contains(active)) break;
      expect(active.matches(':focus-visible'), `focus visible on ${textOf(active as HTMLElement)}`).to.equal(true);
      seen.push(active);
    }
    return seen;
  }

  it('Tab visits every control of a topic in reading order, Shift+Tab in reverse, and focus is always visible', async () => {
    const el = await panel(html`<cl-login-help topic="long-distance"></cl-login-help>`);
    // Page controls on both sides, so that focus stays in the page (past the
    // last control it would go to the browser's own UI).
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    before.focus();
    const forward = await tabThrough(el, 'Tab');
    const reading = $$(el, 'a[href], button, input');
    expect(forward).to.deep.equal(reading);
    expect(deepActiveElement()).to.equal(after);
    const back = await tabThrough(el, 'Shift+Tab');
    expect(back).to.deep.equal([...reading].reverse());
    expect(deepActiveElement()).to.equal(before);
    before.remove();
    after.remove();
  });

  it('a whole visit without a mouse: search, arrow to a result, open it, answer No, reach the contact options, go back', async () => {
    const el = await panel();
    $(el, '[part=search-input]')!.focus();
    await sendKeys({ type: 'voicemial pasword' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal($(el, '[part=result]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The first result is an answer: it opens with focus on its question.
    expect([el.topic, el.section]).to.deep.equal(['voice-mail', 'forgot-password']);
    expect(deepActiveElement()).to.equal($(el, '[part=section] h3'));
    // Tab to "No".
    for (let i = 0; i < 20 && textOf(deepActiveElement() as HTMLElement) !== 'No'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf($(el, '[part=contact]'))).to.contain('Chat with us');
    await sendKeys({ press: 'Tab' });
    expect($(el, '[part=contact]')!.contains(deepActiveElement())).to.equal(true);
    $(el, '[part=back]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, '[part=result][data-topic-id="voice-mail"]'));
  });

  it('names, roles and states: one shadow root holds the labelled field, the labelled results list and the live region', async () => {
    const el = await panel();
    await typeQuery(el, 'password');
    const input = $<HTMLInputElement>(el, '[part=search-input]')!;
    const list = $(el, '[part=result-list]')!;
    const status = $(el, '[part=status]')!;
    expect(input.getRootNode()).to.equal(list.getRootNode());
    expect(status.getRootNode()).to.equal(input.getRootNode());
    expect(input.labels![0].textContent).to.equal('Search sign-in help');
    expect(list.getAttribute('aria-labelledby')).to.equal('list-heading');
    expect(textOf($(el, '#list-heading'))).to.equal('Results');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect($(el, 'form, [role=search]')).to.exist;
  });
});

describe('the dialog', () => {
  afterEach(() => setViewport(800, 600));

  // Keyboard tests first: the next one tabs past the last control, out of the page.
  it('focus that lands on the <dialog> itself (a click on its padding, the window regaining focus) moves on to the control that had it', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    await launcher.open();
    const dialog = launcher.shadowRoot!.querySelector('dialog')!;
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    expect(deepActiveElement()).to.equal($(inner, '[part=search-input]'));
    const close = launcher.shadowRoot!.querySelector<HTMLElement>('[part=close]')!;
    close.focus();
    dialog.focus();
    expect(deepActiveElement()).to.equal(close);
    launcher.close();
    // Opened again, nothing inside had focus yet: the search field.
    await launcher.open();
    dialog.focus();
    expect(deepActiveElement()).to.equal($(inner, '[part=search-input]'));
    launcher.close();
  });

  it('Escape in the empty search field closes it; in a filled one it clears the search first', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    await launcher.open();
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    expect(deepActiveElement()).to.equal($(inner, '[part=search-input]'));
    await sendKeys({ type: 'modem' });
    await inner.updateComplete;
    await sendKeys({ press: 'Escape' });
    await inner.updateComplete;
    expect(inner.query).to.equal('');
    expect(launcher.isOpen, 'still open after clearing').to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(launcher.isOpen, 'closed from the empty field').to.equal(false);
  });

  // MiniBrowser's window stops at 447 px: WebKit checks the same full-screen (below 600 px) layout at 450 px.
  const phone = minViewportWidth ? 450 : 360;
  it(`is accessible when open, and focus is never hidden under its sticky close bar nor partly below the screen at ${phone} px`, async () => {
    await setViewport(phone, 640);
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    await launcher.open('repair-ticket');
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    await inner.updateComplete;
    expect(await axeViolations(launcher)).to.deep.equal([]);
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      // Engines scroll the newly focused control into view by the next frame.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const active = deepActiveElement()!;
      // Past the last control, focus leaves the page for the browser's own UI.
      if (!launcher.shadowRoot!.contains(active) && !inner.shadowRoot!.contains(active)) break;
      if (active.closest?.('.bar')) continue;
      // The close bar floats over the dialog's corner: the control must not be under it, nor below the screen.
      const bar = launcher.shadowRoot!.querySelector('.bar')!.getBoundingClientRect();
      const rect = active.getBoundingClientRect();
      const under = rect.left < bar.right - 1 && rect.right > bar.left + 1 && rect.top < bar.bottom - 1 && rect.bottom > bar.top + 1;
      expect(under, `${active.outerHTML.slice(0, 80)} ${textOf(active as HTMLElement)} under the close bar`).to.equal(false);
      expect(rect.top, 'top on screen').to.be.at.least(-1);
      expect(rect.bottom, `${active.outerHTML.slice(0, 80)} ${textOf(active as HTMLElement)}: bottom on screen`).to.be.at.most(640 + 1);
    }
    launcher.close();
  });

  it('has no motion to turn off: nothing animates while searching, opening topics and the dialog', async () => {
    if (!cannotEmulate.reducedMotion[engine]) await emulateMedia({ reducedMotion: 'no-preference' });
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    await launcher.open('email');
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    inner.search('password');
    await inner.updateComplete;
    inner.show('norton');
    await inner.updateComplete;
    expect(document.getAnimations().map((a) => String(a.id || a.constructor.name))).to.deep.equal([]);
    launcher.close();
  });

  itUnless(cannotEmulate.reducedMotion)('should a theme add transitions, reduced motion switches them off', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await panel();
      expect(getComputedStyle($(el, '[part=topic-entry]')!).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
