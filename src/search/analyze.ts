/**
 * Text analysis: what the index and the query both go through, so that the
 * words a customer types meet the words the content uses.
 *
 * 1. Words: letters and digits, with an apostrophe inside ("can't", "you're")
 *    kept as one word; lower case, accents folded ("Contraseña" → "contrasena").
 * 2. Stopwords (English and Spanish) are kept as tokens, flagged: they may
 *    complete a phrase ("sign in", "mi cuenta") but never count or get marked.
 * 3. Stems: plurals and verb endings folded by the content language's light
 *    stemmer (`stem.ts`).
 * 4. Synonyms: a group of words or phrases ("log in", "sign in", "login",
 *    "iniciar sesión", "acceder") becomes one concept, a single token that
 *    spans the whole phrase. Built-in groups cover the language of being
 *    locked out, in English and Spanish; content adds its own (`synonyms`).
 *
 * Each token keeps where it starts and ends in the text, so highlighting
 * marks exactly the words (or the whole phrase) that matched.
 */
import { stemmerFor } from './stem.js';

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 64;

/** Trims, collapses whitespace and caps the length of a query. */
export const normalizeQuery = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();

/** A word: letters and digits, and an apostrophe between letters ("can't"). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2019]/g;
const ASCII = /^[a-z0-9]*$/;

/** Lower case, no accents, no apostrophes: "Contraseña" → "contrasena", "Can't" → "cant". */
export const normalizeWord = (word: string) => {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, '');
};

/**
 * Words that say nothing about which account a customer means, in English
 * and Spanish ("I can't log in to my email", "no puedo entrar a mi correo").
 */
const STOPWORDS = new Set(
  (
    'a about all also an and any anymore are am as at be been by can could do does dont doesnt didnt for from get got has have how i id if im in into is isnt it its ive just me my ' +
    'never not of on or our out please so than that the their them then there they this to too up us very was wasnt we what when where which why will with wont would your youre you ' +
    'al como con cual de del donde el en es esta estoy la las lo los me mi mis no para pero por puede puedo que se si sin su sus tengo un una y ya yo'
  ).split(' '),
);

/**
 * Synonym groups every content gets: the language of being locked out.
 * The first member names the concept. Content adds brand and product names
 * (`Content.synonyms`); a group that shares a member with another joins it.
 */
