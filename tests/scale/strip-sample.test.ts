/**
 * Beside a density strip the lane's other events are a sample: a point whose title the view's
 * end would cut is left out (scene/marks.ts, MarkSlot.sampled). Left out is not folded: the
 * keyboard still reaches the event's own mark, and a selected event is always drawn.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimelineDocument } from '../../src/model/types.js';
import { drawn, settle, utc } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';
import { mountOnce, show } from './scale-helpers.js';

const LONG = 'A long title that the end of the plot would cut';

/** One lane: three hundred events through January 2020 (folded: the lane shows a strip), then three events of their own. */
const doc: TimelineDocument = {
  title: 'Sample',
  lanes: [{ id: 'a', label: 'Agency' }],
  events: [
    ...Array.from({ length: 300 }, (_, i) => ({ id: `crowd-${i}`, start: `2020-01-${String(1 + (i % 31)).padStart(2, '0')}`, title: `Crowd ${i}`, lane: 'a' })),
    { id: 'p', start: '2020-03-01', title: 'Press release', lane: 'a' },
    // Just before "m", so that its title has no room before its marker either.
    { id: 'q', start: '2020-06-08', title: 'Q', lane: 'a' },
    { id: 'm', start: '2020-06-20', title: LONG, lane: 'a' },
  ],
};

const marks = (el: Timeline) => drawn(el).lanes.flatMap((l) => l.marks.map((m) => m.item.id));

describe('<event-timeline> a strip lane\'s sample', () => {
  let el: Timeline;
  beforeEach(async () => {
    // A narrow plot: "m"'s title is longer than the room before its marker as well.
    el = await mountOnce(doc, 400, { orientation: 'horizontal' });
    // "m" five days before the view's end: its marker in view, its title longer than the room after it.
    await show(el, utc(2019, 12, 1), utc(2020, 6, 25));
    expect(drawn(el).lanes[0]!.strip, 'the lane shows its strip').to.not.equal(null);
    expect(marks(el), 'the events before it are drawn').to.include.members(['p', 'q']);
    expect(marks(el), 'the cut title is left out').to.not.include('m');
  });
  afterEach(() => el.parentElement?.remove());

  it('→ from the mark before it ("q") focuses the left-out event\'s own mark (it has a row; it is not folded into the strip), drawn whole', async () => {
    await el.focusEvent('q');
    await settle(el);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(active?.dataset.eventId, 'focus on its mark, not a bucket').to.equal('m');
    expect(marks(el)).to.include('m');
  });

  it('select() draws the selected event\'s mark, its title cut only where the plot ends', async () => {
    el.select('m');
    await settle(el);
    expect(el.selected).to.equal('m');
    const m = drawn(el).lanes[0]!.marks.find((x) => x.item.id === 'm');
    expect(m, 'the selected event is drawn').to.not.equal(undefined);
    expect(m!.label.left + m!.label.width).to.be.at.most(drawn(el).width);
  });
});
