import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { ClLoginHelp } from '../src/index.js';
import { NO_RESULTS_QUERY, TYPO_QUERY, THEMES, answerFeedback, applyTheme, h, panel, withoutFocusMove, type Theme } from './helpers.js';

/** One card of the visual index: a live, shrunken, inert panel in the state, and a link to its story. */
function card(title: string, id: string, make: () => HTMLElement, theme: Theme = {}) {
  const thumb = h('div', { class: 'thumb', inert: '' }, make());
  applyTheme(thumb, theme);
  const link = h('a', { href: `./index.html?path=/story/${id}`, target: '_top' }, title);
  return h('li', { class: 'card' }, thumb, link);
}

const answered = (topic: string, helpful: boolean) => () => {
  const el: ClLoginHelp = panel({ topic });
  void withoutFocusMove(el, () => answerFeedback(el, helpful));
  return el;
};

const INDEX_CSS = `
  .states-index { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; font: 14px/1.4 system-ui, sans-serif; }
  .states-index .card { display: flex; flex-direction: column; gap: 6px; }
  .states-index .thumb { height: 240px; overflow: hidden; border: 1px solid #767a82; border-radius: 8px; background: var(--cl-login-help-background, #ffffff); }
  .states-index .thumb > * { zoom: 0.5; pointer-events: none; }
  .states-index a { font-weight: 600; min-height: 24px; color: inherit; }
`;

const meta = {
  title: 'Docs/Overview',
  parameters: { controls: { disable: true }, layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every state at a glance: each card is the live component in that state, and links to its story. */
export const StatesIndex: Story = {
  name: 'Visual index of states',
  tags: ['interaction'],
  parameters: { docs: { source: { code: '<!-- A gallery of live panels; each card links to its story, whose "Show code" reproduces it. -->', language: 'html' } } },
  render: () =>
    h(
      'div',
      {},
      h('style', {}, INDEX_CSS),
      h(
        'ul',
        { class: 'states-index', 'aria-label': 'States of the help panel' },
        card('Home', 'panel-states--home', () => panel()),
        card('Search results', 'panel-states--search-results', () => panel({ query: TYPO_QUERY })),
        card('No results', 'panel-states--no-results', () => panel({ query: NO_RESULTS_QUERY })),
        card('Topic', 'panel-states--topic', () => panel({ topic: 'long-distance' })),
        card('Did this help? Yes', 'panel-states--feedback-yes', answered('directv', true)),
        card('Did this help? No', 'panel-states--feedback-no', answered('email', false)),
        card('Content still loading', 'panel-states--slow-content', () => panel({ topic: 'email' })),
        card('Custom strings and destinations', 'panel-states--custom-strings-and-destinations', () =>
          panel({ topic: 'email', setup: (el) => (el.strings = { back: 'Back to every service', feedbackQuestion: 'Was this answer useful?' }) }),
        ),
        card('Launcher (button and dialog)', 'panel-launcher--open', () => document.createElement('cl-login-help-launcher')),
        card('Spanish', 'panel-spanish--home', () => panel({ setup: (el) => el.setAttribute('lang', 'es') })),
        card('Dark theme', 'design-theming--dark-theme', () => panel(), THEMES.dark),
        card('High contrast', 'design-theming--high-contrast', () => panel(), THEMES['high-contrast']),
        card('Partner brand', 'design-theming--partner-brand', () => panel({ query: TYPO_QUERY }), THEMES.partner),
        card('Theme builder', 'design-theming--playground', () => panel({ topic: 'voice-mail' }), THEMES.partner),
      ),
    ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.card')).toHaveLength(14);
    await expect(canvasElement.querySelectorAll('.card cl-login-help, .card cl-login-help-launcher')).toHaveLength(14);
  },
};