export const BASE_SYNONYMS: readonly (readonly string[])[] = [
  // Having no access is not signing in: "no access to your email".
  ['noaccess', 'no access', 'no longer have access', 'lost access', 'ya no tengo acceso', 'sin acceso', 'no tengo acceso', 'no tiene acceso', 'ya no tiene acceso'],
  ['cant', 'cannot', 'can not', 'unable', 'unable to', 'not able to', 'couldnt', 'not working', 'doesnt work', 'wont work', 'isnt working', 'no puedo', 'no me deja', 'no funciona'],
  // Words of sign-in trouble that are one thing, not their words: a "text message" is not a voice message.
  ['twofactor', 'two factor', '2 factor', 'two step', '2 step', '2fa', 'mfa', 'two factor authentication', 'two step verification', '2 step verification', 'verificacion en dos pasos', 'dos pasos', 'doble factor', 'dos factores'],
  ['text message', 'text messages', 'sms', 'mensaje de texto', 'mensajes de texto'],
  ['login', 'log in', 'log into', 'logon', 'log on', 'sign in', 'signin', 'sign into', 'sign on', 'get in', 'get into', 'access', 'let me in',
    'iniciar sesion', 'inicio de sesion', 'entrar', 'ingresar', 'acceder', 'acceso'],
  ['signup', 'sign up', 'register', 'registration', 'create an account', 'create account', 'registrarme', 'registrarse', 'registro', 'crear una cuenta', 'crear cuenta'],
  ['password', 'passcode', 'pass word', 'pw', 'pwd', 'contrasena', 'clave'],
  ['username', 'user name', 'user id', 'userid', 'nombre de usuario', 'usuario', 'id de usuario'],
  ['forgot', 'forget', 'forgotten', 'cant remember', 'dont remember', 'lost', 'olvide', 'olvidar', 'olvidado', 'olvido', 'perdi', 'no recuerdo', 'no me acuerdo', 'me olvide', 'se me olvido'],
  ['email', 'e mail', 'correo', 'correo electronico', 'correo e'],
  ['wifi', 'wi fi'],
  ['reset', 'restablecer', 'recover', 'retrieve', 'recuperar'],
  // Needs that are one thing, not their words: cancelling the service is not
  // cancelling a repair ticket, and an outage is not an "area code".
  ['cancelservice', 'cancel service', 'cancel my service', 'cancel the service', 'cancel internet', 'cancel my internet', 'cancel internet service', 'cancel my internet service',
    'cancelar servicio', 'cancelar el servicio', 'cancelar mi servicio', 'cancelar internet', 'cancelar mi internet', 'cancelar el servicio de internet', 'cancelar mi servicio de internet'],
  // Asking for a person: the panel's contact options answer it.
  ['contactus', 'contact us', 'contact centurylink', 'customer service', 'customer support', 'customer care', 'talk to someone', 'talk to somebody', 'talk to a person',
    'talk to a human', 'talk to an agent', 'talk to a rep', 'speak to someone', 'speak to a person', 'speak to an agent', 'speak with someone', 'real person', 'live person',
    'live agent', 'live chat', 'call centurylink', 'hablar con alguien', 'hablar con una persona', 'hablar con un agente', 'servicio al cliente', 'atencion al cliente',
    'contactar a centurylink', 'llamar a centurylink'],
  ['outage', 'service outage', 'internet outage', 'internet down', 'internet is down', 'internet went down', 'no internet', 'falla de internet', 'falla del servicio', 'sin internet', 'sin servicio', 'caida del servicio',
    'no tengo internet', 'no hay internet', 'se cayo el internet', 'internet caido'],
];

/**
 * Words every service shares: they never decide between services on their
 * own ("account", "log in", "password", "help", "cuenta", "contraseña").
 * Read through the same analysis as the text, so concepts and stems apply.
 */
const SHARED = (
  'cant login password username forgot reset account help code number phone call change update new need want work problem trouble issue ' +
  'internet service online information info website site page customer centurylink again anything use still ' +
  'cuenta ayuda codigo numero telefono cambiar nuevo servicio problema necesito quiero pagina sitio linea sigo todavia'
).split(' ');

/**
 * Words that tell nothing of what a customer needs: how they say it ("says",
 * "keeps", "goes thru", "dice", "llega"), not what it is about. They are
 * searched, but a result is not judged by them, and a query is not "about
 * something the content lacks" because the content never uses them.
 */
const GENERIC = (
  // (One form per stem: "says" and "saying" stem to "say".)
  'say said saying go goes going went gone thru through let keep kept come coming came run yet back another add type ask asking tell told take took try trying happen see look find found know right fail stop ' +
  'dice dicen decir llega llegan hora hizo hace hacer soy sigue voy va ver pide piden pidiendo mismo otro otra ese esa este'
).split(' ');

/** One token of a text: a word or a synonym phrase, its analyzed term and where it is. */
export interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** A stopword: completes phrases, never counts or gets marked. */
  readonly stop: boolean;
}

interface Phrase {
  stems: readonly string[];
  concept: string;
}

/** Analyzes text for one content: its language's stemmer, the base synonyms and the content's own. */
export class Analyzer {
  readonly #stem: (word: string) => string;
  /** Per first stem: the phrases that start with it, longest first. */
  readonly #phrases = new Map<string, Phrase[]>();
  /** Concept terms that are shared words. */
  readonly shared = new Set<string>();
  /** Terms of words that tell nothing of what a customer needs ("says", "thru", "dice"). */
  readonly generic = new Set<string>();

