import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ClLoginHelp } from '../src/index.js';
import { withNewTopic, NEW_TOPIC } from './content-examples.js';
import {
  NO_RESULTS_QUERY,
  TOPIC_IDS,
  TYPO_QUERY,
  answerFeedback,
  forcePseudo,
  h,
  panel,
  panelIn,
  shadow,
  sourceCode,
  statesGrid,
  until,
  withLongStrings,
  withoutFocusMove,
  withVeryLongTopic,
} from './helpers.js';

interface PanelArgs {
  topic: string;
  query: string;
  'content-src': string;
  lang: string;
}

/** Wraps a story in a box of a phone's width. */
const width = (px: number) => (story: () => unknown) => h('div', { style: `width: ${px}px; max-width: 100%;` }, story() as Node);

/** Stories that draw their state themselves: the attribute controls would change nothing there. */
const noControls = { controls: { disable: true } };

/** With a topic open, a query would change nothing (the render opens the topic after searching): no query control. */
const noQueryControl = { query: { control: false as const } };

/** Clicks "Yes" or "No" without the focus move (so the page opens at its top), as the script in "Show code" does. */
const answerQuietly = (el: ClLoginHelp, helpful: boolean) => withoutFocusMove(el, () => answerFeedback(el, helpful));

const FEEDBACK_SCRIPT = (helpful: boolean) => `const panel = document.querySelector('cl-login-help');
await panel.updateComplete;
// "Did this help?" ${helpful ? 'Yes' : 'No'} (the buttons are in the open shadow root)
panel.shadowRoot.querySelectorAll('[part=feedback] button')[${helpful ? 0 : 1}].click();`;

const meta = {
  title: 'Panel/States',
  component: 'cl-login-help',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every state a customer can meet, reached through the public API only. The tables below come from `custom-elements.json` (the class JSDoc), methods included; the custom properties show their light and dark defaults from `src/tokens.ts`. Events are logged in the Actions panel. The toolbar switches theme and language for every story.',
      },
    },
  },
  args: { topic: '', query: '', 'content-src': '', lang: '' },
  argTypes: {
    topic: { control: 'select', options: ['', ...TOPIC_IDS], type: 'string' },
    query: { control: 'text', type: 'string', description: 'The search text (property); the story passes it to `search()`.', table: { category: 'properties' } },
    'content-src': { control: 'text', type: 'string' },
    lang: { control: 'select', options: ['', 'en', 'es'], type: 'string' },
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
  name: 'Home',
  tags: ['interaction'],
  parameters: sourceCode('<cl-login-help></cl-login-help>'),
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
  tags: ['interaction'],
  args: { query: TYPO_QUERY },
  parameters: sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').search('${TYPO_QUERY}');`),
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
  tags: ['interaction', '!autodocs'],
  parameters: {
    ...noControls,
    ...sourceCode('<cl-login-help></cl-login-help>', `// Type "${TYPO_QUERY}" into the search field: the results follow each key.`),
  },
  render: () => panel(),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('[part=search-input]')!;
    // The event for the whole query (on a slow machine typing may pause, and report, earlier).
    const searched = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('cl-login-help-search', ((event: CustomEvent) => event.detail.query === TYPO_QUERY && resolve(event)) as EventListener),
    );
    await userEvent.type(input, TYPO_QUERY, { delay: 10 });
    const event = await searched;
    await expect(event.detail.resultCount).toBeGreaterThan(0);
    await waitFor(() => expect(shadow(el).querySelector('[part=status]')?.textContent).toMatch(/\d+ results? found/));
  },
};

/** Nothing matches: say so, offer the contact options, keep the chooser below. */
export const NoResults: Story = {
  name: 'No results (contact options)',
  tags: ['interaction'],
  args: { query: NO_RESULTS_QUERY },
  parameters: sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').search('${NO_RESULTS_QUERY}');`),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('empty');
    await expect(shadow(el).querySelector('[part=contact]')).not.toBeNull();
  },
};

/** A question the content cannot answer: "No exact answer" first, the contact options, then the closest answers. */
export const NoExactAnswer: Story = {
  name: 'No exact answer (contact, then the closest answers)',
  tags: ['interaction'],
  args: { query: 'change my wifi password' },
  parameters: sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').search('change my wifi password');`),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('results');
    await expect(shadow(el).querySelector('[part=no-answer]')?.textContent).toContain('No exact answer for');
    await expect(shadow(el).querySelector('[part=contact]')).not.toBeNull();
    await expect(shadow(el).querySelector('#list-heading')?.textContent).toBe('Closest answers');
  },
};

