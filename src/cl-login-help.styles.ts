import { css } from 'lit';
import { homeStyles } from './panel/home.styles.js';
import { topicStyles } from './panel/topic.styles.js';
import { blockStyles } from './render/blocks.styles.js';
import { scaleStyles, tokenStyles } from './tokens.js';

/**
 * Public custom properties (`--cl-login-help-*`) are read once, on `:host`,
 * into private ones (`--_*`) with their defaults, so a theme set on the
 * element, on any ancestor or on :root reaches inside.
 * The names and defaults come from `tokens.ts` (the one source that
 * Storybook's tokens page reads too); so do the spacing and type scales.
 * Sizes are px or em, never rem (hosts set `html { font-size: 62.5% }`).
 * Every inherited property is set again on `.panel`, so nothing a host sets
 * on `body` (or `* { all: unset }` on the host element) leaks inside.
 * These are the panel's base: the host, the reset, type, focus and
 * controls; each screen's own rules are in `panel/*.styles.ts`.
 */
const baseStyles = css`
  :host {
    ${tokenStyles('light', 'panel')}
    ${scaleStyles()}

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      ${tokenStyles('dark', 'panel')}
    }
  }

  :host([hidden]) {
    display: none;
  }

  .panel {
    /* Reset every inherited property: the host page's body styles stop here. */
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_type-body-leading);
    color: var(--_text);
    background: var(--_background);
    direction: ltr;
    text-align: start;
    /* A long unbroken word (an email address) wraps, also in grid items. */
    overflow-wrap: anywhere;
    padding: var(--_spacing);
    border-radius: var(--_radius);
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  p,
  ul,
  ol,
  table,
  figure {
    margin: 0 0 0.75em;
  }
  h2 {
    font-size: var(--_type-title);
    line-height: var(--_type-title-leading);
    font-weight: 700;
  }
  h3 {
    font-size: var(--_type-heading);
    line-height: var(--_type-heading-leading);
    font-weight: 700;
    margin-top: 1.25em;
  }
  /* Focus the panel moves by script (a topic's heading, the answer to "Did
     this help?") lands on text, not on a control: no box around it like a
     field. A keyboard user (:focus-visible) sees a bar at its start edge in
     the focus colour instead; after a click nothing is drawn. */
  [tabindex='-1'] {
    position: relative;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(-1 * var(--_space-3));
    border-inline-start: var(--_space-1) solid var(--_focus);
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-top: 0.25em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
  button {
    cursor: pointer;
  }

  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: var(--_radius-mark);
  }
`;

/** Helpers and media rules, last: they override the rules before them. */
const endStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Phones: tighter table cells, after the rules they override. (A viewport
     query, not a container query: size containment would collapse a panel
     that a host places in a shrink-to-fit box, such as a flex item.) */
  @media (max-width: 480px) {
    th,
    td {
      padding: 0.375em;
    }
  }

  @media (forced-colors: active) {
    .entry,
    .callout,
    .feedback,
    .contact {
      border: 1px solid CanvasText;
    }
    .panel > .callout {
      border-inline-start: var(--_space-1) solid CanvasText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .actions > :first-child {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * In cascade order: the panel's base and home screen, the content it
 * renders, then an open topic's boxes, helpers and media rules.
 */
export const styles = [baseStyles, homeStyles, blockStyles, topicStyles, endStyles];
