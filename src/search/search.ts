import type { Content, Section, Topic } from '../content/schema.js';
import { Analyzer, normalizeQuery } from './analyze.js';
import { DocIndex, MAX_TOKENS, type QueryToken } from './doc-index.js';
import { bodyText, highlight, sectionBody, snippet, topicBody, type Segment } from './snippet.js';
import { TopicNames } from './names.js';
import { rowsOf } from './rows.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Search in three steps, so that a keystroke stays inside one frame at
 * thousands of topics and a customer's own words find the answer:
 *
 * 1. The query is analyzed as the content was (`analyze.ts`): stopwords,
 *    stems, and synonyms folded into concepts ("sign in", "log in", "acceder").
 * 2. Each query word is compared with the corpus's vocabulary, not with every
 *    document (`vocabulary.ts`): the word itself, typos of it, and (for the
 *    last word, still being typed) longer words it starts.
 * 3. Topics and sections are ranked from an inverted index of those words
 *    (`doc-index.ts`), BM25-style. Words every service shares ("password",
 *    "account", "log in") count little; a service the query names, by its
 *    title or a synonym of it ("direct tv", "hotmail"), comes first.
 *
 * The index is built once per content object (`searchFor` caches it), in
 * idle slices (`indexSome`) or at once on the first search.
 */

export { MAX_QUERY_LENGTH, normalizeQuery } from './analyze.js';
export { highlight, type Segment } from './snippet.js';

/** Result rows: more than a customer can use is just work for the renderer. */
const DEFAULT_LIMIT = 20;
/** A service named in the query: its score is multiplied by this. */
const NAMED = 4;

/** Whether a query found what it asked for: see `Ranked.answered`. */
export type Answered = 'yes' | 'partly' | 'no';

/** One ranked search result: a section of a topic, or a topic as a whole. */
export interface SearchHit {
  topic: Topic;
  /** The section that answers the query; absent for a topic as a whole. */
  section?: Section;
  /** 0 for the best hit of a query, towards 1 for weaker ones. */
  score: number;
  /**
   * How well it matched: the share (0 to 1) of the query's distinctive words
   * (those not every service shares) it matched; for a query of shared words
   * only, the share of those.
   */
  coverage: number;
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

/** The best hits of a query, how many there are, and whether they answer it. */
export interface Ranked {
  hits: SearchHit[];
  total: number;
  /**
   * `yes`: the first hit matches every distinctive word of the query (or,
   * for a query of shared words only, every word); `partly`: some of them;
   * `no`: none of them, only words every service shares ("my wifi
   * password"), or nothing; or the query names no service and asks about
   * something the content never mentions ("apple id locked"): the content
   * has no answer. Words of saying ("says", "thru", "dice") are not judged.
   */
  answered: Answered;
  /**
   * The query asks for a person and names no service ("customer service",
   * "talk to someone", "hablar con alguien"): the contact options answer it.
   */
  contact: boolean;
}

/** Options of one search. */
export interface RankOptions {
  /** Topic ids of the page's own service(s): first when the query names no other. */
  context?: readonly string[];
}

const popcount = (bits: number) => {
  let n = 0;
  for (; bits; bits &= bits - 1) n++;
  return n;
};

/**
 * Fuzzy, typo-tolerant search over the topics of one content, and over the
 * sections of topics that have them. Build it once per content (`searchFor`
 * caches it) and call `search()` per keystroke.
 *
 * Topics are ranked as a whole, on their title, keywords, summary, their
 * sections' questions (and, a little, keywords) and all their text. A topic
 * with sections then gives one row per section that matched words of its
 * own (question, keywords, answer), best first, ranked just below the
 * topic's own score; a topic whose sections matched nothing of their own
 * (only its title, say) gives one row for the whole topic. A topic gives at
 * most two rows before every other matching topic had its best row.
 */
export class TopicSearch {
  readonly analyzer: Analyzer;
  readonly #topics: readonly Topic[];
  readonly #vocabulary = new Vocabulary();
  readonly #topicIndex: DocIndex;
  /** Every section, as [topic index, section]. */
  readonly #sections: Array<[topic: number, section: Section]> = [];
  readonly #sectionIndex: DocIndex;
  /** Per topic: the index of its first section in `#sections`. */
  readonly #firstSection: number[] = [];
  /** Per topic: the terms of its title. */
  readonly #titles: Array<Set<string> | undefined> = [];
  readonly #names: TopicNames;
  readonly #topicIds = new Map<string, number>();
  /** The term of asking for a person ("customer service"), as this content's analysis reads it. */
  readonly #contact: string;

