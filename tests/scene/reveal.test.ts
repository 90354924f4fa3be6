/**
 * `revealView`: the view that shows an event with its own mark. At the same zoom, an event in view
 * near the earlier edge is panned just enough to clear the margin (the view keeps its place), and
 * once there it stays; one out of view, or at the later edge (where its title would run out of the
 * view), is centred.
 */
import { expect } from '@open-wc/testing';
import { revealView } from '../../src/scene/reveal.js';
import { viewLimits } from '../../src/layout/view.js';
import type { TimelineItem } from '../../src/model/items.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { utc } from '../helpers/utc.js';

const WIDTH = 800;
const view = { start: utc(2020, 3, 1), end: utc(2020, 10, 1) };
const span = view.end - view.start;
const limits = viewLimits({ start: utc(2017, 1, 1), end: utc(2021, 1, 1) });
const placed = () => true;

function event(start: string): TimelineItem {
  const parsed = parseTimeline({ title: 't', events: [{ id: 'a', title: 'Alpha', start }] });
  return toTimelineItems(parsed.document, parsed.dates)[0]!;
}

describe('revealView', () => {
  it('an event in view well inside the margins: the view stays', () => {
    expect(revealView(event('2020-06-15'), view, WIDTH, limits, placed)).to.equal(null);
  });

  it('an event in view within the earlier edge\'s margin: panned just enough (not centred), and revealing it again leaves the view', () => {
    const item = event('2020-03-05');
    const moved = revealView(item, view, WIDTH, limits, placed)!;
    expect(moved.end - moved.start, 'the same zoom').to.be.closeTo(span, 1);
    const shift = view.start - moved.start;
    expect(shift, 'a share of the span').to.be.within(0, span * 0.08);
    // Its marker (the middle of its day) on the margin.
    expect((item.at - moved.start) / span, 'on the margin').to.be.closeTo(0.08, 0.001);
    expect(revealView(item, moved, WIDTH, limits, placed), 'again: stays').to.equal(null);
    // A hair either side of the margin (a float's rounding) does not flip it to the other side.
    for (const nudge of [-1000, 1000]) expect(revealView(item, { start: moved.start + nudge, end: moved.end + nudge }, WIDTH, limits, placed), `nudged ${nudge} ms`).to.equal(null);
  });

  it('an event within the later edge\'s margin (its title would run out of the view), or out of view: centred', () => {
    for (const start of ['2020-09-28', '2019-11-01', '2020-12-01']) {
      const item = event(start);
      const moved = revealView(item, view, WIDTH, limits, placed)!;
      expect((moved.start + moved.end) / 2, start).to.be.closeTo(item.at, 1);
    }
  });
});
