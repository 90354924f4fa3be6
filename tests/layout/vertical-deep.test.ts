import { expect } from '@open-wc/testing';
import { verticalLayout } from '../../src/layout/vertical.js';
import { toTimelineItems } from '../../src/model/items.js';
import { parseTimeline } from '../../src/model/parse.js';
import { MS_PER_YEAR } from '../../src/time/years.js';
import { utc } from './helpers.js';

const items = toTimelineItems(
  parseTimeline({
    title: 't',
    lanes: [],
    events: [
      { id: 'solar-system', title: 'The Solar System forms', start: '-4600000000' },
      { id: 'dinosaurs', title: 'The dinosaurs die out', start: '-66000000' },
    ],
  }).document!,
);

describe('verticalLayout in deep time', () => {
  it('verticalLayout(Solar System, dinosaurs, 100 million years per 10 px) puts ticks of years ago in the gap', () => {
    const entries = verticalLayout(items, (1e8 * MS_PER_YEAR) / 10, { breakPx: 10_000, rowPx: 40, crowd: 6, locale: 'en', now: utc(2026, 12, 3) });
    const gap = entries.find((e) => e.kind === 'gap');
    expect(gap, 'a gap between the rows').to.exist;
    const labels = gap!.kind === 'gap' ? gap!.ticks.map((t) => t.label) : [];
    expect(labels).to.include.members(['4 billion years ago', '1 billion years ago']);
    expect(labels.join(' ')).to.not.match(/NaN|Invalid/);
  });
});
