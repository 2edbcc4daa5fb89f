import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './cl-login-help.styles.js';
import { ContentController } from './content/controller.js';
import { ContentError } from './content/load.js';
import { SAFE_URL_PATTERN, type Content, type Section, type Topic } from './content/schema.js';
import { emit, maskQuery, type ErrorEventDetail, type TopicSource } from './events.js';
import { fill, type UiStrings } from './i18n/strings.js';
import { renderBlocks, renderContact, renderSegments, type RenderContext } from './render/blocks.js';
import { VERSION } from './version.js';
import { searchFor, type Answered, type SearchHit, type TopicSearch } from './search/search.js';

/** What the panel shows; rendered through one switch in `render()`. */
export type Status = 'home' | 'results' | 'empty' | 'topic';

/**
 * The chooser lists at most this many topics until the customer asks for all:
 * a help centre of thousands of articles is searched, not scrolled.
 */
const CHOOSER_LIMIT = 24;
/** Result rows shown at first: a phone's screen or two, not a wall of rows (and fewer rows laid out per keystroke). */
const RESULT_LIMIT = 8;
/** Rows "Show all" shows at most. */
const ALL_RESULTS_LIMIT = 100;

/** How long typing must pause before the search is reported and announced. */
const SEARCH_SETTLE_MS = 600;

const warned = new Set<string>();

/**
 * The "Can't sign in?" help panel: a search box and a chooser of the services
 * a customer can be locked out of, each answered by a topic.
 *
 * @summary Inline sign-in help panel with typo-tolerant search.
 * @tagname cl-login-help
 *
 * @fires {CustomEvent<TopicEventDetail>} cl-login-help-topic - A topic or one of its answers opened: `{ topicId, sectionId, source }` (`sectionId` '' for a whole topic; source: home, search, link, related, api, topic).
 * @fires {CustomEvent<SearchEventDetail>} cl-login-help-search - Typing paused: `{ query, resultCount, answered }` (`answered`: `yes`, `partly` or `no`, the content's gaps); runs of 4+ digits and email addresses in `query` are masked.
 * @fires {CustomEvent<ContactEventDetail>} cl-login-help-contact - Cancelable. A chat or phone option was chosen: `{ channel, topicId }`. Call `preventDefault()` when the host opened its own chat.
 * @fires {CustomEvent<FeedbackEventDetail>} cl-login-help-feedback - "Did this help?" answered: `{ topicId, sectionId, helpful }` (`sectionId` '' for a whole topic).
 * @fires {CustomEvent<ErrorEventDetail>} cl-login-help-error - Content failed to load or validate, or an unknown topic or section was asked for: `{ code, message, path? }`. The built-in content stays in use.
 *
 * @csspart base - The panel's box.
 * @csspart search-input - The search field.
 * @csspart clear - The button that clears the search (shown while there is a query).
 * @csspart topic-list - The list of services on the home screen.
 * @csspart topic-entry - One service in that list (carries `data-topic-id`).
 * @csspart result-list - The list of search results.
 * @csspart result - One search result (carries `data-topic-id`, and `data-section-id` when it is one answer of a topic).
 * @csspart topic - The open topic's answer.
 * @csspart section - One answer of the open topic, under its question (carries `data-section-id`).
 * @csspart questions - A topic's questions: "What's happening?", or "More about …" under an open answer.
 * @csspart question - One question in that list (carries `data-section-id`).
 * @csspart back - The "All topics" control.
 * @csspart show-all - "Show all N topics", under a chooser of more than 24 topics.
 * @csspart show-all-results - "Show all N results", under the best 8 results.
 * @csspart no-answer - "No exact answer for …", above the contact options and the closest answers, when none of the query's distinctive words matched.
 * @csspart related - A related topic under the answer (carries `data-topic-id`).
 * @csspart feedback - The "Did this help?" box.
 * @csspart contact - The contact options.
 * @csspart status - The visually hidden live region announcing result counts.
 *
 * @cssprop [--cl-login-help-accent=#0b57d0] - Links, buttons and titles.
 * @cssprop [--cl-login-help-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--cl-login-help-text=#1b1b1f] - Body text.
 * @cssprop [--cl-login-help-muted=#4c4f56] - Summaries, intro and footnotes.
 * @cssprop [--cl-login-help-background=#ffffff] - Panel background.
 * @cssprop [--cl-login-help-surface=#f3f5f9] - Entries, tips, feedback and contact boxes.
 * @cssprop [--cl-login-help-border=#767a82] - Field and table borders.
 * @cssprop [--cl-login-help-mark=#fff0a8] - Background of matched words.
 * @cssprop [--cl-login-help-focus=#0b57d0] - Focus ring.
 * @cssprop [--cl-login-help-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font family.
 * @cssprop [--cl-login-help-font-size=16px] - Base font size (px or em; the panel never uses rem).
 * @cssprop [--cl-login-help-radius=8px] - Corner radius.
 * @cssprop [--cl-login-help-spacing=16px] - Padding of the panel and boxes.
 * @cssprop [--cl-login-help-max-width=720px] - Largest width of the panel.
 */
