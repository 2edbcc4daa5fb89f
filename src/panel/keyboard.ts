/** The panel's keyboard moves between the search field and the results. */

/**
 * In the search field: Escape clears a query (an empty field lets Escape
 * through, to close a dialog); ArrowDown moves to the first result.
 */
export function searchFieldKey(event: KeyboardEvent, root: ParentNode, hasQuery: boolean, hasResults: boolean, clear: () => void) {
  if (event.key === 'Escape' && hasQuery) {
    event.preventDefault();
    event.stopPropagation();
    clear();
  } else if (event.key === 'ArrowDown' && hasResults) {
    event.preventDefault();
    root.querySelector<HTMLElement>('[part=result]')?.focus();
  }
}

/** Among the results: the arrow keys move between them; up from the first returns to the field. */
export function resultsKey(event: KeyboardEvent, root: ParentNode, field: HTMLElement | undefined) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const results = [...root.querySelectorAll<HTMLElement>('[part=result]')];
  const at = results.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  (next < 0 ? field : results[Math.min(next, results.length - 1)])?.focus();
}
