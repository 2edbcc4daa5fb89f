/**
 * The home screen, as Lit templates beside the content renderer
 * (`render/blocks.ts`): the search field, then the answers the page suggests
 * and its own service or every service, or what the search found (the
 * results, "No exact answer" or "No results"). They read a `PanelView` and
 * call its handlers.
 */
import { html, nothing } from 'lit';
import type { Topic } from '../content/schema.js';
import type { TopicSource } from '../events.js';
import { fill } from '../i18n/strings.js';
import { renderContact, renderSegments } from '../render/blocks.js';
import type { SearchHit } from '../search/search.js';
import { ALL_RESULTS_LIMIT, CHOOSER_LIMIT, type PanelHandlers, type PanelView, type Reference } from './view.js';

/** The home screen, the results or "no results": the search field, then what it found or the chooser. */
export function renderChooser(v: PanelView) {
  const s = v.strings;
  const noAnswer = v.status === 'results' && v.search.answered === 'no';
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
    ${noAnswer || v.status === 'empty' || (v.status === 'results' && v.search.contact) ? nothing : html`<p class="intro">${v.content.intro}</p>`}
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
  const suggested = v.page.suggested.length
    ? html`<section part="suggestions" aria-labelledby="suggested-heading">
        <h3 id="suggested-heading">${s.suggestedHeading}</h3>
        <ul class="entries">
          ${choices('suggestion', v.page.suggested, 'suggestion')}
        </ul>
      </section>`
    : nothing;
  if (!v.page.context.length || v.page.showChooser) return html`${suggested}${renderTopicList(v)}`;
  return html`${suggested}
    ${v.page.context.map(
      (topic) => html`<section part="context" data-topic-id=${topic.id} aria-labelledby="context-${topic.id}">
        <h3 id="context-${topic.id}">${fill(s.contextHeading, { topic: topic.title })}</h3>
        <ul class="entries questions">
          ${choices(
            'context-entry',
            // (Without the answers already suggested above.)
            (topic.sections.length ? topic.sections.map((section): Reference => ({ topic, section })) : [{ topic } as Reference]).filter(
              (choice) => !v.page.suggested.some((s) => s.topic === choice.topic && s.section === choice.section),
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
 * answers under a heading that claims no more. Asked for a person
 * ("customer service"): the contact options first.
 */
function renderResults(v: PanelView, noAnswer: boolean) {
  const s = v.strings;
  const { hits, total, showAll } = v.search;
  const more = Math.min(total, ALL_RESULTS_LIMIT);
  return html`${noAnswer
      ? html`<div part="no-answer" class="empty">
            <h3>${fill(s.noAnswer, { query: v.query.trim() })}</h3>
            <p>${s.noAnswerHelp}</p>
          </div>
          ${renderContact(v.ctx)}`
      : v.search.contact
        ? renderContact(v.ctx)
        : nothing}
    <h3 id="list-heading">${noAnswer ? s.closestHeading : s.resultsHeading}</h3>
    <p class="result-count">${total === 1 ? s.resultCountOne : fill(s.resultCountMany, { count: total })}</p>
    <ul part="result-list" class="entries" aria-labelledby="list-heading" @keydown=${v.on.resultsKeydown}>
      ${hits.map((hit) => renderResultItem(hit, v.on.open))}
    </ul>
    ${total > hits.length && !showAll
      ? html`<button type="button" part="show-all-results" class="text-button" @click=${v.on.showAllResults}>
          ${total <= more ? fill(s.showAllResults, { count: total }) : fill(s.showBestResults, { shown: more, count: total })}
        </button>`
      : total > hits.length
        ? html`<p class="more">${fill(s.moreResults, { shown: hits.length, count: total })}</p>`
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

/** A topic as an entry: its title and summary (the service list, related topics). */
export function renderEntry(v: PanelView, part: string, topic: Topic, source: TopicSource) {
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
