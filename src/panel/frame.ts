/** The panel's frame around the screen its status names. */
import { html } from 'lit';
import { renderChooser } from './home.js';
import { renderTopic } from './topic.js';
import type { PanelView } from './view.js';

/**
 * The panel: a note when content from `content-src` failed, the open topic
 * or the home screen (with what its search found), and the visually hidden
 * live region that announces result counts.
 */
export function renderPanel(v: PanelView) {
  return html`<div part="base" class="panel" lang=${v.content.lang}>
    ${v.contentError ? html`<p class="callout" role="note">${v.strings.contentError}</p>` : ''}
    ${v.status === 'topic' ? renderTopic(v, v.topic!) : renderChooser(v)}
    <p part="status" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${v.search.announcement}</p>
  </div>`;
}
