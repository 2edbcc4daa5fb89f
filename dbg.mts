import { en } from './src/content/en.ts';
import { es } from './src/content/es.ts';
import { parseContent } from './src/content/load.ts';
import { TopicSearch } from './src/search/search.ts';
import { intentCases } from './test/intent-cases.ts';
import { searchCases } from './test/search-cases.ts';
const s = { en: new TopicSearch(parseContent(en)), es: new TopicSearch(parseContent(es)) };
const key = (h: any) => h.section ? `${h.topic.id}/${h.section.id}` : h.topic.id;
for (const c of intentCases) { const keys = s[c.lang].search(c.query).map(key); const want = c.section ? `${c.topic}/${c.section}` : c.topic; if (keys[0] !== want) console.log('intent', c.lang, c.query, '→', keys.slice(0,3).join(', '), 'want', want); }
for (const [q, id] of searchCases) { const h = s.en.search(q); if (h[0]?.topic.id !== id) console.log('topic', q, '→', h.slice(0,3).map(key).join(', '), 'want', id); }
const q = process.argv[2]; if (q) { const r = s[(process.argv[3] ?? 'en') as 'en'].rank(q); console.log(r.answered, r.total); for (const h of r.hits.slice(0, 6)) console.log(key(h), h.coverage.toFixed(2), h.score.toFixed(3), h.title.map((x: any) => x.mark ? `[${x.text}]` : x.text).join(''), '|', h.summary.map((x: any) => x.mark ? `[${x.text}]` : x.text).join('').slice(0, 100)); }
