import type { ErrorCode } from '../events.js';
import type { Content } from './schema.js';
import { describeIssues, validateContent } from './validate.js';

/** A failed content load: `code` says which check failed, `path` where in the JSON. */
export class ContentError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the load is given up (default 10 s). */
  timeout?: number;
  /** Largest accepted body in bytes (default 2 MB). */
  maxBytes?: number;
}

/** Validates `input`, throwing a `ContentError` that names the first bad path. */
export function parseContent(input: unknown): Content {
  const result = validateContent(input);
  if (!result.ok) throw new ContentError('invalid-content', `Invalid help content: ${describeIssues(result.issues)}`, result.issues[0].path);
  return result.content;
}

/** Content that loaded and validated, by absolute URL: each URL is fetched once per page. */
const loaded = new Map<string, Content>();

/**
 * Fetches and validates content JSON, once per URL (later calls reuse the
 * validated content). Sends no cookies or credentials;
 * throws a `ContentError` for every way it can fail. An abort through
 * `signal` rejects with the signal's reason (an `AbortError`).
 */
export async function loadContent(url: string, { signal, timeout = 10_000, maxBytes = 2_000_000 }: LoadOptions = {}): Promise<Content> {
  const cached = loaded.get(url);
  if (cached) return cached;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { credentials: 'omit', signal: combined, headers: { accept: 'application/json' } });
    if (!response.ok) throw new ContentError('http-status', `Help content ${url} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new ContentError('content-type', `Help content ${url} is ${type || 'untyped'}, not JSON`);
    if (Number(response.headers.get('content-length')) > maxBytes) throw new ContentError('too-large', `Help content ${url} is larger than ${maxBytes} bytes`);
    body = await response.text();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) throw new ContentError('timeout', `Help content ${url} did not load within ${timeout} ms`);
    throw new ContentError('fetch-failed', `Help content ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (body.length > maxBytes) throw new ContentError('too-large', `Help content ${url} is larger than ${maxBytes} bytes`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ContentError('invalid-json', `Help content ${url} is not valid JSON: ${(error as Error).message}`);
  }
  const content = parseContent(json);
  loaded.set(url, content);
  return content;
}
