#!/usr/bin/env node
// `npm run test:unit` (and `npm test`): the component tests (web-test-runner,
// web-test-runner.config.mjs) once per engine, each engine in a web-test-runner
// process of its own, one after the other (BROWSERS picks engines as
// everywhere). Arguments are passed on (`-- --files test/search.test.ts`).
//
// Why not all three in one process: when one engine's browser crashed (a
// renderer crash disconnected Chromium mid-file), web-test-runner waited for
// ever, and the other engines never ran; a process per engine ends with the
// crash reported, and costs about two seconds of start-up each.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './browsers.mjs';

const bin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
for (const engine of selectedEngines()) {
  const run = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, BROWSERS: engine } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
