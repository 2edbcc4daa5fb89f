/**
 * Search rows: which topics and sections a query's scores make into result
 * rows, in order. A topic with sections gives one row per section that
 * matched words of its own, best first, ranked just below the topic's own
 * score; a topic whose sections matched nothing of their own (only its
 * title, say) gives one row for the whole topic. A topic gives at most two
 * rows before every other matching topic had its best row, but a service the
 * query names gives all of its answers first.
 */
import type { Topic } from '../content/schema.js';
import type { DocIndex } from './doc-index.js';

/** How many rows one topic may have before every other matching topic had its best one. */
const ROWS_PER_TOPIC = 2;

export interface Row {
  topic: number;
  /** Index in the corpus's sections, or -1 for the whole topic. */
  section: number;
  score: number;
  /** The terms the section matched on its own. */
  own?: Set<string>;
}

/** What rows are made of. */
interface Corpus {
  topics: readonly Topic[];
  /** Per topic: the index of its first section among all sections. */
  firstSection: readonly number[];
  /** The terms of a topic's title. */
  titleTerms(doc: number): ReadonlySet<string>;
}

/** One query's scores, how many rows to show, and the topics it names. */
interface Query {
  topicScores: DocIndex;
  sectionScores: DocIndex | undefined;
  limit: number;
  named: ReadonlySet<number>;
}

/** The rows to show (the best `limit`; every answer of a service the query names first), and how many rows there are in all. */
export function rowsOf(corpus: Corpus, query: Query): { shown: Row[]; total: number } {
const { topics, firstSection, titleTerms } = corpus;
const { topicScores, sectionScores, limit, named } = query;
  const scoreOf = topicScores.score;
  const matched = topicScores.docs;
  // A topic's rows score at most the topic's own score, so only the topics
  // scoring at least the `limit`-th best can have a row among the best
  // `limit`: rows are made for those, and only counted for the rest (a
  // query such as "re" matches most topics of a large corpus).
  let floor = -Infinity;
  if (matched.length > limit) {
    // The `limit` best scores, lowest first (one pass: most scores are below the lowest kept).
    const best = new Float64Array(limit).fill(-Infinity);
    for (const doc of matched) {
      const score = scoreOf[doc];
      if (score <= best[0]) continue;
      let i = 1;
      for (; i < limit && best[i] < score; i++) best[i - 1] = best[i];
      best[i - 1] = score;
    }
    floor = best[0];
  }
  const first: Row[] = [];
  const later: Row[] = [];
  let total = 0;
  for (const doc of matched) {
    const topicScore = scoreOf[doc];
    const count = topics[doc].sections.length;
    const shown = topicScore >= floor;
    if (!sectionScores || !count) {
      total++;
      if (shown) first.push({ topic: doc, section: -1, score: topicScore });
      continue;
    }
    const from = firstSection[doc];
    // Sections that matched words of their own; matching only words of the
    // topic's title ("long distance") means the whole topic answers.
    const title = titleTerms(doc);
    const own: Array<[section: number, score: number]> = [];
    for (let i = from; i < from + count; i++) if (sectionScores.score[i] && sectionScores.matchesBeyond(i, title)) own.push([i, sectionScores.score[i]]);
    total += Math.max(1, own.length);
    if (!shown) continue;
    if (!own.length) {
      first.push({ topic: doc, section: -1, score: topicScore });
      continue;
    }
    own.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const best = own[0][1];
    own.forEach(([section, found], n) => {
      // The best section carries the topic's score; the others a little less, by how well they matched.
      const score = topicScore * (0.6 + (0.4 * found) / best);
      (n < ROWS_PER_TOPIC || named.has(doc) ? first : later).push({ topic: doc, section, score, own: sectionScores.terms(section) });
    });
  }
  const byScore = (a: Row, b: Row) => b.score - a.score || a.topic - b.topic || a.section - b.section;
  first.sort(byScore);
  const shown = first.length >= limit ? first.slice(0, limit) : first.concat(later.sort(byScore).slice(0, limit - first.length));
  return { shown, total };
}
