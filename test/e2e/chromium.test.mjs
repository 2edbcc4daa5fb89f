// The embedding tests (embed.mjs) in Chromium (puppeteer-core, scripts/browser.mjs).
import { describe } from 'node:test';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { embedTests } from './embed.mjs';

describe('chromium', { skip: !selectedEngines().includes('chromium') && 'not in BROWSERS' }, () => embedTests('chromium'));