  constructor(content: Content) {
    const topics = (this.#topics = content.topics);
    const analyzer = (this.analyzer = new Analyzer(content.lang, content.synonyms));
    this.#names = new TopicNames(topics, analyzer);
    this.#contact = analyzer.tokens('customer service')[0].term;
    topics.forEach((topic, i) => {
      this.#topicIds.set(topic.id, i);
      this.#firstSection.push(this.#sections.length);
      for (const section of topic.sections) this.#sections.push([i, section]);
    });
    this.#topicIndex = new DocIndex(this.#vocabulary, analyzer, topics.length, (i) => {
      const topic = topics[i];
      if (!topic.sections.length) return { title: topic.title, keywords: topic.keywords, summary: topic.summary, body: bodyText(topic.blocks) };
      return {
        title: topic.title,
        keywords: topic.keywords,
        summary: topic.summary,
        questions: topic.sections.map((section) => section.question).join(' | '),
        sectionKeywords: topic.sections.map((section) => section.keywords.join(' | ')).join(' | '),
        body: [bodyText(topic.blocks), ...topic.sections.map((section) => bodyText(section.blocks))].join(' | '),
      };
    });
    this.#sectionIndex = new DocIndex(this.#vocabulary, analyzer, this.#sections.length, (i) => {
      const section = this.#sections[i][1];
      const topic = topics[this.#sections[i][0]];
      return { title: section.question, keywords: section.keywords, summary: '', service: topic.title, body: bodyText(section.blocks) };
    });
  }

  /** The terms of a topic's title, as indexed. */
  #titleTerms(doc: number) {
    return (this.#titles[doc] ??= new Set(this.analyzer.terms(this.#topics[doc].title)));
  }

  /** Whether every topic and section is indexed. */
  get indexed() {
    return this.#topicIndex.indexed && this.#sectionIndex.indexed && this.#names.complete;
  }

  /**
   * Indexes topics and sections for about `budget` ms (all of them by
   * default); returns whether the index is complete. The panel calls it in
   * idle time after new content arrives, so the first keystroke does not pay
   * for the index.
   */
  indexSome(budget = Infinity): boolean {
    const end = performance.now() + budget;
    return this.#topicIndex.indexUntil(end) && this.#sectionIndex.indexUntil(end) && this.#names.buildUntil(end);
  }

  /** The words of a query worth searching for, analyzed. */
  #queryTokens(query: string): QueryToken[] {
    const text = normalizeQuery(query);
    const all = this.analyzer.tokens(text);
    // The last word may still be being typed, unless a space follows it.
    const typing = /[\p{L}\p{N}]$/u.test(query.slice(0, 64)) ? all.at(-1) : undefined;
    const seen = new Map<string, QueryToken>();
    for (const token of all) {
      if (token.stop) continue;
      const prefix = token === typing && !/\s/.test(text.slice(token.start, token.end));
      const found = seen.get(token.term);
      if (found) found.prefix &&= prefix;
      // A letter or a one- or two-digit number ("2-step") tells no service apart.
      else
        seen.set(token.term, {
          term: token.term,
          prefix,
          shared: this.analyzer.shared.has(token.term) || /^(?:\p{L}|\d{1,2})$/u.test(token.term),
          generic: this.analyzer.generic.has(token.term),
        });
    }
    return [...seen.values()].slice(0, MAX_TOKENS);
  }

  /** Ranked hits for `query`, best first; an empty query has none. */
  search(query: string, limit = DEFAULT_LIMIT, options?: RankOptions): SearchHit[] {
    return this.rank(query, limit, options).hits;
  }

  /** The best `limit` hits for `query`, how many hits there are in all, and whether they answer it. */
  rank(query: string, limit = DEFAULT_LIMIT, options: RankOptions = {}): Ranked {
    const tokens = this.#queryTokens(query);
    if (!tokens.length) return { hits: [], total: 0, answered: 'no', contact: false };
    this.indexSome();
    const phrase = ` ${tokens.map((token) => token.term).join(' ')} `;
    const topicScores = this.#topicIndex.scoreAll(tokens, phrase);
    const sectionScores = this.#sections.length ? this.#sectionIndex.scoreAll(tokens, phrase) : undefined;
    const scoreOf = topicScores.score;
    const matched = topicScores.docs;
    // The words that tell services apart; a query of shared words only is
    // judged on those. Words of saying ("says", "thru") are never judged.
    let distinct = 0;
    let said = 0;
    tokens.forEach((token, t) => ((distinct |= token.shared || token.generic ? 0 : 1 << t), (said |= token.generic ? 0 : 1 << t)));
    const judged = distinct || said || (1 << tokens.length) - 1;
    // A distinctive word the content never uses, nor anything like it
    // ("apple", "moving"); not a number, which is the customer's own.
    const unknown = tokens.some((token, t) => distinct & (1 << t) && /^\p{L}{3,}$/u.test(token.term) && !this.#vocabulary.expand(token.term, token.prefix).length);
    // A service the query names comes first; else the page's own service(s).
    const named = this.#names.named(tokens, topicScores, this.#vocabulary);
    const favoured = named.length ? named : (options.context ?? []).map((id) => this.#topicIds.get(id)).filter((doc) => doc !== undefined && scoreOf[doc] > 0);
    for (const doc of new Set(favoured)) scoreOf[doc!] *= NAMED;
    const rows = rowsOf(
      { topics: this.#topics, firstSection: this.#firstSection, titleTerms: (doc) => this.#titleTerms(doc) },
      { topicScores, sectionScores, limit, named: new Set(named) },
    );
    // The best topic's score: a hit's `score` is its distance from it.
    let top = 0;
    for (const doc of matched) top = Math.max(top, scoreOf[doc]);
    const coverage = (bits: number) => popcount(bits & judged) / popcount(judged);
    const hits = rows.shown.map(({ topic: doc, section: at, score, own }): SearchHit => {
      const topic = this.#topics[doc];
      // Mark every term that matched, also where the document has it in another field.
      const marked = new Set([...topicScores.terms(doc), ...(own ?? []), ...tokens.map((token) => token.term)]);
      const service = highlight(topic.title, marked, this.analyzer);
      const common = { topic, score: 1 - score / top, service };
      if (at >= 0) {
        const section = this.#sections[at][1];
        const summary = snippet(sectionBody(this.analyzer, section), marked, own);
        return { ...common, section, coverage: coverage(sectionScores!.whole[at] | topicScores.whole[doc]), title: highlight(section.question, marked, this.analyzer), summary };
      }
      let summary = highlight(topic.summary, marked, this.analyzer);
      // Matched only in the answer's text: the summary says where.
      if (!service.some((s) => s.mark) && !summary.some((s) => s.mark)) {
        const body = snippet(topicBody(this.analyzer, topic), marked);
        if (body.some((s) => s.mark)) summary = body;
      }
      return { ...common, coverage: coverage(topicScores.whole[doc]), title: service, summary };
    });
    const first = hits[0];
    // A query about something the content never mentions is not answered by
    // the rest of its words ("apple id locked" by "locked out"), unless it
    // names one of the services.
    const answered: Answered = !first || !first.coverage || (first.coverage < 1 && unknown && !named.length) ? 'no' : first.coverage === 1 ? 'yes' : 'partly';
    const contact = !named.length && tokens.some((token) => token.term === this.#contact) && tokens.every((token) => token.term === this.#contact || token.shared || token.generic);
    return { hits, total: rows.total, answered, contact };
  }
}

const cache = new WeakMap<Content, TopicSearch>();

/** The search for `content`, built on first use and kept while the content lives. */
export function searchFor(content: Content): TopicSearch {
  let search = cache.get(content);
  if (!search) cache.set(content, (search = new TopicSearch(content)));
  return search;
}
