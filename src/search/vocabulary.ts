import Fuse from 'fuse.js/basic';

/**
 * The analyzed terms of a whole content, and which of them a query word may
 * mean: the term itself, a longer term it starts while the customer is still
 * typing it, or a term within the allowed typos. A bigram index picks the few
 * terms that could be within reach, and fuse.js (`Fuse.match`, Bitap) scores
 * only those.
 */

/** Typos allowed in a query word: none up to 3 letters, then about one in four. */
const allowedErrors = (length: number) => (length <= 3 ? 0 : length === 4 ? 1 : Math.min(3, Math.floor(length * 0.4)));

const bigrams = (term: string) => {
  const grams = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) grams.add(term.slice(i, i + 2));
  return grams;
};

/**
 * A corpus term a query word may mean: its id, how well it matches (0 to 1),
 * and whether it is a whole-word match (the word, a typo of it, or most of a
 * longer word being typed) rather than just the start of a longer word.
 */
export type Expansion = readonly [termId: number, quality: number, whole: boolean];

export class Vocabulary {
  /** Every distinct term of the corpus. */
  readonly terms: string[] = [];
  readonly #termIds = new Map<string, number>();
  /** Per bigram: the ids of the terms that contain it. */
  readonly #bigrams = new Map<string, number[]>();
  /** Query word → its expansions; reused while typing. */
  readonly #expansions = new Map<string, Expansion[]>();

  /** The id of a term, added when new. */
  idOf(term: string) {
    let id = this.#termIds.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.#termIds.set(term, id);
      for (const gram of bigrams(term)) {
        const ids = this.#bigrams.get(gram);
        if (ids) ids.push(id);
        else this.#bigrams.set(gram, [id]);
      }
      // New terms may be what an earlier query word meant.
      this.#expansions.clear();
    }
    return id;
  }

  /**
   * The corpus terms a query word may mean. `prefix`: the customer may still
   * be typing it (the query's last word), so longer terms it starts count;
   * otherwise a word never matches inside or at the start of a longer,
   * different word ("down" is not "download").
   */
  expand(token: string, prefix: boolean): Expansion[] {
    const key = prefix ? token + '\u2026' : token;
    let found = this.#expansions.get(key);
    if (found) return found;
    found = [];
    const errors = allowedErrors(token.length);
    if (token.length < 2) {
      // One character: whole words only.
      const id = this.#termIds.get(token);
      if (id !== undefined) found.push([id, 1, true]);
    } else {
      const grams = bigrams(token);
      // Each typo breaks at most two bigrams of the word.
      const needed = Math.max(1, grams.size - 2 * errors);
      // A query word that is itself a corpus word is meant as typed: no typo
      // guesses for it ("cuenta" is not "center"), only the word and (while
      // typing) longer words it starts, a little below the word itself.
      const known = this.#termIds.has(token);
      const shared = new Map<number, number>();
      for (const gram of grams) for (const id of this.#bigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, count] of shared) {
        if (count < needed) continue;
        const term = this.terms[id];
        const starts = prefix && term.length > token.length && term.startsWith(token);
        if (!starts && Math.abs(term.length - token.length) > errors) continue;
        if (term === token) found.push([id, 1, true]);
        else if (starts) {
          const ratio = token.length / term.length;
          const quality = 0.6 + 0.4 * ratio;
          found.push([id, known ? quality * 0.5 : quality, token.length >= 5 || ratio >= 0.6]);
        } else if (!known && errors && term[0] === token[0]) {
          // Typos keep the first letter, as people type it (Lucene's fuzzy prefix): "gmail" is not "email".
          const quality = typoQuality(token, term, errors);
          if (quality > 0) found.push([id, quality, true]);
        }
      }
    }
    if (this.#expansions.size > 2000) this.#expansions.clear();
    this.#expansions.set(key, found);
    return found;
  }
}

/**
 * How well a corpus word matches a mistyped query word, from 0 to 1, scored
 * by fuse.js (Bitap). Bitap counts a swap of two letters as two errors, so the
 * share of letters both words have tells "emial" → "email" from "emial" →
 * "premium".
 */
function typoQuality(token: string, term: string, errors: number) {
  // A short word gets one typo, or two only when they swap letters ("emial").
  const letters = sharedLetters(token, term);
  if (token.length <= 5 && letters < 1) errors = Math.min(errors, 1);
  const result = Fuse.match(token, term, { threshold: errors / token.length + 0.01, ignoreLocation: true, isCaseSensitive: true });
  return result.isMatch ? (1 - result.score) * letters : 0;
}

/** The share of letters two words have in common, counting repeats. */
function sharedLetters(a: string, b: string) {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = counts.get(c);
    if (n) shared++, counts.set(c, n - 1);
  }
  return shared / Math.max(a.length, b.length);
}
