import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './cl-login-help.styles.js';
import { ContentError, loadContent, parseContent } from './content/load.js';
import { SAFE_URL_PATTERN, type Action, type Block, type Content, type Inline, type TableCell, type Topic } from './content/schema.js';
import { formatPhone } from './content/validate.js';
import { emit, maskQuery, type ErrorEventDetail, type TopicSource } from './events.js';
import { builtInContent, builtInStrings, closestLang, supportedLang, type Lang } from './i18n/lang.js';
import { fill, ownStrings, type UiStrings } from './i18n/strings.js';
import { scriptDefaults } from './embed/defaults.js';
import { VERSION } from './version.js';
import { searchFor, type SearchHit, type Segment } from './search/search.js';

/** What the panel shows; rendered through one switch in `render()`. */
export type Status = 'home' | 'results' | 'empty' | 'topic';

/**
 * The chooser lists at most this many topics until the customer asks for all:
 * a help centre of thousands of articles is searched, not scrolled.
 */
const CHOOSER_LIMIT = 24;

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
 * @fires {CustomEvent<TopicEventDetail>} cl-login-help-topic - A topic opened: `{ topicId, source }` (source: home, search, link, related, api).
 * @fires {CustomEvent<SearchEventDetail>} cl-login-help-search - Typing paused: `{ query, resultCount }`; runs of 4+ digits and email addresses in `query` are masked.
 * @fires {CustomEvent<ContactEventDetail>} cl-login-help-contact - Cancelable. A chat or phone option was chosen: `{ channel, topicId }`. Call `preventDefault()` when the host opened its own chat.
 * @fires {CustomEvent<FeedbackEventDetail>} cl-login-help-feedback - "Did this help?" answered: `{ topicId, helpful }`.
 * @fires {CustomEvent<ErrorEventDetail>} cl-login-help-error - Content failed to load or validate, or an unknown topic was asked for: `{ code, message, path? }`. The built-in content stays in use.
 *
 * @csspart base - The panel's box.
 * @csspart search-input - The search field.
 * @csspart topic-list - The list of services on the home screen.
 * @csspart topic-entry - One service in that list (carries `data-topic-id`).
 * @csspart result-list - The list of search results.
 * @csspart result - One search result (carries `data-topic-id`).
 * @csspart topic - The open topic's answer.
 * @csspart back - The "All topics" control.
 * @csspart show-all - "Show all N topics", under a chooser of more than 24 topics.
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
 * @cssprop [--cl-login-help-font-family=system-ui, sans-serif] - Font family.
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
  @state() private loadFailed = false;
  /** Large help centres list only the first topics until asked for all. */
  @state() private showAllTopics = false;

  @query('input[type=search]') private searchInput?: HTMLInputElement;

  /** Content from the `content` property or `content-src`; the built-in content when unset. */
  #custom?: Content;
  /** Whether `#custom` came from `content-src` (and goes when it fails or is removed). */
  #fromSrc = false;
  #lang: Lang = 'en';
  #strings: UiStrings = builtInStrings('en');
  #hits: SearchHit[] = [];
  /** How many topics match in all (`#hits` holds the best 20). */
  #total = 0;
  /** What `#hits` were computed for: `search()` and the next render share one search. */
  #hitsFor?: { content: Content; query: string };
  #topic?: Topic;
  #source: TopicSource = 'api';
  #focusTopic = false;
  /**
   * Re-checks which tables scroll when the panel's width changes, in the next
   * animation frame: changing the tables inside the observer's callback
   * re-lays them out, and WebKit reports "ResizeObserver loop completed with
   * undelivered notifications" to the host page's window.onerror.
   */
  readonly #resize = ((frame = 0) =>
    new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.#markScrollingTables());
    }))();
  /** The id of the topic the last `cl-login-help-topic` event was for, while it stays open. */
  #opened?: string;
  #focusFeedback = false;
  #returnFocusTo = '';
  #settleTimer?: ReturnType<typeof setTimeout>;
  #load?: AbortController;
  #loadedSrc = '';

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
    try {
      this.#use(parseContent(value));
    } catch (error) {
      this.#report(error as ContentError);
    }
  }

  /** The content in use (before the first render, in the language the element will use). */
  get #content(): Content {
    return this.#custom ?? builtInContent(this.hasUpdated ? this.#lang : this.#resolveLang());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
    clearTimeout(this.#settleTimer);
    this.#load?.abort();
    this.#load = undefined;
    this.#loadedSrc = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.#resize.observe(this.renderRoot.querySelector('[part=base]')!);
    // Moved under another `lang`: follow it.
    if (this.hasUpdated && this.#resolveLang() !== this.#lang) this.requestUpdate('lang');
    // Reconnected after a removal aborted the load: load again.
    if (this.#src && this.#loadedSrc !== this.#src) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('lang') || changed.has('strings') || changed.has('content' as keyof ClLoginHelp)) {
      const lang = this.#resolveLang();
      if (lang !== this.#lang && !this.#custom) this.requestUpdate('content', this.#content);
      this.#lang = lang;
      // UI strings follow the content's language when it is one we have.
      const contentLang = this.#custom ? this.#custom.lang.toLowerCase().split('-')[0] : lang;
      const uiLang: Lang = contentLang === 'es' || contentLang === 'en' ? contentLang : lang;
      this.#strings = { ...builtInStrings(uiLang), ...ownStrings(this.strings) };
    }
    if (this.#loadedSrc !== this.#src) this.#loadSrc();
    if (changed.has('query') || changed.has('content' as keyof ClLoginHelp)) this.#search(this.query);
    if (changed.has('content' as keyof ClLoginHelp) || !this.hasUpdated) this.#indexWhenIdle();
    if (changed.has('topic') || changed.has('content' as keyof ClLoginHelp)) {
      const topic = this.topic ? this.#content.topics.find((t) => t.id === this.topic) : undefined;
      // A deep link may name a topic of the content still loading: wait for it.
      if (this.topic && !topic && !this.#load) {
        this.#report(new ContentError('unknown-topic', `No help topic "${this.topic}"`));
        this.topic = '';
        this.#source = 'api';
      }
      if (topic !== this.#topic) {
        if (changed.has('topic')) this.feedback = null;
        this.#topic = topic;
      }
    }
  }

  protected override firstUpdated() {
    this.#resize.observe(this.renderRoot.querySelector('[part=base]')!);
  }

  protected override updated() {
    this.#markScrollingTables();
    // Once per opening, also when the topic appeared only after its content loaded.
    // (By id: content that loads later replaces the topic object, not the opening.)
    if (this.#topic && this.#topic.id !== this.#opened) {
      const source = this.#source;
      this.#source = 'api';
      emit(this, 'cl-login-help-topic', { topicId: this.#topic.id, source });
    }
    this.#opened = this.#topic?.id;
    // Focus waits while the asked-for topic is still loading.
    if (this.#focusTopic && (this.#topic || !this.topic)) {
      this.#focusTopic = false;
      this.renderRoot.querySelector<HTMLElement>('#topic-heading')?.focus();
    }
    if (this.#focusFeedback) {
      this.#focusFeedback = false;
      this.renderRoot.querySelector<HTMLElement>('#feedback-message')?.focus();
    }
    if (this.#returnFocusTo) {
      const id = this.#returnFocusTo;
      this.#returnFocusTo = '';
      const entry = this.renderRoot.querySelector<HTMLElement>(`[data-topic-id="${CSS.escape(id)}"]`);
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
   * Opens a topic and moves focus to its heading. An unknown id shows the
   * home screen and fires `cl-login-help-error`.
   */
  show(topicId: string, source: TopicSource = 'api') {
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
    this.requestUpdate();
  }

  /** Shows the results for `query` and returns the ranked hits. */
  search(query: string): SearchHit[] {
    // Code searched, not a customer typing: nothing to report or announce later.
    clearTimeout(this.#settleTimer);
    this.topic = '';
    this.query = query;
    return this.#search(query);
  }

  /** Back to the home screen with an empty search. */
  reset() {
    this.topic = '';
    this.query = '';
    this.feedback = null;
    this.announcement = '';
    clearTimeout(this.#settleTimer);
  }

  override render() {
    return html`<div part="base" class="panel" lang=${this.#content.lang}>
      ${this.loadFailed && !this.#custom ? html`<p class="callout" role="note">${this.#strings.contentError}</p>` : nothing}
      ${this.status === 'topic' ? this.renderTopic(this.#topic!) : this.renderChooser()}
      <p part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
    </div>`;
  }

  private renderChooser() {
    const s = this.#strings;
    let body: TemplateResult;
    switch (this.status) {
      case 'results':
        body = html`<h3 id="list-heading">${s.resultsHeading}</h3>
          <ul part="result-list" class="entries" aria-labelledby="list-heading" @keydown=${this.handleResultsKeydown}>
            ${this.#hits.map(
              (hit) => html`<li>
                ${this.renderEntry('result', hit.topic.id, this.renderSegments(hit.title), this.renderSegments(hit.summary), 'search')}
              </li>`,
            )}
          </ul>
          ${this.#total > this.#hits.length ? html`<p class="more">${fill(s.moreResults, { shown: this.#hits.length, count: this.#total })}</p>` : nothing}`;
        break;
      case 'empty':
        body = html`<div class="empty">
            <h3>${fill(s.noResults, { query: this.query.trim() })}</h3>
            <p>${s.noResultsHelp}</p>
          </div>
          ${this.renderContact()}${this.renderTopicList()}`;
        break;
      default:
        body = this.renderTopicList();
    }
    return html`<h2>${this.#content.title}</h2>
      <p class="intro">${this.#content.intro}</p>
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
        </div>
      </div>
      ${body}`;
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
    return html`<button type="button" part=${part} class="entry" data-topic-id=${id} @click=${() => this.show(id, source)}>
      <span class="entry-title">${title}</span>
      <span class="entry-summary">${summary}</span>
    </button>`;
  }

  private renderSegments(segments: Segment[]) {
    return segments.map((segment) => (segment.mark ? html`<mark>${segment.text}</mark>` : segment.text));
  }

  private renderTopic(topic: Topic) {
    const s = this.#strings;
    const related = topic.related
      .map((id) => this.#content.topics.find((t) => t.id === id))
      .filter((t): t is Topic => !!t);
    return html`<button type="button" part="back" class="text-button back" @click=${this.handleBack}><span aria-hidden="true">←</span> ${s.back}</button>
      <article part="topic" data-topic-id=${topic.id} aria-labelledby="topic-heading">
        <h2 id="topic-heading" tabindex="-1">${topic.title}</h2>
        ${topic.blocks.map((block) => this.renderBlock(block))}
        ${topic.sections.map((section) => html`<h3>${section.question}</h3>${section.blocks.map((block) => this.renderBlock(block))}`)}
      </article>
      ${this.renderFeedback(topic)}
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

  private renderFeedback(topic: Topic) {
    const s = this.#strings;
    // The answer replaces the buttons, so focus moves to it (and a screen reader reads it).
    if (this.feedback)
      return html`<div part="feedback" class="feedback">
          <p id="feedback-message" tabindex="-1">${this.feedback === 'yes' ? s.feedbackThanks : s.feedbackSorry}</p>
        </div>
        ${this.feedback === 'no' ? this.renderContact() : nothing}`;
    return html`<div part="feedback" class="feedback" role="group" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading">${s.feedbackQuestion}</h3>
      <div class="feedback-buttons">
        <button type="button" class="button" @click=${() => this.#answer(topic, true)}>${s.yes}</button>
        <button type="button" class="button" @click=${() => this.#answer(topic, false)}>${s.no}</button>
      </div>
    </div>`;
  }

  private renderContact() {
    const contact = this.#content.contact;
    return html`<section part="contact" class="contact" aria-labelledby="contact-heading">
      <h3 id="contact-heading">${contact.title}</h3>
      ${contact.content ? html`<p>${this.renderInlines(contact.content)}</p>` : nothing}
      <div class="actions">${contact.actions.map((action) => this.renderAction(action))}</div>
    </section>`;
  }

  private renderBlock(block: Block): unknown {
    const s = this.#strings;
    switch (block.type) {
      case 'paragraph':
        return html`<p>${this.renderInlines(block.content)}</p>`;
      case 'tip':
        return html`<div class="callout tip" role="note"><p><strong>${s.tip}</strong> ${this.renderInlines(block.content)}</p></div>`;
      case 'note':
        return html`<div class="callout note" role="note"><p><strong>${s.note}</strong> ${this.renderInlines(block.content)}</p></div>`;
      case 'list':
        return html`<ul>${block.items.map((item) => html`<li>${this.renderInlines(item)}</li>`)}</ul>`;
      case 'steps':
        return html`<ol>${block.items.map((item) => html`<li>${this.renderInlines(item)}</li>`)}</ol>`;
      case 'table':
        return html`<div class="table-scroll"><table>
          <caption>${block.caption}</caption>
          <thead><tr>${block.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
          <tbody>
            ${block.rows.map(
              ([first, ...rest]) => html`<tr>
                <th scope="row">${this.renderCell(first)}</th>
                ${rest.map((cell) => html`<td>${this.renderCell(cell)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table></div>`;
      case 'footnote':
        return html`<p class="footnote">${block.marker} ${this.renderInlines(block.content)}</p>`;
      case 'contact':
        return this.renderContact();
      case 'actions':
        return html`<div class="actions">${block.items.map((action) => this.renderAction(action))}</div>`;
    }
  }

  private renderCell(cell: TableCell) {
    return 'steps' in cell ? html`<ol>${cell.steps.map((step) => html`<li>${this.renderInlines(step)}</li>`)}</ol>` : this.renderInlines(cell);
  }

  private renderInlines(inlines: readonly Inline[]) {
    return inlines.map((piece) => this.renderInline(piece));
  }

  /** An action button: a phone number without words of its own reads "Call 800-860-2255". */
  private renderAction(action: Action) {
    return action.type === 'phone' && !action.text
      ? this.renderInline({ ...action, text: fill(this.#strings.call, { number: formatPhone(action.number) }) })
      : this.renderInline(action);
  }

  /** Content strings are only ever rendered as text; URLs only when safe. */
  private renderInline(piece: Inline | Action): unknown {
    if (typeof piece === 'string') return piece;
    switch (piece.type) {
      case 'em':
        return html`<em>${piece.text}</em>`;
      case 'strong':
        return html`<strong>${piece.text}</strong>`;
      case 'link':
        return this.renderLink(piece.href, piece.text);
      case 'destination':
        return this.renderLink(this.#destination(piece.destination), piece.text);
      case 'phone': {
        const digits = piece.number.replace(/\D/g, '');
        const tel = digits.length === 10 ? `+1${digits}` : digits.length === 11 && digits[0] === '1' ? `+${digits}` : digits;
        return html`<a class="phone" href="tel:${tel}" @click=${(event: Event) => this.#contact(event, 'phone')}>${piece.text ?? formatPhone(digits)}</a>`;
      }
      case 'chat': {
        const fallback = this.#destination('contact');
        return fallback
          ? html`<a href=${fallback} @click=${(event: Event) => this.#contact(event, 'chat')}>${piece.text}</a>`
          : html`<button type="button" class="text-button" @click=${(event: Event) => this.#contact(event, 'chat')}>${piece.text}</button>`;
      }
    }
  }

  private renderLink(href: string | undefined, text: string) {
    return href && SAFE_URL_PATTERN.test(href) ? html`<a href=${href}>${text}</a>` : text;
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

  private handleShowAll() {
    this.showAllTopics = true;
    // Keep the keyboard where the list grew: on the first newly shown topic.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part=topic-entry]')[CHOOSER_LIMIT]?.focus());
  }

  private handleBack() {
    this.#returnFocusTo = this.topic;
    this.topic = '';
  }

  #answer(topic: Topic, helpful: boolean) {
    this.feedback = helpful ? 'yes' : 'no';
    this.#focusFeedback = true;
    emit(this, 'cl-login-help-feedback', { topicId: topic.id, helpful });
  }

  #contact(event: Event, channel: 'chat' | 'phone') {
    const handled = !emit(this, 'cl-login-help-contact', { channel, topicId: this.#topic?.id ?? '' }, true);
    if (handled) event.preventDefault();
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
    this.announcement = count === 0 ? fill(s.noResults, { query }) : count === 1 ? s.resultCountOne : fill(s.resultCountMany, { count });
    emit(this, 'cl-login-help-search', { query: maskQuery(query), resultCount: count });
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

  /** Builds the search index for the content in use in idle slices, before the customer types. */
  #indexWhenIdle() {
    const search = searchFor(this.#content);
    const idle: (run: (deadline: IdleDeadline) => void) => void =
      typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1);
    const step = (deadline: IdleDeadline) => {
      if (!search.indexSome(Math.max(1, deadline.timeRemaining() - 1))) idle(step);
    };
    if (!search.indexed) idle(step);
  }

  #search(query: string) {
    const content = this.#content;
    if (this.#hitsFor?.content !== content || this.#hitsFor.query !== query) {
      // An empty query needs no index: the first paint does not build one.
      ({ hits: this.#hits, total: this.#total } = query.trim() ? searchFor(content).rank(query) : { hits: [], total: 0 });
      this.#hitsFor = { content, query };
    }
    return this.#hits;
  }

  /** The content URL in use: the element's own, else the script tag's `data-content-src`. */
  get #src() {
    return this.contentSrc || scriptDefaults.contentSrc;
  }

  #resolveLang(): Lang {
    return supportedLang(this.lang || scriptDefaults.lang || closestLang(this) || 'en');
  }

  /** Back to the built-in content when the content in use came from a URL that is gone or failed. */
  #dropLoaded() {
    if (!this.#fromSrc) return;
    const old = this.#content;
    this.#custom = undefined;
    this.#fromSrc = false;
    this.requestUpdate('content', old);
  }

  #use(content: Content, fromSrc = false) {
    const old = this.#content;
    this.#fromSrc = fromSrc;
    this.#custom = content;
    this.showAllTopics = false;
    this.requestUpdate('content', old);
  }

  #loadSrc() {
    this.#load?.abort();
    this.#load = undefined;
    const src = (this.#loadedSrc = this.#src);
    this.loadFailed = false;
    if (!src) return this.#dropLoaded();
    const controller = (this.#load = new AbortController());
    // A URL that does not even parse fails like any other load, not the render.
    Promise.resolve()
      .then(() => loadContent(new URL(src, document.baseURI).href, { signal: controller.signal }))
      .then(
      (content) => {
        if (this.#load !== controller) return;
        this.#load = undefined;
        this.#use(content, true);
      },
      (error: unknown) => {
        if (this.#load !== controller) return;
        this.#load = undefined;
        this.loadFailed = true;
        this.#dropLoaded();
        // A topic that waited for this content is now unknown: check it again.
        // (Lit records a change only when the old value differs: pass none.)
        if (this.topic && !this.#topic) this.requestUpdate('topic', undefined);
        this.#report(error instanceof ContentError ? error : new ContentError('fetch-failed', String(error)));
      },
    );
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

declare global {
  interface HTMLElementTagNameMap {
    'cl-login-help': ClLoginHelp;
  }
}