export class ClLoginHelp extends LitElement {
  static override styles = styles;

  /** The version of this definition (`customElements.get('cl-login-help').version`). */
  static readonly version = VERSION;

  /** The open topic id; empty for the home screen. */
  @property({ reflect: true }) topic = '';

  /**
   * The open section (answer) of that topic; empty for the whole topic.
   * Changing `topic` alone clears it. An id the topic does not have shows the
   * whole topic and fires `cl-login-help-error` (`unknown-section`).
   */
  @property({ reflect: true }) section = '';

  /** The search text. Setting it shows the results for it. */
  @property({ attribute: false }) query = '';

  /**
   * URL of a content JSON (see `content.schema.json`). Until it loads, and
   * whenever it fails, the built-in content is shown and
   * `cl-login-help-error` fires.
   */
  @property({ attribute: 'content-src', reflect: true }) contentSrc = '';

  /**
   * URLs for the content's destination keys (`{ "email-reset": "/help/email" }`),
   * over the content's own defaults. Only safe URLs are used.
   */
  @property({ attribute: false }) destinations: Record<string, string> = {};

  /**
   * `en` or `es`: the built-in content and UI strings. Without it the panel
   * follows the closest `lang` of the page (`<html lang="es-US">` gives
   * Spanish); other languages fall back to English with a console warning.
   * Content from `content-src` or `content` keeps its own `lang`.
   */
  @property() override lang = '';

  /** Replacements for single UI strings, e.g. `{ searchLabel: 'Search help' }` (see `UiStrings`). */
  @property({ attribute: false }) strings: Partial<UiStrings> = {};

  @state() private feedback: 'yes' | 'no' | null = null;
  @state() private announcement = '';
  /** Large help centres list only the first topics until asked for all. */
  @state() private showAllTopics = false;
  /** "Show all N results" was chosen for the current query. */
  @state() private showAllResults = false;

  @query('input[type=search]') private searchInput?: HTMLInputElement;

