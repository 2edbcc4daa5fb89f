import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ClLoginHelp } from '../src/index.js';
import {
  NO_RESULTS_QUERY,
  TOPIC_IDS,
  TYPO_QUERY,
  answerFeedback,
  h,
  panel,
  panelIn,
  shadow,
  statesGrid,
  until,
  withLongStrings,
  withVeryLongTopic,
} from './helpers.js';

interface PanelArgs {
  topic: string;
  query: string;
  'content-src': string;
  lang: string;
  /** Rows from custom-elements.json that get no control. */
  contentSrc?: never;
  content?: never;
  destinations?: never;
  status?: never;
  strings?: never;
}

/** Wraps a story in a box of a phone's width. */
const width = (px: number) => (story: () => unknown) => h('div', { style: `width: ${px}px; max-width: 100%;` }, story() as Node);

const meta = {
  title: 'Panel/States',
  component: 'cl-login-help',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every state a customer can meet, reached through the public API only. The tables below come from `custom-elements.json` (the class JSDoc). Events are logged in the Actions panel.',
      },
    },
  },
  args: { topic: '', query: '', 'content-src': '', lang: '' },
  argTypes: {
    topic: { control: 'select', options: ['', ...TOPIC_IDS] },
    query: { control: 'text', description: 'The search text; the story passes it to `search()`.' },
    'content-src': { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'es'] },
    contentSrc: { control: false },
    content: { control: false },
    destinations: { control: false },
    status: { control: false },
    strings: { control: false },
  },
  render: (args) =>
    panel({
      topic: args.topic,
      query: args.query,
      contentSrc: args['content-src'],
      setup: (el) => args.lang && el.setAttribute('lang', args.lang),
    }),
} satisfies Meta<PanelArgs>;

export default meta;
type Story = StoryObj<PanelArgs>;

/** The home screen: heading, intro, search box and the chooser of the twelve services. */
export const Home: Story = {
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('home');
    await expect(shadow(el).querySelectorAll('[part=topic-entry]')).toHaveLength(TOPIC_IDS.length);
  },
};

/** `search('voicemial pasword')`: typo-tolerant results with the matched words highlighted. */
export const SearchResults: Story = {
  name: 'Search results (with highlights)',
  args: { query: TYPO_QUERY },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('results');
    const first = shadow(el).querySelector('[part=result]');
    await expect(first?.getAttribute('data-topic-id')).toBe('voice-mail');
    await expect(shadow(el).querySelector('[part=result-list] mark')).not.toBeNull();
  },
};

/** Typing into the search box: results replace the chooser and the count is announced when typing pauses. */
export const Typing: Story = {
  name: 'Typing in the search box',
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('[part=search-input]')!;
    const searched = new Promise<CustomEvent>((resolve) => el.addEventListener('cl-login-help-search', resolve as EventListener, { once: true }));
    await userEvent.type(input, TYPO_QUERY, { delay: 10 });
    const event = await searched;
    await expect(event.detail.resultCount).toBeGreaterThan(0);
    await waitFor(() => expect(shadow(el).querySelector('[part=status]')?.textContent).toMatch(/\d+ results? found/));
  },
};

/** Nothing matches: say so, offer the contact options, keep the chooser below. */
export const NoResults: Story = {
  name: 'No results (contact options)',
  args: { query: NO_RESULTS_QUERY },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('empty');
    await expect(shadow(el).querySelector('[part=contact]')).not.toBeNull();
  },
};

/** A topic opened with `show()`, which also moves focus to the topic's heading. */
export const ShowMethod: Story = {
  name: 'Topic opened with show()',
  tags: ['!autodocs'],
  render: () => panel({ setup: (el) => el.show('directv') }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.getAttribute('topic')).toBe('directv');
    await waitFor(() => expect(shadow(el).activeElement?.id).toBe('topic-heading'));
  },
};

