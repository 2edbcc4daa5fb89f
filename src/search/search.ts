import Fuse from 'fuse.js/basic';
import type { Block, Content, Section, Topic } from '../content/schema.js';
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

/** One ranked search result: a section of a topic, or a topic as a whole. */
export interface SearchHit {
  topic: Topic;
  /** The section that answers the query; absent for a topic as a whole. */
  section?: Section;
  /** 0 for the best hit of a query, towards 1 for weaker ones. */
  score: number;
  /** The row's heading, marked: the section's question, or the topic's title. */
  title: Segment[];
  /** The topic's title, marked: the service the hit belongs to. */
  service: Segment[];
  /**
   * The line under the heading, marked: for a section, a snippet of its
   * answer around the first matched word; for a topic, its summary (or a
   * snippet of its text when only the text matched).
   */
  summary: Segment[];
}

/**
 * Field weights: tuned on test/search-cases.ts (topics) and
 * test/intent-cases.ts (sections). A topic's section questions count like
 * its title (they are its headings); its sections' keywords hardly, since
 * each names one situation, not the service ("pay long distance bill" must
 * not outrank AutoPay for "pay my bill"). A section counts its topic's
 * title a little, so that "long distance ... correct password" prefers the
 * long distance answer that matches the most words.
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

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

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
    'al con de del el en es la las lo los me mi mis no para por puede puedo que se su sus un una y')
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

/** Whether `word` matched: it is one of `terms`, or (4+ letters) inside a longer one of `list`, the same terms as an array. */
const isMatched = (word: string, terms: ReadonlySet<string>, list: readonly string[]) =>
  terms.has(word) || (word.length >= 4 && list.some((term) => term.length > word.length && term.includes(word)));

/** A text and its words, found once: where each starts and ends, and its normalized form. */
interface Words {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly norms: readonly string[];
}

const wordsIn = (text: string): Words => {
  const starts: number[] = [];
  const ends: number[] = [];
  const norms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    starts.push(match.index!);
    ends.push(match.index! + match[0].length);
    norms.push(normalizeWord(match[0]));
  }
  return { text, starts, ends, norms };
};

/**
 * The words of short texts (titles, questions, summaries); answer texts keep
 * theirs in `bodies`. Every keystroke marks the same few texts again, and
 * finding their words anew made most of a keystroke's garbage (and so of its
 * garbage-collection pauses).
 */
const shortTexts = new Map<string, Words>();
const wordsOf = (text: string) => {
  let found = shortTexts.get(text);
  if (!found) {
    if (shortTexts.size >= 4096) shortTexts.clear();
    shortTexts.set(text, (found = wordsIn(text)));
  }
  return found;
};

/**
 * Splits `value` into runs, marking the words that matched: those whose
 * normalized form is in `terms`, and words of 4+ letters inside a matched
 * term ("Voice Mail" for "voicemail").
 */
export const highlight = (value: string, terms: ReadonlySet<string>): Segment[] => mark(wordsOf(value), 0, value.length, terms);

/**
 * `highlight()` for `words.text.slice(from, to)`, from the text's words. `from`
 * is at a word's start or between words; `to` may cut a word, whose piece is
 * then a word of its own.
 */
