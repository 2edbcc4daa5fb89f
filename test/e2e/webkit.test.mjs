// The embedding tests (embed.mjs) in WebKit (MiniBrowser through WebKitWebDriver, under Xvfb; scripts/browser.mjs).
import { describe } from 'node:test';
import { selectedEngines } from '../../scripts/browsers.mjs';
import { embedTests } from './embed.mjs';

describe('webkit', { skip: !selectedEngines().includes('webkit') && 'not in BROWSERS' }, () => embedTests('webkit'));
