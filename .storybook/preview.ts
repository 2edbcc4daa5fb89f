import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json';
import { TOKENS, defaultValue } from '../src/tokens.js';
import { THEMES, THEME_TITLES, type ThemeName } from '../stories/helpers.js';
import axeOptions from './axe-options.json';

/**
 * The docs tables (attributes, properties, methods, events, CSS parts and
 * custom properties) come from custom-elements.json, which `npm run build`
 * generates from the class JSDoc. Only the public API is shown. Parts are
 * listed as `::part(name)`, as they are used, so the part `topic` does not
 * hide the attribute `topic` (Storybook keys the table rows by name), and
 * methods as `name()`. Every row is documentation only (no control) unless a
 * story file gives it a control of its own: no dead "Set object" rows.
 */
type Param = { name: string; optional?: boolean; default?: string; type?: { text: string } };
type Member = {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  type?: { text: string };
  default?: string;
  parameters?: Param[];
  return?: { type?: { text: string } };
};
type Item = { name: string; description?: string; type?: { text: string }; default?: string; fieldName?: string };
type Declaration = { tagName?: string; members?: Member[]; attributes?: Item[]; events?: Item[]; cssParts?: Item[]; cssProperties?: Item[] };
type Manifest = { modules?: { declarations?: Declaration[] }[] };

setCustomElementsManifest(manifest);

type ArgType = {
  name: string;
  description?: string;
  control: false;
  type?: { name: 'string' | 'boolean' | 'other'; value?: string };
  table: { category: string; type?: { summary: string }; defaultValue?: { summary: string } };
};

const isPublic = (member: Member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';

/** The rows of one element's API tables. */
export function extractArgTypes(tagName: string): Record<string, ArgType> | null {
  const declaration = (manifest as Manifest).modules?.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return null;
  const rows: Record<string, ArgType> = {};
  const row = (key: string, category: string, description = '', type?: string, defaultSummary?: string) => {
    rows[key] = {
      name: key,
      description,
      control: false,
      table: { category, type: type ? { summary: type } : undefined, defaultValue: defaultSummary ? { summary: defaultSummary } : undefined },
    };
  };
  const attributeOf = new Map((declaration.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
  for (const attribute of declaration.attributes ?? [])
    row(attribute.name, 'attributes', attribute.description, attribute.type?.text, attribute.default);
  for (const member of (declaration.members ?? []).filter(isPublic)) {
    if (member.kind === 'method') {
      const params = (member.parameters ?? []).map((p) => `${p.name}${p.optional || p.default ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
      row(`${member.name}()`, 'methods', member.description, `(${params}) => ${member.return?.type?.text ?? 'void'}`);
    } else if (member.kind === 'field') {
      const attribute = attributeOf.get(member.name);
      const note = attribute && attribute !== member.name ? ` (attribute \`${attribute}\`)` : member.readonly ? ' (read only)' : '';
      // A property that is also an attribute of the same name has one row, under attributes.
      if (attribute === member.name) continue;
      row(member.name, 'properties', `${member.description ?? ''}${note}`, member.type?.text, member.default);
    }
  }
  for (const event of declaration.events ?? []) row(event.name, 'events', event.description, event.type?.text);
  for (const part of declaration.cssParts ?? []) row(`::part(${part.name})`, 'css shadow parts', part.description);
  // Custom properties: the defaults come from src/tokens.ts, the source the styles are built from.
  for (const prop of declaration.cssProperties ?? []) {
    const token = TOKENS.find((t) => t.name === prop.name);
    const defaults = token && 'dark' in token ? `${token.light} (dark: ${token.dark})` : token ? defaultValue(token.name) : prop.default;
    row(prop.name, 'css custom properties', prop.description, undefined, defaults);
  }
  return rows;
}

/** Every event the panel and the launcher fire, logged with its `detail` in the Actions panel. */
const EVENTS = [
  'cl-login-help-topic',
  'cl-login-help-search',
  'cl-login-help-contact',
  'cl-login-help-feedback',
  'cl-login-help-error',
  'cl-login-help-open',
  'cl-login-help-close',
] as const;
for (const type of EVENTS) {
  const log = action(type);
  document.addEventListener(type, (event) => log((event as CustomEvent).detail));
}

/** Viewport sizes for the toolbar (the "Phone" stories pick the phones). */
const size = (name: string, width: number, height: number, type: 'mobile' | 'tablet' | 'desktop') => ({
  name: `${name} ${width} × ${height}`,
  styles: { width: `${width}px`, height: `${height}px` },
  type,
});

/**
 * The toolbar's theme and language, on every story and every docs page: the
 * story is wrapped in an element that carries the theme's custom properties
 * (dark is the dark palette set explicitly, not the system setting) and
 * `lang`, which every panel and launcher without a `lang` of its own follows.
 * A story may pin either with `globals`.
 */
const withThemeAndLang: Decorator = (story, context) => {
  const name = (context.globals.theme as ThemeName) in THEMES ? (context.globals.theme as ThemeName) : 'light';
  const theme: Record<string, string> = THEMES[name];
  const lang = context.globals.lang === 'es' ? 'es' : 'en';
  if (context.viewMode === 'story') {
    // The canvas around the story takes the theme's background too.
    document.body.style.background = theme['--cl-login-help-background'] ?? '';
    document.body.style.colorScheme = name === 'system' ? 'light dark' : name === 'dark' || name === 'high-contrast' ? 'dark' : 'light';
  }
  return html`<div
    class="cl-story-theme"
    data-theme=${name}
    lang=${lang}
    style=${styleMap({
      ...theme,
      background: 'var(--cl-login-help-background, Canvas)',
      color: 'var(--cl-login-help-text, CanvasText)',
      colorScheme: name === 'system' ? 'light dark' : undefined,
    })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withThemeAndLang],
  globalTypes: {
    theme: {
      description: 'Theme: the custom properties set on the story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: (Object.keys(THEMES) as ThemeName[]).map((value) => ({ value, title: THEME_TITLES[value] })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language (lang) of the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (en)', right: 'en' },
          { value: 'es', title: 'Español (es)', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // The theme toolbar sets the background; the Backgrounds addon would only put a white panel on grey.
    backgrounds: { disable: true },
    docs: { extractArgTypes },
    viewport: {
      options: {
        phone320: size('Phone', 320, 640, 'mobile'),
        phone360: size('Phone', 360, 740, 'mobile'),
        tablet: size('Tablet', 768, 1024, 'tablet'),
        desktop: size('Desktop', 1440, 900, 'desktop'),
      },
    },
    // The Accessibility panel runs axe with the rules of scripts/storybook-check.mjs.
    a11y: { options: axeOptions, test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Overview', 'Usage guidance', 'Embed it', 'Write content', 'Theming', 'Tokens', 'Español'],
          'Panel',
          ['States', 'Topics', 'Launcher', 'Spanish', 'Host page'],
          'Design',
          'Content',
        ],
      },
    },
  },
};

export default preview;