/** Asking for a person ("customer service", "talk to someone"): the contact options first, then the results. */
export const AskedForAPerson: Story = {
  name: 'Asked for a person (contact first)',
  tags: ['interaction'],
  args: { query: 'talk to a person' },
  parameters: sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').search('talk to a person');`),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const contact = shadow(el).querySelector('[part=contact]');
    await expect(contact).not.toBeNull();
    await expect(contact!.compareDocumentPosition(shadow(el).querySelector('[part=result-list]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** Many results: the best 8, then "Show all N results". */
export const ShowAllResults: Story = {
  name: 'Many results (the best 8, then Show all)',
  tags: ['interaction'],
  args: { query: 'password' },
  parameters: sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').search('password');`),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelectorAll('[part=result]')).toHaveLength(8);
    await expect(shadow(el).querySelector('[part=show-all-results]')?.textContent).toMatch(/Show all \d+ results/);
  },
};

/** On the email sign-in page: `context="email"` leads with Email's questions, then "Something else?". */
export const OnEmailSignInPage: Story = {
  name: 'On the email sign-in page (context)',
  tags: ['interaction'],
  parameters: { ...noControls, ...sourceCode('<cl-login-help context="email"></cl-login-help>') },
  render: () => panel({ setup: (el) => el.setAttribute('context', 'email') }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=context] h3')?.textContent).toBe('Trouble signing in to CenturyLink Email?');
    await expect(shadow(el).querySelectorAll('[part=context-entry]')).toHaveLength(3);
    await expect(shadow(el).querySelector('[part=something-else]')).not.toBeNull();
  },
};

/** With suggestions: after a refused password, the page suggests the answers for it; they come first. */
export const WithSuggestions: Story = {
  name: 'With suggestions',
  tags: ['interaction'],
  parameters: {
    ...noControls,
    ...sourceCode(
      '<cl-login-help context="email"></cl-login-help>',
      "document.querySelector('cl-login-help').suggestions = ['email/forgot-password', 'email/forgot-username'];",
    ),
  },
  render: () =>
    panel({
      setup: (el) => {
        el.setAttribute('context', 'email');
        el.suggestions = ['email/forgot-password', 'email/forgot-username'];
      },
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=suggestions] h3')?.textContent).toBe('Suggested answers');
    await expect(shadow(el).querySelectorAll('[part=suggestion]')).toHaveLength(2);
  },
};

/** A topic: `<cl-login-help topic="long-distance">` (steps, a table, footnotes). */
export const Topic: Story = {
  name: 'Topic',
  tags: ['interaction'],
  args: { topic: 'long-distance' },
  argTypes: noQueryControl,
  parameters: sourceCode('<cl-login-help topic="long-distance"></cl-login-help>'),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.status).toBe('topic');
    await expect(shadow(el).querySelector('table')).not.toBeNull();
  },
};

/** One answer open (`section`): the question's answer right under the topic heading, "Did this help?" for it, and the topic's other questions one tap away. */
export const SectionAnswer: Story = {
  name: 'One answer open (section)',
  tags: ['interaction'],
  render: () => panel({ topic: 'long-distance', setup: (el) => el.setAttribute('section', 'security-code') }),
  parameters: { ...noControls, ...sourceCode('<cl-login-help topic="long-distance" section="security-code"></cl-login-help>') },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect([...shadow(el).querySelectorAll<HTMLElement>('[part=section]')].map((s) => s.dataset.sectionId)).toEqual(['security-code']);
    await expect(shadow(el).querySelectorAll('[part=question]').length).toBeGreaterThan(1);
  },
};

/** A topic opened with `show()`, which also moves focus to the topic's heading (keyboard users see the focus bar). */
export const ShowMethod: Story = {
  name: 'Topic opened with show()',
  tags: ['interaction', '!autodocs'],
  parameters: { ...noControls, ...sourceCode('<cl-login-help></cl-login-help>', `document.querySelector('cl-login-help').show('directv');`) },
  render: () => panel({ setup: (el) => el.show('directv') }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.getAttribute('topic')).toBe('directv');
    await waitFor(() => expect(shadow(el).activeElement?.id).toBe('topic-heading'));
  },
};

const feedback = (helpful: boolean) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const el = panelIn(canvasElement);
  const answered = new Promise<CustomEvent>((resolve) => el.addEventListener('cl-login-help-feedback', resolve as EventListener, { once: true }));
  await answerQuietly(el, helpful);
  await expect((await answered).detail).toEqual({ topicId: 'voice-mail', sectionId: '', helpful });
  await expect(shadow(el).querySelector('#feedback-message')).not.toBeNull();
  await expect(shadow(el).querySelector('[part=contact]') !== null).toBe(!helpful);
};

