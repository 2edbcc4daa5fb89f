import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { validateContent } from '../src/index.js';
import { NEW_TOPIC, mistakeMessages, withNewTopic } from './content-examples.js';
import { h, panel, panelIn, shadow } from './helpers.js';

/** Tools for content writers; the "Write content" docs page shows them. */
const meta = {
  title: 'Content/Examples',
  tags: ['interaction'],
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The worked example: the built-in content plus the new `wifi-password` topic, set through the `content` property. */
export const NewTopic: Story = {
  name: 'A new topic',
  parameters: {
    docs: {
      source: {
        language: 'html',
        // The topic is opened once the content has it (as a `topic` attribute
        // it would be looked up in the built-in content and refused).
        code: `<cl-login-help></cl-login-help>
<script type="module">
  await customElements.whenDefined('cl-login-help');
  const panel = document.querySelector('cl-login-help');
  const content = structuredClone(panel.content);
  content.topics.splice(1, 0, ${JSON.stringify(NEW_TOPIC)});
  panel.content = content;
  panel.topic = '${NEW_TOPIC.id}';
</script>`,
      },
    },
  },
  render: () =>
    panel({
      setup: (el) => {
        el.content = withNewTopic();
        el.topic = NEW_TOPIC.id;
      },
    }),
  play: async ({ canvasElement }) => {
    const el = panelIn(canvasElement);
    await el.updateComplete;
    await expect(shadow(el).querySelector('[part=topic]')?.getAttribute('data-topic-id')).toBe(NEW_TOPIC.id);
  },
};

/** What `validateContent` says about typical mistakes: a JSON Pointer to the problem, and what was expected. */
export const ValidatorMessages: Story = {
  name: 'Validator messages',
  render: () => {
    const rows = mistakeMessages().map(({ what, issues }) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, what),
        h('td', {}, ...issues.map((issue) => h('code', { style: 'display: block;' }, issue.path || '/'))),
        h('td', {}, ...issues.map((issue) => h('span', { style: 'display: block;' }, issue.message))),
      ),
    );
    return h(
      'table',
      { style: 'border-collapse: collapse; font: 14px/1.5 system-ui, sans-serif; text-align: start; width: 100%;', class: 'validator-messages' },
      h('caption', { style: 'text-align: start; font-weight: 600; padding-bottom: 8px;' }, 'validateContent() on broken copies of the built-in content'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Mistake'), h('th', { scope: 'col' }, 'path'), h('th', { scope: 'col' }, 'message'))),
      h('tbody', {}, ...rows),
      h('style', {}, '.validator-messages th, .validator-messages td { border: 1px solid #767a82; padding: 6px 8px; vertical-align: top; text-align: start; overflow-wrap: anywhere; }'),
    );
  },
  parameters: { docs: { source: { language: 'js', code: "import { validateContent } from 'cl-login-help';\nconst result = validateContent(json); // { ok: false, issues: [{ path, message }] }" } } },
  play: async ({ canvasElement }) => {
    // Every mistake is caught.
    const empty = [...canvasElement.querySelectorAll('tbody tr')].filter((row) => !row.querySelector('code'));
    await expect(empty).toHaveLength(0);
  },
};

const SAMPLE = JSON.stringify(
  {
    schemaVersion: 1,
    lang: 'en',
    title: "Can't sign in?",
    intro: 'Pick the account you are trying to reach.',
    contact: { title: 'Still need help?', actions: [{ type: 'phone', number: '800-860-2255' }] },
    topics: [{ id: 'email', title: 'Email', summary: 'Reset your email password.', blocks: [{ type: 'list', items: [['Open the app.'], [42]] }] }],
  },
  null,
  2,
);

/** Paste content JSON: the validator's messages, or a preview of the panel with it. */
export const Validator: Story = {
  name: 'Try the validator',
  parameters: { docs: { source: { language: 'js', code: "import { validateContent } from 'cl-login-help';\nconst result = validateContent(JSON.parse(text));" } } },
  render: () => {
    const input = h('textarea', {
      id: 'content-json',
      rows: '16',
      spellcheck: 'false',
      style: 'display: block; width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace;',
    });
    input.value = SAMPLE;
    const output = h('output', { for: 'content-json', style: 'display: block; margin-top: 12px;' });
    const check = () => {
      let json: unknown;
      try {
        json = JSON.parse(input.value);
      } catch (error) {
        output.replaceChildren(h('p', {}, `Not JSON: ${(error as Error).message}`));
        return;
      }
      const result = validateContent(json);
      if (result.ok) output.replaceChildren(h('p', {}, 'Valid. Preview:'), panel({ setup: (el) => (el.content = result.content) }));
      else output.replaceChildren(h('ul', {}, ...result.issues.map((issue) => h('li', {}, h('code', {}, issue.path || '/'), `: ${issue.message}`))));
    };
    input.addEventListener('input', check);
    check();
    return h(
      'div',
      { style: 'font: 14px/1.5 system-ui, sans-serif; max-width: 720px;' },
      h('label', { for: 'content-json', style: 'display: block; font-weight: 600; margin-bottom: 4px;' }, 'Content JSON'),
      input,
      output,
    );
  },
  play: async ({ canvasElement }) => {
    // The sample has a number where text belongs: the validator names its path.
    const paths = [...canvasElement.querySelectorAll('output code')].map((code) => code.textContent);
    await expect(paths).toContain('/topics/0/blocks/0/items/1/0');
  },
};
