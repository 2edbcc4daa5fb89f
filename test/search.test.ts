import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { parseContent } from '../src/content/load.js';
import { TopicSearch, highlight, searchFor, MAX_QUERY_LENGTH } from '../src/search/search.js';
import { searchCases } from './search-cases.js';

const content = parseContent(en);
const search = searchFor(content);

describe('search ranking (what customers type)', () => {
  it('has a table of at least 40 queries covering every topic', () => {
    expect(searchCases.length).to.be.at.least(40);
    expect(new Set(searchCases.map(([, id]) => id))).to.have.property('size', 12);
  });
  for (const [query, topicId] of searchCases) {
    it(`"${query}" ranks ${topicId} first`, () => {
      const hits = search.search(query);
      expect(hits.map((h) => h.topic.id).slice(0, 3), query).to.have.property('0', topicId);
    });
  }
});

describe('search behaviour', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(search.search('')).to.deep.equal([]);
    expect(search.search('   ')).to.deep.equal([]);
  });

  it('finds nothing for gibberish instead of weak noise', () => {
    expect(search.search('qqqzzzxxx')).to.deep.equal([]);
  });

  it('treats Fuse extended-search operators as plain text', () => {
    expect(() => search.search("'norton | !msn ^pin $")).not.to.throw();
    expect(search.search("'norton")[0].topic.id).to.equal('norton');
    expect(search.search('!msn')[0].topic.id).to.equal('msn');
  });

  it('cuts long queries before searching', () => {
    const long = 'voicemail ' + 'a'.repeat(500);
    expect(() => search.search(long)).not.to.throw();
    expect(MAX_QUERY_LENGTH).to.be.at.most(100);
  });

  it('reuses one index per content object', () => {
    expect(searchFor(content)).to.equal(search);
    expect(new TopicSearch(content)).not.to.equal(search);
  });

  it('highlights matched ranges as text segments', () => {
    expect(highlight('Voice Mail', { indices: [[0, 4]], key: 'title' } as never)).to.deep.equal([
      { text: 'Voice', mark: true },
      { text: ' Mail', mark: false },
    ]);
    expect(highlight('abc', undefined)).to.deep.equal([{ text: 'abc', mark: false }]);
    const [hit] = search.search('voicemial');
    expect(hit.title.map((s) => s.text).join('')).to.equal(hit.topic.title);
    expect(hit.title.concat(hit.summary).some((s) => s.mark)).to.equal(true);
  });
});
