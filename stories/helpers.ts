/**
 * Shared pieces for the stories. Every state is reached through the public
 * API only: attributes, properties, `show()`, `search()`, `reset()`, events,
 * and clicks on rendered buttons (the shadow root is open).
 */
import '../src/index.js';
import type { ClLoginHelp, Content } from '../src/index.js';
import { COLOR_TOKENS, TOKENS, type TokenName } from '../src/tokens.js';

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

/** The public custom properties (from src/tokens.ts, the source the styles are built from). */
export const CUSTOM_PROPERTIES = TOKENS.map((token) => token.name);
export type CustomProperty = TokenName;
export type Theme = Partial<Record<CustomProperty, string>>;

/** A scheme's colour defaults, set explicitly: that scheme whatever the system says. */
const scheme = (which: 'light' | 'dark'): Theme => Object.fromEntries(COLOR_TOKENS.map((token) => [token.name, token[which]]));

export const THEMES = {
  /** The component's light defaults, set explicitly (light even when the system is dark). */
  light: scheme('light'),
  /** The component's dark defaults, set explicitly (dark whatever the system setting). */
  dark: scheme('dark'),
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
    // A highlight that stands out on the lilac cards too (it was #ffd8e4, barely visible there).
    '--cl-login-help-mark': '#ffc94a',
    '--cl-login-help-focus': '#6a1b9a',
    '--cl-login-help-font-family': "Georgia, 'Times New Roman', serif",
    '--cl-login-help-font-size': '17px',
    '--cl-login-help-radius': '2px',
    '--cl-login-help-spacing': '20px',
    '--cl-login-help-max-width': '640px',
  },
  /**
   * Forced colours, look-alike: the system colour keywords a browser in forced
   * colours mode (Windows High Contrast) uses. The real mode also adds the
   * panel's own `@media (forced-colors: active)` borders; see the story
   * "Forced colours (emulated)", which the check runs under emulation.
   */
  'forced-colors': {
    '--cl-login-help-accent': 'LinkText',
    '--cl-login-help-accent-text': 'ButtonFace',
    '--cl-login-help-text': 'CanvasText',
    '--cl-login-help-muted': 'CanvasText',
    '--cl-login-help-background': 'Canvas',
    '--cl-login-help-surface': 'Canvas',
    '--cl-login-help-border': 'CanvasText',
    '--cl-login-help-mark': 'Mark',
    '--cl-login-help-focus': 'Highlight',
  },
  /** Nothing set: the component's own defaults, light or dark as the system (prefers-color-scheme) says. */
  system: {},
} satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;

/** The names shown in the toolbar and the theme builder. */
export const THEME_TITLES: Record<ThemeName, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  partner: 'Partner brand',
  'forced-colors': 'Forced colours (look-alike)',
  system: 'System (follows the OS)',
};

/** Sets a theme's custom properties on `target` (an ancestor of the panels), with `el.style.setProperty`. */
export function applyTheme(target: HTMLElement, theme: Theme) {
  for (const name of CUSTOM_PROPERTIES) {
    const value = theme[name]?.trim();
    if (value) target.style.setProperty(name, value);
    else target.style.removeProperty(name);
  }
}

/** A theme as the CSS block a page would paste: custom properties on both elements. */
export function themeCss(theme: Theme, selector = 'cl-login-help,\ncl-login-help-launcher'): string {
  const lines = CUSTOM_PROPERTIES.filter((name) => theme[name]?.trim()).map((name) => `  ${name}: ${theme[name]!.trim()};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}` : '/* No custom properties: the built-in light and dark defaults. */';
}

/**
 * Does what `run` does to `el` (clicking "Yes" or "No", opening a dialog)
 * while `el` is inert, so the focus that the component moves on purpose
 * cannot land, and the page does not scroll to it: a story can show an
 * answered state at its top. (On a real page, the focus move is wanted.)
 */
export async function withoutFocusMove<T>(el: HTMLElement, run: () => Promise<T>): Promise<T> {
  const wasInert = el.inert;
  el.inert = true;
  try {
    return await run();
  } finally {
    el.inert = wasInert;
  }
}

// Forced pseudo-classes ----------------------------------------------------------

/**
 * Shows `:hover`, `:active` or `:focus-visible` looks without a pointer or a
 * keyboard: copies the element's own shadow-root rules that use the
 * pseudo-class, with it replaced by `[data-force-<name>]`, and marks `target`
 * with that attribute (the technique of storybook-addon-pseudo-states). The
 * look comes from the component's real CSS, not from a copy kept here.
 */
export function forcePseudo(host: HTMLElement, target: Element, pseudo: 'hover' | 'active' | 'focus-visible') {
  const root = host.shadowRoot!;
  const attribute = `data-force-${pseudo}`;
  const rules: string[] = [];
  const collect = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSStyleRule && rule.selectorText.includes(`:${pseudo}`)) {
        rules.push(`${rule.selectorText.replaceAll(`:${pseudo}`, `[${attribute}]`)} { ${rule.style.cssText} }`);
      } else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) collect(rule.cssRules);
    }
  };
  for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) collect(sheet.cssRules);
  const forced = new CSSStyleSheet();
  forced.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
  target.setAttribute(attribute, '');
}

// Every state at once -----------------------------------------------------------

export interface StatesGridOptions {
  theme?: Theme;
  /** Topic shown in the "topic" cell. */
  topic?: TopicId;
  /** Narrowest column. */
  minColumn?: number;
}

/**
 * Home, search results, no results, a topic, and the answers "Yes" and "No"
 * side by side, all under one wrapper that carries the theme. The answers are
 * given without moving focus (see `withoutFocusMove`), so the page opens at
 * its top.
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
  void withoutFocusMove(cells[4][1], () => answerFeedback(cells[4][1], true));
  void withoutFocusMove(cells[5][1], () => answerFeedback(cells[5][1], false));

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
      style: 'padding: 16px; background: var(--cl-login-help-background, Canvas); color: var(--cl-login-help-text, CanvasText);',
    },
    grid,
  );
  applyTheme(wrapper, theme);
  return wrapper;
}

/** "Show code": the markup (and script) that reproduces a story's state on a plain page. */
export function sourceCode(markup: string, script?: string, css?: string): { docs: { source: { code: string; language: 'html' } } } {
  const parts = [];
  if (css) parts.push(`<style>\n${css}\n</style>`);
  parts.push(markup);
  if (script) parts.push(`<script type="module">\n${script}\n</script>`);
  return { docs: { source: { code: parts.join('\n'), language: 'html' } } };
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
