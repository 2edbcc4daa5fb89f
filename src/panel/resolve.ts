/** Which topic and section of the content a `topic` / `section` pair names. */
import type { Content, Section, Topic } from '../content/schema.js';

/** What a `topic` / `section` pair opens, and which id (if any) the content does not have. */
export interface Opening {
  topic?: Topic;
  /** The section of `topic` that `section` names; absent for the whole topic. */
  section?: Section;
  /** The id the content does not have: the topic (home screen), or the section (the whole topic). */
  unknown?: 'topic' | 'section';
}

/**
 * Resolves ids against content. While `loading`, an id the content does not
 * have yet is not unknown: a deep link may name a topic or section of the
 * content still on its way.
 */
export function resolveOpening(content: Content, topicId: string, sectionId: string, loading: boolean): Opening {
  if (!topicId) return {};
  const topic = content.topics.find((t) => t.id === topicId);
  if (!topic) return loading ? {} : { unknown: 'topic' };
  if (!sectionId) return { topic };
  const section = topic.sections.find((s) => s.id === sectionId);
  if (!section) return loading ? { topic } : { topic, unknown: 'section' };
  return { topic, section };
}

/** "email/forgot-password" → ["email", "forgot-password"]; "email" → ["email", ""]. */
export const splitReference = (path: string): [string, string] => {
  const at = path.indexOf('/');
  return at < 0 ? [path, ''] : [path.slice(0, at), path.slice(at + 1)];
};
