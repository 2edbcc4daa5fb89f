import Fuse from 'fuse.js/basic';
import type { Content, Topic } from '../content/schema.js';
import { blockText } from '../content/validate.js';

/**
 * Search in two steps, so that a keystroke stays inside one frame at
 * thousands of topics:
 *
 * 1. Each query word (English and Spanish stopwords left out) is compared
 *    with the corpus's vocabulary, not with every topic: a bigram index picks
 *    the few words that could be within the allowed typos, and fuse.js
 *    (`Fuse.match`, Bitap) scores only those.
 * 2. Topics are ranked from an inverted index of those words, BM25-style:
 *    rarer words count more, title and keywords more than body text, topics
 *    that match more of the query's words rank higher, and a multi-word
 *    keyword typed as it is ("mi cuenta") names its topic.
 *
 * The index is built once per content object (`searchFor` caches it), in
 * idle slices (`indexSome`) or at once on the first search.
 */

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 64;
/** At most this many query words are used. */
const MAX_TOKENS = 8;
/** Result rows: more than a customer can use is just work for the renderer. */
const DEFAULT_LIMIT = 20;

/** A run of text, marked where it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** One ranked search result. */
export interface SearchHit {
  topic: Topic;
  /** 0 for the best hit of a query, towards 1 for weaker ones. */
  score: number;
  /** The title and summary split into marked and unmarked runs. */
  title: Segment[];
  summary: Segment[];
}

/** Field weights: tuned on test/search-cases.ts. */
const FIELDS = [
  ['title', 3],
  ['keywords', 3],
  ['summary', 1.5],
  ['body', 0.5],
] as const;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Lower case, no accents: "Contraseña" → "contrasena". */
const ASCII = /^[\x00-\x7f]*$/;
const normalizeWord = (word: string) => (ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase());

/**
 * The same text for the index and the query: contractions lose their ending
 * ("can't" → "can") and "e-mail" / "e mail" become "email".
 */
