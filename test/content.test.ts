import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { en } from '../src/content/en.js';
import { validateContent, type ContentIssue } from '../src/content/validate.js';
import { loadContent } from '../src/content/load.js';
import * as v from 'valibot';
import * as published from '../src/content/schema.js';

const copy = () => JSON.parse(JSON.stringify(en));
const issuesOf = (input: unknown): ContentIssue[] => {
  const result = validateContent(input);
  return result.ok ? [] : result.issues;
};

describe('content validation', () => {
  it('accepts the built-in content', () => {
    expect(issuesOf(en)).to.deep.equal([]);
  });

  it('refuses an unknown schemaVersion', () => {
    const content = { ...copy(), schemaVersion: 3 };
    expect(issuesOf(content)).to.deep.equal([{ path: '/schemaVersion', message: 'Expected schemaVersion 1 or 2' }]);
  });

  /** Version 1 content: one topic, no sections (the format before sections). */
  const version1 = () => ({
    schemaVersion: 1,
    lang: 'en',
    title: 'Help',
    intro: 'Sign-in help.',
    contact: { title: 'Contact', actions: [{ type: 'phone', number: '8008602255' }] },
    topics: [{ id: 'email', title: 'Email', summary: 'Email help.', blocks: [{ type: 'paragraph', content: ['Reset it.'] }] }],
  });

  it('still reads version 1 content, whose topics have no sections', () => {
    const result = validateContent(version1());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.content.topics[0].sections).to.deep.equal([]);
  });

  it('reads version 2 sections: an introduction in blocks, then the questions', () => {
    const content = { ...version1(), schemaVersion: 2 };
    content.topics[0] = {
      ...content.topics[0],
      blocks: [],
      sections: [
        { id: 'forgot-password', question: 'Forgot your password?', keywords: ['reset'], blocks: [{ type: 'paragraph', content: ['Reset it.'] }] },
        { id: 'never-set-up', question: 'Never set up your email?', blocks: [{ type: 'paragraph', content: ['Set it up.'] }] },
      ],
    } as never;
    const result = validateContent(content);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (result.ok) expect(result.content.topics[0].sections.map((s) => [s.id, s.keywords])).to.deep.equal([['forgot-password', ['reset']], ['never-set-up', []]]);
  });

  it('refuses sections in version 1 content, duplicate section ids, bad section ids and empty topics', () => {
    const section = (id: string) => ({ id, question: 'Why?', blocks: [{ type: 'paragraph', content: ['Because.'] }] });
    const v1 = version1() as ReturnType<typeof version1> & { topics: Array<Record<string, unknown>> };
    v1.topics[0].sections = [section('a')];
    expect(issuesOf(v1)).to.deep.equal([{ path: '/topics/0/sections', message: 'Sections need schemaVersion 2' }]);

    const v2 = { ...version1(), schemaVersion: 2 } as ReturnType<typeof version1> & { topics: Array<Record<string, unknown>> };
    v2.topics[0].sections = [section('a'), section('b'), section('a')];
    expect(issuesOf(v2)).to.deep.equal([{ path: '/topics/0/sections/2/id', message: 'Duplicate section id "a" in topic "email"' }]);

    v2.topics[0].sections = [section('Forgot Password')];
    expect(issuesOf(v2)[0]).to.deep.include({ path: '/topics/0/sections/0/id' });

    v2.topics[0].sections = [{ ...section('a'), question: ' ' }];
    expect(issuesOf(v2)).to.deep.equal([{ path: '/topics/0/sections/0/question', message: 'Expected non-empty text' }]);

    v2.topics[0].sections = [];
    v2.topics[0].blocks = [];
    expect(issuesOf(v2)).to.deep.equal([{ path: '/topics/0/blocks', message: 'Expected at least one block (or, from schemaVersion 2, one section)' }]);
  });

  it('ignores unknown extra fields', () => {
    const content = copy();
    content.extra = true;
    content.topics[0].colour = 'red';
    const result = validateContent(content);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.content.topics[0]).not.to.have.property('colour');
  });

  it('names the JSON path and what was expected', () => {
    const content = copy();
    content.topics[3].blocks[0] = { type: 'list', items: [['ok'], [42]] };
    content.topics[5].title = '';
    delete content.topics[7].summary;
    content.topics[2].blocks.push({ type: 'poem', content: ['x'] });
    const issues = issuesOf(content);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath['/topics/3/blocks/0/items/1/0']).to.match(/Expected/);
    expect(byPath['/topics/5/title']).to.equal('Expected non-empty text');
    expect(byPath['/topics/7/summary']).to.match(/Expected "summary"/);
    expect(byPath['/topics/2/blocks/' + (content.topics[2].blocks.length - 1) + '/type']).to.match(/"paragraph"/);
  });

  it('refuses duplicate topic ids and related ids that do not exist', () => {
    const content = copy();
    content.topics[1].id = 'my-account';
    content.topics[4].related = ['nope'];
    expect(issuesOf(content).map((i) => i.path)).to.include.members(['/topics/1/id', '/topics/4/related/0']);
  });

  it('refuses phone numbers that are not digits', () => {
    const content = copy();
    content.topics[0].blocks = [{ type: 'paragraph', content: [{ type: 'phone', number: '800-860-2255' }] }];
    expect(issuesOf(content)[0]).to.deep.include({ path: '/topics/0/blocks/0/content/0/number' });
  });

  it('refuses things that are not content at all', () => {
    for (const bad of [null, 'x', [], 42]) expect(issuesOf(bad)).to.have.length.greaterThan(0);
  });
});

