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

/** Loads in progress, shared by every panel that asks for the same URL. */
const inFlight = new Map<string, { promise: Promise<Content>; controller: AbortController; users: number }>();

/**
 * Fetches and validates content JSON, once per URL: later and concurrent
 * calls share the load and the validated content. Sends no cookies or
 * credentials; throws a `ContentError` for every way it can fail. An abort
 * through `signal` rejects with the signal's reason (an `AbortError`), and the
 * request itself is aborted once no caller waits for it.
 */
export function loadContent(url: string, { signal, timeout = 10_000, maxBytes = 2_000_000 }: LoadOptions = {}): Promise<Content> {
  const cached = loaded.get(url);
  if (cached) return Promise.resolve(cached);
  let flight = inFlight.get(url);
  if (!flight) {
    const controller = new AbortController();
    const promise = fetchContent(url, controller.signal, timeout, maxBytes).then(
      (content) => {
        loaded.set(url, content);
        inFlight.delete(url);
        return content;
      },
      (error: unknown) => {
        inFlight.delete(url);
        throw error;
      },
    );
    inFlight.set(url, (flight = { promise, controller, users: 0 }));
  }
  const shared = flight;
  shared.users++;
  return new Promise<Content>((resolve, reject) => {
    const leave = () => {
      signal?.removeEventListener('abort', onAbort);
      shared.users--;
    };
    const onAbort = () => {
      leave();
      if (shared.users === 0 && inFlight.get(url) === shared) {
        inFlight.delete(url);
        shared.controller.abort();
      }
      reject(signal!.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (content) => (leave(), resolve(content)),
      (error: unknown) => (leave(), reject(error)),
    );
  });
}

async function fetchContent(url: string, signal: AbortSignal, timeout: number, maxBytes: number): Promise<Content> {
  const timer = AbortSignal.timeout(timeout);
  const combined = AbortSignal.any([signal, timer]);
  const tooLarge = () => new ContentError('too-large', `Help content ${url} is larger than ${maxBytes} bytes`);
  let body = '';
  try {
    const response = await fetch(url, { credentials: 'omit', signal: combined, headers: { accept: 'application/json' } });
    if (!response.ok) throw new ContentError('http-status', `Help content ${url} answered HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) throw new ContentError('content-type', `Help content ${url} is ${type || 'untyped'}, not JSON`);
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
    // Count bytes as they arrive: a server that sends no Content-Length is cut off at the cap.
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        void reader.cancel();
        throw tooLarge();
      }
      body += decoder.decode(value, { stream: true });
    }
    body += decoder.decode();
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timer.aborted) throw new ContentError('timeout', `Help content ${url} did not load within ${timeout} ms`);
    throw new ContentError('fetch-failed', `Help content ${url} could not be fetched: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ContentError('invalid-json', `Help content ${url} is not valid JSON: ${(error as Error).message}`);
  }
  return parseContent(json);
}