  /** Which content and UI strings are in use: built-in by language, `content` or `content-src`. */
  readonly #contents = new ContentController(this, {
    onError: (error) => this.#report(error),
    // A topic that waited for this content is now unknown: check it again.
    // (Lit records a change only when the old value differs: pass none.)
    onLoadFailed: () => {
      if (this.topic && !this.#topic) this.requestUpdate('topic', undefined);
    },
  });
  #hits: SearchHit[] = [];
  /** How many rows match in all (`#hits` holds the best few). */
  #total = 0;
  /** Whether the hits answer the query (see `Ranked.answered`). */
  #answered: Answered = 'no';
  /** What `#hits` were computed for: `search()` and the next render share one search. */
  #hitsFor?: { content: Content; query: string; limit: number };
  #topic?: Topic;
  /** The open section of `#topic`, when `section` names one of its sections. */
  #section?: Section;
  #source: TopicSource = 'api';
  #focusTopic = false;
  /**
   * Re-checks which tables scroll when their width changes (the panel's
   * width did), in the next animation frame: changing the tables inside the
   * observer's callback re-lays them out, and WebKit reports "ResizeObserver
   * loop completed with undelivered notifications" to the host page's
   * window.onerror. It watches the tables shown, so a screen without tables
   * (home, results: every keystroke) costs it nothing.
   */
  readonly #resize = ((frame = 0) =>
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.#markScrollingTables());
    }))();
  /** The table boxes `#resize` watches. */
  #watched: Element[] = [];
  /** "topic/section" of the last `cl-login-help-topic` event, while it stays open. */
  #opened?: string;
  #focusFeedback = false;
  /** The result or topic entry that opened the topic, to focus again on the way back. */
  #returnFocusTo?: { topic: string; section: string };
  #settleTimer?: ReturnType<typeof setTimeout>;

  /**
   * The content in use: the built-in content until another loads. Setting it
   * validates it like content from `content-src`: invalid content is refused
   * (the current content stays) and `cl-login-help-error` names the JSON path.
   */
  @property({ attribute: false })
  get content(): Content {
    return this.#content;
  }
  set content(value: unknown) {
    this.#contents.set(value);
  }

  get #content(): Content {
    return this.#contents.content;
  }

  get #strings(): UiStrings {
    return this.#contents.strings;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#watched = [];
    clearTimeout(this.#settleTimer);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#watchTables();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#contents.sync(changed);
    if (changed.has('content' as keyof ClLoginHelp) && !this.#contents.builtIn) this.showAllTopics = false;
    if (changed.has('query') || changed.has('content' as keyof ClLoginHelp)) {
      if (!changed.has('showAllResults' as keyof ClLoginHelp)) this.showAllResults = false;
      this.#search(this.query);
    } else if (changed.has('showAllResults' as keyof ClLoginHelp)) this.#search(this.query);
    if (changed.has('content' as keyof ClLoginHelp) || !this.hasUpdated) this.#indexWhenIdle();
    // Another topic without a section of its own: the whole topic.
    if (changed.has('topic') && !changed.has('section') && this.hasUpdated) this.section = '';
    if (changed.has('topic') || changed.has('section') || changed.has('content' as keyof ClLoginHelp)) {
      const topic = this.topic ? this.#content.topics.find((t) => t.id === this.topic) : undefined;
      // A deep link may name a topic or section of the content still loading: wait for it.
      const loading = this.#contents.loading;
      if (this.topic && !topic && !loading) {
        this.#report(new ContentError('unknown-topic', `No help topic "${this.topic}"`));
        this.topic = '';
        this.section = '';
        this.#source = 'api';
      }
      const section = topic && this.section ? topic.sections.find((s) => s.id === this.section) : undefined;
      if (topic && this.section && !section && !loading) {
        this.#report(new ContentError('unknown-section', `No section "${this.section}" in help topic "${topic.id}"`));
        this.section = '';
      }
      if (topic !== this.#topic || section !== this.#section) {
        if (changed.has('topic') || changed.has('section')) this.feedback = null;
        this.#topic = topic;
        this.#section = section;
      }
    }
  }

  protected override updated() {
    this.#watchTables();
    this.#markScrollingTables();
    // Once per opening, also when the topic appeared only after its content loaded.
    // (By id: content that loads later replaces the topic object, not the opening.)
    // A section still loading with its content is reported once it is there.
    const pending = this.section !== (this.#section?.id ?? '');
    const opening = this.#topic ? `${this.#topic.id}/${this.#section?.id ?? ''}` : undefined;
    if (this.#topic && opening !== this.#opened && !pending) {
      const source = this.#source;
      this.#source = 'api';
      emit(this, 'cl-login-help-topic', { topicId: this.#topic.id, sectionId: this.#section?.id ?? '', source });
    }
    if (!pending) this.#opened = opening;
    // Focus waits while the asked-for topic is still loading: then to the
    // open answer's question, else to the topic's heading.
    if (this.#focusTopic && ((this.#topic && !pending) || !this.topic)) {
      this.#focusTopic = false;
      const heading = this.#section ? this.renderRoot.querySelector<HTMLElement>(`#${sectionHeadingId(this.#section)}`) : null;
      (heading ?? this.renderRoot.querySelector<HTMLElement>('#topic-heading'))?.focus();
    }
    if (this.#focusFeedback) {
      this.#focusFeedback = false;
      this.renderRoot.querySelector<HTMLElement>('#feedback-message')?.focus();
    }
    if (this.#returnFocusTo) {
      const { topic, section } = this.#returnFocusTo;
      this.#returnFocusTo = undefined;
      const byTopic = `[data-topic-id="${CSS.escape(topic)}"]`;
      const entry =
        (section && this.renderRoot.querySelector<HTMLElement>(`${byTopic}[data-section-id="${CSS.escape(section)}"]`)) ||
        this.renderRoot.querySelector<HTMLElement>(byTopic);
      (entry ?? this.searchInput)?.focus();
    }
  }

  /** Focuses the open topic's heading, or the search field. */
  override focus(options?: FocusOptions) {
    const target = this.renderRoot?.querySelector<HTMLElement>('#topic-heading, [part=search-input]');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** What the panel shows now. */
  get status(): Status {
    if (this.#topic) return 'topic';
    if (!this.query.trim()) return 'home';
    return this.#hits.length ? 'results' : 'empty';
  }

  /**
   * Opens a topic, or one answer of it, and moves focus to its heading.
   * `show('email', 'forgot-password')` and `show('email/forgot-password')`
   * are the same. An unknown topic shows the home screen and an unknown
   * section the whole topic; both fire `cl-login-help-error`.
   *
   * @param source Where the opening came from, for `cl-login-help-topic` (default `api`).
   */
  show(topicId: string, sectionId = '', source: TopicSource = 'api') {
    if (!sectionId && topicId.includes('/')) [topicId, sectionId] = splitOnce(topicId);
    // A result count still waiting to be announced is stale once a topic opens.
    clearTimeout(this.#settleTimer);
    this.announcement = '';
    // Asked for again, a topic starts fresh: "Did this help?" is asked again,
    // and the opening is reported again.
    this.feedback = null;
    this.#opened = undefined;
    this.#source = source;
    this.#focusTopic = true;
    this.topic = topicId;
    this.section = sectionId;
    this.requestUpdate();
  }

  /** Shows the results for `query` and returns the ranked hits. */
  search(query: string): SearchHit[] {
    // Code searched, not a customer typing: nothing to report or announce later.
    clearTimeout(this.#settleTimer);
    this.topic = '';
    this.section = '';
    this.query = query;
    return this.#search(query);
  }

  /** Back to the home screen with an empty search. */
  reset() {
    this.topic = '';
    this.section = '';
    this.query = '';
    this.feedback = null;
    this.announcement = '';
    clearTimeout(this.#settleTimer);
  }

  override render() {
    return html`<div part="base" class="panel" lang=${this.#content.lang}>
      ${this.#contents.loadFailed && this.#contents.builtIn ? html`<p class="callout" role="note">${this.#strings.contentError}</p>` : nothing}
      ${this.status === 'topic' ? this.renderTopic(this.#topic!) : this.renderChooser()}
      <p part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
    </div>`;
  }

  private renderChooser() {
    const s = this.#strings;
    const status = this.status;
    // Each screen's parts keep their place, so a keystroke changes only what
    // it must: the topic list stays in the DOM from the home screen to "No
    // results" and back (a first letter often finds nothing yet).
    const noAnswer = status === 'results' && this.#answered === 'no';
    const more = Math.min(this.#total, ALL_RESULTS_LIMIT);
    // No exact answer: say so first, offer contact on the first screen, then the closest answers under a heading that claims no more.
    const results =
      status === 'results'
        ? html`${noAnswer
              ? html`<div part="no-answer" class="empty">
                    <h3>${fill(s.noAnswer, { query: this.query.trim() })}</h3>
                    <p>${s.noAnswerHelp}</p>
                  </div>
                  ${renderContact(this.#ctx())}`
              : nothing}
            <h3 id="list-heading">${noAnswer ? s.closestHeading : s.resultsHeading}</h3>
            <p class="result-count">${this.#total === 1 ? s.resultCountOne : fill(s.resultCountMany, { count: this.#total })}</p>
            <ul part="result-list" class="entries" aria-labelledby="list-heading" @keydown=${this.handleResultsKeydown}>
              ${this.#hits.map((hit) => this.renderResultItem(hit))}
            </ul>
            ${this.#total > this.#hits.length && !this.showAllResults
              ? html`<button type="button" part="show-all-results" class="text-button" @click=${this.handleShowAllResults}>
                  ${this.#total <= ALL_RESULTS_LIMIT ? fill(s.showAllResults, { count: this.#total }) : fill(s.showBestResults, { shown: more, count: this.#total })}
                </button>`
              : this.#total > this.#hits.length
                ? html`<p class="more">${fill(s.moreResults, { shown: this.#hits.length, count: this.#total })}</p>`
                : nothing}`
        : nothing;
    const empty =
      status === 'empty'
        ? html`<div class="empty">
              <h3>${fill(s.noResults, { query: this.query.trim() })}</h3>
              <p>${s.noResultsHelp}</p>
            </div>
            ${renderContact(this.#ctx())}`
        : nothing;
    return html`<h2>${this.#content.title}</h2>
      ${noAnswer ? nothing : html`<p class="intro">${this.#content.intro}</p>`}
      <div class="search" role="search">
        <label for="search">${s.searchLabel}</label>
        <div class="search-row">
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            maxlength="200"
            placeholder=${s.searchPlaceholder}
            .value=${this.query}
            @input=${this.handleInput}
            @keydown=${this.handleSearchKeydown}
          />
          ${this.query
            ? html`<button type="button" part="clear" class="clear" aria-label=${s.clearSearch} @click=${this.handleClear}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing}
        </div>
      </div>
      ${results}${empty}${status === 'results' ? nothing : this.renderTopicList()}`;
  }

  private renderTopicList() {
    const topics = this.#content.topics;
    const shown = this.showAllTopics ? topics : topics.slice(0, CHOOSER_LIMIT);
    return html`<h3 id="chooser-heading">${this.#strings.chooserHeading}</h3>
      <ul part="topic-list" class="entries" aria-labelledby="chooser-heading">
        ${shown.map((topic) => html`<li>${this.renderEntry('topic-entry', topic.id, topic.title, topic.summary, 'home')}</li>`)}
      </ul>
      ${shown.length < topics.length
        ? html`<button type="button" part="show-all" class="text-button" @click=${this.handleShowAll}>
            ${fill(this.#strings.showAllTopics, { count: topics.length })}
          </button>`
        : nothing}`;
  }

  private renderEntry(part: string, id: string, title: unknown, summary: unknown, source: TopicSource) {
    return html`<button type="button" part=${part} class="entry" data-topic-id=${id} @click=${() => this.show(id, '', source)}>
      <span class="entry-title">${title}</span>
      <span class="entry-summary">${summary}</span>
    </button>`;
  }

  private renderResultItem(hit: SearchHit) {
    return html`<li>${this.renderResult(hit)}</li>`;
  }

  /** A result row: "Lost your security code? · Long distance", then a snippet of the answer. */
  private renderResult(hit: SearchHit) {
    const section = hit.section?.id ?? '';
    return html`<button
      type="button"
      part="result"
      class="entry"
      data-topic-id=${hit.topic.id}
      data-section-id=${section || nothing}
      @click=${() => this.show(hit.topic.id, section, 'search')}
    >
      <span class="entry-title"
        >${renderSegments(hit.title)}${section ? html`<span class="entry-service">${' · '}${renderSegments(hit.service)}</span>` : nothing}</span
      >
      <span class="entry-summary">${renderSegments(hit.summary)}</span>
    </button>`;
  }

  private renderTopic(topic: Topic) {
    const s = this.#strings;
    const related = topic.related
      .map((id) => this.#content.topics.find((t) => t.id === id))
      .filter((t): t is Topic => !!t);
    const ctx = this.#ctx();
    // Two or more questions: "What's happening?", and a chosen one's answer alone.
    const asks = topic.sections.length >= 2;
    const answer = asks ? this.#section : undefined;
    return html`<button type="button" part="back" class="text-button back" @click=${this.handleBack}><span aria-hidden="true">←</span> ${s.back}</button>
      <article part="topic" data-topic-id=${topic.id} aria-labelledby="topic-heading">
        <h2 id="topic-heading" tabindex="-1">${topic.title}</h2>
        ${answer
          ? this.renderSection(answer, ctx)
          : html`${renderBlocks(topic.blocks, ctx)}
            ${asks ? this.renderQuestions(topic, s.questionsHeading) : nothing}
            ${topic.sections.map((section) => this.renderSection(section, ctx))}`}
      </article>
      ${this.renderFeedback(topic)}
      ${answer ? this.renderQuestions(topic, fill(s.moreAbout, { topic: topic.title }), answer) : nothing}
      ${related.length
        ? html`<nav aria-labelledby="related-heading">
            <h3 id="related-heading">${s.related}</h3>
            <ul class="entries">
              ${related.map((t) => html`<li>${this.renderEntry('related', t.id, t.title, t.summary, 'related')}</li>`)}
            </ul>
          </nav>`
        : nothing}
      <button type="button" class="text-button" @click=${this.handleBack}><span aria-hidden="true">←</span> ${s.back}</button>`;
  }

  /** One section: its question as a heading, then its answer. */
  private renderSection(section: Section, ctx: RenderContext) {
    const id = sectionHeadingId(section);
    return html`<section part="section" data-section-id=${section.id} aria-labelledby=${id}>
      <h3 id=${id} tabindex="-1">${section.question}</h3>
      ${renderBlocks(section.blocks, ctx)}
    </section>`;
  }

  /** The topic's questions as choices (all but the open one). */
  private renderQuestions(topic: Topic, heading: string, open?: Section) {
    return html`<nav part="questions" aria-labelledby="questions-heading">
      <h3 id="questions-heading">${heading}</h3>
      <ul class="entries questions">
        ${topic.sections
          .filter((section) => section !== open)
          .map(
            (section) => html`<li>
              <button type="button" part="question" class="entry" data-section-id=${section.id} @click=${() => this.#choose(section)}>
                <span class="entry-title">${section.question}</span>
              </button>
            </li>`,
          )}
      </ul>
    </nav>`;
  }

  private renderFeedback(topic: Topic) {
    const s = this.#strings;
    // The answer replaces the buttons, so focus moves to it (and a screen reader reads it).
    if (this.feedback)
      return html`<div part="feedback" class="feedback">
          <p id="feedback-message" tabindex="-1">${this.feedback === 'yes' ? s.feedbackThanks : s.feedbackSorry}</p>
        </div>
        ${this.feedback === 'no' ? renderContact(this.#ctx()) : nothing}`;
    return html`<div part="feedback" class="feedback" role="group" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">${s.feedbackQuestion}</h3>
      <div class="feedback-buttons">
        <button type="button" class="button" @click=${() => this.#answer(topic, true)}>${s.yes}</button>
        <button type="button" class="button" @click=${() => this.#answer(topic, false)}>${s.no}</button>
      </div>
    </div>`;
  }

  private handleInput(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#settleTimer);
    this.announcement = '';
    this.#settleTimer = setTimeout(() => this.#settle(), SEARCH_SETTLE_MS);
  }

  private handleSearchKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.query) {
      // Clear the search; an empty field lets Escape through (to close a dialog).
      event.preventDefault();
      event.stopPropagation();
      this.reset();
    } else if (event.key === 'ArrowDown' && this.#hits.length) {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('[part=result]')?.focus();
    }
  }

  /** Arrow keys move between results; up from the first returns to the field. */
  private handleResultsKeydown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const results = [...this.renderRoot.querySelectorAll<HTMLElement>('[part=result]')];
    const at = results.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? this.searchInput : results[Math.min(next, results.length - 1)])?.focus();
  }

  /** The clear button: an empty search, and the keyboard back in the field. */
  private handleClear() {
    this.reset();
    void this.updateComplete.then(() => this.searchInput?.focus());
  }

  private handleShowAllResults() {
    this.showAllResults = true;
    // Keep the keyboard where the list grew: on the first newly shown result.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part=result]')[RESULT_LIMIT]?.focus());
  }

  private handleShowAll() {
    this.showAllTopics = true;
    // Keep the keyboard where the list grew: on the first newly shown topic.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part=topic-entry]')[CHOOSER_LIMIT]?.focus());
  }

  private handleBack() {
    this.#returnFocusTo = { topic: this.topic, section: this.section };
    this.topic = '';
    this.section = '';
  }

  /** One of the open topic's questions chosen: its answer, focused, under the topic heading. */
  #choose(section: Section) {
    this.feedback = null;
    this.#source = 'topic';
    this.#focusTopic = true;
    this.section = section.id;
  }

  #answer(topic: Topic, helpful: boolean) {
    this.feedback = helpful ? 'yes' : 'no';
    this.#focusFeedback = true;
    emit(this, 'cl-login-help-feedback', { topicId: topic.id, sectionId: this.#section?.id ?? '', helpful });
  }

  #contact(event: Event, channel: 'chat' | 'phone') {
    const handled = !emit(this, 'cl-login-help-contact', { channel, topicId: this.#topic?.id ?? '' }, true);
    if (handled) event.preventDefault();
  }

  /** What the content renderer needs from the panel. */
  #ctx(): RenderContext {
    return {
      strings: this.#strings,
      contact: this.#content.contact,
      destination: (key) => this.#destination(key),
      onContact: (event, channel) => this.#contact(event, channel),
    };
  }

  #destination(key: string): string | undefined {
    const mapped = this.destinations && typeof this.destinations === 'object' ? this.destinations : {};
    const own = Object.hasOwn(mapped, key) ? mapped[key] : undefined;
    return typeof own === 'string' && SAFE_URL_PATTERN.test(own) ? own : this.#content.destinations[key];
  }

  #settle() {
    const query = this.query.trim();
    if (!query) return;
    const count = this.#total;
    const s = this.#strings;
    const found = count === 1 ? s.resultCountOne : fill(s.resultCountMany, { count });
    this.announcement = count === 0 ? fill(s.noResults, { query }) : this.#answered === 'no' ? `${fill(s.noAnswer, { query })} ${found}` : found;
    emit(this, 'cl-login-help-search', { query: maskQuery(query), resultCount: count, answered: this.#answered });
  }

  /**
   * A table wider than the panel scrolls sideways in its wrapper; only then
   * does the wrapper become a named, focusable region, so keyboard users can
   * scroll it and everyone else keeps one tab stop less.
   */
  #markScrollingTables() {
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', box.querySelector('caption')?.textContent?.trim() ?? '');
      } else if (box !== (this.renderRoot as ShadowRoot).activeElement) {
        // (A focused region keeps its tab stop until focus leaves it.)
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  }

  /** Points `#resize` at the table boxes shown now (none: it watches nothing). */
  #watchTables() {
    const boxes = [...this.renderRoot.querySelectorAll('.table-scroll')];
    if (boxes.length === this.#watched.length && boxes.every((box, i) => box === this.#watched[i])) return;
    this.#resize.disconnect();
    for (const box of boxes) this.#resize.observe(box);
    this.#watched = boxes;
  }

  /** Builds the search index for the content in use in idle slices, before the customer types. */
  #indexWhenIdle() {
    const search = searchFor(this.#content);
    const idle: (run: (deadline: IdleDeadline) => void) => void =
      typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1);
    const step = (deadline: IdleDeadline) => {
      if (!search.indexSome(Math.max(1, deadline.timeRemaining() - 1))) idle(step);
      else idle(() => this.#warmUp(search));
    };
    if (!search.indexed) idle(step);
  }

  /**
   * Once the index is built, one search and its result rows, rendered into a
   * detached list (no layout, no events): the first keystroke then does not
   * also pay for compiling the search and preparing the rows' templates.
   */
  #warmUp(search: TopicSearch) {
    const topic = this.#content.topics[0];
    // (Not for content replaced while its index was being built.)
    if (!topic || !this.isConnected || searchFor(this.#content) !== search) return;
    const { hits } = search.rank(topic.title, RESULT_LIMIT);
    render(hits.map((hit) => this.renderResultItem(hit)), document.createElement('ul'));
  }

  #search(query: string) {
    const content = this.#content;
    const limit = this.showAllResults ? ALL_RESULTS_LIMIT : RESULT_LIMIT;
    if (this.#hitsFor?.content !== content || this.#hitsFor.query !== query || this.#hitsFor.limit !== limit) {
      // An empty query needs no index: the first paint does not build one.
      ({ hits: this.#hits, total: this.#total, answered: this.#answered } = query.trim() ? searchFor(content).rank(query, limit) : { hits: [], total: 0, answered: 'no' as const });
      this.#hitsFor = { content, query, limit };
    }
    return this.#hits;
  }

  #report(error: ContentError) {
    const detail: ErrorEventDetail = { code: error.code, message: error.message };
    if (error.path !== undefined) detail.path = error.path;
    emit(this, 'cl-login-help-error', detail);
    if (!warned.has(error.message)) {
      warned.add(error.message);
      console.warn(`cl-login-help: ${error.message}`);
    }
  }
}

/** The id of a section's heading in the shadow root. */
const sectionHeadingId = (section: Section) => `section-${section.id}`;

/** "email/forgot-password" → ["email", "forgot-password"]. */
const splitOnce = (path: string): [string, string] => {
  const at = path.indexOf('/');
  return [path.slice(0, at), path.slice(at + 1)];
};

declare global {
  interface HTMLElementTagNameMap {
    'cl-login-help': ClLoginHelp;
  }
}
