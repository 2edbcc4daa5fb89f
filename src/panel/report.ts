import type { ContentError } from '../content/load.js';
import { emit, type ErrorEventDetail } from '../events.js';

/** Messages already in the console: each once per page, whichever panel met it. */
const warned = new Set<string>();

/**
 * Reports content that failed to load or validate, or an id the content does
 * not have: `cl-login-help-error` from the panel every time, and a console
 * warning once.
 */
export function reportError(panel: EventTarget, error: ContentError) {
  const detail: ErrorEventDetail = { code: error.code, message: error.message };
  if (error.path !== undefined) detail.path = error.path;
  emit(panel, 'cl-login-help-error', detail);
  if (!warned.has(error.message)) {
    warned.add(error.message);
    console.warn(`cl-login-help: ${error.message}`);
  }
}
