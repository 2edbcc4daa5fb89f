import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ClLoginHelpLauncher } from '../src/index.js';
import { h, shadow, sourceCode, withoutFocusMove } from './helpers.js';

interface LauncherArgs {
  floating: boolean;
  'no-button': boolean;
  lang: string;
  'content-src': string;
}

/** The launcher configured by the story's controls. */
function launcher(args: Partial<LauncherArgs>): ClLoginHelpLauncher {
  const el = document.createElement('cl-login-help-launcher');
  if (args.floating) el.setAttribute('floating', '');
  if (args['no-button']) el.setAttribute('no-button', '');
  if (args.lang) el.setAttribute('lang', args.lang);
  if (args['content-src']) el.setAttribute('content-src', args['content-src']);
  return el;
}

const launcherIn = (canvas: HTMLElement) => {
  const el = canvas.querySelector('cl-login-help-launcher');
  if (!el) throw new Error('No <cl-login-help-launcher> in the story');
  return el;
};

/**
 * An open modal dialog covers the page it is on, so on a docs page the open
 * states are shown in a frame of their own (`docs.story.inline: false`).
 */
const inFrame = (height = 640) => ({ story: { inline: false, height: `${height}px` } });

/**
 * Opens the dialog with `open()` and checks it is open, with the panel inside.
 * It opens without the focus move (see `withoutFocusMove`) so the page stays
 * at its top; "Open and close with the keyboard" shows where focus goes.
 */
const openWith =
  (topicId?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el: ClLoginHelpLauncher = launcherIn(canvasElement);
    const panel = await withoutFocusMove(el, async () => {
      await el.open(topicId);
      const inner = el.shadowRoot?.querySelector('cl-login-help');
      if (!inner) throw new Error('No panel in the dialog');
      await inner.updateComplete;
      return inner;
    });
    await expect(el.isOpen).toBe(true);
    if (topicId) await waitFor(() => expect(shadow(panel).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe(topicId));
  };

const OPEN_SCRIPT = (topicId?: string) => `await customElements.whenDefined('cl-login-help-launcher');
document.querySelector('cl-login-help-launcher').open(${topicId ? `'${topicId}'` : ''});`;

const meta = {
  title: 'Panel/Launcher',
  component: 'cl-login-help-launcher',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A "Can\'t sign in?" button that opens the panel in a native modal `<dialog>` (top layer), full screen below 600 px. Esc or the close button closes it; focus returns to the opener. The button follows `--cl-login-help-radius`; the close button floats in the dialog\'s corner. On this page the open dialogs are shown in frames of their own.',
      },
    },
  },
  args: { floating: false, 'no-button': false, lang: '', 'content-src': '' },
  argTypes: {
    // Radio buttons, not Storybook's boolean toggle, whose "True" label fails axe's contrast rule on the docs page.
    floating: { control: { type: 'inline-radio', labels: { false: 'off', true: 'on' } }, options: [false, true], type: 'boolean' },
    'no-button': { control: { type: 'inline-radio', labels: { false: 'off', true: 'on' } }, options: [false, true], type: 'boolean' },
    lang: { control: 'select', options: ['', 'en', 'es'], type: 'string' },
    'content-src': { control: 'text', type: 'string' },
  },
  render: (args) => launcher(args),
} satisfies Meta<LauncherArgs>;

export default meta;
type Story = StoryObj<LauncherArgs>;

/** The closed state: only the button. */
export const Closed: Story = {
  name: 'Closed (the button)',
  tags: ['interaction'],
  parameters: sourceCode('<cl-login-help-launcher></cl-login-help-launcher>'),
  play: async ({ canvasElement }) => {
    const el = launcherIn(canvasElement);
    await el.updateComplete;
    await expect(el.isOpen).toBe(false);
    await expect(el.shadowRoot!.querySelector('[part=button]')).not.toBeNull();
  },
};

/** Opened with `open()`: the panel's home screen in a modal dialog, the close button in its corner. */
export const Open: Story = {
  name: 'Open',
  tags: ['interaction'],
  parameters: { controls: { disable: true }, docs: { ...inFrame(), ...sourceCode('<cl-login-help-launcher></cl-login-help-launcher>', OPEN_SCRIPT()).docs } },
  render: () => launcher({}),
  play: openWith(),
};

/** Opened with `open('email')`: the dialog at a topic. */
export const OpenAtTopic: Story = {
  name: 'Open at a topic',
  tags: ['interaction'],
  parameters: { controls: { disable: true }, docs: { ...inFrame(), ...sourceCode('<cl-login-help-launcher></cl-login-help-launcher>', OPEN_SCRIPT('email')).docs } },
  render: () => launcher({}),
  play: openWith('email'),
};

