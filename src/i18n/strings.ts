/**
 * The panel's own words (everything that is not content). `{count}` and
 * `{query}` are filled in at run time.
 */
export interface UiStrings {
  searchLabel: string;
  searchPlaceholder: string;
  clearSearch: string;
  chooserHeading: string;
  resultsHeading: string;
  resultCountOne: string;
  resultCountMany: string;
  noResults: string;
  noResultsHelp: string;
  back: string;
  tip: string;
  note: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  feedbackThanks: string;
  feedbackSorry: string;
  related: string;
  contentError: string;
  launcher: string;
  showAllTopics: string;
  close: string;
}

export const enStrings: UiStrings = {
  searchLabel: 'Search sign-in help',
  searchPlaceholder: 'Try “voicemail password”',
  clearSearch: 'Clear search',
  chooserHeading: 'What are you trying to sign in to?',
  resultsHeading: 'Results',
  resultCountOne: '1 topic found',
  resultCountMany: '{count} topics found',
  noResults: 'No topics match “{query}”.',
  noResultsHelp: 'Try other words, pick a service from the list, or contact us.',
  back: 'All topics',
  tip: 'Tip:',
  note: 'Note:',
  feedbackQuestion: 'Did this help?',
  yes: 'Yes',
  no: 'No',
  feedbackThanks: 'Thanks for letting us know.',
  feedbackSorry: 'Sorry this didn’t solve it. Here is how to reach us.',
  related: 'Related topics',
  contentError: 'Showing the built-in help: the help content could not be loaded.',
  launcher: "Can't sign in?",
  close: 'Close help',
  showAllTopics: 'Show all {count} topics',
};

/** Fills `{name}` placeholders from `values`; unknown names are left as they are. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
