import { en } from '../content/en.js';
import { es } from '../content/es.js';
import type { Content, ContentInput } from '../content/schema.js';
import { enStrings, esStrings, type UiStrings } from './strings.js';

/** Languages with built-in content and UI strings. */
export type Lang = 'en' | 'es';

/**
 * The built-in content is checked by the test suite, not validated at run
 * time: only the optional fields the validator would default are filled in.
 */
const withDefaults = (content: ContentInput): Content =>
  ({
    ...content,
    destinations: content.destinations ?? {},
    topics: content.topics.map((topic) => ({
      ...topic,
      keywords: topic.keywords ?? [],
      blocks: topic.blocks ?? [],
      sections: (topic.sections ?? []).map((section) => ({ ...section, keywords: section.keywords ?? [] })),
      related: topic.related ?? [],
    })),
  }) as Content;

const builtIn: Record<Lang, { content: Content; strings: UiStrings }> = {
  en: { content: withDefaults(en), strings: enStrings },
  es: { content: withDefaults(es), strings: esStrings },
};

const warned = new Set<string>();

/** "es-US" → "es"; a language we have no text for → "en", with one warning per tag. */
export function supportedLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en' || primary === 'es') return primary;
  if (primary && !warned.has(primary)) {
    warned.add(primary);
    console.warn(`cl-login-help: no built-in text for language "${tag}"; using English.`);
  }
  return 'en';
}

/** The closest `lang` of `el` or its ancestors, across shadow roots; '' when none. */
export function closestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

export const builtInContent = (lang: Lang) => builtIn[lang].content;
export const builtInStrings = (lang: Lang) => builtIn[lang].strings;
