import { expect, html, fixture } from '@open-wc/testing';
import type { ClLoginHelp, ClLoginHelpLauncher } from '../src/index.js';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { validateContent } from '../src/content/validate.js';
import { seedFactsEs } from './seed-facts-es.js';
import { $, $$, cloneContent, panel, textOf, typeQuery } from './helpers.js';

describe('Spanish', () => {
  it('the built-in Spanish content is valid and has the same topics, structure and phone numbers as the English', () => {
    expect(validateContent(es).ok).to.equal(true);
    expect(es.schemaVersion).to.equal(en.schemaVersion);
    expect(es.topics.map((t) => t.id)).to.deep.equal(en.topics.map((t) => t.id));
    type Shaped = { type: string; items?: unknown[]; rows?: unknown[] };
    const shapeOf = (blocks: ReadonlyArray<unknown> = []) =>
      (blocks as Shaped[]).map((b) => `${b.type}:${b.items?.length ?? b.rows?.length ?? ''}`).join(',');
    const shape = (content: typeof en | typeof es) => content.topics.map((t) => shapeOf(t.blocks));
    expect(shape(es)).to.deep.equal(shape(en));
    const phones = (content: unknown) => JSON.stringify(content).match(/"number":"\d+"/g);
    expect(phones(es)).to.deep.equal(phones(en));
  });

  it('Spanish follows English section for section: same ids in the same order, same block structure, same phone numbers in each', () => {
    type Loose = { id: string; sections?: ReadonlyArray<{ id: string; question: string; blocks: ReadonlyArray<unknown> }> };
    const sectionsOf = (content: { topics: ReadonlyArray<Loose> }) =>
      content.topics.flatMap((t) => (t.sections ?? []).map((s) => ({ key: `${t.id}/${s.id}`, section: s })));
    const english = sectionsOf(en as { topics: ReadonlyArray<Loose> });
    const spanish = sectionsOf(es as { topics: ReadonlyArray<Loose> });
    expect(english.length).to.be.greaterThan(10);
    expect(spanish.map((s) => s.key)).to.deep.equal(english.map((s) => s.key));
    type Shaped = { type: string; items?: unknown[]; rows?: unknown[] };
    const shapeOf = (blocks: ReadonlyArray<unknown>) => (blocks as Shaped[]).map((b) => `${b.type}:${b.items?.length ?? b.rows?.length ?? ''}`).join(',');
    const phones = (blocks: ReadonlyArray<unknown>) => JSON.stringify(blocks).match(/"number":"\d+"/g) ?? [];
    english.forEach(({ key, section }, i) => {
      const other = spanish[i].section;
      expect(shapeOf(other.blocks), key).to.equal(shapeOf(section.blocks));
      expect(phones(other.blocks), `${key} phone numbers`).to.deep.equal(phones(section.blocks));
      expect(other.question, key).not.to.equal(section.question);
      expect(other.question, key).to.match(/¿.*\?$/);
    });
  });

  it('lang="es" shows the Spanish content and UI', async () => {
    const el = await panel(html`<cl-login-help lang="es"></cl-login-help>`);
    expect(textOf($(el, 'h2'))).to.equal('¿No puede iniciar sesión?');
    expect(textOf($(el, '#chooser-heading'))).to.equal('¿En qué cuenta o servicio quiere iniciar sesión?');
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('es');
    expect(el.content.lang).to.equal('es');
  });

  // Topics in sections: their facts are checked in the content itself
  // (content-sections.test.ts); how the panel shows sections is the panel's tests' concern.
  for (const id of Object.keys(seedFactsEs).filter((id) => !es.topics.find((t) => t.id === id)?.sections?.length)) {
    it(`renders every fact of ${id} in Spanish`, async () => {
      const el = await panel(html`<cl-login-help lang="es" topic=${id}></cl-login-help>`);
      const text = textOf($(el, '[part=topic]'));
      for (const fact of seedFactsEs[id]) expect(text, `${id}: "${fact}"`).to.contain(fact);
      expect(textOf($(el, '[part=feedback]'))).to.contain('¿Le resultó útil?');
    });
  }

  it('follows the closest lang of the page: <div lang="es-US">', async () => {
    const wrapper = await fixture(html`<div lang="es-US"><cl-login-help></cl-login-help></div>`);
    const el = wrapper.querySelector('cl-login-help')!;
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('¿No puede iniciar sesión?');
  });

  it('follows <html lang="es">', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'es';
    try {
      const el = await panel();
      expect(el.content.lang).to.equal('es');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('an unknown language falls back to English with one warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await panel(html`<cl-login-help lang="fr"></cl-login-help>`);
      await panel(html`<cl-login-help lang="fr-CA"></cl-login-help>`);
      expect(el.content.lang).to.equal('en');
      expect(warnings.filter((w) => w.includes('"fr'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('switching lang at run time switches the content and strings', async () => {
    const el = await panel();
    el.lang = 'es';
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal('¿No puede iniciar sesión?');
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf($(el, 'h2'))).to.equal("Can't sign in?");
  });

  for (const [query, id] of [
    ['contraseña buzón de voz', 'voice-mail'],
    ['contrasena buzon de voz', 'voice-mail'],
    ['correo electronico', 'email'],
    ['satelite', 'directv'],
    ['codigo de seguridad larga distancia', 'long-distance'],
    ['tecnico', 'repair-ticket'],
    ['antivirus', 'norton'],
    ['mi cuenta', 'my-account'],
    ['olvidé mi contraseña del buzón de voz', 'voice-mail'],
    ['contrasena buzon de vos', 'voice-mail'],
    ['mensajes de voz', 'voice-mail'],
    ['pagar mi factura', 'autopay'],
    ['satelit', 'directv'],
    ['no puedo entrar a directv', 'directv'],
    ['no puedo entrar a prism', 'prism-tv'],
  ]) {
    it(`Spanish search: "${query}" ranks ${id} first`, async () => {
      const el = await panel(html`<cl-login-help lang="es"></cl-login-help>`);
      expect(el.search(query)[0]?.topic.id).to.equal(id);
    });
  }

  it('says "no results" in Spanish', async () => {
    const el = await panel(html`<cl-login-help lang="es"></cl-login-help>`);
    await typeQuery(el, 'qqqzzz');
    expect(textOf($(el, '.empty'))).to.contain('Ningún tema coincide con “qqqzzz”');
  });
});

describe('UI strings and content languages', () => {
  it('a host can override single UI strings; unknown keys and non-strings are ignored', async () => {
    const el = await panel();
    el.strings = { searchLabel: 'Search account help', chooserHeading: 42, nope: 'x' } as never;
    await el.updateComplete;
    expect(textOf($(el, 'label'))).to.equal('Search account help');
    expect(textOf($(el, '#chooser-heading'))).to.equal('What are you trying to sign in to?');
  });

  it('content declares its own language: Spanish content gets Spanish UI on an English page', async () => {
    const el = await panel();
    el.content = JSON.parse(JSON.stringify(es));
    await el.updateComplete;
    expect(textOf($(el, '#chooser-heading'))).to.equal('¿En qué cuenta o servicio quiere iniciar sesión?');
    expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('es');
  });

  it('English content set on a Spanish panel stays English, with English UI', async () => {
    const el = await panel(html`<cl-login-help lang="es"></cl-login-help>`);
    const content = cloneContent(el);
    el.content = { ...JSON.parse(JSON.stringify(en)), title: 'Help' };
    await el.updateComplete;
    expect(content.lang).to.equal('es');
    expect(textOf($(el, '#chooser-heading'))).to.equal('What are you trying to sign in to?');
    expect($$(el, '[part=topic-entry]').length).to.equal(12);
  });

  it('a Spanish panel searches Spanish content even before its first render', () => {
    const el = document.createElement('cl-login-help');
    el.setAttribute('lang', 'es');
    expect(el.search('contraseña buzón')[0].topic.title).to.equal('Buzón de voz');
    expect(el.content.lang).to.equal('es');
  });

  it('the launcher takes string overrides for its button and close label', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher .strings=${{ launcher: 'Sign-in help', close: 'Close sign-in help' }}></cl-login-help-launcher>`);
    expect(textOf(launcher.shadowRoot!.querySelector('[part=button]'))).to.equal('Sign-in help');
    expect(launcher.shadowRoot!.querySelector('[part=close]')!.getAttribute('aria-label')).to.equal('Close sign-in help');
  });

  it('the launcher speaks Spanish with lang="es"', async () => {
    const launcher = await fixture<ClLoginHelpLauncher>(html`<cl-login-help-launcher lang="es"></cl-login-help-launcher>`);
    expect(textOf(launcher.shadowRoot!.querySelector('[part=button]'))).to.equal('¿No puede iniciar sesión?');
    const inner = launcher.shadowRoot!.querySelector<ClLoginHelp>('cl-login-help')!;
    await inner.updateComplete;
    expect(inner.content.lang).to.equal('es');
  });
});
