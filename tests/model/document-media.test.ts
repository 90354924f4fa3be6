import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/model/parse.js';

describe('a document\'s media (story mode\'s title card)', () => {
  it('parseTimeline({ media: { src, alt, credit } }) keeps it', () => {
    const { document, problems } = parseTimeline({ title: 't', lanes: [], events: [], media: { src: 'a.png', alt: 'A', credit: 'C' } });
    expect(document.media).to.deep.equal({ src: 'a.png', alt: 'A', credit: 'C' });
    expect(problems).to.deep.equal([]);
  });

  it('parseTimeline({ media: { src: "javascript:…" } }) drops it and says where', () => {
    const { document, problems } = parseTimeline({ title: 't', lanes: [], events: [], media: { src: 'javascript:alert(1)', alt: 'A' } });
    expect(document.media).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['media.src']);
  });
});
