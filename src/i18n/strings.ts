/**
 * The panel's own words (everything that is not content). `{count}` and
 * `{query}` are filled in at run time.
 */
export interface UiStrings {
  searchLabel: string;
  searchPlaceholder: string;
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
  moreResults: string;
  call: string;
  close: string;
  /** Heads a topic's questions ("What's happening?"). */
  questionsHeading: string;
  /** Heads the topic's other questions under an open answer; `{topic}` is its title. */
  moreAbout: string;
  /** The label of the button that clears the search field. */
  clearSearch: string;
  /** Heads the results when none of the query's distinctive words matched; `{query}` is the query. */
  noAnswer: string;
  /** Under `noAnswer`, before the contact options. */
  noAnswerHelp: string;
  /** Heads the results under `noAnswer`: they are close, not answers. */
  closestHeading: string;
  /** The button under the first few results; `{count}` is how many there are. */
  showAllResults: string;
  /** The same when there are more than can be shown; `{shown}` is how many it shows. */
  showBestResults: string;
  /** Heads the answers the page suggests (`suggest()`), first on the home screen. */
  suggestedHeading: string;
  /** Heads the page's own service on its home screen (`context`); `{topic}` is its title. */
  contextHeading: string;
  /** Under the page's own service: opens the list of every service. */
  somethingElse: string;
}

export const enStrings: UiStrings = {
  searchLabel: 'Search sign-in help',
  searchPlaceholder: 'Try “voicemail password”',
  chooserHeading: 'What are you trying to sign in to?',
  resultsHeading: 'Results',
  resultCountOne: '1 result found',
  resultCountMany: '{count} results found',
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
  moreResults: 'Showing the best {shown} of {count} results. Add a word to narrow the search.',
  noAnswer: 'No exact answer for “{query}”.',
  noAnswerHelp: 'This help covers signing in to CenturyLink accounts. Try other words, or contact us:',
  closestHeading: 'Closest answers',
  showAllResults: 'Show all {count} results',
  showBestResults: 'Show the best {shown} of {count} results',
  suggestedHeading: 'Suggested answers',
  contextHeading: 'Trouble signing in to {topic}?',
  somethingElse: 'Something else?',
  call: 'Call {number}',
  questionsHeading: 'What’s happening?',
  moreAbout: 'More about {topic}',
  clearSearch: 'Clear search',
};

export const esStrings: UiStrings = {
  searchLabel: 'Buscar ayuda para iniciar sesión',
  searchPlaceholder: 'Por ejemplo: “contraseña del buzón de voz”',
  chooserHeading: '¿En qué cuenta o servicio quiere iniciar sesión?',
  resultsHeading: 'Resultados',
  resultCountOne: 'Se encontró 1 resultado',
  resultCountMany: 'Se encontraron {count} resultados',
  noResults: 'Ningún tema coincide con “{query}”.',
  noResultsHelp: 'Pruebe con otras palabras, elija un servicio de la lista o comuníquese con nosotros.',
  back: 'Todos los temas',
  tip: 'Consejo:',
  note: 'Nota:',
  feedbackQuestion: '¿Le resultó útil?',
  yes: 'Sí',
  no: 'No',
  feedbackThanks: 'Gracias por sus comentarios.',
  feedbackSorry: 'Lamentamos que esto no le haya ayudado. Así puede comunicarse con nosotros.',
  related: 'Temas relacionados',
  contentError: 'Se muestra la ayuda incluida: no se pudo cargar el contenido de ayuda.',
  launcher: '¿No puede iniciar sesión?',
  close: 'Cerrar la ayuda',
  showAllTopics: 'Mostrar los {count} temas',
  moreResults: 'Se muestran los {shown} mejores de {count} resultados. Agregue una palabra para acotar la búsqueda.',
  noAnswer: 'No hay una respuesta exacta para “{query}”.',
  noAnswerHelp: 'Esta ayuda es para iniciar sesión en cuentas de CenturyLink. Pruebe otras palabras o comuníquese con nosotros:',
  closestHeading: 'Respuestas más cercanas',
  showAllResults: 'Mostrar los {count} resultados',
  showBestResults: 'Mostrar los {shown} mejores de {count} resultados',
  suggestedHeading: 'Respuestas sugeridas',
  contextHeading: '¿Problemas para iniciar sesión en {topic}?',
  somethingElse: '¿Otra cosa?',
  call: 'Llame al {number}',
  questionsHeading: '¿Qué está pasando?',
  moreAbout: 'Más sobre {topic}',
  clearSearch: 'Borrar la búsqueda',
};

/** Fills `{name}` placeholders from `values`; unknown names are left as they are. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));

/** Only string values of known keys: a host's typo must not blank the panel. */
export function ownStrings(strings: unknown): Partial<UiStrings> {
  if (!strings || typeof strings !== 'object') return {};
  return Object.fromEntries(Object.entries(strings).filter(([key, value]) => typeof value === 'string' && key in enStrings));
}

