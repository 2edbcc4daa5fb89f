import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { TOKENS, defaultValue } from '../src/tokens.js';
import { CUSTOM_PROPERTIES, THEMES, THEME_TITLES, h, panelIn, shadow, statesGrid, themeCss, type CustomProperty, type Theme, type ThemeName } from './helpers.js';

type ThemingArgs = { theme: ThemeName } & Record<CustomProperty, string>;

/** Font stacks offered by the builder: a select whose key travels in the URL (a stack's quotes and commas would not). */
const FONTS: Record<string, string> = {
  '': '',
  system: defaultValue('--cl-login-help-font-family'),
  serif: "Georgia, 'Times New Roman', serif",
  humanist: "'Segoe UI', Candara, 'Trebuchet MS', sans-serif",
  rounded: "ui-rounded, 'SF Pro Rounded', system-ui, sans-serif",
  mono: 'ui-monospace, Menlo, Consolas, monospace',
};

/** The chosen ready theme, with every non-empty property control on top. */
function themeOf(args: Partial<ThemingArgs>): Theme {
  const theme: Theme = { ...THEMES[args.theme ?? 'light'] };
  for (const name of CUSTOM_PROPERTIES) {
    const value = args[name]?.trim();
    if (value) theme[name] = value;
  }
  return theme;
}

// Contrast feedback ---------------------------------------------------------------

/** A CSS colour (hex, a name, a system colour) as [r, g, b], resolved by the browser. */
function rgb(color: string): [number, number, number] | null {
  const probe = document.createElement('span');
  probe.style.color = color;
  if (!probe.style.color) return null;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const [r, g, b] = computed.match(/[\d.]+/g)?.map(Number) ?? [];
  return r === undefined ? null : [r, g, b];
}

