import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { ClLoginHelp } from '../src/index.js';
import { answerFeedback, h, panelIn, shadow, sourceCode, withoutFocusMove } from './helpers.js';

/** A Spanish panel: `lang="es"` on the element (or any ancestor, or `data-lang="es"` on the script tag). */
function spanish(setup?: (el: ClLoginHelp) => void) {
  const el = document.createElement('cl-login-help');
  el.setAttribute('lang', 'es');
  setup?.(el);
  return el;
}

const meta = {
  title: 'Panel/Spanish',
  component: 'cl-login-help',
  tags: ['interaction'],
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component:
          'The built-in Spanish content and UI: `lang="es"` on the element, the closest `lang` of the page (`<html lang="es-US">`), or `data-lang="es"` on the script tag. Same topic ids, facts and phone numbers as the English; search works with and without accents ("contraseña", "contrasena").',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Inicio: the heading, intro and chooser in Spanish. */
export const Home: Story = {
  name: 'Inicio',
  parameters: sourceCode('<cl-login-help lang="es"></cl-login-help>'),
  render: () => spanish(),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('h2')?.textContent).toBe('¿No puede iniciar sesión?');
  },
};

/** Search typed without accents finds the accented words, and highlights them. */
export const SearchWithoutAccents: Story = {
  name: 'Búsqueda sin acentos: "contrasena buzon de voz"',
  parameters: sourceCode('<cl-login-help lang="es"></cl-login-help>', "document.querySelector('cl-login-help').search('contrasena buzon de voz');"),
  render: () => spanish((el) => el.search('contrasena buzon de voz')),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=result]')?.getAttribute('data-topic-id')).toBe('voice-mail');
    await expect(shadow(el).querySelector('[part=result] mark')).not.toBeNull();
  },
};

/** En la página de inicio de sesión del correo: `context="email"`. */
export const OnEmailSignInPage: Story = {
  name: 'En la página de inicio de sesión del correo (context)',
  parameters: sourceCode('<cl-login-help lang="es" context="email"></cl-login-help>'),
  render: () => spanish((el) => el.setAttribute('context', 'email')),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=context] h3')?.textContent).toBe('¿Problemas para iniciar sesión en Correo electrónico de CenturyLink?');
    await expect(shadow(el).querySelector('[part=something-else]')?.textContent).toBe('¿Otra cosa?');
  },
};

/** Con sugerencias: las respuestas que sugiere la página aparecen primero. */
export const WithSuggestions: Story = {
  name: 'Con sugerencias',
  parameters: sourceCode(
    '<cl-login-help lang="es" context="email"></cl-login-help>',
    "document.querySelector('cl-login-help').suggestions = ['email/forgot-password', 'email/forgot-username'];",
  ),
  render: () =>
    spanish((el) => {
      el.setAttribute('context', 'email');
      el.suggestions = ['email/forgot-password', 'email/forgot-username'];
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=suggestions] h3')?.textContent).toBe('Respuestas sugeridas');
    await expect(shadow(el).querySelectorAll('[part=suggestion]')).toHaveLength(2);
  },
};

/** A topic with a table, steps and footnotes: Larga distancia. */
export const LongDistance: Story = {
  name: 'Tema: Larga distancia',
  parameters: sourceCode('<cl-login-help lang="es" topic="long-distance"></cl-login-help>'),
  render: () => spanish((el) => el.setAttribute('topic', 'long-distance')),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('table')).not.toBeNull();
    await expect(shadow(el).textContent).toContain('800-860-2255');
  },
};

/** "¿Le resultó útil?" answered No: the contact options in Spanish. */
export const FeedbackNo: Story = {
  name: '¿Le resultó útil? No (opciones de contacto)',
  render: () => spanish((el) => el.setAttribute('topic', 'update-center')),
  parameters: sourceCode(
    '<cl-login-help lang="es" topic="update-center"></cl-login-help>',
    "const panel = document.querySelector('cl-login-help');\nawait panel.updateComplete;\npanel.shadowRoot.querySelectorAll('[part=feedback] button')[1].click();",
  ),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await withoutFocusMove(el, () => answerFeedback(el, false));
    await expect(shadow(el).querySelector('[part=contact]')?.textContent).toContain('Chatee con nosotros');
  },
};

/** A Spanish page: the panel has no lang of its own and follows the page's `lang="es-US"`. */
export const FollowsThePage: Story = {
  name: 'Sigue el idioma de la página (lang="es-US")',
  parameters: sourceCode('<html lang="es-US">\n  ...\n  <cl-login-help></cl-login-help>'),
  render: () => h('div', { lang: 'es-US' }, document.createElement('cl-login-help')),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.content.lang).toBe('es');
  },
};

/** The launcher and its dialog in Spanish, opened (in a frame of its own on the docs page). */
export const Launcher: Story = {
  name: 'Botón y diálogo',
  tags: ['interaction'],
  parameters: {
    docs: {
      story: { inline: false, height: '640px' },
      ...sourceCode('<cl-login-help-launcher lang="es"></cl-login-help-launcher>', "document.querySelector('cl-login-help-launcher').open();").docs,
    },
  },
  render: () => {
    const launcher = document.createElement('cl-login-help-launcher');
    launcher.setAttribute('lang', 'es');
    return launcher;
  },
  play: async ({ canvasElement }) => {
    const launcher = canvasElement.querySelector('cl-login-help-launcher')!;
    await launcher.updateComplete;
    await expect(launcher.shadowRoot!.querySelector('[part=button]')?.textContent?.trim()).toBe('¿No puede iniciar sesión?');
    await withoutFocusMove(launcher, async () => {
      await launcher.open();
      await launcher.shadowRoot!.querySelector('cl-login-help')!.updateComplete;
    });
    await expect(launcher.isOpen).toBe(true);
    await expect(launcher.shadowRoot!.querySelector('[part=close]')?.getAttribute('aria-label')).toMatch(/Cerrar/i);
  },
};
