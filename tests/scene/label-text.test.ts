/**
 * Cutting a label to its room: between whole words where the title has spaces (a word cut short
 * reads as another: "Maine…" for "Mainer: …"), between characters where it has none.
 */
import { expect } from '@open-wc/testing';
import { cutToWidth } from '../../src/scene/label-text.js';
import { measure } from './build.js';

/** The cut for room for `chars` characters (7 px each with the fake measurer), ellipsis included. */
const cut = (text: string, chars: number) => cutToWidth(text, chars * 7, measure, 'label');

describe('cutToWidth', () => {
  it('cuts a title with spaces after a whole word, never inside one', () => {
    const title = "Mainer: 'TikTok teen' claim exposed";
    expect(cut(title, 6), 'no room for "Mainer…": nothing, not "Maine…"').to.equal('');
    expect(cut(title, 7), 'the first word, without its colon').to.equal('Mainer…');
    expect(cut(title, 16)).to.equal("Mainer: 'TikTok…");
    expect(cut(title, 21), 'its closing quote left out with the rest').to.equal("Mainer: 'TikTok teen…");
    expect(cut(title, 28)).to.equal("Mainer: 'TikTok teen' claim…");
    expect(cut('This article was translated', 12), 'not "This articl…"').to.equal('This…');
    expect(cut('Talks end, deal signed', 11), 'no comma before the ellipsis').to.equal('Talks end…');
    expect(cut('A rather long title', 4)).to.equal('A…');
  });

  it('every cut is the start of the title and fits its room', () => {
    const title = 'Second FBI SITREP: body armour video and a protest the next week';
    for (let chars = 1; chars <= title.length; chars++) {
      const text = cut(title, chars);
      expect(measure(text, 'label'), `room ${chars}`).to.be.at.most(chars * 7);
      if (text) expect(title.startsWith(text.slice(0, -1)), text).to.equal(true);
      if (text) expect(title.slice(text.length - 1), `${text} ends at a word's end`).to.match(/^[^\p{L}\p{N}]/u);
    }
  });

  it('cuts a title written without spaces (Chinese) between its words, as the browser breaks them, a Latin year in it or not', () => {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    for (const title of ['抖音与美国政府共享数据', '抖音与美国政府共享数据 2020']) {
      const ends = new Set([...words.segment(title)].map((w) => w.index + w.segment.length));
      const text = cut(title, 6);
      expect(text, title).to.not.equal('');
      expect(measure(text, 'label')).to.be.at.most(6 * 7);
      const kept = text.slice(0, -1);
      expect(title.startsWith(kept), text).to.equal(true);
      expect(ends.has(kept.length), `${text} ends at a word's end`).to.equal(true);
    }
  });

  it('a single word with no room is not cut ("Micro…" is not a label); text without words is cut between whole characters', () => {
    expect(cut('Microsoft', 6)).to.equal('');
    expect(cut('Supercalifragilistic', 6)).to.equal('');
    // A family is one character: never cut inside it.
    const family = '👩‍👩‍👧';
    const text = cut(`${family}${family}${family}`, 22);
    expect([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(0, -1))].every((g) => g.segment === family), text).to.equal(true);
  });
});