function ratio(a: [number, number, number], b: [number, number, number]) {
  const lum = ([r, g, bl]: number[]) =>
    [r, g, bl].map((c) => c / 255).map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The pairs WCAG AA asks of a theme: [foreground, background, minimum, what]. */
const PAIRS: [CustomProperty, CustomProperty, number, string][] = [
  ['--cl-login-help-text', '--cl-login-help-background', 4.5, 'Body text'],
  ['--cl-login-help-text', '--cl-login-help-surface', 4.5, 'Text in boxes'],
  ['--cl-login-help-muted', '--cl-login-help-background', 4.5, 'Intro and footnotes'],
  ['--cl-login-help-muted', '--cl-login-help-surface', 4.5, 'Summaries on entries'],
  ['--cl-login-help-accent', '--cl-login-help-background', 4.5, 'Links and titles'],
  ['--cl-login-help-accent', '--cl-login-help-surface', 4.5, 'Entry titles'],
  ['--cl-login-help-accent-text', '--cl-login-help-accent', 4.5, 'Text on accent buttons'],
  ['--cl-login-help-text', '--cl-login-help-mark', 4.5, 'Matched words'],
  ['--cl-login-help-border', '--cl-login-help-background', 3, 'Field and table borders'],
  ['--cl-login-help-focus', '--cl-login-help-background', 3, 'Focus ring'],
  ['--cl-login-help-focus', '--cl-login-help-surface', 3, 'Focus bar in boxes'],
  ['--cl-login-help-mark', '--cl-login-help-surface', 1.3, 'Highlight seen on entries (advice, not WCAG)'],
];

/** A table of the theme's contrast ratios, each marked pass or fail. */
function contrastTable(theme: Theme): HTMLElement {
  const full: Theme = { ...THEMES.light, ...theme };
  const rows = PAIRS.map(([fg, bg, min, what]) => {
    const [a, b] = [rgb(full[fg] ?? ''), rgb(full[bg] ?? '')];
    const value = a && b ? ratio(a, b) : NaN;
    const ok = value >= min;
    return h(
      'tr',
      { 'data-pass': String(ok) },
      h('th', { scope: 'row' }, what),
      h('td', {}, h('code', {}, fg.replace('--cl-login-help-', '')), ' on ', h('code', {}, bg.replace('--cl-login-help-', ''))),
      h('td', {}, Number.isNaN(value) ? '?' : `${value.toFixed(2)}:1`),
      h('td', {}, `${ok ? '✓ pass' : '✗ fail'} (≥ ${min}:1)`),
    );
  });
  return h(
    'table',
    { class: 'theme-contrast' },
    h('caption', {}, 'Contrast of this theme'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Where'), h('th', { scope: 'col' }, 'Pair'), h('th', { scope: 'col' }, 'Ratio'), h('th', { scope: 'col' }, 'AA'))),
    h('tbody', {}, ...rows),
  );
}

/** The theme's CSS, with a "Copy CSS" button. */
function cssBlock(theme: Theme): HTMLElement {
  const css = themeCss(theme);
  const code = h('pre', { tabindex: '0', 'aria-label': 'CSS of this theme' }, h('code', {}, css));
  const status = h('span', { role: 'status' });
  const copy = h('button', { type: 'button' }, 'Copy CSS');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(css);
      status.textContent = 'Copied.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
  return h('div', { class: 'theme-css' }, h('h2', {}, 'CSS to paste in your page'), code, h('p', {}, copy, ' ', status));
}

const BUILDER_CSS = `
  .theme-builder { font: 14px/1.5 system-ui, sans-serif; }
  .theme-builder .side { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 16px; padding: 16px; }
  .theme-builder h2 { font-size: 16px; margin: 0 0 8px; }
  .theme-builder pre { margin: 0; padding: 12px; overflow: auto; background: #1b1b1f; color: #f3f5f9; border-radius: 6px; font: 13px/1.5 ui-monospace, Menlo, monospace; }
  .theme-builder button { min-height: 44px; min-width: 44px; padding: 0 16px; font: inherit; }
  .theme-builder table { border-collapse: collapse; width: 100%; }
  .theme-builder caption { text-align: start; font-weight: 600; font-size: 16px; padding-bottom: 8px; }
  .theme-builder th, .theme-builder td { text-align: start; padding: 4px 8px; border-bottom: 1px solid currentColor; }
  .theme-builder tr[data-pass=false] td:last-child { font-weight: 700; }
  .theme-builder .tools { background: #ffffff; color: #1b1b1f; }
`;

/** All key states with the theme, and beside them the CSS to copy and the contrast of every pair. */
function themeBuilder(args: Partial<ThemingArgs>): HTMLElement {
  const theme = themeOf(args);
  const launcher = document.createElement('cl-login-help-launcher');
  const states = statesGrid({ theme });
  states.prepend(h('p', { style: 'margin: 0 0 16px;' }, launcher));
  return h(
    'div',
    { class: 'theme-builder' },
    h('style', {}, BUILDER_CSS),
    states,
    h('div', { class: 'side tools' }, cssBlock(theme), contrastTable(theme)),
  );
}

/** "Show code": the theme's CSS and the markup it styles. */
const themeSource = (_code: string, context: StoryContext) =>
  `<style>\n${themeCss(themeOf(context.args as Partial<ThemingArgs>))}\n</style>\n<cl-login-help></cl-login-help>\n<cl-login-help-launcher></cl-login-help-launcher>`;

/**
 * The theme builder: pick a ready theme, then change any `--cl-login-help-*`
 * property with the controls (an empty control keeps the theme's value). The
 * six key states and the launcher show the theme at once; below them are the
 * CSS to copy and the contrast of every pair WCAG AA asks about. The controls
 * are saved in the page address (Storybook's `args=` parameter): share the
 * URL, reload it, and the theme is still there.
 */
const meta = {
  title: 'Design/Theming',
  parameters: {
    layout: 'fullscreen',
    controls: { include: ['theme', ...CUSTOM_PROPERTIES] },
    docs: { source: { transform: themeSource, language: 'html' } },
  },
  tags: ['interaction'],
  args: {
    theme: 'light',
    ...(Object.fromEntries(CUSTOM_PROPERTIES.map((name) => [name, ''])) as Record<CustomProperty, string>),
  },
  argTypes: {
    theme: {
      control: { type: 'select', labels: THEME_TITLES },
      options: Object.keys(THEMES),
      type: 'string',
      description: 'A ready theme; the property controls below override it.',
      table: { category: 'theme' },
    },
    ...Object.fromEntries(
      TOKENS.map((token) => [
        token.name,
        token.kind === 'color'
          ? { control: { type: 'color', presetColors: [token.light, token.dark] }, type: 'string', description: `Light ${token.light}, dark ${token.dark}`, table: { category: 'colours' } }
          : token.kind === 'font-family'
            ? { control: { type: 'select', labels: { '': '(theme’s)' } }, options: Object.keys(FONTS), mapping: FONTS, type: 'string', table: { category: 'type' } }
            : { control: 'text', type: 'string', description: `Default ${token.light}`, table: { category: 'sizes' } },
      ]),
    ),
  },
  render: (args) => themeBuilder(args),
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/** Checks that the states show the theme, and the CSS block states it. */
const showsTheme = async ({ canvasElement, args }: StoryContext) => {
  const theme = themeOf(args as Partial<ThemingArgs>);
  const el = panelIn(canvasElement);
  await el.updateComplete;
  const background = theme['--cl-login-help-background'];
  if (background) {
    const probe = rgb(background)!;
    await expect(getComputedStyle(shadow(el).querySelector('[part=base]')!).backgroundColor).toBe(`rgb(${probe.join(', ')})`);
  }
  await expect(canvasElement.querySelector('.theme-css code')?.textContent).toBe(themeCss(theme));
};

/** Every control at hand. */
export const Playground: Story = { name: 'Theme builder', play: showsTheme };

/** The component's dark palette set as custom properties: dark whatever the system setting. */
export const DarkTheme: Story = { name: 'Dark theme', args: { theme: 'dark' }, play: showsTheme };

/** White on black with yellow accents, 18 px text, square corners. */
export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' }, play: showsTheme };

/** A partner's brand: purple, serif type, 2 px corners, a 640 px panel. */
export const PartnerBrand: Story = { name: 'Partner brand', args: { theme: 'partner' }, play: showsTheme };

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
  parameters: {
    controls: { disable: true },
    // The code is the CSS, on one panel; the story shows it on six states.
    showCode: { sameState: false },
    docs: { source: { transform: undefined, code: `<style>${PARTS_CSS.replaceAll('.parts-demo ', '')}</style>\n<cl-login-help></cl-login-help>`, language: 'html' } },
  },
  render: () => h('div', { class: 'parts-demo' }, h('style', {}, PARTS_CSS), statesGrid()),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(getComputedStyle(shadow(el).querySelector('[part=search-input]')!).borderTopLeftRadius).toBe('999px');
  },
};
