/** Where the panel moves focus when its screen changes under the customer. */
import type { ReactiveElement } from 'lit';
import type { Section } from '../content/schema.js';
import { sectionHeadingId } from './view.js';

/** Where focus goes after the next render: the open answer (or topic heading), the feedback message, or back to the entry that opened a topic. */
export type FocusTarget = { to: 'topic' } | { to: 'feedback' } | { to: 'entry'; topic: string; section: string };

/**
 * Moves focus to `target` once the panel rendered it. The open answer's
 * question, else the topic's heading, waits while the topic asked for is
 * still `loading`: then it returns false, to be tried again after the next
 * render. Back on the list, the entry that opened the topic (else
 * the search `field`) takes focus.
 */
export function moveFocus(root: ParentNode, target: FocusTarget, loading: boolean, section: Section | undefined, field: HTMLElement | undefined): boolean {
  if (target.to === 'topic') {
    if (loading) return false;
    const heading = section ? root.querySelector<HTMLElement>(`#${sectionHeadingId(section)}`) : null;
    (heading ?? root.querySelector<HTMLElement>('#topic-heading'))?.focus();
  } else if (target.to === 'feedback') root.querySelector<HTMLElement>('#feedback-message')?.focus();
  else {
    const byTopic = `[data-topic-id="${CSS.escape(target.topic)}"]`;
    const entry = (target.section && root.querySelector<HTMLElement>(`${byTopic}[data-section-id="${CSS.escape(target.section)}"]`)) || root.querySelector<HTMLElement>(byTopic);
    (entry ?? field)?.focus();
  }
  return true;
}

/** After the panel's next update, focuses the `index`th element that `selector` finds (where a list grew: its first new row). */
export function focusAfterUpdate(panel: ReactiveElement, selector: string, index = 0) {
  void panel.updateComplete.then(() => panel.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus());
}

/** Focuses the open topic's heading, else the search field; false before the first render. */
export function focusPanel(root: ParentNode | undefined, options?: FocusOptions): boolean {
  const target = root?.querySelector<HTMLElement>('#topic-heading, [part=search-input]');
  target?.focus(options);
  return !!target;
}
