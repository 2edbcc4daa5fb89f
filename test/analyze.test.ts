/**
 * Query understanding (src/search/analyze.ts, stem.ts): the same analysis for
 * the content and for what customers type, and the content's own synonyms.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { parseContent } from '../src/content/load.js';
import { validateContent } from '../src/content/validate.js';
import { Analyzer } from '../src/search/analyze.js';
import { TopicSearch } from '../src/search/search.js';
import { stemEnglish, stemSpanish } from '../src/search/stem.js';

describe('light stemmers', () => {
  const same = (stem: (word: string) => string, words: string[]) => new Set(words.map(stem));
  it('English: plurals and verb endings of one word meet, different words do not', () => {
    for (const forms of [
      ['password', 'passwords'],
      ['code', 'codes'],
      ['sign', 'signed', 'signing', 'signs'],
      ['log', 'logged', 'logging', 'logs'],
      ['schedule', 'scheduled', 'scheduling', 'schedules'],
      ['reset', 'resetting', 'resets'],
      ['question', 'questions'],
      ['technician', 'technicians'],
      ['entry', 'entries'],
      ['address', 'addresses'],
    ])
      expect(same(stemEnglish, forms).size, forms.join(' ')).to.equal(1);
    expect(stemEnglish('status')).to.equal('status');
    expect(stemEnglish('coming')).to.not.equal(stemEnglish('com'));
    expect(stemEnglish('download')).to.not.equal(stemEnglish('down'));
  });
  it('Spanish: plurals, gender and verb endings of one word meet', () => {
    for (const forms of [
      ['contrasena', 'contrasenas'],
      ['olvide', 'olvido', 'olvidar', 'olvidado', 'olvidaste'],
      ['cuenta', 'cuentas'],
      ['clave', 'claves'],
      ['usuario', 'usuarios'],
      ['correo', 'correos'],
      ['paquete', 'paquetes'],
    ])
      expect(same(stemSpanish, forms).size, forms.join(' ')).to.equal(1);
  });
});

describe('analysis', () => {
  const analyzer = new Analyzer('en', [['direct tv', 'directv']]);
  const terms = (text: string) => analyzer.tokens(text).filter((t) => !t.stop).map((t) => t.term);
  it('reads every spelling of signing in, and every "can\'t", as one word', () => {
    const login = terms('login')[0];
    for (const phrase of ['log in', 'logon', 'log on', 'sign in', 'signin', 'sign on', 'get in', 'access', 'logged in', 'signing into', 'iniciar sesión', 'entrar', 'ingresar', 'acceder'])
      expect(terms(phrase), phrase).to.deep.equal([login]);
    const cant = terms('cant')[0];
    for (const phrase of ["can't", 'can’t', 'cannot', 'unable to', 'no puedo']) expect(terms(phrase), phrase).to.deep.equal([cant]);
    expect(terms('clave')).to.deep.equal(terms('contraseña'));
    expect(terms('e-mail')).to.deep.equal(terms('correo'));
    expect(terms('wi-fi')).to.deep.equal(terms('wifi'));
  });
  it('a phrase is one token spanning its words; stopwords are flagged, never counted', () => {
    const tokens = analyzer.tokens("I can't sign in to Direct TV");
    expect(tokens.filter((t) => !t.stop).map((t) => "I can't sign in to Direct TV".slice(t.start, t.end))).to.deep.equal(["can't", 'sign in', 'Direct TV']);
    expect(terms('direct tv')).to.deep.equal(terms('DIRECTV'));
  });
  it('a phrase typed with one typo in a later word still reads as the phrase; the index keeps its words too', () => {
    expect(terms('direct tb')).to.not.deep.equal(terms('directv'));
    const search = new TopicSearch(parseContent(en));
    const query = (text: string) => search.analyzer.tokens(text).filter((t) => !t.stop).map((t) => t.term);
    expect(query('my acount')).to.deep.equal(query('my account'));
    expect(search.analyzer.terms('Long distance')).to.include.members(['long']);
  });
});

describe('whether a query is answered', () => {
  const search = new TopicSearch(parseContent(en));
  const answered = (query: string) => search.rank(query).answered;
  it('a query about something the content never mentions is not answered by its other words', () => {
    // "locked out", "address", "area code" are in the content; Apple, moving and outages are not.
    expect(answered('apple id locked')).to.equal('no');
    expect(answered('moving to a new address')).to.equal('no');
    expect(answered('is there an outage in my area')).to.equal('no');
  });
  it('cancelling the service is one need, not the repair ticket\'s "cancel"', () => {
    expect(answered('cancel my internet service')).to.equal('no');
    expect(answered('cancel my repair ticket')).to.equal('yes');
    expect(search.search('cancel my repair ticket')[0].topic.id).to.equal('repair-ticket');
  });
  it('a service the query names, or words of saying ("says", "keeps", "thru"), keep it answered', () => {
    // "computer" is not in the content, but Norton is named.
    expect(answered('install norton on new computer')).to.not.equal('no');
    expect(answered('when is the technician coming')).to.equal('yes');
    expect(answered('live.com login keeps failing with correct password')).to.not.equal('no');
    // A number is the customer's own, not a gap in the content.
    expect(answered('voicemail 5551234567')).to.not.equal('no');
  });
});

describe('asking for a person', () => {
  const contact = (query: string, content = en) => new TopicSearch(parseContent(content)).rank(query).contact;
  it('is read in both languages, however it is put', () => {
    for (const query of ['customer service', 'talk to a person', 'i want to speak to someone', 'live chat please', 'contact us'])
      expect(contact(query), query).to.equal(true);
    for (const query of ['servicio al cliente', 'quiero hablar con alguien']) expect(contact(query, es), query).to.equal(true);
  });
  it('is not a question about a service, nor a word that merely appears in contact details', () => {
    for (const query of ['directv customer service', 'msn support phone number', 'forgot my password', 'phone number for the technician'])
      expect(contact(query), query).to.equal(false);
  });
});

describe('content synonyms', () => {
  it('are validated: groups of two or more words or phrases', () => {
    expect(validateContent({ ...en, synonyms: [['ok', 'fine']] }).ok).to.equal(true);
    const bad = validateContent({ ...en, synonyms: [['alone'], ['x', '  ']] });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues.map((issue) => issue.path)).to.deep.equal(['/synonyms/0', '/synonyms/1/1']);
  });
  it("make a web team's own words find its content", () => {
    const own = { ...en, synonyms: [['fiber', 'quantum fiber', 'ftth']], topics: [{ id: 'f', title: 'Quantum Fiber sign-in', summary: 'Sign in to Quantum Fiber.', blocks: [{ type: 'paragraph', content: ['Use your Quantum Fiber email.'] }] }, ...en.topics] };
    expect(new TopicSearch(parseContent(own)).search('ftth login')[0].topic.id).to.equal('f');
    expect(new TopicSearch(parseContent({ ...own, synonyms: [] })).search('ftth login')[0]?.topic.id).to.not.equal('f');
  });
});

describe('links that lead to another host', () => {
  for (const href of ['//evil.example/x', '\\\\evil.example\\x', '/\\evil.example/x', '\\/evil.example']) {
    it(`refuses ${href} in content and in destinations, naming the JSON path`, () => {
      const inContent = validateContent({ ...en, topics: [{ id: 'x', title: 'X', summary: 'X.', blocks: [{ type: 'paragraph', content: [{ type: 'link', text: 'here', href }] }] }] });
      expect(inContent.ok).to.equal(false);
      if (!inContent.ok) expect(inContent.issues[0].path).to.equal('/topics/0/blocks/0/content/0/href');
      const inDestinations = validateContent({ ...en, destinations: { ...en.destinations, contact: href } });
      expect(inDestinations.ok).to.equal(false);
      if (!inDestinations.ok) expect(inDestinations.issues[0].path).to.equal('/destinations/contact');
    });
  }
  it('still takes relative, https, mailto and tel links', () => {
    for (const href of ['/help', 'help/x', './x', '?q=1', '#top', 'https://www.centurylink.com/', 'mailto:a@b.example', 'tel:8008602255'])
      expect(validateContent({ ...en, destinations: { ...en.destinations, contact: href } }).ok, href).to.equal(true);
  });
});
