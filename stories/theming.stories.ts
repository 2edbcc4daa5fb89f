import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CUSTOM_PROPERTIES, THEMES, h, statesGrid, type CustomProperty, type Theme, type ThemeName } from './helpers.js';

type ThemingArgs = { theme: ThemeName } & Record<CustomProperty, string>;

/** The colour properties get a colour picker; sizes and fonts a text field. */
const COLOURS = CUSTOM_PROPERTIES.filter((name) => !/font|radius|spacing|width/.test(name));

/** The chosen theme, with every non-empty property control on top. */
function themeOf(args: ThemingArgs): Theme {
  const theme: Theme = { ...THEMES[args.theme] };
  for (const name of CUSTOM_PROPERTIES) if (args[name]?.trim()) theme[name] = args[name];
  return theme;
}

/**
 * The theming playground: pick a ready theme, then override any
 * `--cl-login-help-*` property (an empty control keeps the theme's value). The
 * properties are set with `style.setProperty()` on a wrapper around four
 * panels, home, results, a topic and the "No" contact state, so a theme is
 * seen on every state at once.
 */
const meta = {
  title: 'Design/Theming',
  component: 'cl-login-help',
  parameters: {
    layout: 'fullscreen',
    controls: { include: ['theme', ...CUSTOM_PROPERTIES] },
  },
  args: {
    theme: 'default',
    ...(Object.fromEntries(CUSTOM_PROPERTIES.map((name) => [name, ''])) as Record<CustomProperty, string>),
  },
  argTypes: {
    theme: {
      control: 'select',
      options: Object.keys(THEMES),
      description: 'A ready theme; the property controls below override it.',
      table: { category: 'theme' },
    },
    ...Object.fromEntries(
      CUSTOM_PROPERTIES.map((name) => [name, { control: COLOURS.includes(name) ? 'color' : 'text' }]),
    ),
  },
  render: (args) => statesGrid({ theme: themeOf(args) }),
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/** Every control at hand. */
export const Playground: Story = {};

/** The component's dark palette set as custom properties: dark whatever the system setting. */
export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' } };

/** White on black with yellow accents, 18 px text, square corners. */
export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };

/** A partner's brand: purple, serif type, 2 px corners, a 640 px panel. */
export const PartnerBrand: Story = { name: 'Partner brand', args: { theme: 'partner' } };

const PARTS_CSS = `
  .parts-demo cl-login-help::part(base) { border: 1px solid #79747e; }
  .parts-demo cl-login-help::part(search-input) { border: 2px solid #6a1b9a; border-radius: 999px; }
  .parts-demo cl-login-help::part(topic-entry),
  .parts-demo cl-login-help::part(result) { border-inline-start: 4px solid #6a1b9a; border-radius: 0; }
  .parts-demo cl-login-help::part(topic) { line-height: 1.6; }
  .parts-demo cl-login-help::part(back) { font-weight: 700; }
  .parts-demo cl-login-help::part(feedback) { outline: 2px dashed #6a1b9a; outline-offset: -2px; }
  .parts-demo cl-login-help::part(contact) { border: 2px solid #6a1b9a; }
`;

/**
 * Deeper changes with `::part()`, from a page stylesheet (here a `<style>`
 * element in the story): a pill-shaped search field, accent bars on entries
 * and results, outlined feedback and contact boxes.
 */
export const Parts: Story = {
  name: 'Shadow parts (::part)',
  parameters: { controls: { disable: true } },
  render: () => h('div', { class: 'parts-demo' }, h('style', {}, PARTS_CSS), statesGrid()),
};