/** "Did this help?" answered Yes (a click on the rendered button). */
export const FeedbackYes: Story = {
  name: 'Did this help? Yes',
  tags: ['interaction'],
  args: { topic: 'voice-mail' },
  argTypes: noQueryControl,
  parameters: { docs: { story: { autoplay: true }, ...sourceCode('<cl-login-help topic="voice-mail"></cl-login-help>', FEEDBACK_SCRIPT(true)).docs } },
  play: feedback(true),
};

/** "Did this help?" answered No: the contact options follow (phone numbers are `tel:` links; chat is an event). */
export const FeedbackNo: Story = {
  name: 'Did this help? No (contact options)',
  tags: ['interaction'],
  args: { topic: 'voice-mail' },
  argTypes: noQueryControl,
  parameters: { docs: { story: { autoplay: true }, ...sourceCode('<cl-login-help topic="voice-mail"></cl-login-help>', FEEDBACK_SCRIPT(false)).docs } },
  play: feedback(false),
};

/**
 * `content-src` points at a file that does not exist (`./missing-content.json`,
 * a 404 from the Storybook server): the built-in content stays, under a
 * warning; `cl-login-help-error` fires and one console warning is written.
 * The 404 and the warning are expected here (tags `allow-failed-requests`,
 * `allow-console-warnings`).
 */
export const ContentFailed: Story = {
  name: 'Content failed to load',
  tags: ['interaction', '!autodocs', 'allow-failed-requests', 'allow-console-warnings'],
  args: { 'content-src': './missing-content.json' },
  parameters: sourceCode('<cl-login-help content-src="./missing-content.json"></cl-login-help>'),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    const note = await until(() => shadow(el).querySelector('[part=base] > [role=note]'), 'the "could not be loaded" note');
    await expect(note.textContent).toMatch(/could not be loaded/);
    await expect(shadow(el).querySelectorAll('[part=topic-entry]')).toHaveLength(TOPIC_IDS.length);
  },
};

// Slow content: the story answers its own URL, and only when asked -----------------

const SLOW_URL = 'slow-content.json';
const pendingLoads: (() => void)[] = [];
const realFetch = window.fetch.bind(window);
/**
 * `fetch` for `slow-content.json` answers when "Deliver the content" is
 * pressed, or after 8 s (the panel gives up after 10 s); every other URL goes
 * through.
 */
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!new URL(url, location.href).pathname.endsWith(`/${SLOW_URL}`)) return realFetch(input, init);
  return new Promise<Response>((resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    const answer = () => resolve(new Response(JSON.stringify(withNewTopic()), { headers: { 'content-type': 'application/json' } }));
    pendingLoads.push(answer);
    setTimeout(answer, 8000);
  });
};
let slowLoads = 0;

/**
 * Content on a slow network: `content-src` asks for a file that arrives when
 * you press "Deliver the content", or after 8 s (the story answers that URL
 * itself).
 * Meanwhile the panel shows the built-in content; a deep link to a topic of
 * the coming content (`topic="wifi-password"`) waits for it instead of failing.
 */
export const SlowContent: Story = {
  name: 'Content still loading (slow network)',
  tags: ['interaction'],
  parameters: { ...noControls, ...sourceCode(`<cl-login-help content-src="/help/${SLOW_URL}" topic="${NEW_TOPIC.id}"></cl-login-help>`) },
  render: () => {
    const el = panel({ contentSrc: `./${SLOW_URL}?load=${++slowLoads}`, topic: NEW_TOPIC.id });
    const deliver = h('button', { type: 'button', style: 'min-height: 44px; margin-bottom: 12px; font: inherit;' }, 'Deliver the content');
    deliver.addEventListener('click', () => pendingLoads.splice(0).forEach((answer) => answer()));
    return h('div', {}, deliver, el);
  },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    // Still loading: the asked-for topic waits, the built-in chooser shows, no error.
    await expect(el.getAttribute('topic')).toBe(NEW_TOPIC.id);
    await expect(el.status).toBe('home');
    await expect(shadow(el).querySelector('[role=note]')).toBeNull();
  },
};

