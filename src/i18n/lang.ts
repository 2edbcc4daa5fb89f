import { enStrings, esStrings } from './strings.js';

/** Languages with built-in content and UI strings. */
export type Lang = 'en' | 'es';

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

export const builtInStrings = (lang: Lang) => (lang === 'es' ? esStrings : enStrings);
