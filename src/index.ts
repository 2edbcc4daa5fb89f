/**
 * The npm entry: importing it registers `<cl-login-help>` and
 * `<cl-login-help-launcher>`. For the classes without registering, import
 * `cl-login-help/element`.
 */
import { defineClLoginHelp } from './define.js';

defineClLoginHelp();

export { ClLoginHelp, type Status } from './cl-login-help.js';
export { ClLoginHelpLauncher } from './cl-login-help-launcher.js';
export { defineClLoginHelp } from './define.js';
export { installEmbed, readScriptOptions, type ClLoginHelpApi, type ScriptOptions } from './embed/embed.js';
// The events' types; `emit` and `maskQuery` are internal.
export type { TopicSource, TopicEventDetail, SearchEventDetail, ContactEventDetail, FeedbackEventDetail, ErrorCode, ErrorEventDetail } from './events.js';
export { ContentSchema, SCHEMA_VERSION, SCHEMA_VERSIONS, type Content, type ContentInput, type Topic, type Section, type Block, type Inline, type Action } from './content/schema.js';
export { validateContent, type ContentIssue, type ValidationResult } from './content/validate.js';
export { loadContent, ContentError } from './content/load.js';
export { en as builtInContent } from './content/en.js';
export { TopicSearch, searchFor, type SearchHit, type Segment } from './search/search.js';
export { VERSION } from './version.js';
