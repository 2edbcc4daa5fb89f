import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './cl-login-help.styles.js';
import { ContentController } from './content/controller.js';
import { ContentError } from './content/load.js';
import { SAFE_URL_PATTERN, type Content, type Section, type Topic } from './content/schema.js';
import { emit, type ErrorEventDetail, type TopicSource } from './events.js';
import type { UiStrings } from './i18n/strings.js';
import { resultsKey, searchFieldKey } from './panel/keyboard.js';
import { PageHelp } from './panel/page-controller.js';
import { resolveOpening, splitReference } from './panel/resolve.js';
import { PanelSearch } from './panel/search-controller.js';
import { ScrollingTables } from './panel/tables.js';
import { renderChooser } from './panel/home.js';
import { renderTopic, sectionHeadingId } from './panel/topic.js';
import { CHOOSER_LIMIT, RESULT_LIMIT, type PanelHandlers, type PanelView, type Status } from './panel/view.js';
import type { RenderContext } from './render/blocks.js';
import type { SearchHit } from './search/search.js';
import { VERSION } from './version.js';

export type { Status } from './panel/view.js';

const warned = new Set<string>();

/** Where focus goes after the next render: the open answer (or topic heading), the feedback message, or back to the entry that opened a topic. */
type PendingFocus = { to: 'topic' } | { to: 'feedback' } | { to: 'entry'; topic: string; section: string };

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

  /**
   * Which service(s) this page signs in to: topic ids separated by spaces
   * (`context="email"`). The home screen leads with them ("Trouble signing
   * in to CenturyLink Email?", their questions, then "Something else?"), and
   * search puts their answers first when the query names no other service.
   * An unknown id fires `cl-login-help-error` (`unknown-topic`) and is ignored.
   */
  @property({ reflect: true }) context = '';

  /**
   * Up to five answers to offer first on the home screen, as "Suggested
   * answers": references as in help links (`['email/forgot-password',
   * 'email/forgot-username']`). Opening one reports `source: 'suggestion'`.
   */
  @property({ attribute: false }) suggestions: readonly string[] = [];

  @state() private feedback: 'yes' | 'no' | null = null;
  /** Large help centres list only the first topics until asked for all. */
  @state() private showAllTopics = false;

  @query('input[type=search]') private searchInput?: HTMLInputElement;

  /** Which content and UI strings are in use: built-in by language, `content` or `content-src`. */
  readonly #contentController = new ContentController(this, {
    onError: (error) => this.#report(error),
    // A topic that waited for this content is now unknown: check it again.
    // (Lit records a change only when the old value differs: pass none.)
    onLoadFailed: () => {
      if (this.topic && !this.#topic) this.requestUpdate('topic', undefined);
    },
  });
  readonly #search = new PanelSearch(this, () => this.#strings);
  #topic?: Topic;
  /** The open section of `#topic`, when `section` names one of its sections. */
  #section?: Section;
  #source: TopicSource = 'api';
  /** "topic/section" of the last `cl-login-help-topic` event, while it stays open. */
  #opened?: string;
  #focus?: PendingFocus;
  /** The page's own service(s) and suggested answers. */
  readonly #page = new PageHelp(this, (error) => this.#report(error));

  /**
   * The content in use: the built-in content until another loads. Setting it
   * validates it like content from `content-src`: invalid content is refused
   * (the current content stays) and `cl-login-help-error` names the JSON path.
   */
  @property({ attribute: false })
  get content(): Content {
    return this.#contentController.content;
  }
  set content(value: unknown) {
    this.#contentController.set(value);
  }

  get #strings(): UiStrings {
    return this.#contentController.strings;
  }

  constructor() {
    super();
    // Tables wider than the panel become scrollable regions.
    new ScrollingTables(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const content = 'content' as keyof ClLoginHelp;
    this.#contentController.sync(changed);
    if (changed.has(content) && !this.#contentController.builtIn) this.showAllTopics = false;
    if (changed.has(content)) this.#search.reset();
    const page = this.#page.update(this.content, this.#contentController.loading, changed.has(content));
    if (changed.has('query') || changed.has(content) || page) this.#search.run(this.content, this.query, this.#page.ids);
    if (changed.has(content) || !this.hasUpdated) this.#search.indexWhenIdle(this.content);
    // Another topic without a section of its own: the whole topic.
    if (changed.has('topic') && !changed.has('section') && this.hasUpdated) this.section = '';
    if (changed.has('topic') || changed.has('section') || changed.has(content)) this.#resolve(changed.has('topic') || changed.has('section'));
  }

  /** Finds the open topic and section; an id the content does not have is reported and dropped. */
  #resolve(asked: boolean) {
    const { topic, section, unknown } = resolveOpening(this.content, this.topic, this.section, this.#contentController.loading);
    if (unknown === 'topic') {
      this.#report(new ContentError('unknown-topic', `No help topic "${this.topic}"`));
      this.topic = '';
      this.section = '';
      this.#source = 'api';
    } else if (unknown === 'section') {
      this.#report(new ContentError('unknown-section', `No section "${this.section}" in help topic "${topic!.id}"`));
      this.section = '';
    }
    if (topic !== this.#topic || section !== this.#section) {
      if (asked) this.feedback = null;
      this.#topic = topic;
      this.#section = section;
    }
  }

  protected override updated() {
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
    this.#moveFocus(pending);
    this.#page.rendered(this.status === 'home');
  }

  #moveFocus(pending: boolean) {
    const focus = this.#focus;
    const root = this.renderRoot;
    if (focus?.to === 'topic') {
      // Waits while the asked-for topic is still loading: then to the open answer's question, else to the topic's heading.
      if (this.topic && (!this.#topic || pending)) return;
      const heading = this.#section ? root.querySelector<HTMLElement>(`#${sectionHeadingId(this.#section)}`) : null;
      (heading ?? root.querySelector<HTMLElement>('#topic-heading'))?.focus();
    } else if (focus?.to === 'feedback') root.querySelector<HTMLElement>('#feedback-message')?.focus();
    else if (focus?.to === 'entry') {
      const byTopic = `[data-topic-id="${CSS.escape(focus.topic)}"]`;
      const entry = (focus.section && root.querySelector<HTMLElement>(`${byTopic}[data-section-id="${CSS.escape(focus.section)}"]`)) || root.querySelector<HTMLElement>(byTopic);
      (entry ?? this.searchInput)?.focus();
    }
    this.#focus = undefined;
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
    return this.#search.hits.length ? 'results' : 'empty';
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
    if (!sectionId && topicId.includes('/')) [topicId, sectionId] = splitReference(topicId);
    // A result count still waiting to be announced is stale once a topic opens.
    this.#search.quiet();
    // Asked for again, a topic starts fresh: "Did this help?" is asked again,
    // and the opening is reported again.
    this.feedback = null;
    this.#opened = undefined;
    this.#source = source;
    this.#focus = { to: 'topic' };
    this.topic = topicId;
    this.section = sectionId;
    this.requestUpdate();
  }

  /** Shows the results for `query` and returns the ranked hits. */
  search(query: string): SearchHit[] {
    // Code searched, not a customer typing: nothing to report or announce later.
    this.#search.quiet();
    this.topic = '';
    this.section = '';
    if (query !== this.query) this.#search.reset();
    this.query = query;
    return this.#search.run(this.content, query, this.#page.ids);
  }

  /** Back to the home screen with an empty search (with the suggestions given since it was last shown). */
  reset() {
    this.#page.homeAgain();
    this.topic = '';
    this.section = '';
    this.query = '';
    this.feedback = null;
    this.#search.quiet();
  }

  override render() {
    const view: PanelView = {
      content: this.content,
      strings: this.#strings,
      ctx: this.#ctx(),
      status: this.status,
      query: this.query,
      hits: this.#search.hits,
      total: this.#search.total,
      answered: this.#search.answered,
      showAllResults: this.#search.showAll,
      showAllTopics: this.showAllTopics,
      feedback: this.feedback,
      section: this.#section,
      suggested: this.#page.suggested,
      context: this.#page.context,
      showChooser: this.#page.showChooser,
      on: this.#on,
    };
    return html`<div part="base" class="panel" lang=${this.content.lang}>
      ${this.#contentController.loadFailed && this.#contentController.builtIn ? html`<p class="callout" role="note">${this.#strings.contentError}</p>` : ''}
      ${view.status === 'topic' ? renderTopic(view, this.#topic!) : renderChooser(view)}
      <p part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#search.announcement}</p>
    </div>`;
  }

  /** What the customer can do, for the templates. */
  readonly #on: PanelHandlers = {
    input: (event) => {
      this.#search.reset();
      this.query = (event.target as HTMLInputElement).value;
      this.#search.typed();
    },
    searchKeydown: (event) => searchFieldKey(event, this.renderRoot, !!this.query, !!this.#search.hits.length, () => this.reset()),
    resultsKeydown: (event) => resultsKey(event, this.renderRoot, this.searchInput),
    // The clear button: an empty search, and the keyboard back in the field.
    clear: () => {
      this.reset();
      void this.updateComplete.then(() => this.searchInput?.focus());
    },
    // "Show all": the keyboard stays where the list grew, on the first newly shown row.
    showAllResults: () => {
      this.#search.showAll = true;
      this.#search.run(this.content, this.query, this.#page.ids);
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part=result]')[RESULT_LIMIT]?.focus());
    },
    showAllTopics: () => {
      this.showAllTopics = true;
      void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part=topic-entry]')[CHOOSER_LIMIT]?.focus());
    },
    back: () => {
      this.#focus = { to: 'entry', topic: this.topic, section: this.section };
      this.topic = '';
      this.section = '';
    },
    open: (topicId, sectionId, source) => this.show(topicId, sectionId, source),
    somethingElse: () => {
      this.#page.showChooser = true;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=topic-entry]')?.focus());
    },
    // One of the open topic's questions: its answer, focused, under the topic heading.
    choose: (section) => {
      this.feedback = null;
      this.#source = 'topic';
      this.#focus = { to: 'topic' };
      this.section = section.id;
    },
    rate: (topic, helpful) => {
      this.feedback = helpful ? 'yes' : 'no';
      this.#focus = { to: 'feedback' };
      emit(this, 'cl-login-help-feedback', { topicId: topic.id, sectionId: this.#section?.id ?? '', helpful });
    },
  };

  /** What the content renderer needs from the panel. */
  #ctx(): RenderContext {
    return {
      strings: this.#strings,
      contact: this.content.contact,
      destination: (key) => this.#destination(key),
      onContact: (event, channel) => {
        const handled = !emit(this, 'cl-login-help-contact', { channel, topicId: this.#topic?.id ?? '' }, true);
        if (handled) event.preventDefault();
      },
    };
  }

  #destination(key: string): string | undefined {
    const mapped = this.destinations && typeof this.destinations === 'object' ? this.destinations : {};
    const own = Object.hasOwn(mapped, key) ? mapped[key] : undefined;
    return typeof own === 'string' && SAFE_URL_PATTERN.test(own) ? own : this.content.destinations[key];
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