  constructor(lang = 'en', synonyms: readonly (readonly string[])[] = []) {
    this.#stem = stemmerFor(lang);
    // Groups that share a member join: the first group's concept names them all.
    const conceptOf = new Map<string, string>();
    for (const group of [...BASE_SYNONYMS, ...synonyms]) {
      const keys = group.map((member) => this.#stemsOf(member).join(' ')).filter(Boolean);
      if (!keys.length) continue;
      const joined = new Set(keys.map((key) => conceptOf.get(key)).filter((concept) => concept !== undefined));
      const concept = joined.size ? [...joined][0] : keys[0].replace(/ /g, '');
      for (const [key, old] of conceptOf) if (joined.has(old)) conceptOf.set(key, concept);
      for (const key of keys) conceptOf.set(key, concept);
    }
    for (const [key, concept] of conceptOf) {
      const stems = key.split(' ');
      const list = this.#phrases.get(stems[0]) ?? [];
      list.push({ stems, concept });
      list.sort((a, b) => b.stems.length - a.stems.length);
      this.#phrases.set(stems[0], list);
    }
    for (const word of SHARED) for (const token of this.tokens(word)) this.shared.add(token.term);
    for (const word of GENERIC) this.generic.add(this.#stemWord(word));
  }

  #stemsOf(text: string) {
    return (text.match(WORD) ?? []).map((word) => this.#stemWord(normalizeWord(word)));
  }

  #stemWord(word: string) {
    return STOPWORDS.has(word) ? word : this.#stem(word);
  }

  /**
   * The tokens of `text`, stopwords included (flagged), in order. With
   * `parts`, a synonym phrase is followed by its own words (not stopwords),
   * so that a phrase typed with a typo ("long distnce") still meets them: the
   * index reads text this way, queries without parts.
   */
  tokens(text: string, parts = false): Token[] {
    const words: Array<{ stem: string; stop: boolean; start: number; end: number }> = [];
    for (const match of text.matchAll(WORD)) {
      const word = normalizeWord(match[0]);
      words.push({ stem: this.#stemWord(word), stop: STOPWORDS.has(word), start: match.index!, end: match.index! + match[0].length });
    }
    const tokens: Token[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // In a query (no parts), a phrase's later words may have a typo: "my acount", "long distnce".
      const same = parts ? (a: string, b: string) => a === b : nearly;
      const phrase = this.#phrases.get(word.stem)?.find(({ stems }) => stems.every((stem, k) => words[i + k] && (k ? same(words[i + k].stem, stem) : words[i].stem === stem)));
      if (!phrase) {
        tokens.push({ term: word.stem, start: word.start, end: word.end, stop: word.stop });
        continue;
      }
      const length = phrase.stems.length;
      tokens.push({ term: phrase.concept, start: word.start, end: words[i + length - 1].end, stop: false });
      if (parts && length > 1)
        for (const part of words.slice(i, i + length)) if (!part.stop && part.stem !== phrase.concept) tokens.push({ term: part.stem, start: part.start, end: part.end, stop: false });
      i += length - 1;
    }
    return tokens;
  }

  /** The terms of `text` that count (no stopwords), synonym phrases with their parts: what the index holds. */
  terms(text: string): string[] {
    return this.tokens(text, true)
      .filter((token) => !token.stop)
      .map((token) => token.term);
  }
}

/**
 * Whether a typed word is the phrase's word or one typo from it (a letter
 * missing, extra, changed, or two swapped), for words of four letters or
 * more with the first letter right.
 */
function nearly(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (word.length < 4 || typed[0] !== word[0] || Math.abs(typed.length - word.length) > 1) return false;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  const rest = (a: number, b: number) => typed.slice(a) === word.slice(b);
  if (typed.length === word.length) return rest(i + 1, i + 1) || (typed[i] === word[i + 1] && typed[i + 1] === word[i] && rest(i + 2, i + 2));
  return typed.length < word.length ? rest(i, i + 1) : rest(i + 1, i);
}
