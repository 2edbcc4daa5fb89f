import { css } from 'lit';

/**
 * Public custom properties (`--cl-login-help-*`) are read once, on `:host`,
 * into private ones (`--_*`) with their defaults, so a theme set on the
 * element, on any ancestor or on :root reaches inside.
 * Sizes are px or em, never rem (hosts set `html { font-size: 62.5% }`).
 * Every inherited property is set again on `.panel`, so nothing a host sets
 * on `body` (or `* { all: unset }` on the host element) leaks inside.
 */
export const styles = css`
  :host {
    --_accent: var(--cl-login-help-accent, #0b57d0);
    --_accent-text: var(--cl-login-help-accent-text, #ffffff);
    --_text: var(--cl-login-help-text, #1b1b1f);
    --_muted: var(--cl-login-help-muted, #4c4f56);
    --_background: var(--cl-login-help-background, #ffffff);
    --_surface: var(--cl-login-help-surface, #f3f5f9);
    --_border: var(--cl-login-help-border, #767a82);
    --_mark: var(--cl-login-help-mark, #fff0a8);
    --_focus: var(--cl-login-help-focus, #0b57d0);
    --_font-family: var(--cl-login-help-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--cl-login-help-font-size, 16px);
    --_radius: var(--cl-login-help-radius, 8px);
    --_spacing: var(--cl-login-help-spacing, 16px);
    --_max-width: var(--cl-login-help-max-width, 720px);

    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--cl-login-help-accent, #a8c7fa);
      --_accent-text: var(--cl-login-help-accent-text, #0a1a33);
      --_text: var(--cl-login-help-text, #e6e6ea);
      --_muted: var(--cl-login-help-muted, #c0c3ca);
      --_background: var(--cl-login-help-background, #16171a);
      --_surface: var(--cl-login-help-surface, #23252a);
      --_border: var(--cl-login-help-border, #9a9ea7);
      --_mark: var(--cl-login-help-mark, #5c4a00);
      --_focus: var(--cl-login-help-focus, #a8c7fa);
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
    line-height: 1.5;
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
    font-size: 1.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    margin-top: 1.25em;
  }
  h2:focus,
  [part='section'] > h3:focus,
  #feedback-message:focus {
    outline: none;
  }
  h2:focus-visible,
  [part='section'] > h3:focus-visible,
  #feedback-message:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
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
    border-radius: 2px;
  }

  .result-count {
    margin: -0.25em 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .more {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .intro {
    color: var(--_muted);
  }

  .search {
    position: relative;
    margin-bottom: var(--_spacing);
  }
  .search label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  /* Our own clear button, in every browser: the native one is hidden. */
  input[type='search']::-webkit-search-cancel-button {
    display: none;
  }
  .clear {
    min-width: 44px;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-size: 1.5em;
    line-height: 1;
  }
  input[type='search'] {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .entries {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .entries li + li {
    margin: 0;
  }
  .entry {
    display: block;
    width: 100%;
    min-height: 44px;
    text-align: start;
    padding: 0.625em 0.75em;
    background: var(--_surface);
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .entry:hover {
    border-color: var(--_border);
  }
  .entry-title {
    display: block;
    font-weight: 600;
    color: var(--_accent);
  }
  /* The service a section result belongs to: " · Long distance". */
  .entry-service {
    font-weight: 400;
    color: var(--_text);
  }
  /* A question under an open answer, or the list at the top of a topic. */
  .questions .entry {
    min-height: 44px;
  }
  [part='section'] > h3 {
    margin-top: 1em;
  }
  .entry-summary {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .text-button {
    background: none;
    border: 0;
    padding: 0.5em 0;
    min-height: 44px;
    min-width: 44px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .button,
  .actions a,
  .actions button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
  }
  .actions > :first-child {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .callout {
    padding: 0.75em 1em;
    margin: 0 0 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .callout p {
    margin: 0;
  }
  .footnote {
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* Data tables are exempt from reflow (WCAG 1.4.10): a table wider than a
     phone scrolls sideways inside the panel instead of widening it. */
  .table-scroll {
    overflow-x: auto;
    margin: 0 0 0.75em;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
    margin: 0;
    /* Cells break words only where they must, not to squeeze columns ("Minnes-ota"). */
    overflow-wrap: break-word;
  }
  caption {
    overflow-wrap: anywhere;
  }
  /* A phone number never breaks across lines. (A class, not a[href^='tel:']:
     the template minifier escapes that colon, which the css tag unescapes.) */
  .phone {
    white-space: nowrap;
  }
  /* In a narrow table a number may break at its dashes rather than scroll. */
  td .phone {
    white-space: normal;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface);
  }
  td ol {
    margin: 0;
  }

  .feedback,
  .contact {
    margin-top: 1.5em;
    padding: var(--_spacing);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .feedback-buttons {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .feedback h3,
  .contact h3 {
    margin-top: 0;
  }
  .contact .actions {
    margin-bottom: 0;
  }

  .back {
    margin-bottom: 0.5em;
  }

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
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
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
