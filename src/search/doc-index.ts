import type { Analyzer } from './analyze.js';
import type { Vocabulary } from './vocabulary.js';

/** At most this many query words are used. */
export const MAX_TOKENS = 8;

/** One query word, analyzed: its term, whether it may be a prefix (still being typed), and whether every service shares it. */
export interface QueryToken {
  term: string;
  prefix: boolean;
  shared: boolean;
  /** A word that tells nothing of what the customer needs ("says", "thru"): searched, not judged. */
  generic?: boolean;
}

/** The searchable text of one document: a topic, or one section of a topic. */
export interface Doc {
  title: string;
  keywords: readonly string[];
  summary: string;
  /** A topic's sections' questions. */
  questions?: string;
  /** A topic's sections' keywords. */
  sectionKeywords?: string;
  /** A section's topic title. */
  service?: string;
  body: string;
}

/**
 * Field weights: tuned on the relevance tables in test/. A topic's section
 * questions count like its title (they are its headings); its sections'
 * keywords hardly, since each names one situation, not the service. A
 * section counts its topic's title a little.
 */
const FIELDS = [
  ['title', 3],
  ['keywords', 3],
  ['summary', 1.5],
  ['questions', 3],
  ['sectionKeywords', 0.25],
  ['service', 1],
  ['body', 0.5],
] as const;

/** How much a word every service shares counts, against a distinctive one. */
const SHARED_WEIGHT = 0.3;

/**
 * An inverted index of documents over a shared vocabulary, built in slices,
 * scored BM25-style. One query's scores are kept in typed arrays the index
 * reuses (valid until its next `scoreAll()`): a query word such as "re"
 * matches most of a 10,000-topic corpus, and objects per document would make
 * every keystroke allocate (and later collect) thousands of them.
 */
export class DocIndex {
  readonly #vocabulary: Vocabulary;
  readonly #analyzer: Analyzer;
  readonly #count: number;
  readonly #doc: (i: number) => Doc;
  /** Per term id: the documents that contain it (ascending) and their field-weighted frequencies. */
  readonly #postings: Array<{ docs: number[]; weights: number[] } | undefined> = [];
  /** Keyword phrases of two or more terms (" voicemail password "): their terms, and the documents that have them. */
  readonly #keywordPhrases = new Map<string, { text: string; terms: Set<string>; docs: number[] }>();
  /** The next document to index. */
  #next = 0;
  // Reused for every field of every document: building 10,000 topics allocates little.
  readonly #counts = new Map<number, number>();
  readonly #weights = new Map<number, number>();

  /** The documents the last query matched, in no particular order. */
  readonly docs: number[] = [];
  /** Per document: its score for the last query (0 when it did not match). */
  score = new Float64Array(0);
  /** Per document: a bit per query word it matched at all, and per word it matched whole. */
  matched = new Uint8Array(0);
  whole = new Uint8Array(0);
  /** Per document: the term id that matched each query word. */
  #matchedTerms = new Int32Array(0);
  /** One query word's best contribution per document, and the term that gave it. */
  #best = new Float64Array(0);
  #bestTerm = new Int32Array(0);
  #bestWhole = new Uint8Array(0);
  /** The documents one query word reached. */
  readonly #touched: number[] = [];

  constructor(vocabulary: Vocabulary, analyzer: Analyzer, count: number, doc: (i: number) => Doc) {
    this.#vocabulary = vocabulary;
    this.#analyzer = analyzer;
    this.#count = count;
    this.#doc = doc;
  }

  get indexed() {
    return this.#next >= this.#count;
  }

