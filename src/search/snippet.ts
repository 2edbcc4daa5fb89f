/**
 * Highlighting and snippets: a result's title and summary as runs of text,
 * marked where they matched. Marks follow the analysis (`analyze.ts`): a
 * synonym phrase ("Sign in") is marked whole, a stopword never is.
 */
import type { Block, Section, Topic } from '../content/schema.js';
import { blockText } from '../content/text.js';
import { Analyzer, type Token } from './analyze.js';

/** A run of text, marked where it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A text and its tokens, found once. */
interface Words {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/**
 * The tokens of short texts (titles, questions, summaries), per analyzer:
 * every keystroke marks the same few texts again, and analyzing them anew
 * made most of a keystroke's garbage (and so of its collection pauses).
 */
const shortTexts = new WeakMap<Analyzer, Map<string, Words>>();
const wordsOf = (analyzer: Analyzer, text: string) => {
  let texts = shortTexts.get(analyzer);
  if (!texts) shortTexts.set(analyzer, (texts = new Map()));
  let found = texts.get(text);
  if (!found) {
    if (texts.size >= 4096) texts.clear();
    texts.set(text, (found = { text, tokens: analyzer.tokens(text, true) }));
  }
  return found;
};

/** The analyzer of `highlight()` calls that give none: built-in synonyms only. */
let plain: Analyzer | undefined;

/** Splits `value` into runs, marking the tokens whose term is in `terms`. */
export const highlight = (value: string, terms: ReadonlySet<string>, analyzer: Analyzer = (plain ??= new Analyzer())): Segment[] =>
  mark(wordsOf(analyzer, value), 0, value.length, terms);

/**
 * `highlight()` for `words.text.slice(from, to)`. `from` is at a token's
 * start or between tokens; `to` may cut a token, whose piece is then marked
 * as the token is.
 */
function mark(words: Words, from: number, to: number, terms: ReadonlySet<string>): Segment[] {
  const { text, tokens } = words;
  const segments: Segment[] = [];
  let at = from;
  for (const token of tokens) {
    // Before the piece, or a part of a phrase already marked whole.
    if (token.start < from || token.start < at) continue;
    if (token.start >= to) break;
    if (token.stop || !terms.has(token.term)) continue;
    const end = Math.min(token.end, to);
    if (token.start > at) segments.push({ text: text.slice(at, token.start), mark: false });
    segments.push({ text: text.slice(token.start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
}

/** Answer texts and their tokens, kept while their blocks (or topic) live: result snippets are cut from them on every keystroke. */
const bodies = new WeakMap<object, Words>();
const bodyWords = (analyzer: Analyzer, owner: object, text: () => string) => {
  let found = bodies.get(owner);
  if (!found) {
    const value = text();
    bodies.set(owner, (found = { text: value, tokens: analyzer.tokens(value, true) }));
  }
  return found;
};

/** The plain text of blocks, as indexed. */
export const bodyText = (blocks: readonly Block[]) => blocks.map(blockText).join(' ');

/** A section's answer. */
export const sectionBody = (analyzer: Analyzer, section: Section) => bodyWords(analyzer, section.blocks, () => bodyText(section.blocks));

/** All of a topic's text: its blocks and every section's. */
export const topicBody = (analyzer: Analyzer, topic: Topic) =>
  bodyWords(analyzer, topic, () =>
    [topic.blocks, ...topic.sections.map((s) => s.blocks)]
      .filter((blocks) => blocks.length)
      .map(bodyText)
      .join(' '),
  );

/** Characters of answer text in a result's snippet. */
const SNIPPET_LENGTH = 140;

/** Whitespace, as `String.prototype.trim()` removes it. */
const SPACE = /\s/;

/**
 * A short piece of a text around its first token in `anchor` (from its start
 * when there is none), cut at word boundaries, with the tokens in `terms` marked.
 */
export function snippet(words: Words, terms: ReadonlySet<string>, anchor: ReadonlySet<string> = terms): Segment[] {
  const { text, tokens } = words;
  let start = tokens.find((token) => !token.stop && anchor.has(token.term))?.start ?? 0;
  // Some words before the match, so it reads as a sentence.
  if (start > 40) {
    const before = text.lastIndexOf(' ', start - 30);
    start = before > 0 ? before + 1 : start;
  } else start = 0;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  // The piece, trimmed.
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;
  const segments = mark(words, from, to, terms);
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (end < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
