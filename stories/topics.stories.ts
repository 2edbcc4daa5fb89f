import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { panel, panelIn, shadow, sourceCode, type TopicId } from './helpers.js';

/**
 * The twelve answers, named as the panel names them (Storybook's index reads
 * each `name` literally). Each story sets the `topic` *property* (not the
 * attribute) and checks that it reflected to the attribute and rendered, with
 * the story's name as the heading: the proof that Lit's reactive properties
 * (legacy decorators with `useDefineForClassFields: false`) survived the Vite
 * build, and that the sidebar says what the panel says.
 */
const meta = {
  title: 'Panel/Topics',
  component: 'cl-login-help',
  tags: ['interaction'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const render = (id: TopicId) => () => panel({ setup: (el) => (el.topic = id) });
const code = (id: TopicId) => sourceCode(`<cl-login-help topic="${id}"></cl-login-help>`);

const play = (id: TopicId) => async ({ canvasElement, name }: StoryContext) => {
  const el = panelIn(canvasElement);
  await el.updateComplete;
  await expect(el.getAttribute('topic')).toBe(id);
  await expect(el.status).toBe('topic');
  await expect(shadow(el).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe(id);
  // In English the sidebar name is the panel's heading.
  if (el.content.lang === 'en') await expect(shadow(el).querySelector('#topic-heading')?.textContent).toBe(name);
};

export const MyAccount: Story = { name: 'My Account', render: render('my-account'), parameters: code('my-account'), play: play('my-account') };
export const Autopay: Story = { name: 'AutoPay', render: render('autopay'), parameters: code('autopay'), play: play('autopay') };
export const Email: Story = { name: 'CenturyLink Email', render: render('email'), parameters: code('email'), play: play('email') };
export const Norton: Story = { name: 'Norton™ Antivirus', render: render('norton'), parameters: code('norton'), play: play('norton') };
export const PrismTv: Story = { name: 'Prism® TV', render: render('prism-tv'), parameters: code('prism-tv'), play: play('prism-tv') };
export const VerizonWireless: Story = { name: 'Verizon Wireless', render: render('verizon-wireless'), parameters: code('verizon-wireless'), play: play('verizon-wireless') };
export const Directv: Story = { name: 'DIRECTV', render: render('directv'), parameters: code('directv'), play: play('directv') };
export const Msn: Story = { name: 'MSN® Dial-up', render: render('msn'), parameters: code('msn'), play: play('msn') };
export const RepairTicket: Story = { name: 'Repair Ticket', render: render('repair-ticket'), parameters: code('repair-ticket'), play: play('repair-ticket') };
export const VoiceMail: Story = { name: 'Voice Mail', render: render('voice-mail'), parameters: code('voice-mail'), play: play('voice-mail') };
export const LongDistance: Story = { name: 'Long distance', render: render('long-distance'), parameters: code('long-distance'), play: play('long-distance') };
export const UpdateCenter: Story = { name: 'Update Center', render: render('update-center'), parameters: code('update-center'), play: play('update-center') };