  /** Indexes documents until `end` (a `performance.now()` time); returns whether all are indexed. */
  indexUntil(end: number) {
    while (this.#next < this.#count) {
      this.#index(this.#next++);
      if (this.#next % 16 === 0 && performance.now() > end) break;
    }
    return this.indexed;
  }

  #index(i: number) {
    const doc = this.#doc(i);
    const fields = { title: doc.title, keywords: doc.keywords.join(' | '), summary: doc.summary, questions: doc.questions ?? '', sectionKeywords: doc.sectionKeywords ?? '', service: doc.service ?? '', body: doc.body };
    const counts = this.#counts;
    const weights = this.#weights;
    weights.clear();
    for (const [field, weight] of FIELDS) {
      counts.clear();
      for (const term of this.#analyzer.terms(fields[field])) {
        const id = this.#vocabulary.idOf(term);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      // Saturating term frequency: the fifth "password" in a body adds little.
      for (const [id, tf] of counts) weights.set(id, (weights.get(id) ?? 0) + (weight * tf) / (tf + 0.5));
    }
    for (const [id, weight] of weights) {
      const postings = (this.#postings[id] ??= { docs: [], weights: [] });
      postings.docs.push(i);
      postings.weights.push(weight);
    }
    for (const keyword of doc.keywords) {
      const terms = this.#analyzer.terms(keyword);
      if (terms.length < 2) continue;
      const text = ` ${terms.join(' ')} `;
      const having = this.#keywordPhrases.get(text)?.docs;
      if (!having) this.#keywordPhrases.set(text, { text, terms: new Set(terms), docs: [i] });
      else if (having.at(-1) !== i) having.push(i);
    }
  }

  /**
   * Scores every matching document: rarer words count more, shared words
   * little, documents that match more of the query's words score higher, and
   * a keyword phrase typed as it is names its document.
   */
  scoreAll(tokens: readonly QueryToken[], phrase: string): this {
    const count = this.#count;
    if (this.score.length !== count) {
      this.score = new Float64Array(count);
      this.matched = new Uint8Array(count);
      this.whole = new Uint8Array(count);
      this.#matchedTerms = new Int32Array(count * MAX_TOKENS);
      this.#best = new Float64Array(count);
      this.#bestTerm = new Int32Array(count);
      this.#bestWhole = new Uint8Array(count);
    }
    const { docs, score, matched, whole } = this;
    const best = this.#best;
    const bestTerm = this.#bestTerm;
    const bestWhole = this.#bestWhole;
    // Forget the last query: only the documents it touched.
    for (const doc of docs) (score[doc] = 0), (matched[doc] = 0), (whole[doc] = 0);
    docs.length = 0;
    const touched = this.#touched;
    let total = 0;
    tokens.forEach((token, t) => {
      const weight = token.shared ? SHARED_WEIGHT : 1;
      total += weight;
      for (const [termId, quality, isWhole] of this.#vocabulary.expand(token.term, token.prefix)) {
        const postings = this.#postings[termId];
        if (!postings) continue;
        const { docs: found, weights } = postings;
        const idf = Math.log(1 + (count - found.length + 0.5) / (found.length + 0.5));
        for (let i = 0; i < found.length; i++) {
          const doc = found[i];
          const value = weight * quality * idf * weights[i];
          if (value > best[doc]) {
            if (best[doc] === 0) touched.push(doc);
            best[doc] = value;
            bestTerm[doc] = termId;
            bestWhole[doc] = isWhole ? 1 : 0;
          }
        }
      }
      for (const doc of touched) {
        if (matched[doc] === 0) docs.push(doc);
        score[doc] += best[doc];
        this.#matchedTerms[doc * MAX_TOKENS + t] = bestTerm[doc];
        matched[doc] |= 1 << t;
        if (bestWhole[doc]) whole[doc] |= 1 << t;
        best[doc] = 0;
      }
      touched.length = 0;
    });
    for (const doc of docs) {
      let weight = 0;
      tokens.forEach((token, t) => {
        if (matched[doc] & (1 << t)) weight += token.shared ? SHARED_WEIGHT : 1;
      });
      score[doc] *= 0.2 + (0.8 * weight) / total;
    }
    // A keyword phrase of several words, typed as it is, names its documents.
    // Only when the phrase holds every word that matters: "no puedo entrar a
    // directv" is about DIRECTV, not the "no puedo entrar" of My Account.
    let named: Set<number> | undefined;
    for (const { text, terms, docs: having } of this.#keywordPhrases.values()) {
      if (!phrase.includes(text) || !tokens.every((token) => terms.has(token.term))) continue;
      named ??= new Set();
      for (const doc of having) if (matched[doc] && !named.has(doc)) named.add(doc), (score[doc] *= 1.5);
    }
    return this;
  }

  /** The corpus terms a document matched for the last query. */
  terms(doc: number): Set<string> {
    const found = new Set<string>();
    for (let t = 0; t < MAX_TOKENS; t++) if (this.matched[doc] & (1 << t)) found.add(this.#vocabulary.terms[this.#matchedTerms[doc * MAX_TOKENS + t]]);
    return found;
  }

  /** The corpus term a document matched whole for query word `t`, if any. */
  wholeTerm(doc: number, t: number): string | undefined {
    return this.whole[doc] & (1 << t) ? this.#vocabulary.terms[this.#matchedTerms[doc * MAX_TOKENS + t]] : undefined;
  }

  /** Whether a document matched a corpus term that is not in `terms`. */
  matchesBeyond(doc: number, terms: ReadonlySet<string>) {
    for (let t = 0; t < MAX_TOKENS; t++) if (this.matched[doc] & (1 << t) && !terms.has(this.#vocabulary.terms[this.#matchedTerms[doc * MAX_TOKENS + t]])) return true;
    return false;
  }
}