/** Opened with `open('email')` on a 320 px phone: the dialog fills the screen. */
export const OpenPhone320: Story = {
  name: 'Open at a topic, phone 320 px',
  tags: ['viewport-320', 'interaction', '!autodocs'],
  globals: { viewport: { value: 'phone320', isRotated: false } },
  parameters: { controls: { disable: true }, ...sourceCode('<cl-login-help-launcher></cl-login-help-launcher>', OPEN_SCRIPT('email')) },
  render: () => launcher({}),
  play: openWith('email'),
};

/** The dark theme (the toolbar's "Dark", pinned here): the dialog and the panel take the dark palette. */
export const DarkDialog: Story = {
  name: 'Open, dark theme',
  tags: ['interaction'],
  globals: { theme: 'dark' },
  parameters: {
    controls: { disable: true },
    docs: {
      ...inFrame(),
      ...sourceCode(
        '<cl-login-help-launcher></cl-login-help-launcher>',
        OPEN_SCRIPT(),
        `cl-login-help-launcher {
  --cl-login-help-accent: #a8c7fa;
  --cl-login-help-accent-text: #0a1a33;
  --cl-login-help-text: #e6e6ea;
  --cl-login-help-background: #16171a;
  --cl-login-help-surface: #23252a;
  --cl-login-help-focus: #a8c7fa;
}`,
      ).docs,
    },
  },
  render: () => launcher({}),
  play: async (context) => {
    await openWith()(context);
    const dialog = launcherIn(context.canvasElement).shadowRoot!.querySelector('dialog')!;
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(22, 23, 26)');
  },
};

/** `floating`: the button fixed in the page's bottom corner, over the page. */
export const Floating: Story = {
  name: 'Floating button',
  tags: ['interaction'],
  args: { floating: true },
  parameters: { docs: { ...inFrame(240), ...sourceCode('<cl-login-help-launcher floating></cl-login-help-launcher>').docs } },
  play: async ({ canvasElement }) => {
    const el = launcherIn(canvasElement);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('[part=button]')!;
    await expect(getComputedStyle(button.parentElement!).position).toBe('fixed');
    const box = button.getBoundingClientRect();
    await expect(Math.round(innerWidth - box.right)).toBe(16);
  },
};

/** `no-button`: no button of its own; the page's own link opens the dialog with `open()`. */
export const NoButton: Story = {
  name: 'No button (the page opens it)',
  tags: ['interaction'],
  parameters: {
    controls: { disable: true },
    // The code is the page; the story then clicks its button.
    showCode: { sameState: false },
    docs: {
      ...inFrame(),
      ...sourceCode(
        `<button type="button" id="help">Trouble signing in?</button>
<cl-login-help-launcher no-button></cl-login-help-launcher>`,
        `document.getElementById('help').addEventListener('click', () => document.querySelector('cl-login-help-launcher').open());`,
      ).docs,
    },
  },
  render: () => {
    const el = launcher({ 'no-button': true });
    const own = h('button', { type: 'button', style: 'min-height: 44px; font: inherit;' }, 'Trouble signing in?');
    own.addEventListener('click', () => void el.open());
    return h('div', {}, own, el);
  },
  play: async ({ canvasElement }) => {
    const el = launcherIn(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('[part=button]')).toBeNull();
    const own = canvasElement.querySelector('button')!;
    await withoutFocusMove(el, async () => {
      own.click();
      await waitFor(() => expect(el.isOpen).toBe(true));
      await el.shadowRoot!.querySelector('cl-login-help')!.updateComplete;
    });
  },
};

/**
 * A customer with a keyboard: Enter opens the dialog with focus in the search
 * field; the close button (or Esc, which a script cannot press for real)
 * closes it and focus returns to the button.
 */
export const KeyboardOpenClose: Story = {
  name: 'Open and close with the keyboard',
  tags: ['interaction', '!autodocs'],
  parameters: { controls: { disable: true }, ...sourceCode('<cl-login-help-launcher></cl-login-help-launcher>', '// Tab to the button, press Enter, then Esc or the close button.') },
  render: () => launcher({}),
  play: async ({ canvasElement }) => {
    const el = launcherIn(canvasElement);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(el.isOpen).toBe(true));
    const panel = el.shadowRoot!.querySelector('cl-login-help')!;
    await waitFor(() => expect(shadow(panel).activeElement?.getAttribute('part')).toBe('search-input'));
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('[part=close]')!);
    await waitFor(() => expect(el.isOpen).toBe(false));
    await expect(el.shadowRoot!.activeElement).toBe(button);
  },
};