const feedback = (helpful: boolean): Story => ({
  args: { topic: 'voice-mail' },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    const answered = new Promise<CustomEvent>((resolve) => el.addEventListener('cl-login-help-feedback', resolve as EventListener, { once: true }));
    await answerFeedback(el, helpful);
    await expect((await answered).detail).toEqual({ topicId: 'voice-mail', sectionId: '', helpful });
    await expect(shadow(el).querySelector('[part=contact]') !== null).toBe(!helpful);
  },
});

/** "Did this help?" answered Yes (clicking the rendered button). */
export const FeedbackYes: Story = { name: 'Did this help? Yes', ...feedback(true) };

/** "Did this help?" answered No: the contact options follow (phone numbers are `tel:` links; chat is an event). */
export const FeedbackNo: Story = { name: 'Did this help? No (contact options)', ...feedback(false) };

/**
 * `content-src` points at a file that does not exist (`./missing-content.json`,
 * a 404 from the Storybook server): the built-in content stays, with a note;
 * `cl-login-help-error` fires and one console warning is written. The 404 and
 * the warning are expected here (tags `allow-failed-requests`,
 * `allow-console-warnings`).
 */
export const ContentFailed: Story = {
  name: 'Content failed to load',
  tags: ['!autodocs', 'allow-failed-requests', 'allow-console-warnings'],
  args: { 'content-src': './missing-content.json' },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    const note = await until(() => shadow(el).querySelector('[role=note]'), 'the "could not be loaded" note');
    await expect(note.textContent).toMatch(/could not be loaded/);
    await expect(shadow(el).querySelectorAll('[part=topic-entry]')).toHaveLength(TOPIC_IDS.length);
  },
};

/** 320 px wide (WCAG reflow width): a topic with the phone-number table. */
export const Phone320: Story = {
  name: 'Phone, 320 px',
  tags: ['viewport-320'],
  args: { topic: 'long-distance' },
  decorators: [width(320)],
  globals: { viewport: { value: 'phone320', isRotated: false } },
};

/** 360 px wide: the home screen. */
export const Phone360: Story = {
  name: 'Phone, 360 px',
  tags: ['viewport-360'],
  decorators: [width(360)],
  globals: { viewport: { value: 'phone360', isRotated: false } },
};

/**
 * The panel follows `prefers-color-scheme`; CSS cannot switch a media query
 * on, so this story shows dark only when your system (or DevTools: Rendering →
 * "Emulate CSS media feature prefers-color-scheme") is dark. The checker
 * emulates `prefers-color-scheme: dark` for it (tag `scheme-dark`). To see the
 * dark palette whatever the system, use Design → Theming → Dark theme, which sets the
 * same colours as custom properties.
 */
export const DarkScheme: Story = {
  name: 'Dark scheme (system setting)',
  tags: ['scheme-dark', '!autodocs'],
  render: () => statesGrid(),
  parameters: { layout: 'fullscreen' },
};

/**
 * Forced colours (Windows High Contrast): the panel switches to system
 * colours with `@media (forced-colors: active)`. No CSS can simulate that
 * mode, so this story looks ordinary unless your system is in forced colours
 * (or DevTools: Rendering → "Emulate CSS media feature forced-colors"). The
 * checker emulates `forced-colors: active` over CDP for it (tag
 * `forced-colors`).
 */
export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors', '!autodocs'],
  render: () => statesGrid(),
  parameters: { layout: 'fullscreen' },
};

/** Long titles, summaries and unbreakable words (a copy of `el.content`, changed), at 320 px. */
export const LongStrings: Story = {
  name: 'Long strings, 320 px',
  tags: ['!autodocs'],
  decorators: [width(320)],
  render: () => panel({ setup: (el: ClLoginHelp) => (el.content = withLongStrings(el.content)) }),
};

/**
 * A topic with long words in a paragraph, a table and an action, then every
 * block of every topic, twice (tables, steps, footnotes, actions, a contact
 * block), at 360 px.
 */
export const VeryLongTopic: Story = {
  name: 'Very long topic, 360 px',
  tags: ['!autodocs'],
  decorators: [width(360)],
  render: () =>
    panel({
      setup: (el: ClLoginHelp) => {
        el.content = withVeryLongTopic(el.content);
        el.topic = 'everything';
      },
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe('everything');
  },
};
