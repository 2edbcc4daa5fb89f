/**
 * What the panel's screens are drawn from: a `PanelView` of the element's
 * state and the `PanelHandlers` its templates call (`home.ts`, `topic.ts`);
 * the element keeps the state.
 */
import type { Content, Section, Topic } from '../content/schema.js';
import type { TopicSource } from '../events.js';
import type { UiStrings } from '../i18n/strings.js';
import type { RenderContext } from '../render/blocks.js';
import type { Answered, SearchHit } from '../search/search.js';

/** What the panel shows. */
export type Status = 'home' | 'results' | 'empty' | 'topic';

/**
 * The chooser lists at most this many topics until the customer asks for all:
 * a help centre of thousands of articles is searched, not scrolled.
 */
export const CHOOSER_LIMIT = 24;
/** Result rows shown at first: a phone's screen or two, not a wall of rows (and fewer rows laid out per keystroke). */
export const RESULT_LIMIT = 8;
/** Rows "Show all" shows at most. */
export const ALL_RESULTS_LIMIT = 100;

/** The id of a section's heading in the shadow root. */
export const sectionHeadingId = (section: Section) => `section-${section.id}`;

/** What the customer can do on the panel's screens. */
export interface PanelHandlers {
  input(event: InputEvent): void;
  searchKeydown(event: KeyboardEvent): void;
  resultsKeydown(event: KeyboardEvent): void;
  clear(): void;
  showAllResults(): void;
  showAllTopics(): void;
  back(): void;
  open(topicId: string, sectionId: string, source: TopicSource): void;
  /** One of the open topic's questions. */
  choose(section: Section): void;
  /** "Did this help?" answered. */
  rate(topic: Topic, helpful: boolean): void;
  /** "Something else?" under the page's own service: every service. */
  somethingElse(): void;
}

/** An answer to offer: a section of a topic, or a topic as a whole. */
export interface Reference {
  topic: Topic;
  section?: Section;
}

/** What the search found, as the results show it (see `PanelSearch`). */
export interface SearchView {
  readonly hits: readonly SearchHit[];
  /** How many rows match in all (`hits` holds the best few). */
  readonly total: number;
  readonly answered: Answered;
  /** The query asks for a person: the contact options come first. */
  readonly contact: boolean;
  /** "Show all N results" was chosen. */
  readonly showAll: boolean;
  /** What the live region says. */
  readonly announcement: string;
}

/** The page's own help, as the home screen shows it (see `PageHelp`). */
export interface PageView {
  /** The answers the page suggests, first on the home screen. */
  readonly suggested: readonly Reference[];
  /** The page's own service(s), which the home screen leads with. */
  readonly context: readonly Topic[];
  /** "Something else?" was chosen: the full chooser under the page's own service. */
  readonly showChooser: boolean;
}

/** The state a screen is drawn from. */
export interface PanelView {
  content: Content;
  strings: UiStrings;
  ctx: RenderContext;
  status: Status;
  query: string;
  search: SearchView;
  page: PageView;
  showAllTopics: boolean;
  feedback: 'yes' | 'no' | null;
  /** The open topic, and its open section. */
  topic?: Topic;
  section?: Section;
  /** Content from `content-src` failed to load: the built-in content is shown, with a note. */
  contentError: boolean;
  on: PanelHandlers;
}
