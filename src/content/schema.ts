/**
 * The content model: one valibot definition from which the TypeScript types
 * (`v.InferOutput`), the run-time validator (`validateContent`) and the
 * published JSON Schema (`dist/content.schema.json`, made at build time by
 * `@valibot/to-json-schema`) all derive. There is no hand-kept twin.
 *
 * Objects ignore unknown extra fields; an unknown `schemaVersion` is an error.
 */
import * as v from 'valibot';

/**
 * The newest content format this build reads and writes. Version 2 added
 * topic `sections`; version 1 content (no sections) is still read.
 */
export const SCHEMA_VERSION = 2;

/** Every content format this build reads. */
export const SCHEMA_VERSIONS = [1, 2] as const;

/**
 * Only https, http, mailto, tel and relative URLs; no whitespace or control
 * characters (browsers strip them, which would let `java\nscript:` through).
 * Schemes must be lower case. A relative URL may not start with two slashes
 * or backslashes in any mix (`//host`, `\\host`, `/\host`): browsers read
 * those as another host. The renderer checks again with the same pattern.
 */
export const SAFE_URL_PATTERN =
  /^(?![\\/]{2})(?:(?:https?|mailto|tel):|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007F-\u009F]+$/;

/** Every schema of the model, made by one call (see `schemaOf`). */
function defineSchemas() {
  const text = v.pipe(v.string(), v.regex(/\S/, 'Expected non-empty text'), v.maxLength(4000));

  const url = v.pipe(
    v.string(),
    v.regex(SAFE_URL_PATTERN, 'Expected an https, http, mailto, tel or relative URL (not one starting with // or \\\\, which leads to another host)'),
  );

  /** A key the host can map to its own URL (`destinations`). */
  const destinationKey = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected a destination key like "email-reset"'));

  /** Phone numbers are stored as digits only; `tel:` links are built from them. */
  const phoneDigits = v.pipe(v.string(), v.regex(/^[0-9]{3,15}$/, 'Expected a phone number of digits only, like "8008602255"'));

  const topicId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected a topic id of lower-case letters, digits and dashes'));
  const sectionId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected a section id of lower-case letters, digits and dashes'));

  // Inline pieces -------------------------------------------------------------

  const Emphasis = v.object({ type: v.literal('em'), text });
  const Strong = v.object({ type: v.literal('strong'), text });
  /** A link with a real URL. */
  const Link = v.object({ type: v.literal('link'), text, href: url });
  /** A link whose address the host maps (the seed lost the original address). */
  const DestinationLink = v.object({ type: v.literal('destination'), text, destination: destinationKey });
  /** A phone number, shown formatted (800-860-2255) and linked with `tel:`. */
  const Phone = v.object({ type: v.literal('phone'), number: phoneDigits, text: v.optional(text) });
  /** "Chat with us": asks the host to open its chat, else links to the contact page. */
  const Chat = v.object({ type: v.literal('chat'), text });

  /** Anything a customer can act on: used inline and in `actions` blocks. */
  const ActionSchema = v.variant('type', [Link, DestinationLink, Phone, Chat]);

  const InlineSchema = v.union([text, v.variant('type', [Emphasis, Strong, Link, DestinationLink, Phone, Chat])]);
  const Inlines = v.pipe(v.array(InlineSchema), v.minLength(1, 'Expected at least one piece of text'));

  // Blocks --------------------------------------------------------------------

  const Paragraph = v.object({ type: v.literal('paragraph'), content: Inlines });
  const Tip = v.object({ type: v.literal('tip'), content: Inlines });
  const Note = v.object({ type: v.literal('note'), content: Inlines });
  const List = v.object({ type: v.literal('list'), items: v.pipe(v.array(Inlines), v.minLength(1)) });
  const Steps = v.object({ type: v.literal('steps'), items: v.pipe(v.array(Inlines), v.minLength(1)) });

  /** A table cell: inline text, or an ordered list of steps. */
  const Cell = v.union([Inlines, v.object({ steps: v.pipe(v.array(Inlines), v.minLength(1)) })]);
  const Table = v.object({
    type: v.literal('table'),
    /** Names the table for screen readers. */
    caption: text,
    /** Column headers. */
    columns: v.pipe(v.array(text), v.minLength(1)),
    /** Each row's first cell is its row header. */
    rows: v.pipe(v.array(v.pipe(v.array(Cell), v.minLength(1))), v.minLength(1)),
  });
  const Footnote = v.object({ type: v.literal('footnote'), marker: v.pipe(v.string(), v.regex(/^[*†‡§0-9]{1,3}$/)), content: Inlines });
  /** The contact options (content `contact`) at this point of a topic. */
  const Contact = v.object({ type: v.literal('contact') });
  const Actions = v.object({ type: v.literal('actions'), items: v.pipe(v.array(ActionSchema), v.minLength(1)) });

  const BlockSchema = v.variant('type', [Paragraph, Tip, Note, List, Steps, Table, Footnote, Contact, Actions]);

  /**
   * One situation a topic answers ("Forgot your password?"), from schema
   * version 2. Its id is unique in its topic and public once published
   * (`#cl-login-help/email/forgot-password`).
   */
  const SectionSchema = v.object({
    id: sectionId,
    /** The customer's question, in their words: "Lost your security code?" */
    question: text,
    /** More words customers use for this situation, beyond the question's own. */
    keywords: v.optional(v.array(text), []),
    blocks: v.pipe(v.array(BlockSchema), v.minLength(1, 'Expected at least one block')),
  });

  const TopicSchema = v.object({
    id: topicId,
    title: text,
    /** One line shown under the title in the chooser and in results. */
    summary: text,
    /** The words customers type: "voicemail", "pin", "satellite". */
    keywords: v.optional(v.array(text), []),
    /**
     * The topic's answer; in a topic with `sections`, its short introduction
     * (may then be empty). A topic needs blocks or sections.
     */
    blocks: v.optional(v.array(BlockSchema), []),
    /** The situations the topic answers (schema version 2). */
    sections: v.optional(v.array(SectionSchema), []),
    /** Ids of related topics, shown under the answer. */
    related: v.optional(v.array(topicId), []),
  });

  /** A word or phrase of a synonym group: not only spaces and punctuation, at most 60 characters. */
  const synonym = v.pipe(v.string(), v.regex(/[^\s!-/:-@[-`{-~]/, 'Expected a word or phrase'), v.maxLength(60));

  /**
   * Words or phrases that mean the same for search, in the content's language:
   * `["direct tv", "directv"]`, `["hotmail", "msn"]`. The search reads each
   * group as one word, in the content and in what customers type.
   */
  const SynonymsSchema = v.array(v.pipe(v.array(synonym), v.minLength(2, 'Expected a group of at least two words or phrases')));

  const ContentSchema = v.object({
    schemaVersion: v.picklist(SCHEMA_VERSIONS, `Expected schemaVersion ${SCHEMA_VERSIONS.join(' or ')}`),
    /** BCP 47 language of the text, e.g. "en". */
    lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Expected a language tag like "en"')),
    title: text,
    intro: text,
    /** Synonym groups for search (see `SynonymsSchema`). */
    synonyms: v.optional(SynonymsSchema, []),
    /** Default URLs for destination keys; the host can override them. */
    destinations: v.optional(v.record(destinationKey, url), {}),
    /** What "contact us" offers: shown after "No" and when search finds nothing. */
    contact: v.object({
      title: text,
      content: v.optional(Inlines),
      actions: v.pipe(v.array(ActionSchema), v.minLength(1)),
    }),
    topics: v.pipe(v.array(TopicSchema), v.minLength(1, 'Expected at least one topic')),
  });

  return { ActionSchema, InlineSchema, BlockSchema, SectionSchema, TopicSchema, SynonymsSchema, ContentSchema };
}

type Schemas = ReturnType<typeof defineSchemas>;
let schemas: Schemas | undefined;

/**
 * The schema `name`, all of them made on the first call. The exports below
 * call it when this module loads; the script-tag build leaves them out (they
 * are pure and it does not use them), so there the validator's own call makes
 * the schemas, when content comes from outside, not before the first paint.
 */
export const schemaOf = <K extends keyof Schemas>(name: K): Schemas[K] => (schemas ??= defineSchemas())[name];

export const ActionSchema = /* @__PURE__ */ schemaOf('ActionSchema');
export const InlineSchema = /* @__PURE__ */ schemaOf('InlineSchema');
export const BlockSchema = /* @__PURE__ */ schemaOf('BlockSchema');
export const SectionSchema = /* @__PURE__ */ schemaOf('SectionSchema');
export const TopicSchema = /* @__PURE__ */ schemaOf('TopicSchema');
export const SynonymsSchema = /* @__PURE__ */ schemaOf('SynonymsSchema');
/** The content schema as a valibot object (`v.safeParse(ContentSchema, json)`): the one `validateContent` uses. */
export const ContentSchema = /* @__PURE__ */ schemaOf('ContentSchema');

export type Content = v.InferOutput<typeof ContentSchema>;
export type ContentInput = v.InferInput<typeof ContentSchema>;
export type Topic = Content['topics'][number];
export type Section = Topic['sections'][number];
export type Block = v.InferOutput<typeof BlockSchema>;
export type Inline = v.InferOutput<typeof InlineSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type TableCell = Extract<Block, { type: 'table' }>['rows'][number][number];
