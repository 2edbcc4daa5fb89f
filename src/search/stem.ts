/**
 * A light stemmer for English and Spanish: it folds plurals and the common
 * verb endings, so that "passwords", "codes", "signed", "logging",
 * "olvidé", "olvidado" and "contraseñas" meet the word the content uses.
 *
 * Light on purpose, not Porter or Snowball: those cut deeper ("general" and
 * "generous" become one stem), and a stem must stay a prefix of the word as
 * it is being typed, which search-as-you-type relies on. It runs on words
 * that are already lower case and without accents (`normalizeWord`), and on
 * the index and the query alike, so a stem only has to be the same for the
 * forms of one word, not to be a word.
 */

const VOWEL = /[aeiouy]/;
/** Double consonants that end a stem when a suffix is removed ("logg" → "log"); not ll, ss, zz. */
const DOUBLE = /([bcdfgkmnprt])\1$/;

/** English: plural -s/-es/-ies, -ed, -ing, and a final -e (so "schedule", "scheduled" and "scheduling" meet). */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 6 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = w.slice(0, -1) + 'i';
  return w;
}

const undouble = (w: string) => (DOUBLE.test(w) ? w.slice(0, -1) : w);

/** Spanish verb endings, longest first: gerunds, participles, preterite, infinitives. */
const SPANISH_VERB = /(?:iendo|ando|aste|iste|ado|ada|ido|ida|aron|ieron|amos|imos|ar|er|ir|o)$/;

/** Spanish: plural -s/-es, common verb endings, then a final vowel (gender: "olvidada", "olvidado"). */
export function stemSpanish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('es') && w.length > 5 && !VOWEL.test(w[w.length - 3])) w = w.slice(0, -2);
  else if (w.endsWith('s') && w.length > 4) w = w.slice(0, -1);
  const verb = SPANISH_VERB.exec(w);
  if (verb && w.length - verb[0].length >= 4) w = w.slice(0, -verb[0].length);
  else if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The stemmer for a content language (BCP 47): English and Spanish get
 * theirs; other languages are searched as written (accents and case folded).
 */
export function stemmerFor(lang: string): (word: string) => string {
  const base = lang.toLowerCase().split('-')[0];
  return base === 'es' ? stemSpanish : base === 'en' ? stemEnglish : (word) => word;
}