describe('the published valibot schemas (cl-login-help/content/schema)', () => {
  it("checks a web team's own pieces of content as the validator does", () => {
    expect(v.safeParse(published.ContentSchema, en).success).to.equal(true);
    expect(v.safeParse(published.TopicSchema, en.topics[0]).success).to.equal(true);
    expect(v.safeParse(published.BlockSchema, { type: 'tip', content: ['Use the whole address.'] }).success).to.equal(true);
    expect(v.safeParse(published.BlockSchema, { type: 'tip', content: [] }).success).to.equal(false);
    expect(v.safeParse(published.ActionSchema, { type: 'phone', number: '800-860-2255', text: 'Call us' }).success).to.equal(false);
    expect(v.safeParse(published.InlineSchema, { type: 'link', text: 'Help', href: 'javascript:alert(1)' }).success).to.equal(false);
    expect(v.safeParse(published.SectionSchema, en.topics.find((t) => t.sections?.length)!.sections![0]).success).to.equal(true);
    expect(v.safeParse(published.SynonymsSchema, [['hotmail']]).success).to.equal(false);
    // One model: what the published schema refuses, the panel's validator refuses.
    expect(issuesOf({ ...copy(), schemaVersion: 3 })).to.not.deep.equal([]);
    expect(published.schemaOf('ContentSchema')).to.equal(published.ContentSchema);
  });
});

describe('the published JSON Schema (dist/content.schema.json)', () => {
  let validator: Validator;
  before(async () => {
    const schema = await (await fetch('/dist/content.schema.json')).json();
    validator = new Validator(schema, '7', false);
  });

  it('accepts the built-in content', () => {
    const result = validator.validate(copy());
    expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
  });

  it('rejects what the run-time validator rejects', () => {
    const cases: Array<(c: ReturnType<typeof copy>) => void> = [
      (c) => (c.schemaVersion = 3),
      (c) => (c.topics[0].blocks[0] = { type: 'poem' }),
      (c) => (c.topics[0].blocks[0] = { type: 'paragraph', content: [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }] }),
      (c) => (c.topics[0].blocks[0] = { type: 'paragraph', content: [{ type: 'phone', number: 'call me' }] }),
      (c) => delete c.topics[0].title,
      (c) => (c.topics = []),
    ];
    for (const change of cases) {
      const content = copy();
      change(content);
      expect(validateContent(content).ok, String(change)).to.equal(false);
      expect(validator.validate(content).valid, String(change)).to.equal(false);
    }
  });
});

describe('loading content by URL', () => {
  const json = (body: string, type = 'application/json') => URL.createObjectURL(new Blob([body], { type }));

  it('loads and validates good content', async () => {
    const content = copy();
    content.title = 'Loaded';
    expect((await loadContent(json(JSON.stringify(content)))).title).to.equal('Loaded');
  });

  it('fails with a code for each way a load can go wrong', async () => {
    const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: { code: string }) => e.code);
    expect(await codeOf(loadContent(json('{'))), 'malformed').to.equal('invalid-json');
    expect(await codeOf(loadContent(json('<html>', 'text/html'))), 'html').to.equal('content-type');
    expect(await codeOf(loadContent(json(JSON.stringify({ schemaVersion: 1 }))))).to.equal('invalid-content');
    expect(await codeOf(loadContent(json(JSON.stringify(copy())), { maxBytes: 100 }))).to.equal('too-large');
    expect(await codeOf(loadContent('/no-such-content.json'))).to.equal('http-status');
  });

  describe('with a server that never answers', () => {
    const realFetch = window.fetch;
    beforeEach(() => {
      window.fetch = (_url, init) =>
        new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    });
    afterEach(() => (window.fetch = realFetch));

    it('gives up after the timeout with code "timeout"', async () => {
      const error = await loadContent('/never.json', { timeout: 50 }).catch((e) => e);
      expect(error.code).to.equal('timeout');
    });

    it('rejects with an AbortError when the caller aborts', async () => {
      const controller = new AbortController();
      const pending = loadContent('/never.json', { signal: controller.signal }).catch((e) => e);
      controller.abort();
      expect((await pending).name).to.equal('AbortError');
    });
  });
});
