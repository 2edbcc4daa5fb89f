/**
 * The script-tag build (`dist/cl-login-help.js`): Lit, fuse.js and the
 * built-in content inside. Loading it registers the element; loading it again
 * (or after another version) does nothing and never throws.
 */
import { defineClLoginHelp } from './define.js';

defineClLoginHelp();
