/**
 * The built-in contents, in sections: valid, every seed fact still in the
 * text of its topic, every answer starting with its first sentence, section
 * ids well formed. Reads the content itself, not the panel's rendering.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { blockText } from '../src/content/text.js';
import { validateContent } from '../src/content/validate.js';
import type { Block, Content, Topic } from '../src/content/schema.js';
import { seedFacts, sectionFacts } from './seed-facts.js';
import { seedFactsEs, sectionFactsEs } from './seed-facts-es.js';
import { intentCases } from './intent-cases.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOfBlocks = (blocks: readonly Block[]) => collapse(blocks.map(blockText).join(' '));
/** The topic's introduction and every section's question and blocks. */
const topicText = (topic: Topic) =>
  collapse([textOfBlocks(topic.blocks), ...topic.sections.map((s) => `${s.question} ${textOfBlocks(s.blocks)}`)].join(' '));

const parsed = (input: unknown): Content => {
  const result = validateContent(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.content;
};

for (const [name, input, facts, firstSentences] of [
  ['English', en, seedFacts, sectionFacts],
  ['Spanish', es, seedFactsEs, sectionFactsEs],
] as const) {
  describe(`the built-in ${name} content in sections`, () => {
    const content = parsed(input);
    const topics = new Map(content.topics.map((t) => [t.id, t]));

    it('is valid version 2 content', () => {
      expect(validateContent(input).ok).to.equal(true);
      expect(content.schemaVersion).to.equal(2);
    });

    it('keeps every seed fact in the text of its topic', () => {
      expect(Object.keys(facts)).to.deep.equal(content.topics.map((t) => t.id));
      for (const [id, list] of Object.entries(facts)) {
        const text = topicText(topics.get(id)!);
        for (const fact of list) expect(text, `${id}: "${fact}"`).to.contain(fact);
      }
    });

    it('section ids are lower-case words with dashes, unique in their topic; every section has a question and keywords', () => {
      for (const topic of content.topics) {
        const ids = topic.sections.map((s) => s.id);
        expect(new Set(ids).size, topic.id).to.equal(ids.length);
        for (const section of topic.sections) {
          expect(section.id, `${topic.id}/${section.id}`).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(section.question, `${topic.id}/${section.id}`).to.match(/\?$/);
          expect(section.keywords.length, `${topic.id}/${section.id} keywords`).to.be.greaterThan(0);
        }
        // A topic with one situation keeps plain blocks; sections come at least two at a time.
        expect(topic.sections.length, topic.id).not.to.equal(1);
      }
    });

    it('has the public section ids', () => {
      const ids = content.topics.flatMap((t) => t.sections.map((s) => `${t.id}/${s.id}`));
      expect(ids).to.include.members(['email/forgot-password', 'long-distance/security-code']);
    });

    it('each answer starts with its first sentence, and every answer is listed', () => {
      const keys = content.topics.flatMap((t) => (t.sections.length ? t.sections.map((s) => `${t.id}/${s.id}`) : [t.id]));
      expect(Object.keys(firstSentences)).to.deep.equal(keys);
      for (const [key, [first]] of Object.entries(firstSentences)) {
        const [topicId, sectionId] = key.split('/');
        const topic = topics.get(topicId)!;
        const blocks = sectionId ? topic.sections.find((s) => s.id === sectionId)!.blocks : topic.blocks;
        expect(textOfBlocks(blocks).startsWith(first), `${key} starts with "${first}"`).to.equal(true);
      }
    });

    it('every intent case names an answer that exists', () => {
      const cases = intentCases.filter((c) => c.lang === content.lang);
      for (const c of cases) {
        const topic = topics.get(c.topic);
        expect(topic, c.query).not.to.equal(undefined);
        if (c.section) expect(topic!.sections.map((s) => s.id), c.query).to.include(c.section);
        else expect(topic!.sections, c.query).to.deep.equal([]);
      }
    });
  });
}

describe('the intent cases', () => {
  it('are at least 45 in English and 12 in Spanish, cover every topic and most sections', () => {
    const english = intentCases.filter((c) => c.lang === 'en');
    const spanish = intentCases.filter((c) => c.lang === 'es');
    expect(english.length).to.be.at.least(45);
    expect(spanish.length).to.be.at.least(12);
    expect(new Set(english.map((c) => c.topic))).to.deep.equal(new Set(en.topics.map((t) => t.id)));
    const answers = new Set(english.map((c) => `${c.topic}/${c.section}`));
    const sections = en.topics.flatMap((t) => (t.sections ?? []).map((s) => `${t.id}/${s.id}`));
    expect(sections.filter((s) => !answers.has(s))).to.deep.equal([]);
    const queries = intentCases.map((c) => `${c.lang}:${c.query.toLowerCase()}`);
    expect(new Set(queries).size, 'no query twice').to.equal(queries.length);
  });
});
