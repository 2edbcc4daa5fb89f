import * as v from 'valibot';
import { schemaOf, type Content } from './schema.js';

/** One problem found in content, located by a JSON Pointer (`/topics/3/blocks/0`). */
export interface ContentIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; content: Content }
  | { ok: false; issues: ContentIssue[] };

type AnyIssue = v.BaseIssue<unknown>;

type Found = { keys: unknown[]; message: string };

/**
 * A union reports one issue holding the issues of each option, with paths
 * relative to the union; the option that got deepest into the data is the one
 * the author meant, so report its issue at its full path.
 */
function deepest(issue: AnyIssue, base: unknown[] = []): Found {
  const keys = [...base, ...(issue.path ?? []).map((item) => item.key)];
  let best: Found = { keys, message: issue.message };
  for (const sub of issue.issues ?? []) {
    const candidate = deepest(sub, keys);
    if (candidate.keys.length > best.keys.length) best = candidate;
  }
  return best;
}

const pointer = (keys: unknown[]) => keys.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/**
 * Checks that need more than one field: unique topic ids, section ids unique
 * in their topic, related ids that exist, a topic with something to show,
 * and sections only in version 2 content.
 */
function crossReferences(content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = new Set<string>();
  content.topics.forEach((topic, i) => {
    if (ids.has(topic.id)) issues.push({ path: `/topics/${i}/id`, message: `Duplicate topic id "${topic.id}"` });
    ids.add(topic.id);
    if (!topic.blocks.length && !topic.sections.length)
      issues.push({ path: `/topics/${i}/blocks`, message: 'Expected at least one block (or, from schemaVersion 2, one section)' });
    if (content.schemaVersion < 2 && topic.sections.length)
      issues.push({ path: `/topics/${i}/sections`, message: 'Sections need schemaVersion 2' });
    const sectionIds = new Set<string>();
    topic.sections.forEach((section, j) => {
      if (sectionIds.has(section.id)) issues.push({ path: `/topics/${i}/sections/${j}/id`, message: `Duplicate section id "${section.id}" in topic "${topic.id}"` });
      sectionIds.add(section.id);
    });
  });
  content.topics.forEach((topic, i) =>
    topic.related.forEach((id, j) => {
      if (!ids.has(id)) issues.push({ path: `/topics/${i}/related/${j}`, message: `Unknown topic id "${id}"` });
    }),
  );
  return issues;
}

/**
 * Validates content from outside the bundle (a `content-src` URL or the
 * `content` property). Unknown extra fields are dropped; every problem is
 * reported with the JSON path where it was found and what was expected.
 */
export function validateContent(input: unknown): ValidationResult {
  const result = v.safeParse(schemaOf('ContentSchema'), input, { abortEarly: false });
  if (!result.success) {
    const seen = new Set<string>();
    const issues: ContentIssue[] = [];
    for (const raw of result.issues) {
      const issue = deepest(raw);
      const found = { path: pointer(issue.keys), message: issue.message };
      const key = found.path + '\n' + found.message;
      if (!seen.has(key)) issues.push(found), seen.add(key);
    }
    return { ok: false, issues };
  }
  const issues = crossReferences(result.output);
  return issues.length ? { ok: false, issues } : { ok: true, content: result.output };
}

/** Formats issues for a console warning or an error event's message. */
export const describeIssues = (issues: ContentIssue[]) =>
  issues
    .slice(0, 5)
    .map((issue) => `${issue.path || '/'}: ${issue.message}`)
    .join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
