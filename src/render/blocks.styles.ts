import { css } from 'lit';

/**
 * The styles of rendered content (render/blocks.ts): buttons and actions,
 * callouts (tip, note), footnotes, tables that scroll, phone numbers, steps
 * in table cells. They use the panel's private custom properties (`--_*`).
 */
export const blockStyles = css`
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
    /* The stripe is part of the start padding, so the text starts where the boxes' does. */
    padding: var(--_space-3) var(--_spacing) var(--_space-3) calc(var(--_spacing) - var(--_space-1));
    margin: 0 0 0.75em;
    border-inline-start: var(--_space-1) solid var(--_accent);
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .callout p {
    margin: 0;
  }
  /* "The help content could not be loaded" (a note at the top of the panel, not
     in a topic): a warning, not a tip: outlined, a stripe in the text colour
     and a warning sign that screen readers skip (the words say it). */
  .panel > .callout {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-inline-start: var(--_space-1) solid var(--_text);
    font-weight: 600;
  }
  .panel > .callout::before {
    content: '\\26A0\\FE0E' / '';
    flex: none;
  }
  .footnote {
    font-size: var(--_type-fine);
    color: var(--_muted);
  }

  /* Data tables are exempt from reflow (WCAG 1.4.10): a table wider than a
     phone scrolls sideways inside the panel instead of widening it. */
  .table-scroll {
    overflow-x: auto;
    margin: 0 0 0.75em;
    /* Scroll shadows: a shade at an edge with more table behind it. The covers
       scroll with the table (local) and hide a shade at an end reached; the
       shades stay on the box's edges (scroll). Pure CSS, no script. */
    --_shade: color-mix(in srgb, var(--_text) 35%, transparent);
    background:
      linear-gradient(to right, var(--_background) 40%, transparent) left center / var(--_spacing) 100% no-repeat local,
      linear-gradient(to left, var(--_background) 40%, transparent) right center / var(--_spacing) 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_shade), transparent) left center / var(--_space-3) 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_shade), transparent) right center / var(--_space-3) 100% no-repeat scroll;
    background-color: var(--_background);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_type-small);
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
`;
