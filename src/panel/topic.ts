/**
 * An open topic, as Lit templates beside the content renderer
 * (`render/blocks.ts`): its answer or the chosen section's, its questions,
 * "Did this help?" and related topics. They read a `PanelView` and call its
 * handlers.
 */
import { html, nothing } from 'lit';
import type { Section, Topic } from '../content/schema.js';
import { fill } from '../i18n/strings.js';
import { renderBlocks, renderContact, type RenderContext } from '../render/blocks.js';
import { renderEntry } from './home.js';
import { sectionHeadingId, type PanelView } from './view.js';

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
