import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { panel, panelIn, shadow, type TopicId } from './helpers.js';

/**
 * The twelve answers. Each story sets the `topic` *property* (not the
 * attribute) and checks that it reflected to the attribute and rendered: the
 * proof that Lit's reactive properties (legacy decorators with
 * `useDefineForClassFields: false`) survived the Vite build.
 */
const meta = {
  title: 'Panel/Topics',
  component: 'cl-login-help',
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const topic = (id: TopicId, name: string): Story => ({
  name,
  render: () => panel({ setup: (el) => (el.topic = id) }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(el.getAttribute('topic')).toBe(id);
    await expect(el.status).toBe('topic');
    await expect(shadow(el).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe(id);
  },
});

export const MyAccount = topic('my-account', 'My Account');
export const Autopay = topic('autopay', 'AutoPay');
export const Email = topic('email', 'CenturyLink Email');
export const Norton = topic('norton', 'Norton Antivirus');
export const PrismTv = topic('prism-tv', 'Prism TV');
export const VerizonWireless = topic('verizon-wireless', 'Verizon Wireless');
export const Directv = topic('directv', 'DIRECTV');
export const Msn = topic('msn', 'MSN Dial-up');
export const RepairTicket = topic('repair-ticket', 'Repair Ticket');
export const VoiceMail = topic('voice-mail', 'Voice Mail');
export const LongDistance = topic('long-distance', 'Long distance');
export const UpdateCenter = topic('update-center', 'Update Center');
