import { expect } from '@open-wc/testing';
import { toTimelineItems } from '../../src/model/items.js';
import type { TimelineItem } from '../../src/model/items.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { computeLayout, laneLayouts } from '../../src/layout/layout.js';
import { prepareItems } from '../../src/layout/prepare.js';
import { visibleIn } from '../../src/layout/visible.js';
import { DAY, utc } from './helpers.js';

const doc: TimelineDocument = {
  title: 'Test',
  lanes: [{ id: 'gov', label: 'Government' }, { id: 'co', label: 'Company' }],
  events: [
    { id: 'order', start: '2020-08-06', title: 'Executive order', lane: 'gov' },
    { id: 'talks', start: '2020-08', end: '2020-09', title: 'Sale talks', lane: 'co' },
    { id: 'deadline', start: '2020-09-20', title: 'Deadline', lane: 'gov', kind: 'deadline' },
    { id: 'suit', start: '2020-08-24', title: 'Lawsuit', lane: 'co' },
    { id: 'misc', start: '2020-08-07', title: 'Unfiled' },
  ],
};

describe('layout over the model\'s items', () => {
  it('prepareItems(toTimelineItems(doc), title width) lays out lanes, the default lane and the deadline band', () => {
    const items: TimelineItem[] = toTimelineItems(doc);
    const p = prepareItems(items, (item) => item.event.title.length * 7);
    expect(p.laneCount).to.equal(3);
    expect(p.ids).to.deep.equal(items.map((it) => it.id));
    const layout = computeLayout(p, DAY / 50, { maxRows: 3 });
    const { lanes, deadlines } = laneLayouts(p, layout);
    expect(lanes.map((lane) => lane.placed.map((x) => x.id))).to.deep.equal([['order'], ['talks', 'suit'], ['misc']]);
    expect(lanes[1].placed.map((x) => x.row)).to.deep.equal([0, 1]);
    expect(deadlines.placed.map((x) => x.id)).to.deep.equal(['deadline']);
    const visible = visibleIn(p, layout, { start: utc(2020, 8, 20), end: utc(2020, 9, 30) });
    expect(visible.placed.map((x) => items[x.itemIndex].id)).to.deep.equal(['talks', 'suit']);
    expect(visible.deadlines.map((x) => x.id)).to.deep.equal(['deadline']);
  });
});
