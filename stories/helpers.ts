/**
 * Shared pieces for the stories. Every state is reached through the public
 * API only: attributes, properties, `show()`, `search()`, `reset()`, events,
 * and clicks on rendered buttons (the shadow root is open).
 */
import '../src/index.js';
import type { ClLoginHelp, Content } from '../src/index.js';

/** The public topic ids, in the order of the help page. */
export const TOPIC_IDS = [
  'my-account',
  'autopay',
  'email',
  'norton',
  'prism-tv',
  'verizon-wireless',
  'directv',
  'msn',
  'repair-ticket',
  'voice-mail',
  'long-distance',
  'update-center',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** The query of the "typing" stories: two typos, still found. */
export const TYPO_QUERY = 'voicemial pasword';
/** A query that finds nothing. */
export const NO_RESULTS_QUERY = 'pizza delivery';

/** A tiny element factory for story markup (no innerHTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export interface PanelOptions {
  /** `topic` attribute. */
  topic?: string;
  /** Passed to `search()`. */
  query?: string;
  /** `content-src` attribute. */
  contentSrc?: string;
  /** Runs on the new element before it is connected. */
  setup?: (el: ClLoginHelp) => void;
}

/** A new `<cl-login-help>`, configured through its public API. */
export function panel({ topic, query, contentSrc, setup }: PanelOptions = {}): ClLoginHelp {
  const el = document.createElement('cl-login-help');
  if (contentSrc) el.setAttribute('content-src', contentSrc);
  if (query) el.search(query);
  if (topic) el.setAttribute('topic', topic);
  setup?.(el);
  return el;
}

/** The panel's rendered shadow root (open by design). */
export function shadow(el: ClLoginHelp): ShadowRoot {
  if (!el.shadowRoot) throw new Error('cl-login-help has no shadow root: is the element defined?');
  return el.shadowRoot;
}

/** Answers "Did this help?" by clicking the rendered Yes (true) or No (false) button. */
export async function answerFeedback(el: ClLoginHelp, helpful: boolean) {
  await el.updateComplete;
  const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('[part=feedback] button');
  const button = buttons[helpful ? 0 : 1];
  if (!button) throw new Error('No "Did this help?" buttons: is a topic open?');
  button.click();
  await el.updateComplete;
}

/** Polls until `check` returns something truthy (for states that wait on the network). */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first `<cl-login-help>` inside a story's canvas. */
export function panelIn(canvas: HTMLElement): ClLoginHelp {
  const el = canvas.querySelector('cl-login-help');
  if (!el) throw new Error('No <cl-login-help> in the story');
  return el;
}

// Themes ----------------------------------------------------------------------

/** The public custom properties, in the order of the JSDoc. */
export const CUSTOM_PROPERTIES = [
  '--cl-login-help-accent',
  '--cl-login-help-accent-text',
  '--cl-login-help-text',
  '--cl-login-help-muted',
  '--cl-login-help-background',
  '--cl-login-help-surface',
  '--cl-login-help-border',
  '--cl-login-help-mark',
  '--cl-login-help-focus',
  '--cl-login-help-font-family',
  '--cl-login-help-font-size',
  '--cl-login-help-radius',
  '--cl-login-help-spacing',
  '--cl-login-help-max-width',
] as const;
export type CustomProperty = (typeof CUSTOM_PROPERTIES)[number];
export type Theme = Partial<Record<CustomProperty, string>>;

export const THEMES = {
  /** No properties set: the component's own defaults (light, or dark with prefers-color-scheme). */
  default: {},
  /** The component's dark defaults, set explicitly (shown whatever the system setting). */
  dark: {
    '--cl-login-help-accent': '#a8c7fa',
    '--cl-login-help-accent-text': '#0a1a33',
    '--cl-login-help-text': '#e6e6ea',
    '--cl-login-help-muted': '#c0c3ca',
    '--cl-login-help-background': '#16171a',
    '--cl-login-help-surface': '#23252a',
    '--cl-login-help-border': '#9a9ea7',
    '--cl-login-help-mark': '#5c4a00',
    '--cl-login-help-focus': '#a8c7fa',
  },
  /** White on black, yellow accents, larger text, square corners. */
  'high-contrast': {
    '--cl-login-help-accent': '#ffff00',
    '--cl-login-help-accent-text': '#000000',
    '--cl-login-help-text': '#ffffff',
    '--cl-login-help-muted': '#ffffff',
    '--cl-login-help-background': '#000000',
    '--cl-login-help-surface': '#1a1a1a',
    '--cl-login-help-border': '#ffffff',
    '--cl-login-help-mark': '#6b0080',
    '--cl-login-help-focus': '#00ffff',
    '--cl-login-help-font-size': '18px',
    '--cl-login-help-radius': '0px',
  },
  /** A partner brand: purple, serif type, tighter corners, a narrower panel. */
  partner: {
    '--cl-login-help-accent': '#6a1b9a',
    '--cl-login-help-accent-text': '#ffffff',
    '--cl-login-help-text': '#1d1b20',
    '--cl-login-help-muted': '#49454f',
    '--cl-login-help-background': '#fffbfe',
    '--cl-login-help-surface': '#f3edf7',
    '--cl-login-help-border': '#79747e',
    '--cl-login-help-mark': '#ffd8e4',
    '--cl-login-help-focus': '#6a1b9a',
    '--cl-login-help-font-family': "Georgia, 'Times New Roman', serif",
    '--cl-login-help-font-size': '17px',
    '--cl-login-help-radius': '2px',
    '--cl-login-help-spacing': '20px',
    '--cl-login-help-max-width': '640px',
  },
} satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;

