import { css } from 'lit';

/**
 * Sizes are px or em, never rem (hosts set `html { font-size: 62.5% }`).
 * Every inherited property is set again on `.panel`, so nothing a host sets
 * on `body` (or `* { all: unset }` on the host element) leaks inside.
 */
export const styles = css`
  :host {
    --cl-login-help-accent: #0b57d0;
    --cl-login-help-accent-text: #ffffff;
    --cl-login-help-text: #1b1b1f;
    --cl-login-help-muted: #4c4f56;
    --cl-login-help-background: #ffffff;
    --cl-login-help-surface: #f3f5f9;
    --cl-login-help-border: #767a82;
    --cl-login-help-mark: #fff0a8;
    --cl-login-help-focus: #0b57d0;
    --cl-login-help-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    --cl-login-help-font-size: 16px;
    --cl-login-help-radius: 8px;
    --cl-login-help-spacing: 16px;
    --cl-login-help-max-width: 720px;

    display: block;
    box-sizing: border-box;
    max-width: var(--cl-login-help-max-width);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --cl-login-help-accent: #a8c7fa;
      --cl-login-help-accent-text: #0a1a33;
      --cl-login-help-text: #e6e6ea;
      --cl-login-help-muted: #c0c3ca;
      --cl-login-help-background: #16171a;
      --cl-login-help-surface: #23252a;
      --cl-login-help-border: #9a9ea7;
      --cl-login-help-mark: #5c4a00;
      --cl-login-help-focus: #a8c7fa;
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
    font-family: var(--cl-login-help-font-family);
    font-size: var(--cl-login-help-font-size);
    line-height: 1.5;
    color: var(--cl-login-help-text);
    background: var(--cl-login-help-background);
    direction: ltr;
    text-align: start;
    overflow-wrap: break-word;
    padding: var(--cl-login-help-spacing);
    border-radius: var(--cl-login-help-radius);
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
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--cl-login-help-focus);
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
    color: var(--cl-login-help-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--cl-login-help-focus);
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
    background: var(--cl-login-help-mark);
    color: inherit;
    border-radius: 2px;
  }

  .intro {
    color: var(--cl-login-help-muted);
  }

  .search {
    position: relative;
    margin-bottom: var(--cl-login-help-spacing);
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
  input[type='search'] {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--cl-login-help-border);
    border-radius: var(--cl-login-help-radius);
    background: var(--cl-login-help-background);
  }
  input[type='search']::placeholder {
    color: var(--cl-login-help-muted);
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
    background: var(--cl-login-help-surface);
    border: 1px solid transparent;
    border-radius: var(--cl-login-help-radius);
  }
  .entry:hover {
    border-color: var(--cl-login-help-border);
  }
  .entry-title {
    display: block;
    font-weight: 600;
    color: var(--cl-login-help-accent);
  }
  .entry-summary {
    display: block;
    color: var(--cl-login-help-muted);
    font-size: 0.9375em;
  }

  .text-button {
    background: none;
    border: 0;
    padding: 0.5em 0;
    min-height: 44px;
    min-width: 44px;
    color: var(--cl-login-help-accent);
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
    border-radius: var(--cl-login-help-radius);
    border: 2px solid var(--cl-login-help-accent);
    background: var(--cl-login-help-background);
    color: var(--cl-login-help-accent);
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
    background: var(--cl-login-help-accent);
    color: var(--cl-login-help-accent-text);
  }

  .callout {
    padding: 0.75em 1em;
    margin: 0 0 0.75em;
    border-inline-start: 4px solid var(--cl-login-help-accent);
    background: var(--cl-login-help-surface);
    border-radius: 0 var(--cl-login-help-radius) var(--cl-login-help-radius) 0;
  }
  .callout p {
    margin: 0;
  }
  .footnote {
    font-size: 0.875em;
    color: var(--cl-login-help-muted);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
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
    border: 1px solid var(--cl-login-help-border);
  }
  thead th {
    background: var(--cl-login-help-surface);
  }
  td ol {
    margin: 0;
  }

  .feedback,
  .contact {
    margin-top: 1.5em;
    padding: var(--cl-login-help-spacing);
    background: var(--cl-login-help-surface);
    border-radius: var(--cl-login-help-radius);
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
