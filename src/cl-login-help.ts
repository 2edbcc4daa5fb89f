import { LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './cl-login-help.styles.js';
import { ContentController } from './content/controller.js';
import type { Content } from './content/schema.js';
import { emit, type TopicSource } from './events.js';
import type { UiStrings } from './i18n/strings.js';
// The controllers, then the view (the order the bundle keeps, which gzips best).
import { PageHelp } from './panel/page-controller.js';
import { splitReference } from './panel/resolve.js';
import { PanelSearch } from './panel/search-controller.js';
import { ScrollingTables } from './panel/tables.js';
import { TopicOpening } from './panel/opening.js';
import { reportError } from './panel/report.js';
import { panelRenderContext } from './panel/render-context.js';
import { focusAfterUpdate, focusPanel, moveFocus, type FocusTarget } from './panel/focus.js';
import { renderPanel } from './panel/frame.js';
import { CHOOSER_LIMIT, type PanelHandlers, type Status } from './panel/view.js';
import type { SearchHit } from './search/search.js';
import { VERSION } from './version.js';

export type { Status } from './panel/view.js';

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
    onError: (error) => reportError(this, error),
    onLoadFailed: () => this.#open.loadFailed(),
  });
  readonly #search = new PanelSearch(this, () => this.#contentController.strings);
  /** The open topic and section, and where they were opened from. */
  readonly #open = new TopicOpening(this, (error) => reportError(this, error));
  #focus?: FocusTarget;
  /** The page's own service(s) and suggested answers. */
  readonly #page = new PageHelp(this, (error) => reportError(this, error));

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
    this.#page.update(this.content, this.#contentController.loading, changed.has(content));
    // (Searched again only when the query, the content, the page's services or "Show all" changed.)
    this.#search.run(this.content, this.query, this.#page.ids);
    if (changed.has(content) || !this.hasUpdated) this.#search.indexWhenIdle(this.content);
    // Another topic without a section of its own: the whole topic.
    if (changed.has('topic') && !changed.has('section') && this.hasUpdated) this.section = '';
    // What is open follows the ids and the content; another topic or section
    // asked for is asked "Did this help?" again.
    const asked = changed.has('topic') || changed.has('section');
    if ((asked || changed.has(content)) && this.#open.resolve(this.content, this.#contentController.loading) && asked) this.feedback = null;
  }

  protected override updated() {
    // (Focus on a topic still loading waits for it.)
    const loading = this.#open.rendered();
    if (this.#focus && moveFocus(this.renderRoot, this.#focus, loading, this.#open.section, this.searchInput)) this.#focus = undefined;
    this.#page.rendered(this.status === 'home');
  }

  /** Focuses the open topic's heading, or the search field. */
  override focus(options?: FocusOptions) {
    if (!focusPanel(this.renderRoot, options)) super.focus(options);
  }

  /** What the panel shows now. */
  get status(): Status {
    if (this.#open.topic) return 'topic';
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
    this.#open.from(source, true);
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
    return renderPanel({
      content: this.content,
      strings: this.#contentController.strings,
      ctx: panelRenderContext(this, this.content, this.#contentController.strings, this.destinations, () => this.#open.topic?.id ?? ''),
      status: this.status,
      query: this.query,
      search: this.#search,
      page: this.#page,
      showAllTopics: this.showAllTopics,
      feedback: this.feedback,
      topic: this.#open.topic,
      section: this.#open.section,
      contentError: this.#contentController.loadFailed && this.#contentController.builtIn,
      on: this.#on,
    });
  }

  /** What the customer can do, for the templates. */
  readonly #on: PanelHandlers = {
    ...this.#search.handlers,
    showAllTopics: () => {
      this.showAllTopics = true;
      focusAfterUpdate(this, '[part=topic-entry]', CHOOSER_LIMIT);
    },
    back: () => {
      this.#focus = { to: 'entry', topic: this.topic, section: this.section };
      this.topic = '';
      this.section = '';
    },
    open: (topicId, sectionId, source) => this.show(topicId, sectionId, source),
    somethingElse: this.#page.somethingElse,
    // One of the open topic's questions: its answer, focused, under the topic heading.
    choose: (section) => {
      this.feedback = null;
      this.#open.from('topic');
      this.#focus = { to: 'topic' };
      this.section = section.id;
    },
    rate: (topic, helpful) => {
      this.feedback = helpful ? 'yes' : 'no';
      this.#focus = { to: 'feedback' };
      emit(this, 'cl-login-help-feedback', { topicId: topic.id, sectionId: this.#open.section?.id ?? '', helpful });
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-login-help': ClLoginHelp;
  }
}
