import { css } from 'lit';

/**
 * The home screen and what its search finds: the intro, the search field
 * with its clear button, the result count, and the lists of entries
 * (services, suggested answers, results), which an open topic reuses for its
 * questions and related topics. After the panel's base, before the
 * content's styles.
 */
export const homeStyles = css`
  .result-count {
    margin: -0.25em 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .more {
    color: var(--_muted);
    font-size: var(--_type-small);
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
    gap: var(--_space-2);
  }
  .entries li + li {
    margin: 0;
  }
  .entry {
    display: block;
    width: 100%;
    min-height: 44px;
    text-align: start;
    /* The spacing scale, as the feedback and contact boxes: text edges line up
       (the 1px border, visible on hover, is part of the padding). */
    padding: calc(var(--_space-3) - 1px) calc(var(--_spacing) - 1px);
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
  .entry-summary {
    display: block;
    color: var(--_muted);
    font-size: var(--_type-small);
  }
`;
