/**
 * Content for the "Write content" page: a worked example of a new topic, and
 * broken copies of the built-in content whose validator messages the page
 * shows (computed live by `validateContent`, so they never go stale).
 */
import { builtInContent, validateContent, type ContentIssue, type ContentInput } from '../src/index.js';

type TopicInput = ContentInput['topics'][number];

/** The worked example: a topic for a question the help page does not answer yet. */
export const NEW_TOPIC = {
  id: 'wifi-password',
  title: 'Wi-Fi password',
  summary: 'Find the name and password of your home Wi-Fi network.',
  keywords: ['wifi', 'wi-fi', 'wireless', 'router', 'modem', 'network key', 'ssid'],
  blocks: [
    {
      type: 'paragraph',
      content: [
        'Your Wi-Fi password is not your ',
        { type: 'em', text: 'My Account' },
        ' password: it unlocks your home network, and it is printed on your modem.',
      ],
    },
    {
      type: 'steps',
      items: [
        ['Find the sticker on the side or the bottom of your modem.'],
        ['Read the ', { type: 'strong', text: 'Network name (SSID)' }, ' and the ', { type: 'strong', text: 'Wireless key' }, '.'],
        ['Changed the password and forgot it? ', { type: 'chat', text: 'Chat with us' }, '.'],
      ],
    },
    { type: 'tip', content: ['You can also call ', { type: 'phone', number: '8008602255' }, '.'] },
  ],
  related: ['my-account'],
} satisfies TopicInput;

/** A topic as JSON that reads like a hand-written file: one block per line. */
export function topicJson(topic: TopicInput = NEW_TOPIC): string {
  const lines = Object.entries(topic).map(([key, value]) =>
    key === 'blocks' && Array.isArray(value)
      ? `  "blocks": [\n${value.map((block) => `    ${JSON.stringify(block)}`).join(',\n')}\n  ]`
      : `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${lines.join(',\n')}\n}`;
}

/** The built-in content with `NEW_TOPIC` added after the first topic (for the preview). */
export function withNewTopic(): ContentInput {
  const copy = structuredClone(builtInContent) as ContentInput;
  copy.topics.splice(1, 0, structuredClone(NEW_TOPIC));
  return copy;
}

export interface Mistake {
  what: string;
  break: (content: ContentInput & Record<string, unknown>) => void;
}

/** Typical mistakes, each made in a fresh copy of the built-in content. */
export const MISTAKES: Mistake[] = [
  { what: 'A number where text belongs (a list item)', break: (c) => void (c.topics[3].blocks![0] = { type: 'list', items: [['Open the app.'], [42 as unknown as string]] }) },
  { what: 'A javascript: link', break: (c) => void (c.topics[0].blocks![0] = { type: 'paragraph', content: [{ type: 'link', text: 'Reset', href: 'javascript:alert(1)' }] }) },
  { what: 'A phone number with dashes', break: (c) => void (c.topics[4].blocks![0] = { type: 'note', content: ['Call ', { type: 'phone', number: '800-860-2255' }] }) },
  { what: 'An unknown block type', break: (c) => void c.topics[0].blocks!.push({ type: 'warning', content: ['Careful'] } as unknown as NonNullable<TopicInput['blocks']>[number]) },
  { what: 'A topic id with capitals', break: (c) => void (c.topics[2].id = 'Email') },
  { what: 'A related id that names no topic', break: (c) => void (c.topics[1].related = ['auto-pay']) },
  { what: 'The same topic id twice', break: (c) => void c.topics.push(structuredClone(c.topics[0])) },
  { what: 'A missing summary', break: (c) => void delete (c.topics[0] as Partial<TopicInput>).summary },
  { what: 'A blank title', break: (c) => void (c.topics[5].title = '   ') },
  { what: 'A topic without blocks', break: (c) => void (c.topics[6].blocks = []) },
  { what: 'An unknown schemaVersion', break: (c) => void (c.schemaVersion = 99 as 1) },
];

/** Runs the validator on each mistake. */
export function mistakeMessages(): { what: string; issues: ContentIssue[] }[] {
  return MISTAKES.map((mistake) => {
    const copy = structuredClone(builtInContent) as ContentInput & Record<string, unknown>;
    mistake.break(copy);
    const result = validateContent(copy);
    return { what: mistake.what, issues: result.ok ? [] : result.issues };
  });
}