/** A help centre with more than 24 topics: the chooser lists 24 and offers "Show all N topics". */
export const ShowAllTopics: Story = {
  name: 'Show all N topics (a large help centre)',
  tags: ['interaction'],
  parameters: {
    ...noControls,
    ...sourceCode(
      '<cl-login-help></cl-login-help>',
      `const panel = document.querySelector('cl-login-help');
const content = structuredClone(panel.content);
// 36 topics: the twelve, three times (ids made unique).
content.topics = [0, 1, 2].flatMap((copy) => content.topics.map((t) => ({ ...t, id: copy ? \`\${t.id}-\${copy}\` : t.id, related: [] })));
panel.content = content;`,
    ),
  },
  render: () =>
    panel({
      setup: (el) => {
        const content = structuredClone(el.content);
        content.topics = [0, 1, 2].flatMap((copy) => content.topics.map((t) => ({ ...t, id: copy ? `${t.id}-${copy}` : t.id, related: [] })));
        el.content = content;
      },
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelectorAll('[part=topic-entry]')).toHaveLength(24);
    await expect(shadow(el).querySelector('[part=show-all]')?.textContent?.trim()).toBe('Show all 36 topics');
  },
};

/** The host's own words and addresses: `strings` replaces single UI strings, `destinations` maps the content's link keys to its URLs. */
export const CustomStringsAndDestinations: Story = {
  name: 'Custom strings and destinations',
  tags: ['interaction'],
  parameters: {
    ...noControls,
    ...sourceCode(
      '<cl-login-help topic="email"></cl-login-help>',
      `const panel = document.querySelector('cl-login-help');
panel.strings = { searchLabel: 'Search our help', back: 'Back to every service', feedbackQuestion: 'Was this answer useful?' };
panel.destinations = { 'email-password-reset': '/account/email/reset' };`,
    ),
  },
  render: () =>
    panel({
      topic: 'email',
      setup: (el) => {
        el.strings = { searchLabel: 'Search our help', back: 'Back to every service', feedbackQuestion: 'Was this answer useful?' };
        el.destinations = { 'email-password-reset': '/account/email/reset' };
      },
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=back]')?.textContent).toContain('Back to every service');
    await expect(shadow(el).querySelector('[part=feedback] h3')?.textContent).toBe('Was this answer useful?');
    await expect(shadow(el).querySelector('a[href="/account/email/reset"]')).not.toBeNull();
  },
};

/**
 * Hover, pressed (active) and keyboard focus on the service entries and the
 * buttons, side by side. The looks come from the component's own
 * `:hover`, `:active` and `:focus-visible` rules, applied to marked
 * elements (see `forcePseudo` in stories/helpers.ts).
 */
export const InteractiveStates: Story = {
  name: 'Hover, active and focus-visible',
  tags: ['interaction'],
  parameters: { ...noControls, ...sourceCode('<cl-login-help topic="voice-mail"></cl-login-help>', '// Hover, press or Tab to an entry or a button to see these looks.') },
  render: () => {
    const home = panel();
    const topic = panel({ topic: 'voice-mail' });
    const cell = (label: string, el: HTMLElement) =>
      h('section', { 'aria-label': label, style: 'min-width: 0;' }, h('p', { style: 'margin: 0 0 4px; font: 600 13px/1.4 system-ui, sans-serif;' }, label), el);
    return h(
      'div',
      { style: 'display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: 16px; align-items: start;' },
      cell('Entries: hover (1st), active (2nd), focus-visible (3rd)', home),
      cell('Topic: buttons and links, focus-visible', topic),
    );
  },
  play: async ({ canvasElement }) => {
    const [home, topic] = canvasElement.querySelectorAll('cl-login-help');
    await home.updateComplete;
    await topic.updateComplete;
    const entries = shadow(home).querySelectorAll('[part=topic-entry]');
    forcePseudo(home, entries[0], 'hover');
    forcePseudo(home, entries[1], 'active');
    forcePseudo(home, entries[2], 'focus-visible');
    const [yes] = shadow(topic).querySelectorAll('[part=feedback] button');
    forcePseudo(topic, yes, 'focus-visible');
    forcePseudo(topic, shadow(topic).querySelector('[part=back]')!, 'focus-visible');
    await expect(getComputedStyle(entries[0]).borderTopColor).not.toBe(getComputedStyle(entries[3]).borderTopColor);
    await expect(getComputedStyle(entries[2]).outlineStyle).toBe('solid');
  },
};