/** Sets a theme's custom properties on `target` (an ancestor of the panels), with `el.style.setProperty`. */
export function applyTheme(target: HTMLElement, theme: Theme) {
  for (const name of CUSTOM_PROPERTIES) {
    const value = theme[name]?.trim();
    if (value) target.style.setProperty(name, value);
    else target.style.removeProperty(name);
  }
}

// Every state at once -----------------------------------------------------------

export interface StatesGridOptions {
  theme?: Theme;
  /** Topic shown in the "topic" and "No" cells. */
  topic?: TopicId;
  /** Narrowest column. */
  minColumn?: number;
}

/**
 * Home, search results, a topic and the "No" (contact) state side by side,
 * all under one wrapper that carries the theme. The wrapper's own colours
 * follow the theme, else the system (`color-scheme: light dark`).
 */
export function statesGrid({ theme = {}, topic = 'voice-mail', minColumn = 320 }: StatesGridOptions = {}): HTMLElement {
  const cells: [string, ClLoginHelp][] = [
    ['Home', panel()],
    [`Results for “${TYPO_QUERY}”`, panel({ query: TYPO_QUERY })],
    [`No results for “${NO_RESULTS_QUERY}”`, panel({ query: NO_RESULTS_QUERY })],
    ['Topic', panel({ topic })],
    ['After “Yes”', panel({ topic: 'directv' })],
    ['After “No”: contact options', panel({ topic: 'email' })],
  ];
  void answerFeedback(cells[4][1], true);
  void answerFeedback(cells[5][1], false);

  const grid = h('div', {
    style: `display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, ${minColumn}px), 1fr)); gap: 16px; align-items: start;`,
  });
  for (const [label, el] of cells) {
    const labelEl = h('p', { style: 'margin: 0 0 4px; font: 600 13px/1.4 system-ui, sans-serif; letter-spacing: 0.02em;' }, label);
    grid.append(h('section', { 'aria-label': label, style: 'min-width: 0;' }, labelEl, el));
  }
  const wrapper = h(
    'div',
    {
      'data-states-grid': '',
      style:
        'color-scheme: light dark; padding: 16px; background: var(--cl-login-help-background, Canvas); color: var(--cl-login-help-text, CanvasText);',
    },
    grid,
  );
  applyTheme(wrapper, theme);
  return wrapper;
}

// Long content --------------------------------------------------------------------

const LONG_WORD = 'Supercalifragilisticexpialidocious-account-recovery-confirmation-code-0123456789';
const LONG_ADDRESS = 'firstname.middlename.lastname.with.a.very.long.alias@subdomain.centurylink.net';

/** A copy of `content` with long titles, summaries and unbreakable words. */
export function withLongStrings(content: Content): Content {
  const copy = structuredClone(content);
  copy.title = "Can't sign in? Everything you need to get back into every one of your CenturyLink accounts, services and apps";
  copy.intro = `${copy.intro} If your username is as long as ${LONG_ADDRESS}, this panel still wraps it: ${LONG_WORD}.`;
  copy.topics = copy.topics.map((topic, i) =>
    i % 2 === 0
      ? {
          ...topic,
          title: `${topic.title}: username, password, security questions and ${LONG_WORD}`,
          summary: `${topic.summary} Still locked out after several tries? Sign in as ${LONG_ADDRESS} and follow the steps to reset everything.`,
        }
      : topic,
  );
  return copy;
}

/**
 * A copy of `content` whose first topic (`everything`) holds long words in a
 * paragraph, a table and an action, then every block of every topic, twice,
 * plus a contact block: a very long answer.
 */
export function withVeryLongTopic(content: Content): Content {
  const copy = structuredClone(content);
  const blocks = copy.topics.flatMap((topic) => [...topic.blocks, ...topic.sections.flatMap((section) => section.blocks)]);
  copy.topics.unshift({
    id: 'everything',
    title: `Every answer on one page, with ${LONG_WORD}`,
    summary: 'All the blocks of all the topics, twice: paragraphs, tips, notes, lists, steps, tables, footnotes and actions.',
    keywords: ['everything'],
    blocks: [
      {
        type: 'paragraph',
        content: [`Usernames can be as long as ${LONG_ADDRESS}, and codes as long as ${LONG_WORD}.`],
      },
      {
        type: 'table',
        caption: 'Long words in a table',
        columns: ['What you need', 'Example'],
        rows: [
          [['Username'], [LONG_ADDRESS]],
          [['Security code'], { steps: [[LONG_WORD], ['Enter it exactly as shown.']] }],
        ],
      },
      {
        type: 'actions',
        items: [{ type: 'link', text: `Reset the password of ${LONG_ADDRESS}`, href: 'https://www.centurylink.com/myaccount/' }],
      },
      ...blocks,
      { type: 'contact' },
      ...structuredClone(blocks),
    ],
    sections: [],
    related: copy.topics.map((topic) => topic.id),
  });
  return copy;
}
