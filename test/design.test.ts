import { expect, fixture, html } from '@open-wc/testing';
import type { ClLoginHelp, ClLoginHelpLauncher } from '../src/index.js';
import { TOKENS, privateName } from '../src/tokens.js';
import { $, $$, cannotEmulate, click, contrast, deepActiveElement, emulateMedia, engine, itUnless, panel, sendKeys, setViewport } from './helpers.js';

/** The colour scheme named, emulated where the engine can; WebKit's default light scheme needs none. */
async function scheme(colorScheme: 'light' | 'dark') {
  if (cannotEmulate.colorScheme[engine] && colorScheme === 'light' && matchMedia('(prefers-color-scheme: light)').matches) return;
  await emulateMedia({ colorScheme });
}
/** `it` for a test that needs the dark scheme emulated. */
const itDark = (colorScheme: 'light' | 'dark') => (colorScheme === 'dark' ? itUnless(cannotEmulate.colorScheme) : it);


/** The colour and width of the focus bar drawn on `el`, or null when none is drawn. */
function focusMark(el: Element) {
  const own = getComputedStyle(el);
  const bar = getComputedStyle(el, '::before');
  return {
    box: own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0,
    bar: bar.content !== 'none' && parseFloat(bar.borderInlineStartWidth) > 0 ? bar.borderInlineStartColor : null,
  };
}

const feedbackButtons = (el: ClLoginHelp) => $$<HTMLButtonElement>(el, '[part=feedback] button');

