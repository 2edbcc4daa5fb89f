/**
 * `npm run relevance`: search relevance as a figure, like speed. Runs the
 * query tables of test/relevance-cases.ts against the built-in content in
 * Node (no browser) and prints, per language, hit@1, hit@3 and mean
 * reciprocal rank at section level, and the share of unanswerable queries
 * the panel answers honestly ("No exact answer").
 *
 *   npm run relevance               print the figures and every miss
 *   npm run relevance -- --check    also fail (exit 1) when a row is worse than
 *                                   in test/relevance-baseline.json (npm test runs this)
 *   npm run relevance -- --update   write the baseline from this run
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { en } from '../src/content/en.js';
import { es } from '../src/content/es.js';
import { parseContent } from '../src/content/load.js';
import { TopicSearch, type SearchHit } from '../src/search/search.js';
import { relevanceCases, unansweredCases } from '../test/relevance-cases.js';

const BASELINE = new URL('../test/relevance-baseline.json', import.meta.url);
const args = new Set(process.argv.slice(2));
const searches = { en: new TopicSearch(parseContent(en)), es: new TopicSearch(parseContent(es)) };
const keyOf = (hit: SearchHit) => (hit.section ? `${hit.topic.id}/${hit.section.id}` : hit.topic.id);

/** Per row: the rank of the first right answer (0: not in the results), or for an unanswerable query 1 when honest, 0 when not. */
const rows: Record<string, number> = {};
const lines: string[] = [];
const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`.padStart(6);

for (const lang of ['en', 'es'] as const) {
  const cases = relevanceCases.filter((c) => c.lang === lang);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  let saidNo = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const wanted = [c.want].flat();
    const ranked = searches[lang].rank(c.query);
    const keys = ranked.hits.map(keyOf);
    const rank = keys.findIndex((key) => wanted.includes(key)) + 1;
    rows[`${lang}: ${c.query}`] = rank;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 3) hit3++;
    if (rank) rr += 1 / rank;
    if (ranked.answered === 'no') saidNo++, misses.push(`  "${c.query}": said "no exact answer" (want ${wanted[0]})`);
    if (rank !== 1) misses.push(`  "${c.query}" → ${keys.slice(0, 3).join(', ') || 'nothing'} (want ${wanted.join(' or ')}; rank ${rank || '-'})`);
  }
  const unanswered = unansweredCases.filter((c) => c.lang === lang);
  let honest = 0;
  for (const c of unanswered) {
    const ranked = searches[lang].rank(c.query);
    const ok = ranked.answered === 'no';
    rows[`${lang} (unanswerable): ${c.query}`] = ok ? 1 : 0;
    if (ok) honest++;
    else misses.push(`  "${c.query}" (unanswerable) → answered ${ranked.answered}: ${ranked.hits.slice(0, 2).map(keyOf).join(', ')}`);
  }
  lines.push(
    `${lang}: ${String(cases.length).padStart(3)} queries  hit@1 ${percent(hit1, cases.length)}  hit@3 ${percent(hit3, cases.length)}  MRR ${(rr / cases.length).toFixed(3)}` +
      `  |  unanswerable: ${honest}/${unanswered.length} honest  |  answerable said "no answer": ${saidNo}`,
    ...misses,
  );
}

console.log(lines.join('\n'));

if (args.has('--update')) {
  writeFileSync(BASELINE, JSON.stringify(rows, null, 1) + '\n');
  console.log(`\nWrote ${BASELINE.pathname}`);
} else if (args.has('--check')) {
  const baseline: Record<string, number> = JSON.parse(readFileSync(BASELINE, 'utf8'));
  // A rank of 0 is "not found": worse than any rank.
  const worse = (now: number, was: number) => (was === 0 ? false : now === 0 || now > was);
  const regressed = Object.entries(baseline)
    .filter(([row, was]) => row in rows && (row.includes('(unanswerable)') ? was === 1 && rows[row] === 0 : worse(rows[row], was)))
    .map(([row, was]) => `  ${row}: ${was} → ${rows[row]}`);
  const missing = Object.keys(baseline).filter((row) => !(row in rows));
  if (regressed.length) console.error(`\nRows worse than test/relevance-baseline.json:\n${regressed.join('\n')}`);
  if (missing.length) console.error(`\nRows of the baseline no longer in the tables (update it with --update):\n  ${missing.join('\n  ')}`);
  if (regressed.length || missing.length) process.exit(1);
  console.log('\nNo row is worse than test/relevance-baseline.json.');
}
