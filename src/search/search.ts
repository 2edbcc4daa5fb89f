import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Content, Topic } from '../content/schema.js';
import { blockText } from '../content/validate.js';

/** Longer queries are cut to this many characters before searching. */
export const MAX_QUERY_LENGTH = 64;

/**
 * Hits scoring worse than this are noise (a two-letter fuzzy match deep in a
 * body text): every real query of the test table scores below 0.8.
 */
const NOISE_SCORE = 0.9;

/** A run of text, marked where it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** One ranked search result. */
export interface SearchHit {
  topic: Topic;
  /** Fuse's score: 0 is a perfect match, 1 no match. */
  score: number;
  /** The title and summary split into marked and unmarked runs. */
  title: Segment[];
  summary: Segment[];
}

interface SearchDoc {
  topic: Topic;
  title: string;
  keywords: string[];
  summary: string;
  body: string;
}

const options: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 3 },
    { name: 'summary', weight: 1.5 },
    { name: 'body', weight: 0.5 },
  ],
  // Each word of the query is fuzzy-matched on its own and ranked by how rare
  // it is (BM25-style), so "forgot voicemial password" still finds Voice Mail.
  // Weights and threshold are tuned on test/search-cases.ts.
  useTokenSearch: true,
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  // Fuse's extended syntax (`'exact`, `!not`, `^prefix`) stays off: customers type words, not operators.
  useExtendedSearch: false,
};

/** Splits `value` into runs, marking the matched ranges (inclusive indices). */
export function highlight(value: string, match: FuseResultMatch | undefined): Segment[] {
  const ranges = [...(match?.indices ?? [])].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end < at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: value.slice(at, from), mark: false });
    segments.push({ text: value.slice(from, end + 1), mark: true });
    at = end + 1;
  }
  if (at < value.length) segments.push({ text: value.slice(at), mark: false });
  return segments;
}

/**
 * Fuzzy, typo-tolerant search over the topics of one content. Build it once
 * per content (`searchFor` caches it) and call `search()` per keystroke.
 */
export class TopicSearch {
  readonly #fuse: Fuse<SearchDoc>;

  constructor(content: Content) {
    const docs = content.topics.map((topic) => ({
      topic,
      title: topic.title,
      keywords: topic.keywords,
      summary: topic.summary,
      body: topic.blocks.map(blockText).join(' '),
    }));
    this.#fuse = new Fuse(docs, options);
  }

  /** Ranked hits for `query`, best first; an empty query has none. */
  search(query: string, limit = 20): SearchHit[] {
    const q = normalizeQuery(query);
    if (!q) return [];
    return this.#fuse
      .search(q, { limit })
      .filter((hit) => (hit.score ?? 1) < NOISE_SCORE)
      .map(({ item, score, matches }) => ({
      topic: item.topic,
      score: score ?? 1,
      title: highlight(item.title, matches?.find((m) => m.key === 'title')),
      summary: highlight(item.summary, matches?.find((m) => m.key === 'summary')),
    }));
  }
}

/** Trims, collapses whitespace and caps the length of a query. */
export const normalizeQuery = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();

const cache = new WeakMap<Content, TopicSearch>();

/** The search for `content`, built on first use and kept while the content lives. */
export function searchFor(content: Content): TopicSearch {
  let search = cache.get(content);
  if (!search) cache.set(content, (search = new TopicSearch(content)));
  return search;
}
