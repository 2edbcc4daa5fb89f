/** The built-in content of each language the panel speaks. */
import type { Lang } from '../i18n/lang.js';
import { en } from './en.js';
import { es } from './es.js';
import type { Content, ContentInput } from './schema.js';

/**
 * The built-in content is checked by the test suite, not validated at run
 * time: only the optional fields the validator would default are filled in.
 */
const withDefaults = (content: ContentInput): Content =>
  ({
    ...content,
    synonyms: content.synonyms ?? [],
    destinations: content.destinations ?? {},
    topics: content.topics.map((topic) => ({
      ...topic,
      keywords: topic.keywords ?? [],
      blocks: topic.blocks ?? [],
      sections: (topic.sections ?? []).map((section) => ({ ...section, keywords: section.keywords ?? [] })),
      related: topic.related ?? [],
    })),
  }) as Content;

const inputs: Record<Lang, ContentInput> = { en, es };
const builtIn: Partial<Record<Lang, Content>> = {};

/** The built-in content of a language, made once, when first asked for (an English page never makes the Spanish). */
export const builtInContent = (lang: Lang): Content => (builtIn[lang] ??= withDefaults(inputs[lang]));
