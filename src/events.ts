/**
 * Where a topic was opened from: the home screen's list, a search result, a
 * help link or hash, a related topic, code (`show()`, `topic`, `open()`),
 * (`topic`) one of the open topic's own questions, or (`suggestion`) one of
 * the answers the page suggested (`suggest()`).
 */
export type TopicSource = 'home' | 'search' | 'link' | 'related' | 'api' | 'topic' | 'suggestion';

export interface TopicEventDetail {
  topicId: string;
  /** The open section (answer) of the topic; '' for the whole topic. */
  sectionId: string;
  source: TopicSource;
}
export interface SearchEventDetail {
  /** The query with every run of 4+ digits and every email address masked. */
  query: string;
  resultCount: number;
  /**
   * Whether the content answers it: `yes` (the first result matches every
   * distinctive word), `partly` (some), `no` (none: the panel says it has no
   * exact answer). `no` queries are the gaps in the content.
   */
  answered: 'yes' | 'partly' | 'no';
}
export interface ContactEventDetail {
  channel: 'chat' | 'phone';
  /** The open topic, or '' outside a topic. */
  topicId: string;
}
export interface FeedbackEventDetail {
  topicId: string;
  /** The section whose answer was rated; '' for a whole topic. */
  sectionId: string;
  helpful: boolean;
}
/** Error codes: see README "Errors". */
export type ErrorCode =
  | 'invalid-content'
  | 'unknown-topic'
  | 'unknown-section'
  | 'fetch-failed'
  | 'http-status'
  | 'content-type'
  | 'too-large'
  | 'timeout'
  | 'invalid-json'
  /** dist/cl-login-help-loader.js could not load the full bundle. */
  | 'bundle-failed';
export interface ErrorEventDetail {
  code: ErrorCode;
  message: string;
  /** JSON Pointer of the first problem, for content errors. */
  path?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cl-login-help-topic': CustomEvent<TopicEventDetail>;
    'cl-login-help-search': CustomEvent<SearchEventDetail>;
    'cl-login-help-contact': CustomEvent<ContactEventDetail>;
    'cl-login-help-feedback': CustomEvent<FeedbackEventDetail>;
    'cl-login-help-error': CustomEvent<ErrorEventDetail>;
    'cl-login-help-open': CustomEvent<Record<string, never>>;
    'cl-login-help-close': CustomEvent<Record<string, never>>;
  }
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/**
 * Four or more digits of any script (ASCII, full-width, Arabic-Indic...),
 * possibly split by spaces, dots, slashes, underscores, brackets, plus signs
 * or any kind of dash.
 */
const DIGIT_RUN = /\p{Nd}(?:[\s./_()+\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]*\p{Nd}){3,}/gu;

/**
 * Masks what customers type by mistake into search boxes before a query
 * leaves the panel: email addresses, and every run of 4 or more digits
 * (also when split by spaces, dots, slashes or dashes, like 800-860-2255).
 */
export const maskQuery = (query: string) =>
  query
    .replace(/[^\s@\uFF20]+[@\uFF20][^\s@\uFF20]+/gu, '[email]')
    .replace(DIGIT_RUN, (digits) => digits.replace(/\p{Nd}/gu, '#'));