/** 320 px wide (WCAG reflow width): a topic with the phone-number table. */
export const Phone320: Story = {
  name: 'Phone, 320 px',
  tags: ['viewport-320', 'interaction'],
  args: { topic: 'long-distance' },
  argTypes: noQueryControl,
  decorators: [width(320)],
  globals: { viewport: { value: 'phone320', isRotated: false } },
  parameters: sourceCode('<cl-login-help topic="long-distance"></cl-login-help>'),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const base = shadow(el).querySelector('[part=base]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/** 360 px wide: the home screen. */
export const Phone360: Story = {
  name: 'Phone, 360 px',
  tags: ['viewport-360', 'interaction'],
  decorators: [width(360)],
  globals: { viewport: { value: 'phone360', isRotated: false } },
  parameters: sourceCode('<cl-login-help></cl-login-help>'),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelectorAll('[part=topic-entry]')).toHaveLength(TOPIC_IDS.length);
  },
};

/**
 * 200% zoom of a 1280 px window: the page is 640 CSS px wide and every pixel
 * doubled (here `zoom: 2` on a 640 px box). Nothing scrolls sideways.
 */
export const Zoom200: Story = {
  name: 'Zoom 200%',
  tags: ['interaction', '!autodocs'],
  args: { topic: 'update-center' },
  argTypes: noQueryControl,
  decorators: [(story) => h('div', { style: 'zoom: 2; width: 640px; max-width: 100%;' }, story() as Node)],
  parameters: sourceCode('<cl-login-help topic="update-center"></cl-login-help>\n<!-- Browser zoom 200% (Ctrl/Cmd +) on a 1280 px window. -->'),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const base = shadow(el).querySelector('[part=base]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/**
 * The panel's own dark defaults, from `prefers-color-scheme: dark`: the
 * toolbar theme is pinned to "System", so this shows dark when your system
 * (or DevTools: Rendering → "Emulate CSS media feature prefers-color-scheme")
 * is dark; the checker emulates it (tag `scheme-dark`). The toolbar's "Dark"
 * theme shows the same palette whatever the system says.
 */
export const DarkScheme: Story = {
  name: 'Dark scheme (system setting)',
  tags: ['scheme-dark', '!autodocs', 'interaction'],
  globals: { theme: 'system' },
  render: () => statesGrid(),
  parameters: { layout: 'fullscreen', ...noControls, ...sourceCode('<cl-login-help></cl-login-help>\n<!-- Dark when the system is: the defaults follow prefers-color-scheme. -->') },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor).toBe(dark ? 'rgb(22, 23, 26)' : 'rgb(255, 255, 255)');
  },
};

/**
 * Forced colours (Windows High Contrast): the panel switches to system
 * colours with `@media (forced-colors: active)`. No script can turn that mode
 * on, so this story shows it when your system (or DevTools: Rendering →
 * "Emulate CSS media feature forced-colors") is in it, and the checker
 * emulates it (tag `forced-colors`). The toolbar's "Forced colours
 * (look-alike)" theme approximates the palette anywhere.
 */
export const ForcedColors: Story = {
  name: 'Forced colours (emulated)',
  tags: ['forced-colors', '!autodocs', 'interaction'],
  globals: { theme: 'system' },
  render: () => statesGrid(),
  parameters: { layout: 'fullscreen', ...noControls, ...sourceCode('<cl-login-help></cl-login-help>\n<!-- Windows: Settings → Accessibility → Contrast themes. -->') },
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const forced = matchMedia('(forced-colors: active)').matches;
    // Forced colours draw the entries' borders, which are transparent otherwise.
    const entry = shadow(el).querySelector('[part=topic-entry]')!;
    await expect(getComputedStyle(entry).borderTopColor === 'rgba(0, 0, 0, 0)').toBe(!forced);
  },
};

/** Long titles, summaries and unbreakable words (a copy of `el.content`, changed), at 320 px. */
export const LongStrings: Story = {
  name: 'Long strings, 320 px',
  tags: ['!autodocs', 'interaction'],
  decorators: [width(320)],
  parameters: { ...noControls, ...sourceCode('<cl-login-help style="width: 320px"></cl-login-help>\n<!-- content: long titles and unbreakable words (see stories/helpers.ts withLongStrings) -->') },
  render: () => panel({ setup: (el: ClLoginHelp) => (el.content = withLongStrings(el.content)) }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    const base = shadow(el).querySelector('[part=base]')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  },
};

/**
 * A topic with long words in a paragraph, a table and an action, then every
 * block of every topic, twice (tables, steps, footnotes, actions, a contact
 * block), at 360 px.
 */
export const VeryLongTopic: Story = {
  name: 'Very long topic, 360 px',
  tags: ['!autodocs', 'interaction'],
  decorators: [width(360)],
  parameters: { ...noControls, ...sourceCode('<cl-login-help topic="everything" style="width: 360px"></cl-login-help>\n<!-- content: every block of every topic (see stories/helpers.ts withVeryLongTopic) -->') },
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