const canonical = (text: string) => text.replace(/['\u2019](?:t|s|m|d|ll|re|ve)\b/gi, '').replace(/\be[\s-]mail/gi, 'email');

const words = (text: string) => canonical(text).match(WORD)?.map(normalizeWord) ?? [];

const bigrams = (term: string) => {
  const grams = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) grams.add(term.slice(i, i + 2));
  return grams;
};

/** Typos allowed in a query word: none up to 3 letters, then about one in four. */
const allowedErrors = (length: number) => (length <= 3 ? 0 : length === 4 ? 1 : Math.min(3, Math.floor(length * 0.4)));

/**
 * Words that say nothing about which account a customer means, in English
 * and Spanish ("I can't log in to my email", "no puedo entrar a mi correo").
 * A query made only of them is searched as it is.
 */
const STOPWORDS = new Set(
  ('a an and anymore are can cannot cant do does for from get got has have how i im into is it me my never not of on or out still the to up what when where why with your you ' +
    'al con de del el en es la las lo los me mi mis no para por que se su sus un una y')
    .split(' '),
);

/** The words of a query that are worth searching for. */
function queryWords(query: string) {
  const all = [...new Set(words(normalizeQuery(query)))];
  const meaningful = all.filter((word) => !STOPWORDS.has(word));
  return (meaningful.length ? meaningful : all).slice(0, MAX_TOKENS);
}

/** Trims, collapses whitespace and caps the length of a query. */
export const normalizeQuery = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();

/**
 * Splits `value` into runs, marking the words that matched: those whose
 * normalized form is in `terms`, and words of 4+ letters inside a matched
 * term ("Voice Mail" for "voicemail").
 */
export function highlight(value: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  const matched = (word: string) => terms.has(word) || (word.length >= 4 && [...terms].some((term) => term.length > word.length && term.includes(word)));
  let at = 0;
  for (const match of value.matchAll(WORD)) {
    if (!matched(normalizeWord(match[0]))) continue;
    const start = match.index!;
    if (start > at) segments.push({ text: value.slice(at, start), mark: false });
    segments.push({ text: match[0], mark: true });
    at = start + match[0].length;
  }
  if (at < value.length) segments.push({ text: value.slice(at), mark: false });
  return segments;
}

/**
 * Fuzzy, typo-tolerant search over the topics of one content. Build it once
 * per content (`searchFor` caches it) and call `search()` per keystroke.
 */
export class TopicSearch {
  readonly #topics: readonly Topic[];
  /** Every distinct word of the corpus. */
  readonly #terms: string[] = [];
  readonly #termIds = new Map<string, number>();
  /** Per term: the topics that contain it (ascending) and their field-weighted frequencies. */
  readonly #postings: Array<{ docs: number[]; weights: number[] }> = [];
  /** Per bigram: the ids of the terms that contain it. */
  readonly #bigrams = new Map<string, number[]>();
  readonly #keywordPhrases = new Map<number, Array<{ text: string; words: Set<string> }>>();
  /** Query word → matching terms and how well they match; reused while typing. */
  readonly #expansions = new Map<string, Array<[termId: number, quality: number]>>();

  /** The next topic to index: the index is built in slices (`indexSome`) or all at once on the first search. */
  #next = 0;
  // Reused for every field of every topic: building 10,000 topics allocates little.
  readonly #counts = new Map<number, number>();
  readonly #weights = new Map<number, number>();
  /** Raw spelling → term id: most words repeat across topics, so each spelling is normalized once. */
  readonly #spellings = new Map<string, number>();

  constructor(content: Content) {
    this.#topics = content.topics;
  }

  /** Whether every topic is indexed. */
  get indexed() {
    return this.#next >= this.#topics.length;
  }

  /**
   * Indexes topics for about `budget` ms (all of them by default); returns
   * whether the index is complete. The panel calls it in idle time after new
   * content arrives, so the first keystroke does not pay for the index.
   */
  indexSome(budget = Infinity): boolean {
    const end = performance.now() + budget;
    while (this.#next < this.#topics.length) {
      this.#index(this.#next++);
      if (this.#next % 16 === 0 && performance.now() > end) break;
    }
    return this.indexed;
  }

  #index(doc: number) {
    const topic = this.#topics[doc];
    const fields = { title: topic.title, keywords: topic.keywords.join(' '), summary: topic.summary, body: [...topic.blocks, ...topic.sections.flatMap((section) => section.blocks)].map(blockText).join(' ') };
    const counts = this.#counts;
    const weights = this.#weights;
    weights.clear();
    for (const [field, weight] of FIELDS) {
      counts.clear();
      for (const raw of canonical(fields[field]).match(WORD) ?? []) {
        let id = this.#spellings.get(raw);
        if (id === undefined) this.#spellings.set(raw, (id = this.#termId(normalizeWord(raw))));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      // Saturating term frequency: the fifth "password" in a body adds little.
      for (const [id, tf] of counts) weights.set(id, (weights.get(id) ?? 0) + (weight * tf) / (tf + 0.5));
    }
    for (const [id, weight] of weights) {
      const postings = this.#postings[id];
      postings.docs.push(doc);
      postings.weights.push(weight);
    }
  }

  /** Ranked hits for `query`, best first; an empty query has none. */
  search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    return this.rank(query, limit).hits;
  }

  /** The best `limit` hits for `query`, and how many topics match in all. */
  rank(query: string, limit = DEFAULT_LIMIT): { hits: SearchHit[]; total: number } {
    const tokens = queryWords(query);
    if (!tokens.length) return { hits: [], total: 0 };
    this.indexSome();
    const docs = this.#topics.length;
    const scores = new Map<number, { score: number; tokens: number; terms: Set<string> }>();
    for (const token of tokens) {
      // Best contribution of this token to each topic.
      const best = new Map<number, [number, string]>();
      for (const [termId, quality] of this.#expand(token)) {
        const { docs: found, weights } = this.#postings[termId];
        const idf = Math.log(1 + (docs - found.length + 0.5) / (found.length + 0.5));
        for (let i = 0; i < found.length; i++) {
          const doc = found[i];
          const value = quality * idf * weights[i];
          if (value > (best.get(doc)?.[0] ?? 0)) best.set(doc, [value, this.#terms[termId]]);
        }
      }
      for (const [doc, [value, term]] of best) {
        const entry = scores.get(doc) ?? { score: 0, tokens: 0, terms: new Set<string>() };
        entry.score += value;
        entry.tokens++;
        entry.terms.add(term);
        scores.set(doc, entry);
      }
    }
    // The query as words, stopwords kept: " mi cuenta " finds the keyword phrase "mi cuenta".
    const phrase = ` ${words(normalizeQuery(query)).join(' ')} `;
    const ranked = [...scores].map(([doc, entry]) => {
      let score = entry.score * (0.2 + (0.8 * entry.tokens) / tokens.length);
      // A keyword phrase of several words, typed as it is, names the topic.
      // Only when the phrase holds every word that matters: "no puedo entrar a
      // directv" is about DIRECTV, not the "no puedo entrar" of My Account.
      if (this.#phrases(doc).some((keyword) => phrase.includes(keyword.text) && tokens.every((token) => keyword.words.has(token)))) score *= 1.5;
      return { doc, terms: entry.terms, score };
    });
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const top = ranked[0]?.score ?? 1;
    const hits = ranked.slice(0, limit).map(({ doc, terms, score }) => {
      const topic = this.#topics[doc];
      // Mark every word form that matched, also where the topic has it in another field.
      const marked = new Set([...terms, ...tokens]);
      return { topic, score: 1 - score / top, title: highlight(topic.title, marked), summary: highlight(topic.summary, marked) };
    });
    return { hits, total: ranked.length };
  }

  /** A topic's keyword phrases of two or more words, normalized and padded: " voice mail ". */
  #phrases(doc: number) {
    let phrases = this.#keywordPhrases.get(doc);
    if (!phrases) {
      phrases = this.#topics[doc].keywords
        .map((keyword) => words(keyword))
        .filter((w) => w.length > 1)
        .map((w) => ({ text: ` ${w.join(' ')} `, words: new Set(w) }));
      this.#keywordPhrases.set(doc, phrases);
    }
    return phrases;
  }

  #termId(word: string) {
    let id = this.#termIds.get(word);
    if (id === undefined) {
      id = this.#terms.push(word) - 1;
      this.#termIds.set(word, id);
      this.#postings.push({ docs: [], weights: [] });
      for (const gram of bigrams(word)) {
        const ids = this.#bigrams.get(gram);
        if (ids) ids.push(id);
        else this.#bigrams.set(gram, [id]);
      }
    }
    return id;
  }

  /** The corpus words a query word may mean, with a quality from 0 to 1. */
  #expand(token: string) {
    let found = this.#expansions.get(token);
    if (found) return found;
    found = [];
    const errors = allowedErrors(token.length);
    if (token.length < 2) {
      // One character: whole words only.
      const id = this.#termIds.get(token);
      if (id !== undefined) found.push([id, 1]);
    } else {
      const grams = bigrams(token);
      // Each typo breaks at most two bigrams of the word.
      const needed = Math.max(1, grams.size - 2 * errors);
      // A query word that is itself a corpus word is meant as typed: no typo
      // guesses for it ("cuenta" is not "center"), only the word and longer
      // words it starts ("bill" → "billing"), a little below the word itself.
      const known = this.#termIds.has(token);
      const shared = new Map<number, number>();
      for (const gram of grams) for (const id of this.#bigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      for (const [id, count] of shared) {
        if (count < needed) continue;
        const term = this.#terms[id];
        // A different word of about the same length, or one that contains this one.
        if (count < grams.size && Math.abs(term.length - token.length) > errors) continue;
        const quality = matchQuality(token, term, known ? 0 : errors);
        if (quality > 0) found.push([id, known && quality < 1 ? quality * 0.5 : quality]);
      }
    }
    if (this.#expansions.size > 2000) this.#expansions.clear();
    this.#expansions.set(token, found);
    return found;
  }
}

/**
 * How well a corpus word matches a query word, from 0 (not at all) to 1 (the
 * same word). Whole words beat prefixes ("voicem" while typing "voicemail"),
 * prefixes beat words found inside longer ones ("mail" in "voicemail"), and
 * typos are scored by fuse.js (Bitap). Bitap counts a swap of two letters as
 * two errors, so the share of letters both words have tells "emial" → "email"
 * from "emial" → "premium".
 */
function matchQuality(token: string, term: string, errors: number) {
  if (term === token) return 1;
  const ratio = token.length / term.length;
  if (term.startsWith(token)) return 0.6 + 0.4 * ratio;
  // Inside another word only from four letters: "to" is not in "Norton".
  if (token.length >= 4 && term.includes(token)) return 0.25 + 0.5 * ratio * ratio;
  if (!errors) return 0;
  const result = Fuse.match(token, term, { threshold: errors / token.length + 0.01, ignoreLocation: true, isCaseSensitive: true });
  return result.isMatch ? (1 - result.score) * sharedLetters(token, term) : 0;
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

const cache = new WeakMap<Content, TopicSearch>();

/** The search for `content`, built on first use and kept while the content lives. */
export function searchFor(content: Content): TopicSearch {
  let search = cache.get(content);
  if (!search) cache.set(content, (search = new TopicSearch(content)));
  return search;
}
