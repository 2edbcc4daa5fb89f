/**
 * The panel's own screens, as Lit templates beside the content renderer
 * (`render/blocks.ts`): the home screen with its search and chooser, the
 * results (and "No exact answer"), and an open topic with its questions,
 * feedback and related topics. They read a `PanelView` and call its
 * handlers; the element keeps the state.
 */
import { html, nothing } from 'lit';
import type { Content, Section, Topic } from '../content/schema.js';
import type { TopicSource } from '../events.js';
import { fill, type UiStrings } from '../i18n/strings.js';
import { renderBlocks, renderContact, renderSegments, type RenderContext } from '../render/blocks.js';
import type { Answered, SearchHit } from '../search/search.js';

/** What the panel shows. */
export type Status = 'home' | 'results' | 'empty' | 'topic';

/**
 * The chooser lists at most this many topics until the customer asks for all:
 * a help centre of thousands of articles is searched, not scrolled.
 */
export const CHOOSER_LIMIT = 24;
/** Result rows shown at first: a phone's screen or two, not a wall of rows (and fewer rows laid out per keystroke). */
export const RESULT_LIMIT = 8;
/** Rows "Show all" shows at most. */
export const ALL_RESULTS_LIMIT = 100;

/** What the customer can do on the panel's screens. */
export interface PanelHandlers {
  input(event: InputEvent): void;
  searchKeydown(event: KeyboardEvent): void;
  resultsKeydown(event: KeyboardEvent): void;
  clear(): void;
  showAllResults(): void;
  showAllTopics(): void;
  back(): void;
  open(topicId: string, sectionId: string, source: TopicSource): void;
  /** One of the open topic's questions. */
  choose(section: Section): void;
  /** "Did this help?" answered. */
  rate(topic: Topic, helpful: boolean): void;
  /** "Something else?" under the page's own service: every service. */
  somethingElse(): void;
}

/** An answer to offer: a section of a topic, or a topic as a whole. */
export interface Reference {
  topic: Topic;
  section?: Section;
}

/** The state a screen is drawn from. */
export interface PanelView {
  content: Content;
  strings: UiStrings;
  ctx: RenderContext;
  status: Status;
  query: string;
  hits: readonly SearchHit[];
  total: number;
  answered: Answered;
  showAllResults: boolean;
  showAllTopics: boolean;
  feedback: 'yes' | 'no' | null;
  /** The open section of the open topic. */
  section?: Section;
  /** The answers the page suggests, first on the home screen. */
  suggested: readonly Reference[];
  /** The page's own service(s), which the home screen leads with. */
  context: readonly Topic[];
  /** "Something else?" was chosen: the full chooser under the page's own service. */
  showChooser: boolean;
  on: PanelHandlers;
}

/** The id of a section's heading in the shadow root. */
export const sectionHeadingId = (section: Section) => `section-${section.id}`;

/** The home screen, the results or "no results": the search field, then what it found or the chooser. */
export function renderChooser(v: PanelView) {
  const s = v.strings;
  const noAnswer = v.status === 'results' && v.answered === 'no';
  // Each screen's parts keep their place, so a keystroke changes only what
  // it must: the topic list stays in the DOM from the home screen to "No
  // results" and back (a first letter often finds nothing yet).
  const empty =
    v.status === 'empty'
      ? html`<div class="empty">
            <h3>${fill(s.noResults, { query: v.query.trim() })}</h3>
            <p>${s.noResultsHelp}</p>
          </div>
          ${renderContact(v.ctx)}`
      : nothing;
  return html`<h2>${v.content.title}</h2>
    ${noAnswer ? nothing : html`<p class="intro">${v.content.intro}</p>`}
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
          .value=${v.query}
          @input=${v.on.input}
          @keydown=${v.on.searchKeydown}
        />
        ${v.query
          ? html`<button type="button" part="clear" class="clear" aria-label=${s.clearSearch} @click=${v.on.clear}>
              <span aria-hidden="true">×</span>
            </button>`
          : nothing}
      </div>
    </div>
    ${v.status === 'results' ? renderResults(v, noAnswer) : nothing}${empty}${v.status === 'results' ? nothing : renderHome(v)}`;
}

/**
 * The home screen's lists: the answers the page suggests, then the page's own
 * service with its questions and "Something else?", or every service.
 */
