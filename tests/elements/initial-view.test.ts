import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { drawn, mark, mountData, settle, utc, visibleIds } from '../helpers/timeline.js';

const demo = tiktok2020;

describe('<event-timeline> initial view', () => {
  it('without start/end: every event fits, with a margin on both sides', async () => {
    const el = await mountData(demo);
    const { start, end } = el.visibleRange;
    expect(start.getTime()).to.be.below(utc(2017, 11, 1));
    expect(end.getTime()).to.be.above(utc(2020, 9, 20));
    // A 5% margin on each side, and at most half the span more after it for the labels of the last events.
    expect(end.getTime() - start.getTime()).to.be.below((utc(2020, 9, 21) - utc(2017, 11, 1)) * 1.1 * 1.5);
    const cutAtTheEnd = drawn(el)
      .lanes.flatMap((lane) => lane.marks)
      .filter((m) => m.label.truncated && m.label.left + m.label.width > drawn(el).width - 20)
      .map((m) => m.item.id);
    expect(cutAtTheEnd, 'labels cut by the plot\'s end').to.deep.equal([]);
  });

  it('fitted to events from 2005 to 2024, the toolbar\'s span is theirs: the margins\' empty ends of 2004 and 2025 are not named', async () => {
    const el = await mountData(syntheticTimeline({ count: 2000, seed: 1 }), { 'no-hash': '' }, 1180);
    expect(el.visibleRange.start.getUTCFullYear(), 'the view starts in 2004').to.equal(2004);
    const words = el.shadowRoot!.querySelector('.range-label')!.textContent!.replace(/[\u2009\u202f\u00a0 ]/g, '');
    // The end: the labels of the last events take the view into 2025, which holds no event. A
    // view of every event names their span (the story's), not the room its labels take.
    expect(el.visibleRange.end.getTime(), 'the view runs into 2025').to.be.above(utc(2025, 1, 1));
    expect(words).to.equal('2005–2024');
    el.remove();
  });

  it('a filter that shows the events of one year leaves the fitted view\'s words naming the whole span it is fitted to', async () => {
    const el = await mountData(syntheticTimeline({ count: 2000, seed: 1 }), { 'no-hash': '' }, 1180);
    const words = () => el.shadowRoot!.querySelector('.range-label')!.textContent!.replace(/[\u2009\u202f\u00a0 ]/g, '');
    expect(words()).to.equal('2005–2024');
    el.filter = (e) => e.start.startsWith('2019');
    await settle(el);
    expect(el.visibleRange.start.getUTCFullYear(), 'the view is not refitted').to.equal(2004);
    // The axis still runs from 2004 to 2025: its words do not say "2019".
    expect(words()).to.equal('2005–2024');
    el.remove();
  });

  it('start="2020-06-01" end="2020-06-30": shows June 2020 (the end day included)', async () => {
    const el = await mountData(demo, { start: '2020-06-01', end: '2020-06-30' });
    expect(el.visibleRange.start.getTime()).to.equal(utc(2020, 6, 1));
    expect(el.visibleRange.end.getTime()).to.equal(utc(2020, 7, 1));
    expect(visibleIds(el)).to.include('blueleaks');
    expect(visibleIds(el)).not.to.include('executive-order');
  });

  it('changing start and end later moves the view', async () => {
    const el = await mountData(demo, { start: '2020-06-01', end: '2020-06-30' });
    el.setAttribute('start', '2020-08-01');
    el.setAttribute('end', '2020-08-31');
    await settle(el);
    expect(el.visibleRange.start.getTime()).to.equal(utc(2020, 8, 1));
    expect(mark(el, 'executive-order')).to.exist;
  });

  it('an invalid start or end falls back to fitting every event', async () => {
    const fitted = (await mountData(demo)).visibleRange;
    const el = await mountData(demo, { start: 'soon', end: '2020-06-30' });
    expect(el.visibleRange.start.getTime()).to.equal(fitted.start.getTime());
    expect(el.visibleRange.end.getTime()).to.equal(fitted.end.getTime());
  });
});
