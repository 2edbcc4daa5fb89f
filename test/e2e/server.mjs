// A plain static server for the embedding tests: real response headers (CSP,
// content types, status codes) per path, and content endpoints that fail in
// every way a web team's content URL can.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
/** Exactly the line README.md tells a host to allow. */
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types cl-login-help";

/**
 * Per-page headers: `?csp=strict`, `?csp=tt` (strict + Trusted Types as README.md says), `?csp=tt-lit`,
 * `?csp=nonce` (a nonce and 'strict-dynamic'), `?csp=nonce-only` (a nonce, nothing else), `?charset=windows-1252`.
 * `nonce` is this response's nonce: HTML pages get it wherever they say __NONCE__.
 */
function pageHeaders(url, nonce) {
  const charset = url.searchParams.get('charset');
  if (charset) return { 'content-type': `text/html; charset=${charset}` };
  const csp = url.searchParams.get('csp');
  if (csp === 'strict') return { 'content-security-policy': STRICT_CSP };
  if (csp === 'tt') return { 'content-security-policy': `${STRICT_CSP}; ${TRUSTED_TYPES}` };
  // A host whose own Lit has the "lit-html" policy allows that name too.
  if (csp === 'tt-lit') return { 'content-security-policy': `${STRICT_CSP}; ${TRUSTED_TYPES} lit-html` };
  if (csp === 'nonce') return { 'content-security-policy': `script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'` };
  if (csp === 'nonce-only') return { 'content-security-policy': `script-src 'nonce-${nonce}'; style-src 'self'; object-src 'none'; base-uri 'none'` };
  return {};
}

async function builtInContent() {
  const source = await readFile(join(root, 'dist/content.en.json'), 'utf8');
  return source;
}

/** /content/<case>: good content and each way a content URL can fail. */
const contentCases = {
  good: async () => {
    const content = JSON.parse(await builtInContent());
    content.title = 'Sign-in help (loaded)';
    // A topic only this content has, for deep links that must wait for it.
    content.topics.push({ ...content.topics[0], id: 'business-portal', title: 'Business portal', related: [] });
    return [200, 'application/json', JSON.stringify(content)];
  },
  'not-found': async () => [404, 'application/json', '{}'],
  'server-error': async () => [500, 'text/plain', 'oops'],
  html: async () => [200, 'text/html', '<!doctype html><title>Login</title>'],
  malformed: async () => [200, 'application/json', '{"schemaVersion": 1,'],
  'bad-schema': async () => {
    const content = JSON.parse(await builtInContent());
    content.topics[3].blocks[0] = { type: 'list', items: [['ok'], [42]] };
    return [200, 'application/json', JSON.stringify(content)];
  },
  'wrong-version': async () => [200, 'application/json', JSON.stringify({ ...JSON.parse(await builtInContent()), schemaVersion: 99 })],
  huge: async () => [200, 'application/json', JSON.stringify({ pad: 'x'.repeat(3_000_000) })],
};

/** `compress`: gzip text files for clients that accept it, as a CDN would (`npm run bench`). */
export function startServer({ compress = false } = {}) {
  const counts = new Map();
  const cookies = [];
  const aborted = [];
  const bytesSent = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    counts.set(url.pathname + url.search, (counts.get(url.pathname + url.search) ?? 0) + 1);
    if (req.headers.cookie) cookies.push(`${url.pathname}: ${req.headers.cookie}`);
    try {
      const contentCase = /^\/content\/([\w-]+)\.json$/.exec(url.pathname)?.[1];
      if (contentCase && contentCases[contentCase]) {
        const [status, type, body] = await contentCases[contentCase]();
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        return res.end(body);
      }
      if (contentCase === 'huge-chunked') {
        // 40 MB with no Content-Length, 64 KB every 2 ms (about 30 MB/s, a fast
        // line: whole in 1.3 s), until the client hangs up. Unpaced, a busy
        // machine's browser read tens of MB from localhost before the
        // page's cancel reached its network process.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(65536, 0x20);
        let sent = 0;
        while (sent < 40_000_000 && !res.destroyed) {
          if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
          sent += chunk.length;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        bytesSent.set(url.pathname + url.search, sent);
        return res.end();
      }
      if (contentCase === 'slow') {
        req.on('close', () => res.writableEnded || aborted.push(url.pathname + url.search));
        await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 3000)));
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(await builtInContent());
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      let body = await readFile(path);
      const nonce = randomBytes(12).toString('base64');
      if (extname(path) === '.html' && body.includes('__NONCE__')) body = body.toString('utf8').replaceAll('__NONCE__', nonce);
      const gzip = compress && types[extname(path)] && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip) body = gzipSync(body, { level: 9 });
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(gzip && { 'content-encoding': 'gzip' }), ...pageHeaders(url, nonce) });
      res.end(body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(String(error.message));
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, counts, cookies, aborted, bytesSent, close: () => server.close() })),
  );
}