function renderHome(v: PanelView) {
  const s = v.strings;
  const choices = (part: string, references: readonly Reference[], source: TopicSource) =>
    references.map(
      ({ topic, section }) => html`<li>
        <button type="button" part=${part} class="entry" data-topic-id=${topic.id} data-section-id=${section?.id || nothing} @click=${() => v.on.open(topic.id, section?.id ?? '', source)}>
          <span class="entry-title">${section?.question ?? topic.title}</span>
          <span class="entry-summary">${section ? topic.title : topic.summary}</span>
        </button>
      </li>`,
    );
  const suggested = v.suggested.length
    ? html`<section part="suggestions" aria-labelledby="suggested-heading">
        <h3 id="suggested-heading">${s.suggestedHeading}</h3>
        <ul class="entries">
          ${choices('suggestion', v.suggested, 'suggestion')}
        </ul>
      </section>`
    : nothing;
  if (!v.context.length || v.showChooser) return html`${suggested}${renderTopicList(v)}`;
  return html`${suggested}
    ${v.context.map(
      (topic) => html`<section part="context" data-topic-id=${topic.id} aria-labelledby="context-${topic.id}">
        <h3 id="context-${topic.id}">${fill(s.contextHeading, { topic: topic.title })}</h3>
        <ul class="entries questions">
          ${choices(
            'context-entry',
            // (Without the answers already suggested above.)
            (topic.sections.length ? topic.sections.map((section): Reference => ({ topic, section })) : [{ topic } as Reference]).filter(
              (choice) => !v.suggested.some((s) => s.topic === choice.topic && s.section === choice.section),
            ),
            'home',
          )}
        </ul>
      </section>`,
    )}
    <button type="button" part="something-else" class="text-button" @click=${v.on.somethingElse}>${s.somethingElse}</button>`;
}

/**
 * The results: the best few rows and "Show all N results". With no exact
 * answer: say so first, offer contact on the first screen, then the closest
 * answers under a heading that claims no more.
 */
function renderResults(v: PanelView, noAnswer: boolean) {
  const s = v.strings;
  const more = Math.min(v.total, ALL_RESULTS_LIMIT);
  return html`${noAnswer
      ? html`<div part="no-answer" class="empty">
            <h3>${fill(s.noAnswer, { query: v.query.trim() })}</h3>
            <p>${s.noAnswerHelp}</p>
          </div>
          ${renderContact(v.ctx)}`
      : nothing}
    <h3 id="list-heading">${noAnswer ? s.closestHeading : s.resultsHeading}</h3>
    <p class="result-count">${v.total === 1 ? s.resultCountOne : fill(s.resultCountMany, { count: v.total })}</p>
    <ul part="result-list" class="entries" aria-labelledby="list-heading" @keydown=${v.on.resultsKeydown}>
      ${v.hits.map((hit) => renderResultItem(hit, v.on.open))}
    </ul>
    ${v.total > v.hits.length && !v.showAllResults
      ? html`<button type="button" part="show-all-results" class="text-button" @click=${v.on.showAllResults}>
          ${v.total <= more ? fill(s.showAllResults, { count: v.total }) : fill(s.showBestResults, { shown: more, count: v.total })}
        </button>`
      : v.total > v.hits.length
        ? html`<p class="more">${fill(s.moreResults, { shown: v.hits.length, count: v.total })}</p>`
        : nothing}`;
}

function renderTopicList(v: PanelView) {
  const topics = v.content.topics;
  const shown = v.showAllTopics ? topics : topics.slice(0, CHOOSER_LIMIT);
  return html`<h3 id="chooser-heading">${v.strings.chooserHeading}</h3>
    <ul part="topic-list" class="entries" aria-labelledby="chooser-heading">
      ${shown.map((topic) => html`<li>${renderEntry(v, 'topic-entry', topic, 'home')}</li>`)}
    </ul>
    ${shown.length < topics.length
      ? html`<button type="button" part="show-all" class="text-button" @click=${v.on.showAllTopics}>
          ${fill(v.strings.showAllTopics, { count: topics.length })}
        </button>`
      : nothing}`;
}

function renderEntry(v: PanelView, part: string, topic: Topic, source: TopicSource) {
  return html`<button type="button" part=${part} class="entry" data-topic-id=${topic.id} @click=${() => v.on.open(topic.id, '', source)}>
    <span class="entry-title">${topic.title}</span>
    <span class="entry-summary">${topic.summary}</span>
  </button>`;
}

