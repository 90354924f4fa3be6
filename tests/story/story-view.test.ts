/** `storyView`: where a step of the reading path moves the view (pure; time zone pinned to UTC). */
import { expect } from '@open-wc/testing';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';
import { viewLimits } from '../../src/layout/view.js';
import { storyView } from '../../src/scene/story-view.js';
import { DAY, utc } from '../helpers/utc.js';

const items = toTimelineItems(
  parseTimeline({
    title: 't',
    lanes: [],
    events: [
      { id: 'day', start: '2020-06-02', title: 'a day' },
      { id: 'month', start: '2020-07', title: 'a month' },
      { id: 'minute', start: '2020-06-10T12:30Z', title: 'a minute' },
    ],
  }).document,
);
const item = (id: string) => items.find((i) => i.id === id)!;
const limits = viewLimits({ start: utc(2019, 1, 1), end: utc(2021, 1, 1) });
const WIDTH = 1000;
const always = () => true;
/** Placed only once one px is at most `ms`. */
const placedBelow = (ms: number) => (_: number, msPerPx: number) => msPerPx <= ms;
const spanOf = (v: { start: number; end: number } | null) => (v ? v.end - v.start : NaN);

describe('storyView', () => {
  const june = { start: utc(2020, 5, 1), end: utc(2020, 7, 1) };

  it('storyView(2 June, May–June, placed) is null: well in view with its own mark, the view stays', () => {
    expect(storyView(item('day'), june, spanOf(june), WIDTH, limits, always)).to.equal(null);
  });

  it('storyView(2 June, 25 May – 1 August, placed) pans to centre it at the same zoom: in view but near the edge', () => {
    const view = { start: utc(2020, 5, 25), end: utc(2020, 8, 1) };
    const v = storyView(item('day'), view, 365 * DAY, WIDTH, limits, always)!;
    expect(spanOf(v)).to.equal(spanOf(view));
    expect((v.start + v.end) / 2, 'centred on its marker, the middle of its day').to.equal(item('day').at);
  });

  it('storyView(2 June, May–June, in a "+N") zooms in around it only as far as its mark needs', () => {
    const needs = (spanOf(june) / 3) / WIDTH;
    const v = storyView(item('day'), june, spanOf(june), WIDTH, limits, placedBelow(needs))!;
    expect(spanOf(v)).to.be.at.most(spanOf(june) / 3);
    expect(spanOf(v), 'no further than a quarter octave past it').to.be.greaterThan((spanOf(june) / 3) * 2 ** -0.25);
    expect((v.start + v.end) / 2, 'centred on its marker, the middle of its day').to.equal(item('day').at);
  });

  it('storyView(2 June, 2019 view) pans to it at the reader\'s span, zooming back out from a narrower view', () => {
    const narrow = { start: utc(2019, 3, 1), end: utc(2019, 3, 11) };
    const v = storyView(item('day'), narrow, 180 * DAY, WIDTH, limits, always)!;
    expect(spanOf(v)).to.equal(180 * DAY);
    expect((v.start + v.end) / 2, 'centred on its marker, the middle of its day').to.equal(item('day').at);
  });

  it('storyView(a day-precision event never placed) stops at four days, never on hours', () => {
    const v = storyView(item('day'), june, spanOf(june), WIDTH, limits, () => false)!;
    expect(spanOf(v)).to.be.at.least(4 * DAY);
    expect(spanOf(v)).to.be.below(4 * DAY * 2 ** 0.25);
  });

  it('storyView(a month, reader at two days) widens to four months; a minute-precision event may go to the hour', () => {
    const twoDays = { start: utc(2019, 3, 1), end: utc(2019, 3, 3) };
    expect(spanOf(storyView(item('month'), twoDays, 2 * DAY, WIDTH, limits, always))).to.equal(120 * DAY);
    expect(spanOf(storyView(item('minute'), twoDays, 2 * DAY, WIDTH, limits, () => false))).to.be.below(2 * 3_600_000);
  });

  it('storyView(a month-long range, view ending mid-month) shows it from its start', () => {
    const view = { start: utc(2020, 4, 1), end: utc(2020, 7, 15) };
    const v = storyView(item('month'), view, spanOf(view), WIDTH, limits, always)!;
    expect(v.start).to.be.below(item('month').start);
    expect(v.end).to.be.above(item('month').end);
  });
});
