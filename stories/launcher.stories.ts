import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { ClLoginHelpLauncher } from '../src/index.js';
import { h, shadow } from './helpers.js';

const meta = {
  title: 'Panel/Launcher',
  component: 'cl-login-help-launcher',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A "Can\'t sign in?" button that opens the panel in a native modal `<dialog>` (top layer), full screen below 600 px. Esc or the close button closes it; focus returns to the opener.',
      },
    },
  },
  render: () => h('cl-login-help-launcher'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const launcherIn = (canvas: HTMLElement) => {
  const el = canvas.querySelector('cl-login-help-launcher');
  if (!el) throw new Error('No <cl-login-help-launcher> in the story');
  return el;
};

/** Opens the dialog with `open()` and checks it is open, with the panel inside. */
const openWith =
  (topicId?: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el: ClLoginHelpLauncher = launcherIn(canvasElement);
    await el.open(topicId);
    await expect(el.isOpen).toBe(true);
    const panel = el.shadowRoot?.querySelector('cl-login-help');
    if (!panel) throw new Error('No panel in the dialog');
    await panel.updateComplete;
    if (topicId) await waitFor(() => expect(shadow(panel).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe(topicId));
  };

/** The closed state: only the button. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const el = launcherIn(canvasElement);
    await el.updateComplete;
    await expect(el.isOpen).toBe(false);
  },
};

/** Opened with `open()`: the panel in a modal dialog, focus in the search field. */
export const Open: Story = {
  play: openWith(),
};

/** Opened with `open('email')` on a 320 px phone: the dialog fills the screen. */
export const OpenPhone320: Story = {
  name: 'Open at a topic, phone 320 px',
  tags: ['viewport-320'],
  globals: { viewport: { value: 'phone320', isRotated: false } },
  play: openWith('email'),
};