/** A result row: "Lost your security code? · Long distance", then a snippet of the answer. */
export function renderResultItem(hit: SearchHit, open: PanelHandlers['open']) {
  const section = hit.section?.id ?? '';
  return html`<li><button
      type="button"
      part="result"
      class="entry"
      data-topic-id=${hit.topic.id}
      data-section-id=${section || nothing}
      @click=${() => open(hit.topic.id, section, 'search')}
    >
      <span class="entry-title"
        >${renderSegments(hit.title)}${section ? html`<span class="entry-service">${' · '}${renderSegments(hit.service)}</span>` : nothing}</span
      >
      <span class="entry-summary">${renderSegments(hit.summary)}</span>
    </button></li>`;
}

/** An open topic: its answer (or the chosen section's), "Did this help?", its other questions and related topics. */
export function renderTopic(v: PanelView, topic: Topic) {
  const s = v.strings;
  const related = topic.related.map((id) => v.content.topics.find((t) => t.id === id)).filter((t): t is Topic => !!t);
  // Two or more questions: "What's happening?", and a chosen one's answer alone.
  const asks = topic.sections.length >= 2;
  const answer = asks ? v.section : undefined;
  return html`<button type="button" part="back" class="text-button back" @click=${v.on.back}><span aria-hidden="true">←</span> ${s.back}</button>
    <article part="topic" data-topic-id=${topic.id} aria-labelledby="topic-heading">
      <h2 id="topic-heading" tabindex="-1">${topic.title}</h2>
      ${answer
        ? renderSection(answer, v.ctx)
        : html`${renderBlocks(topic.blocks, v.ctx)} ${asks ? renderQuestions(v, topic, s.questionsHeading) : nothing}
          ${topic.sections.map((section) => renderSection(section, v.ctx))}`}
    </article>
    ${renderFeedback(v, topic)} ${answer ? renderQuestions(v, topic, fill(s.moreAbout, { topic: topic.title }), answer) : nothing}
    ${related.length
      ? html`<nav aria-labelledby="related-heading">
          <h3 id="related-heading">${s.related}</h3>
          <ul class="entries">
            ${related.map((t) => html`<li>${renderEntry(v, 'related', t, 'related')}</li>`)}
          </ul>
        </nav>`
      : nothing}
    <button type="button" class="text-button" @click=${v.on.back}><span aria-hidden="true">←</span> ${s.back}</button>`;
}

/** One section: its question as a heading, then its answer. */
function renderSection(section: Section, ctx: RenderContext) {
  const id = sectionHeadingId(section);
  return html`<section part="section" data-section-id=${section.id} aria-labelledby=${id}>
    <h3 id=${id} tabindex="-1">${section.question}</h3>
    ${renderBlocks(section.blocks, ctx)}
  </section>`;
}

/** The topic's questions as choices (all but the open one). */
function renderQuestions(v: PanelView, topic: Topic, heading: string, open?: Section) {
  return html`<nav part="questions" aria-labelledby="questions-heading">
    <h3 id="questions-heading">${heading}</h3>
    <ul class="entries questions">
      ${topic.sections
        .filter((section) => section !== open)
        .map(
          (section) => html`<li>
            <button type="button" part="question" class="entry" data-section-id=${section.id} @click=${() => v.on.choose(section)}>
              <span class="entry-title">${section.question}</span>
            </button>
          </li>`,
        )}
    </ul>
  </nav>`;
}

function renderFeedback(v: PanelView, topic: Topic) {
  const s = v.strings;
  // The answer replaces the buttons, so focus moves to it (and a screen reader reads it).
  if (v.feedback)
    return html`<div part="feedback" class="feedback">
        <p id="feedback-message" tabindex="-1">${v.feedback === 'yes' ? s.feedbackThanks : s.feedbackSorry}</p>
      </div>
      ${v.feedback === 'no' ? renderContact(v.ctx) : nothing}`;
  return html`<div part="feedback" class="feedback" role="group" aria-labelledby="feedback-heading">
    <h3 id="feedback-heading">${s.feedbackQuestion}</h3>
    <div class="feedback-buttons">
      <button type="button" class="button" @click=${() => v.on.rate(topic, true)}>${s.yes}</button>
      <button type="button" class="button" @click=${() => v.on.rate(topic, false)}>${s.no}</button>
    </div>
  </div>`;
}
