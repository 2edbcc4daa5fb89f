// The embedding tests (embed.mjs) in Firefox (puppeteer-core over WebDriver BiDi, scripts/browser.mjs).
import { describe } from 'node:test';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { embedTests } from './embed.mjs';

describe('firefox', { skip: !selectedEngines().includes('firefox') && 'not in BROWSERS' }, () => embedTests('firefox'));
