import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { VERSION } from '../src/index.js';
import { h, shadow, until } from './helpers.js';

/**
 * A host page in an iframe that loads the real script-tag bundle,
 * `dist/cl-login-help.js` (served by Storybook's `staticDirs` at `/dist`;
 * `npm run build` writes it, and `npm run build-storybook` runs that first),
 * exactly as the README's "Embedding" section says:
 *
 * ```html
 * <script src="/dist/cl-login-help.js" data-launcher></script>
 * ```
 *
 * The iframe keeps the bundle's page-wide listeners and `window.clLoginHelp`
 * out of the other stories.
 */
const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Host page: sign in</title>
    <style>
      body { margin: 24px; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; background: #ffffff; }
      h1 { font-size: 24px; margin: 0 0 16px; }
      label { display: block; margin: 0 0 12px; font-weight: 600; }
      input { display: block; margin-top: 4px; min-height: 40px; width: min(320px, 100%); font: inherit; }
      .help { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 16px 0; }
      .help a, .help button { min-height: 44px; font: inherit; }
      .help a { display: inline-flex; align-items: center; color: #0b57d0; }
    </style>
  </head>
  <body>
    <main>
      <h1>Sign in to My Account</h1>
      <form action="#" aria-label="Sign in">
        <label>Username <input name="username" autocomplete="username" /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
      </form>
      <p class="help">
        <a href="#cl-login-help/email">Trouble with email?</a>
        <button type="button" data-cl-login-help="voice-mail">Voicemail help</button>
      </p>
      <script src="./dist/cl-login-help.js" data-launcher></script>
    </main>
  </body>
</html>`;

const meta = {
  title: 'Panel/Host page',
  tags: ['interaction'],
  parameters: {
    layout: 'fullscreen',
    controls: { disable: true },
    docs: { source: { language: 'html', code: '<script src="/dist/cl-login-help.js" data-launcher></script>\n<a href="#cl-login-help/email">Trouble with email?</a>' } },
  },
  render: () =>
    h('iframe', {
      title: 'Host page with the script-tag bundle',
      srcdoc: HOST_PAGE,
      style: 'display: block; width: 100%; height: 640px; border: 0;',
    }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Waits for the bundle inside the story's iframe and returns the host page's window. */
async function hostWindow(canvas: HTMLElement) {
  const frame = canvas.querySelector('iframe');
  if (!frame) throw new Error('No host-page iframe');
  const win = await until(() => frame.contentWindow?.clLoginHelp && frame.contentWindow, 'dist/cl-login-help.js in the host page (did `npm run build` run?)');
  const launcher = await until(() => win.document.querySelector('cl-login-help-launcher'), 'the data-launcher button');
  await launcher.updateComplete;
  return { win, launcher };
}

/** The bundle loaded by a script tag with `data-launcher`: the "Can't sign in?" button follows the tag. */
export const ScriptTag: Story = {
  name: 'Script tag with data-launcher',
  play: async ({ canvasElement }) => {
    const { win, launcher } = await hostWindow(canvasElement);
    await expect(win.clLoginHelp?.version).toBe(VERSION);
    await expect(launcher.previousElementSibling?.tagName).toBe('SCRIPT');
    await expect(launcher.isOpen).toBe(false);
  },
};

/** A click on the page's `<a href="#cl-login-help/email">` opens the dialog at that topic. */
export const HelpLink: Story = {
  name: 'Help link clicked',
  play: async ({ canvasElement }) => {
    const { win, launcher } = await hostWindow(canvasElement);
    win.document.querySelector<HTMLAnchorElement>('a[href="#cl-login-help/email"]')!.click();
    await waitFor(() => expect(launcher.isOpen).toBe(true));
    const panel = launcher.shadowRoot!.querySelector('cl-login-help')!;
    await waitFor(() => expect(shadow(panel).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe('email'));
  },
};