describe('design tokens: one source for the styles', () => {
  afterEach(() => scheme('light'));

  for (const colorScheme of ['light', 'dark'] as const) {
    itDark(colorScheme)(`the panel and the launcher use the ${colorScheme} defaults of src/tokens.ts`, async () => {
      await scheme(colorScheme);
      const wrapper = await fixture<HTMLElement>(html`<div><cl-login-help></cl-login-help><cl-login-help-launcher></cl-login-help-launcher></div>`);
      for (const el of wrapper.children) {
        const used = el.localName === 'cl-login-help' ? 'panel' : 'launcher';
        const style = getComputedStyle(el);
        for (const token of TOKENS.filter((t) => t.usedBy === 'both' || t.usedBy === used)) {
          const expected = colorScheme === 'dark' && 'dark' in token ? token.dark : token.light;
          // (Engines serialise a font stack's quotes differently.)
          expect(style.getPropertyValue(privateName(token.name)).trim().replace(/"/g, "'"), `${el.localName} ${token.name}`).to.equal(expected);
        }
      }
    });
  }

  itUnless(cannotEmulate.colorScheme)('a token set on an ancestor wins over the dark scheme', async () => {
    await scheme('dark');
    const el = await panel(html`<cl-login-help style="--cl-login-help-accent: rgb(1, 2, 3)"></cl-login-help>`);
    expect(getComputedStyle($(el, '.entry-title')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('custom-elements.json states the same defaults as src/tokens.ts (the font stack only abbreviated)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declared = new Map<string, string>();
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        for (const prop of declaration.cssProperties ?? []) declared.set(prop.name, prop.default);
    for (const token of TOKENS) {
      expect(declared.has(token.name), `${token.name} documented`).to.be.true;
      if (token.kind !== 'font-family') expect(declared.get(token.name), token.name).to.equal(token.light);
    }
  });
});

describe('focus moved by the panel is not drawn like a field', () => {
  afterEach(async () => {
    await scheme('light');
  });

  it('after a click on "No": the answer has focus, with no ring and no bar', async () => {
    const el = await panel(html`<cl-login-help topic="update-center"></cl-login-help>`);
    await click(feedbackButtons(el)[1]);
    await el.updateComplete;
    const message = $(el, '#feedback-message')!;
    expect(deepActiveElement()).to.equal(message);
    expect(focusMark(message)).to.deep.equal({ box: false, bar: null });
  });

  it('after a click on a topic: its heading has focus, with no ring and no bar', async () => {
    const el = await panel();
    await click($(el, '[part=topic-entry][data-topic-id=email]')!);
    await el.updateComplete;
    const heading = $(el, '#topic-heading')!;
    expect(deepActiveElement()).to.equal(heading);
    expect(focusMark(heading)).to.deep.equal({ box: false, bar: null });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    (colorScheme === 'dark' ? itDark(colorScheme) : itUnless({ webkit: 'WebKit does not match :focus-visible on focus a script moves after a key press' }))(`from the keyboard (${colorScheme}): a bar at the start edge, at least 3:1 against its box, and no box`, async () => {
      await scheme(colorScheme);
      const el = await panel(html`<cl-login-help topic="update-center"></cl-login-help>`);
      feedbackButtons(el)[1].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const message = $(el, '#feedback-message')!;
      expect(deepActiveElement()).to.equal(message);
      const mark = focusMark(message);
      expect(mark.box, 'no outline box').to.be.false;
      expect(mark.bar, 'a focus bar').to.be.a('string');
      const behind = getComputedStyle($(el, '[part=feedback]')!).backgroundColor;
      expect(contrast(mark.bar!, behind)).to.be.at.least(3);
      // The bar sits in the box's padding, before the text.
      const bar = message.getBoundingClientRect().left + parseFloat(getComputedStyle(message, '::before').insetInlineStart);
      expect(bar).to.be.greaterThan($(el, '[part=feedback]')!.getBoundingClientRect().left);
      expect(bar).to.be.lessThan(message.getBoundingClientRect().left);
    });
  }

  it('controls keep their 3 px ring from the keyboard', async () => {
    const el = await panel();
    $<HTMLInputElement>(el, '[part=search-input]')!.focus();
    await sendKeys({ press: 'Tab' });
    const entry = deepActiveElement()!;
    expect(entry.getAttribute('part')).to.equal('topic-entry');
    const style = getComputedStyle(entry);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(contrast(style.outlineColor, getComputedStyle($(el, '[part=base]')!).backgroundColor)).to.be.at.least(3);
  });
});

describe('a table that scrolls shows it', () => {
  afterEach(() => setViewport(800, 600));

  itUnless({ webkit: 'its window cannot be narrower than 447 px' })('a table wider than a 320 px panel scrolls in a box with scroll shadows (pure CSS)', async () => {
    await setViewport(320, 640);
    const el = await panel();
    const content = JSON.parse(JSON.stringify(el.content));
    content.topics[0].blocks = [
      { type: 'table', caption: 'Wide', columns: ['Name', 'Very-long-unbreakable-column-heading-number-one', 'Very-long-unbreakable-column-heading-number-two'], rows: [[['a'], ['b'], ['c']]] },
    ];
    el.content = content;
    el.show(content.topics[0].id);
    await el.updateComplete;
    const box = $(el, '.table-scroll')!;
    expect(box.scrollWidth, 'the table overflows').to.be.greaterThan(box.clientWidth);
    const style = getComputedStyle(box);
    // Two covers that scroll with the table and two shades fixed on the box's edges.
    expect(style.backgroundImage.match(/gradient\(/g)).to.have.length(4);
    expect(style.backgroundAttachment).to.equal('local, local, scroll, scroll');
    // The shade is visible on the panel's background; the covers are the panel's background.
    const shade = /radial-gradient\([^,]+,\s*(rgba?\([^)]*\)|color\([^)]*\))/.exec(style.backgroundImage)?.[1];
    expect(shade, 'shade colour').to.be.a('string');
    expect(shade).not.to.match(/rgba\(\d+, \d+, \d+, 0\)/);
    expect(style.backgroundImage).to.contain(getComputedStyle($(el, '[part=base]')!).backgroundColor);
  });
});

describe('the launcher and its dialog', () => {
  it('the button follows --cl-login-help-radius (8px by default)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><cl-login-help-launcher></cl-login-help-launcher></div>`);
    const launcher = wrapper.querySelector('cl-login-help-launcher')!;
    await launcher.updateComplete;
    const button = launcher.shadowRoot!.querySelector('[part=button]')!;
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('8px');
    for (const radius of ['0px', '14px']) {
      wrapper.style.setProperty('--cl-login-help-radius', radius);
      expect(getComputedStyle(button).borderTopLeftRadius, radius).to.equal(radius);
      expect(getComputedStyle(launcher.shadowRoot!.querySelector('dialog')!).borderTopLeftRadius, `dialog ${radius}`).to.equal(radius);
    }
  });

  it('the dialog header is compact: the title starts within the panel padding and the close button does not cover it', async () => {
    await setViewport(800, 600);
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher></cl-login-help-launcher>`);
    await launcher.open();
    const dialog = launcher.shadowRoot!.querySelector('dialog')!;
    const close = launcher.shadowRoot!.querySelector('[part=close]')!.getBoundingClientRect();
    const inner = launcher.shadowRoot!.querySelector('cl-login-help')!;
    await inner.updateComplete;
    const title = $(inner, 'h2')!;
    const range = document.createRange();
    range.selectNodeContents(title);
    const top = title.getBoundingClientRect().top - dialog.getBoundingClientRect().top;
    expect(top, 'no band above the title').to.be.at.most(24);
    for (const line of range.getClientRects()) {
      const overlaps = line.right > close.left && line.left < close.right && line.bottom > close.top && line.top < close.bottom;
      expect(overlaps, 'title under the close button').to.be.false;
    }
    expect(close.width).to.be.at.least(44);
    expect(close.height).to.be.at.least(44);
    launcher.close();
  });
});

describe('paddings on one spacing scale', () => {
  /** Where the text starts inside a box, from the box's start edge. */
  const textInset = (el: Element) => {
    const style = getComputedStyle(el);
    return parseFloat(style.paddingInlineStart) + parseFloat(style.borderInlineStartWidth);
  };

  for (const spacing of ['16px', '24px']) {
    it(`entries, tips, feedback and contact boxes start their text at --cl-login-help-spacing (${spacing})`, async () => {
      const el = await panel(html`<cl-login-help topic="email" style="--cl-login-help-spacing: ${spacing}"></cl-login-help>`);
      const expected = parseFloat(spacing);
      feedbackButtons(el)[1].click();
      await el.updateComplete;
      const boxes = [$(el, '[part=related]')!, $(el, '.callout')!, $(el, '[part=feedback]')!, $(el, '[part=contact]')!];
      for (const box of boxes) expect(textInset(box), box.className).to.equal(expected);
    });
  }
});

describe('the content-failed note', () => {
  it('looks like a warning, not like a tip', async () => {
    const el = await panel(html`<cl-login-help topic="email"></cl-login-help>`);
    el.setAttribute('content-src', '/no-such-content.json');
    await new Promise((resolve) => el.addEventListener('cl-login-help-error', resolve, { once: true }));
    await el.updateComplete;
    const warning = $(el, '[part=base] > [role=note]')!;
    const tip = $(el, '[part=topic] .callout')!;
    expect(warning, 'the note').to.exist;
    const [w, t] = [getComputedStyle(warning), getComputedStyle(tip)];
    expect(getComputedStyle(warning, '::before').content).to.contain('⚠');
    expect(getComputedStyle(tip, '::before').content).to.equal('none');
    expect(w.borderInlineStartColor).to.equal(w.color);
    expect(w.borderInlineStartColor).not.to.equal(t.borderInlineStartColor);
    expect(w.backgroundColor).not.to.equal(t.backgroundColor);
    expect(w.borderTopStyle).to.equal('solid');
  });
});