function mark(words: Words, from: number, to: number, terms: ReadonlySet<string>): Segment[] {
  const { text, starts, ends, norms } = words;
  const segments: Segment[] = [];
  const list = [...terms];
  let at = from;
  let i = 0;
  while (i < starts.length && starts[i] < from) i++;
  for (; i < starts.length && starts[i] < to; i++) {
    let end = ends[i];
    let norm = norms[i];
    if (end > to) {
      // The piece ends inside this word: what is left of it, as the piece alone would read it.
      const left = text.slice(starts[i], to).match(FIRST_WORD)?.[0];
      if (!left) continue;
      end = starts[i] + left.length;
      norm = normalizeWord(left);
    }
    if (!isMatched(norm, terms, list)) continue;
    if (starts[i] > at) segments.push({ text: text.slice(at, starts[i]), mark: false });
    segments.push({ text: text.slice(starts[i], end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
}

/** The searchable text of one document: a topic, or one section of a topic. */
interface Doc {
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

/** The words of the whole corpus, shared by the topic and the section index. */
class Vocabulary {
  /** Every distinct word of the corpus. */
  readonly terms: string[] = [];
  readonly #termIds = new Map<string, number>();
  /** Per bigram: the ids of the terms that contain it. */
  readonly #bigrams = new Map<string, number[]>();
  /** Raw spelling → term id: most words repeat across topics, so each spelling is normalized once. */
  readonly #spellings = new Map<string, number>();
  /** Query word → matching terms and how well they match; reused while typing. */
  readonly #expansions = new Map<string, Array<[termId: number, quality: number]>>();

  /** The term id of a word as written in the corpus. */
  idOf(raw: string) {
    let id = this.#spellings.get(raw);
    if (id === undefined) this.#spellings.set(raw, (id = this.#termId(normalizeWord(raw))));
    return id;
  }

  #termId(word: string) {
    let id = this.#termIds.get(word);
    if (id === undefined) {
      id = this.terms.push(word) - 1;
      this.#termIds.set(word, id);
      for (const gram of bigrams(word)) {
        const ids = this.#bigrams.get(gram);
        if (ids) ids.push(id);
        else this.#bigrams.set(gram, [id]);
      }
      // New words may be what an earlier query word meant.
      this.#expansions.clear();
    }
    return id;
  }

  /** The corpus words a query word may mean, with a quality from 0 to 1. */
  expand(token: string) {
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
        const term = this.terms[id];
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
 * One query's scores over one index, kept in buffers the index reuses: valid
 * until its next `scoreAll()`. Typed arrays, not a map of objects per document:
 * a query word such as "re" matches most of a 10,000-topic corpus, and every
 * keystroke would otherwise allocate (and later collect) thousands of them.
 */
interface Scores {
  /** The documents that matched, in no particular order. */
  readonly docs: number[];
  /** Per document: its score (0 when it did not match). */
  readonly score: Float64Array;
  /** The corpus words a document matched, one per query word it matched. */
  terms(doc: number): Set<string>;
  /** Whether a document matched a corpus word that is not in `words`. */
  matchesBeyond(doc: number, words: ReadonlySet<string>): boolean;
}

/** An inverted index of documents over a shared vocabulary, built in slices. */
class DocIndex implements Scores {
  readonly #vocabulary: Vocabulary;
  readonly #count: number;
  readonly #doc: (i: number) => Doc;
  /** Per term id: the documents that contain it (ascending) and their field-weighted frequencies. */
  readonly #postings: Array<{ docs: number[]; weights: number[] } | undefined> = [];
  /** Keyword phrases of two or more words, normalized and padded (" voice mail "): their words, and the documents that have them. */
  readonly #keywordPhrases = new Map<string, { text: string; words: Set<string>; docs: number[] }>();
  /** The next document to index. */
  #next = 0;
  // Reused for every field of every document: building 10,000 topics allocates little.
  readonly #counts = new Map<number, number>();
  readonly #weights = new Map<number, number>();

  // The last query's scores (see `Scores`), sized on the first query.
  readonly docs: number[] = [];
  score = new Float64Array(0);
  /** Per document: how many query words it matched. */
  #matched = new Uint8Array(0);
  /** Per document: the term id that matched each of those query words. */
  #matchedTerms = new Int32Array(0);
  /** One query word's best contribution per document, and the term that gave it. */
  #best = new Float64Array(0);
  #bestTerm = new Int32Array(0);
  /** The documents one query word reached. */
  readonly #touched: number[] = [];

  constructor(vocabulary: Vocabulary, count: number, doc: (i: number) => Doc) {
    this.#vocabulary = vocabulary;
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
    const fields = { title: doc.title, keywords: doc.keywords.join(' '), summary: doc.summary, questions: doc.questions ?? '', sectionKeywords: doc.sectionKeywords ?? '', service: doc.service ?? '', body: doc.body };
    const counts = this.#counts;
    const weights = this.#weights;
    weights.clear();
    for (const [field, weight] of FIELDS) {
      counts.clear();
      for (const raw of canonical(fields[field]).match(WORD) ?? []) {
        const id = this.#vocabulary.idOf(raw);
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
      const phrase = words(keyword);
      if (phrase.length < 2) continue;
      const text = ` ${phrase.join(' ')} `;
      const having = this.#keywordPhrases.get(text)?.docs;
      if (!having) this.#keywordPhrases.set(text, { text, words: new Set(phrase), docs: [i] });
      else if (having.at(-1) !== i) having.push(i);
    }
  }

  /**
   * Scores every matching document, BM25-style: rarer words count more,
   * documents that match more of the query's words score higher, and a
   * keyword phrase typed as it is names its document.
   */
  scoreAll(tokens: readonly string[], phrase: string): Scores {
    const count = this.#count;
    if (this.score.length !== count) {
      this.score = new Float64Array(count);
      this.#matched = new Uint8Array(count);
      this.#matchedTerms = new Int32Array(count * MAX_TOKENS);
      this.#best = new Float64Array(count);
      this.#bestTerm = new Int32Array(count);
    }
    const { docs, score } = this;
    const matched = this.#matched;
    const matchedTerms = this.#matchedTerms;
    const best = this.#best;
    const bestTerm = this.#bestTerm;
    // Forget the last query: only the documents it touched.
    for (const doc of docs) (score[doc] = 0), (matched[doc] = 0);
    docs.length = 0;
    const touched = this.#touched;
    for (const token of tokens) {
      // Best contribution of this token to each document.
      const expansion = this.#vocabulary.expand(token);
      for (let e = 0; e < expansion.length; e++) {
        const [termId, quality] = expansion[e];
        const postings = this.#postings[termId];
        if (!postings) continue;
        const { docs: found, weights } = postings;
        const idf = Math.log(1 + (count - found.length + 0.5) / (found.length + 0.5));
        for (let i = 0; i < found.length; i++) {
          const doc = found[i];
          const value = quality * idf * weights[i];
          if (value > best[doc]) {
            if (best[doc] === 0) touched.push(doc);
            best[doc] = value;
            bestTerm[doc] = termId;
          }
        }
      }
      for (const doc of touched) {
        if (matched[doc] === 0) docs.push(doc);
        score[doc] += best[doc];
        matchedTerms[doc * MAX_TOKENS + matched[doc]++] = bestTerm[doc];
        best[doc] = 0;
      }
      touched.length = 0;
    }
    for (const doc of docs) score[doc] *= 0.2 + (0.8 * matched[doc]) / tokens.length;
    // A keyword phrase of several words, typed as it is, names its documents.
    // Only when the phrase holds every word that matters: "no puedo entrar a
    // directv" is about DIRECTV, not the "no puedo entrar" of My Account.
    // (Over the phrases' values: a map's entries would allocate an array per phrase on every keystroke.)
    let named: Set<number> | undefined;
    for (const { text, words, docs: having } of this.#keywordPhrases.values()) {
      if (!phrase.includes(text) || !tokens.every((token) => words.has(token))) continue;
      named ??= new Set();
      for (const doc of having) if (matched[doc] && !named.has(doc)) named.add(doc), (score[doc] *= 1.5);
    }
    return this;
  }

  matchesBeyond(doc: number, words: ReadonlySet<string>) {
    for (let i = 0; i < this.#matched[doc]; i++) if (!words.has(this.#vocabulary.terms[this.#matchedTerms[doc * MAX_TOKENS + i]])) return true;
    return false;
  }

  terms(doc: number) {
    const found = new Set<string>();
    for (let i = 0; i < this.#matched[doc]; i++) found.add(this.#vocabulary.terms[this.#matchedTerms[doc * MAX_TOKENS + i]]);
    return found;
  }
}

/** Answer texts and their words, kept while their blocks (or topic) live: result snippets are cut from them on every keystroke. */
const bodies = new WeakMap<object, Words>();
const bodyWords = (owner: object, text: () => string) => {
  let found = bodies.get(owner);
  if (!found) bodies.set(owner, (found = wordsIn(text())));
  return found;
};
const bodyText = (blocks: readonly Block[]) => blocks.map(blockText).join(' ');
/** A section's answer. */
const sectionBody = (section: Section) => bodyWords(section.blocks, () => bodyText(section.blocks));
/** All of a topic's text: its blocks and every section's. */
const topicBody = (topic: Topic) =>
  bodyWords(topic, () =>
    [topic.blocks, ...topic.sections.map((s) => s.blocks)]
      .filter((blocks) => blocks.length)
      .map(bodyText)
      .join(' '),
  );

/** Characters of answer text in a result's snippet. */
const SNIPPET_LENGTH = 140;

/** Whitespace, as `String.prototype.trim()` removes it. */
const SPACE = /\s/;

/**
 * A short piece of a text around its first word in `anchor` (from its start
 * when there is none), cut at word boundaries, with the words in `terms` marked.
 */
function snippet(words: Words, terms: ReadonlySet<string>, anchor: ReadonlySet<string> = terms): Segment[] {
  const { text, starts, norms } = words;
  let start = 0;
  const list = [...anchor];
  for (let i = 0; i < norms.length; i++) {
    if (isMatched(norms[i], anchor, list)) {
      start = starts[i];
      break;
    }
  }
  // Some words before the match, so it reads as a sentence.
  if (start > 40) {
    const before = text.lastIndexOf(' ', start - 30);
    start = before > 0 ? before + 1 : start;
  } else start = 0;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  // The piece, trimmed.
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;
  const segments = mark(words, from, to, terms);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/** How many rows one topic may have before every other matching topic had its best one. */
const ROWS_PER_TOPIC = 2;


/**
 * Fuzzy, typo-tolerant search over the topics of one content, and over the
 * sections of topics that have them. Build it once per content (`searchFor`
 * caches it) and call `search()` per keystroke.
 *
 * Topics are ranked as a whole, on their title, keywords, summary, their
 * sections' questions (and, a little, keywords) and all their text. A topic with sections then gives one row
 * per section that matched words of its own (question, keywords, answer),
 * best first, ranked just below the topic's own score; a topic whose
 * sections matched nothing of their own (only its title, say) gives one row
 * for the whole topic. A topic gives at most two rows before every other
 * matching topic had its best row.
 */
export class TopicSearch {
  readonly #topics: readonly Topic[];
  readonly #vocabulary = new Vocabulary();
  readonly #topicIndex: DocIndex;
  /** Every section, as [topic index, section]. */
  readonly #sections: Array<[topic: number, section: Section]> = [];
  readonly #sectionIndex: DocIndex;
  /** Per topic: the index of its first section in `#sections`. */
  readonly #firstSection: number[] = [];

  constructor(content: Content) {
    const topics = (this.#topics = content.topics);
    topics.forEach((topic, i) => {
      this.#firstSection.push(this.#sections.length);
      for (const section of topic.sections) this.#sections.push([i, section]);
    });
    this.#topicIndex = new DocIndex(this.#vocabulary, topics.length, (i) => {
      const topic = topics[i];
      if (!topic.sections.length) return { title: topic.title, keywords: topic.keywords, summary: topic.summary, body: bodyText(topic.blocks) };
      return {
        title: topic.title,
        keywords: topic.keywords,
        summary: topic.summary,
        questions: topic.sections.map((section) => section.question).join(' '),
        sectionKeywords: topic.sections.map((section) => section.keywords.join(' ')).join(' '),
        body: [bodyText(topic.blocks), ...topic.sections.map((section) => bodyText(section.blocks))].join(' '),
      };
    });
    this.#sectionIndex = new DocIndex(this.#vocabulary, this.#sections.length, (i) => {
      const section = this.#sections[i][1];
      const topic = topics[this.#sections[i][0]];
      return { title: section.question, keywords: section.keywords, summary: '', service: topic.title, body: bodyText(section.blocks) };
    });
  }

  readonly #titles = new Map<number, Set<string>>();

  /** The normalized words of a topic's title. */
  #titleWords(doc: number) {
    let found = this.#titles.get(doc);
    if (!found) this.#titles.set(doc, (found = new Set(words(this.#topics[doc].title))));
    return found;
  }

  /** Whether every topic and section is indexed. */
  get indexed() {
    return this.#topicIndex.indexed && this.#sectionIndex.indexed;
  }

  /**
   * Indexes topics and sections for about `budget` ms (all of them by
   * default); returns whether the index is complete. The panel calls it in
   * idle time after new content arrives, so the first keystroke does not pay
   * for the index.
   */
  indexSome(budget = Infinity): boolean {
    const end = performance.now() + budget;
    return this.#topicIndex.indexUntil(end) && this.#sectionIndex.indexUntil(end);
  }

  /** Ranked hits for `query`, best first; an empty query has none. */
  search(query: string, limit = DEFAULT_LIMIT): SearchHit[] {
    return this.rank(query, limit).hits;
  }

  /** The best `limit` hits for `query`, and how many hits there are in all. */
  rank(query: string, limit = DEFAULT_LIMIT): { hits: SearchHit[]; total: number } {
    const tokens = queryWords(query);
    if (!tokens.length) return { hits: [], total: 0 };
    this.indexSome();
    // The query as words, stopwords kept: " mi cuenta " finds the keyword phrase "mi cuenta".
    // (And without its stopwords: "pagar mi factura" finds "pagar factura".)
    const all = words(normalizeQuery(query));
    const phrase = ` ${all.join(' ')} | ${all.filter((word) => !STOPWORDS.has(word)).join(' ')} `;
    const topicScores = this.#topicIndex.scoreAll(tokens, phrase);
    const sectionScores = this.#sections.length ? this.#sectionIndex.scoreAll(tokens, phrase) : undefined;
    const scoreOf = topicScores.score;
    const matched = topicScores.docs;

    interface Row {
      topic: number;
      /** Index in `#sections`, or -1 for the whole topic. */
      section: number;
      score: number;
      /** The words the section matched on its own. */
      own?: Set<string>;
    }
    // A topic's rows score at most the topic's own score, so only the topics
    // scoring at least the `limit`-th best can have a row among the best
    // `limit`: rows are made for those, and only counted for the rest (a
    // query such as "re" matches most topics of a large corpus).
    let floor = -Infinity;
    if (matched.length > limit) {
      const sorted = new Float64Array(matched.length);
      for (let i = 0; i < matched.length; i++) sorted[i] = scoreOf[matched[i]];
      floor = sorted.sort()[matched.length - limit];
    }
    const first: Row[] = [];
    const later: Row[] = [];
    let total = 0;
    for (const doc of matched) {
      const topicScore = scoreOf[doc];
      const count = this.#topics[doc].sections.length;
      const shown = topicScore >= floor;
      if (!sectionScores || !count) {
        total++;
        if (shown) first.push({ topic: doc, section: -1, score: topicScore });
        continue;
      }
      const from = this.#firstSection[doc];
      // Sections that matched words of their own; matching only words of the
      // topic's title ("long distance") means the whole topic answers.
      const title = this.#titleWords(doc);
      if (!shown) {
        let own = 0;
        for (let i = from; i < from + count; i++) if (sectionScores.score[i] && sectionScores.matchesBeyond(i, title)) own++;
        total += Math.max(1, own);
        continue;
      }
      const own: Array<[section: number, score: number, terms: Set<string>]> = [];
      for (let i = from; i < from + count; i++) {
        if (sectionScores.score[i] && sectionScores.matchesBeyond(i, title)) own.push([i, sectionScores.score[i], sectionScores.terms(i)]);
      }
      if (!own.length) {
        total++;
        first.push({ topic: doc, section: -1, score: topicScore });
        continue;
      }
      total += own.length;
      own.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const best = own[0][1];
      own.forEach(([section, found, terms], n) => {
        // The best section carries the topic's score; the others a little less, by how well they matched.
        const score = topicScore * (0.6 + (0.4 * found) / best);
        (n < ROWS_PER_TOPIC ? first : later).push({ topic: doc, section, score, own: terms });
      });
    }
    // The best topic's score: a hit's `score` is its distance from it.
    let top = 0;
    for (const doc of matched) top = Math.max(top, scoreOf[doc]);
    const byScore = (a: Row, b: Row) => b.score - a.score || a.topic - b.topic || a.section - b.section;
    first.sort(byScore);
    const shown = first.length >= limit ? first.slice(0, limit) : first.concat(later.sort(byScore).slice(0, limit - first.length));
    const hits = shown.map(({ topic: doc, section: at, score, own }): SearchHit => {
      const topic = this.#topics[doc];
      // Mark every word form that matched, also where the document has it in another field.
      const terms = topicScores.terms(doc);
      const marked = new Set([...terms, ...(own ?? []), ...tokens]);
      const service = highlight(topic.title, marked);
      if (at >= 0) {
        const section = this.#sections[at][1];
        return { topic, section, score: 1 - score / top, title: highlight(section.question, marked), service, summary: snippet(sectionBody(section), marked, own) };
      }
      let summary = highlight(topic.summary, marked);
      // Matched only in the answer's text: the summary says where.
      if (!service.some((s) => s.mark) && !summary.some((s) => s.mark)) {
        const body = snippet(topicBody(topic), marked);
        if (body.some((s) => s.mark)) summary = body;
      }
      return { topic, score: 1 - score / top, title: service, service, summary };
    });
    return { hits, total };
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
