import type { Topic } from '../content/schema.js';
import type { Analyzer } from './analyze.js';
import type { DocIndex, QueryToken } from './doc-index.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Which topics a query names: the distinctive words and phrases of each
 * topic's title (not their parts, nor words every service shares), indexed
 * by term, so that the topics a query names are found from the names, not by
 * looking at every topic it matched ("re" matches most of a large help
 * centre). Built in idle slices like the search index.
 */
export class TopicNames {
  readonly #topics: readonly Topic[];
  readonly #analyzer: Analyzer;
  /** Per name term: the topics whose title it is part of; the first `#built` topics are in. */
  readonly #namedBy = new Map<string, number[]>();
  #built = 0;

  constructor(topics: readonly Topic[], analyzer: Analyzer) {
    this.#topics = topics;
    this.#analyzer = analyzer;
  }

  get complete() {
    return this.#built === this.#topics.length;
  }

  /** Names topics until `end` (a `performance.now()` time); whether every topic is named. */
  buildUntil(end: number) {
    for (; this.#built < this.#topics.length; this.#built++) {
      if ((this.#built & 63) === 0 && performance.now() > end) return false;
      for (const token of this.#analyzer.tokens(this.#topics[this.#built].title)) {
        if (token.stop || this.#analyzer.shared.has(token.term)) continue;
        const docs = this.#namedBy.get(token.term);
        if (!docs) this.#namedBy.set(token.term, [this.#built]);
        else if (docs.at(-1) !== this.#built) docs.push(this.#built);
      }
    }
    return true;
  }

  /** The topics that matched a non-shared query word whole by a term of their name (after a complete build). */
  named(tokens: readonly QueryToken[], scores: DocIndex, vocabulary: Vocabulary): number[] {
    const named = new Set<number>();
    tokens.forEach((token, t) => {
      if (token.shared) return;
      for (const [id] of vocabulary.expand(token.term, token.prefix)) {
        const term = vocabulary.terms[id];
        for (const doc of this.#namedBy.get(term) ?? []) if (scores.wholeTerm(doc, t) === term) named.add(doc);
      }
    });
    return [...named];
  }
}
