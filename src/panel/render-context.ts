import { SAFE_URL_PATTERN, type Content } from '../content/schema.js';
import { emit } from '../events.js';
import type { UiStrings } from '../i18n/strings.js';
import type { RenderContext } from '../render/blocks.js';

/**
 * What the content renderer needs from the panel: its UI strings and the
 * content's contact options, the URL of each destination key (the panel's
 * own `destinations` first, when the URL is safe), and a chosen chat or phone
 * option reported as the cancelable `cl-login-help-contact` (cancelled: the
 * host handled it, and the link is not followed).
 */
export function panelRenderContext(panel: EventTarget, content: Content, strings: UiStrings, destinations: unknown, topicId: () => string): RenderContext {
  const mapped = destinations && typeof destinations === 'object' ? (destinations as Record<string, unknown>) : {};
  return {
    strings,
    contact: content.contact,
    destination: (key) => {
      const own = Object.hasOwn(mapped, key) ? mapped[key] : undefined;
      return typeof own === 'string' && SAFE_URL_PATTERN.test(own) ? own : content.destinations[key];
    },
    onContact: (event, channel) => {
      const handled = !emit(panel, 'cl-login-help-contact', { channel, topicId: topicId() }, true);
      if (handled) event.preventDefault();
    },
  };
}
