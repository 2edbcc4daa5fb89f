import { render, type ReactiveController, type ReactiveElement } from 'lit';
import type { Content } from '../content/schema.js';
import { emit, maskQuery } from '../events.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import { searchFor, type Answered, type SearchHit, type TopicSearch } from '../search/search.js';
import { focusAfterUpdate } from './focus.js';
import { renderResultItem } from './home.js';
import { resultsKey, searchFieldKey } from './keyboard.js';
import { ALL_RESULTS_LIMIT, RESULT_LIMIT, type PanelHandlers } from './view.js';
/** How long typing must pause before the search is reported and announced. */
const SEARCH_SETTLE_MS = 600;

/** The panel, as its search sees it. */
interface SearchHost extends ReactiveElement {
  readonly content: Content;
  query: string;
  /** Back to the home screen with an empty search. */
  reset(): void;
}

/**
 * The panel's search: the hits of the query for the content in use (one
 * search shared by `search()` and the next render), whether they answer it,
 * "Show all", the result count announced and the `cl-login-help-search`
 * event once typing pauses, the index built in idle time before the
 * customer types, and what the search field and the results do.
 */
export class PanelSearch implements ReactiveController {
  readonly #host: SearchHost;
  readonly #strings: () => UiStrings;
  hits: SearchHit[] = [];
  /** How many rows match in all (`hits` holds the best few). */
  total = 0;
  /** Whether the hits answer the query (see `Ranked.answered`). */
  answered: Answered = 'no';
  /** The query asks for a person (see `Ranked.contact`): the contact options come first. */
  contact = false;
  /** "Show all N results" was chosen for the current query. */
  showAll = false;
  /** What the live region says: the result count, once typing pauses. */
  announcement = '';
  /** What `hits` were computed for. */
  #for?: { content: Content; query: string; limit: number; context: string };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: SearchHost, strings: () => UiStrings) {
    this.#host = host;
    this.#strings = strings;
    host.addController(this);
  }

  /** What typing, the search field's keys, its clear button, the results' arrows and "Show all" do. */
  readonly handlers: Pick<PanelHandlers, 'input' | 'searchKeydown' | 'resultsKeydown' | 'clear' | 'showAllResults'> = {
    input: (event) => {
      this.reset();
      this.#host.query = (event.target as HTMLInputElement).value;
      this.typed();
    },
    searchKeydown: (event) => searchFieldKey(event, this.#host.renderRoot, !!this.#host.query, !!this.hits.length, () => this.#host.reset()),
    resultsKeydown: (event) => resultsKey(event, this.#host.renderRoot, this.#host.renderRoot.querySelector<HTMLElement>('input[type=search]') ?? undefined),
    // The clear button: an empty search, and the keyboard back in the field.
    clear: () => {
      this.#host.reset();
      focusAfterUpdate(this.#host, 'input[type=search]');
    },
    // "Show all" (the next render searches again): the keyboard stays where
    // the list grew, on the first newly shown row.
    showAllResults: () => {
      this.showAll = true;
      this.#host.requestUpdate();
      focusAfterUpdate(this.#host, '[part=result]', RESULT_LIMIT);
    },
  };

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** The hits for `query` in `content`, the page's own services first (searched again only when one of these, or "Show all", changed). */
  run(content: Content, query: string, context: readonly string[] = []): SearchHit[] {
    const limit = this.showAll ? ALL_RESULTS_LIMIT : RESULT_LIMIT;
    const page = context.join(' ');
    if (this.#for?.content !== content || this.#for.query !== query || this.#for.limit !== limit || this.#for.context !== page) {
      // An empty query needs no index: the first paint does not build one.
      ({ hits: this.hits, total: this.total, answered: this.answered, contact: this.contact } = query.trim()
        ? searchFor(content).rank(query, limit, { context })
        : { hits: [], total: 0, answered: 'no' as const, contact: false });
      this.#for = { content, query, limit, context: page };
    }
    return this.hits;
  }

  /** A new query: the best few rows again. */
  reset() {
    this.showAll = false;
  }

  /** The customer typed: the count is announced, and the search reported, once typing pauses. */
  typed() {
    this.quiet();
    this.#timer = setTimeout(() => this.#settle(), SEARCH_SETTLE_MS);
  }

  /** Nothing to announce or report (a topic opened, code searched, the field cleared). */
  quiet() {
    clearTimeout(this.#timer);
    this.#announce('');
  }

  #announce(text: string) {
    if (text === this.announcement) return;
    this.announcement = text;
    this.#host.requestUpdate();
  }

  #settle() {
    const query = this.#host.query.trim();
    if (!query) return;
    const count = this.total;
    const s = this.#strings();
    const found = count === 1 ? s.resultCountOne : fill(s.resultCountMany, { count });
    this.#announce(count === 0 ? fill(s.noResults, { query }) : this.answered === 'no' ? `${fill(s.noAnswer, { query })} ${found}` : found);
    emit(this.#host, 'cl-login-help-search', { query: maskQuery(query), resultCount: count, answered: this.answered });
  }

  /** Builds the search index for `content` in idle slices, before the customer types. */
  indexWhenIdle(content: Content) {
    const idle: (run: (deadline: IdleDeadline) => void) => void =
      typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1);
    // Even the search's making (its analyzer and empty indexes) waits for
    // idle time: it is not the first paint's work.
    idle(() => {
      // (Content replaced meanwhile is not indexed: the new content's own call is.)
      if (this.#host.content !== content) return;
      const search = searchFor(content);
      const step = (deadline: IdleDeadline) => {
        if (!search.indexSome(Math.max(1, deadline.timeRemaining() - 1))) idle(step);
        else idle(() => this.#warmUp(search));
      };
      if (!search.indexed) idle(step);
    });
  }

  /**
   * Once the index is built, one search and its result rows, rendered into a
   * detached list (no layout, no events): the first keystroke then does not
   * also pay for compiling the search and preparing the rows' templates.
   */
  #warmUp(search: TopicSearch) {
    const topic = this.#host.content.topics[0];
    // (Not for content replaced while its index was being built.)
    if (!topic || !this.#host.isConnected || searchFor(this.#host.content) !== search) return;
    const { hits } = search.rank(topic.title, RESULT_LIMIT);
    render(
      hits.map((hit) => renderResultItem(hit, () => {})),
      document.createElement('ul'),
    );
  }
}
