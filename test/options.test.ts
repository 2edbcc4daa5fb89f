/**
 * src/embed/options.ts: the one parser of help hashes, help links and
 * script-tag options that the loader and the full bundle share.
 * (test/e2e/loader.test.mjs checks that both builds behave the same on a page.)
 */
import { expect } from '@open-wc/testing';
import { linkTarget, parseHash, parseTarget, readScriptOptions, realScript, scriptAttr, targetPath } from '../src/embed/options.js';

describe('parseTarget and parseHash', () => {
  const valid: [string, [string, string]][] = [
    ['email', ['email', '']],
    ['email/forgot-password', ['email', 'forgot-password']],
    ['long-distance/security-code', ['long-distance', 'security-code']],
    ['my_account', ['my_account', '']],
    ['Email', ['Email', '']],
    // A trailing slash: the topic whole.
    ['email/', ['email', '']],
    // Nothing: the home screen.
    ['', ['', '']],
  ];
  for (const [path, target] of valid) {
    it(`"${path}" is ${JSON.stringify(target)}, as a target and as a hash`, () => {
      expect(parseTarget(path)).to.deep.equal(target);
      expect(parseHash(`#cl-login-help/${path}`)).to.deep.equal(target);
    });
  }

  const refused = [
    // Too many slashes, or a section without a topic.
    'email/a/b',
    'email//',
    '/',
    '//',
    '/email',
    // Characters ids never have.
    'e mail',
    'e%20mail',
    'email/forgot password',
    'email?x=1',
    'email#x',
    'courriel-\u00e9',
    ' email',
    'email.',
  ];
  for (const path of refused) {
    it(`"${path}" is refused, as a target and as a hash`, () => {
      expect(parseTarget(path)).to.equal(undefined);
      expect(parseHash(`#cl-login-help/${path}`)).to.equal(undefined);
    });
  }

  it('a hash needs the exact #cl-login-help/ prefix', () => {
    for (const hash of ['', '#', '#cl-login-help', '#email', 'cl-login-help/email', '#CL-LOGIN-HELP/email', '#cl-login-helpx/email', '#x#cl-login-help/email']) {
      expect(parseHash(hash), hash).to.equal(undefined);
    }
  });

  it('targetPath gives what open() takes', () => {
    expect(targetPath(['email', 'forgot-password'])).to.equal('email/forgot-password');
    expect(targetPath(['email', ''])).to.equal('email');
    expect(targetPath(['', ''])).to.equal('');
  });
});

describe('linkTarget', () => {
  const el = (markup: string) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template.content.firstElementChild!;
  };

  it('reads data-cl-login-help on any element, and a help hash on an <a>', () => {
    expect(linkTarget(el('<button data-cl-login-help="email/forgot-password"></button>'))).to.deep.equal(['email', 'forgot-password']);
    expect(linkTarget(el('<span data-cl-login-help="email/"></span>'))).to.deep.equal(['email', '']);
    expect(linkTarget(el('<button data-cl-login-help=""></button>'))).to.deep.equal(['', '']);
    expect(linkTarget(el('<a href="#cl-login-help/email/"></a>'))).to.deep.equal(['email', '']);
    expect(linkTarget(el('<a href="#cl-login-help/long-distance/security-code"></a>'))).to.deep.equal(['long-distance', 'security-code']);
  });

  it('data-cl-login-help is always a help link: a value that is not a help path is passed on whole', () => {
    expect(linkTarget(el('<button data-cl-login-help="no such topic"></button>'))).to.deep.equal(['no such topic', '']);
    // data-cl-login-help wins over the href.
    expect(linkTarget(el('<a data-cl-login-help="norton" href="#cl-login-help/email"></a>'))).to.deep.equal(['norton', '']);
  });

  it('anything else is not a help link', () => {
    expect(linkTarget(el('<a href="#cl-login-help/email/a/b"></a>'))).to.equal(undefined);
    expect(linkTarget(el('<a href="#cl-login-help//email"></a>'))).to.equal(undefined);
    expect(linkTarget(el('<a href="/help#cl-login-help/email"></a>'))).to.equal(undefined);
    expect(linkTarget(el('<a></a>'))).to.equal(undefined);
    // Only an <a> has a help href.
    expect(linkTarget(el('<div href="#cl-login-help/email"></div>'))).to.equal(undefined);
    expect(linkTarget(el('<area href="#cl-login-help/email">'))).to.equal(undefined);
  });
});

describe('readScriptOptions', () => {
  const script = (attrs: Record<string, string>) => {
    const s = document.createElement('script');
    for (const [name, value] of Object.entries(attrs)) s.setAttribute(name, value);
    return s;
  };

  it('reads data-launcher, data-content-src, data-lang, data-context and data-analytics, trimmed; data-bundle-src with scriptAttr', () => {
    const s = script({ 'data-launcher': '', 'data-content-src': ' /help.json ', 'data-lang': 'es', 'data-context': ' email voice-mail ', 'data-analytics': ' datalayer ', 'data-bundle-src': ' /cdn/cl-login-help.js ' });
    expect(readScriptOptions(s)).to.deep.equal({ launcher: true, contentSrc: '/help.json', lang: 'es', context: 'email voice-mail', analytics: 'datalayer' });
    expect(scriptAttr(s, 'data-bundle-src')).to.equal('/cdn/cl-login-help.js');
    expect(scriptAttr(s, 'data-missing')).to.equal(null);
  });

  it('data-launcher="false" or none: no launcher', () => {
    expect(readScriptOptions(script({ 'data-launcher': 'false' })).launcher).to.equal(false);
    expect(readScriptOptions(script({})).launcher).to.equal(false);
    expect(readScriptOptions(script({ 'data-launcher': 'true' })).launcher).to.equal(true);
  });

  it('anything that is not a real <script> (a clobbered currentScript) gives the defaults', () => {
    const defaults = { launcher: false, contentSrc: '', lang: '', context: '', analytics: '' };
    const img = document.createElement('img');
    img.setAttribute('data-launcher', '');
    img.setAttribute('data-lang', 'es');
    for (const fake of [null, undefined, img, { getAttribute: () => 'es' }, 'data-lang']) {
      expect(readScriptOptions(fake)).to.deep.equal(defaults);
      expect(realScript(fake)).to.equal(null);
      expect(scriptAttr(fake, 'data-bundle-src')).to.equal(null);
    }
  });

  it('a script whose own getAttribute was replaced is still read as a script', () => {
    const s = script({ 'data-lang': 'es' });
    Object.defineProperty(s, 'getAttribute', { value: () => 'xx' });
    expect(readScriptOptions(s).lang).to.equal('es');
    expect(realScript(s)).to.equal(s);
  });
});
