/**
 * The closest zoom follows the data's precision: dates known only to the day are never drawn on
 * hour ticks (they were drawn at midnight under "3 June 2020, 17:12–18:12"); a document with a
 * time of day still zooms to an hour.
 */
import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { wheel } from '../helpers/browser.js';
import { drawn, mountData, plotRect, settle, span } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function spanWords(el: Timeline): string {
  return el.shadowRoot!.querySelector('#range-label')!.textContent!.trim();
}

/** Ctrl + wheel in at the plot's middle, `times` notches, each followed by the view at rest. */
async function wheelIn(el: Timeline, times: number): Promise<void> {
  const plot = plotRect(el);
  for (let i = 0; i < times; i++) {
    await wheel(Math.round(plot.left + plot.width / 2), Math.round(plot.top + 60), { deltaY: -400, ctrl: true });
    await settle(el);
  }
}

describe('<event-timeline> closest zoom', () => {
  it('stops at three days for dates known to the day: no hour ticks, no clock times in the span\'s words', async () => {
    const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '' }, 1000);
    el.zoomTo('2020-06-01', '2020-06-06', false);
    await settle(el);
    await wheelIn(el, 12);
    expect(span(el), 'three days at the closest').to.be.closeTo(3 * DAY, DAY * 1e-6);
    expect(drawn(el).axis.key, 'day ticks').to.not.match(/^(hour|minute|second)/);
    expect(spanWords(el), 'the span names days').to.not.match(/\d:\d\d/);
    // A script asking for an hour gets the closest zoom too, around the hour asked for.
    el.zoomTo('2020-06-03T17:00:00Z', '2020-06-03T18:00:00Z', false);
    await settle(el);
    expect(span(el)).to.be.closeTo(3 * DAY, DAY * 1e-6);
    expect((el.visibleRange.start.getTime() + el.visibleRange.end.getTime()) / 2).to.be.closeTo(Date.UTC(2020, 5, 3, 17, 30), 1000);
    expect(drawn(el).axis.key).to.not.match(/^(hour|minute|second)/);
    // Three days with no event in them (January 2019) are labelled in days too.
    el.zoomTo('2019-01-10', '2019-01-12', false);
    await settle(el);
    expect(span(el)).to.be.closeTo(3 * DAY, DAY * 1e-6);
    expect(drawn(el).axis.key, 'an empty view: day ticks').to.not.match(/^(hour|minute|second)/);
    expect(spanWords(el)).to.not.match(/\d:\d\d/);
  });

  it('follows the events shown: a filter that hides the one date with a time takes the closest zoom back to three days', async () => {
    const timed: TimelineDocument = { ...tiktok2020, events: [...tiktok2020.events, { id: 'briefing', title: 'Briefing', start: '2020-06-02T12:00:00Z' }] } as TimelineDocument;
    const el = await mountData(timed, { now: '2020-08-24', 'no-hash': '' }, 1000);
    el.zoomTo('2020-06-02T11:00:00Z', '2020-06-02T12:00:00Z', false);
    await settle(el);
    expect(span(el), 'an hour with the briefing shown').to.be.closeTo(HOUR, 1000);
    el.filter = (event) => event.id !== 'briefing';
    await settle(el);
    expect(span(el), 'three days once it is filtered out').to.be.closeTo(3 * DAY, DAY * 1e-6);
    expect(drawn(el).axis.key).to.not.match(/^(hour|minute|second)/);
    el.filter = null;
    await settle(el);
    el.zoomTo('2020-06-02T11:00:00Z', '2020-06-02T12:00:00Z', false);
    await settle(el);
    expect(span(el), 'an hour again with it back').to.be.closeTo(HOUR, 1000);
  });

  it('stops at three months for dates known to the month, and at an hour where a date has a time', async () => {
    const months: TimelineDocument = {
      title: 'Months',
      lanes: [],
      events: [
        { id: 'a', title: 'Spring', start: '2019-03' },
        { id: 'b', title: 'Summer', start: '2019-07' },
        { id: 'c', title: 'Autumn', start: '2019-10' },
      ],
    };
    const el = await mountData(months, { 'no-hash': '' }, 1000);
    el.zoomTo('2019-07-10', '2019-07-11', false);
    await settle(el);
    expect(span(el), 'about three months (a month counts 30 days)').to.be.closeTo(90 * DAY, DAY * 1e-6);
    expect(drawn(el).axis.key).to.not.match(/^(hour|minute|second|day|week)/);
    // Years only: three years at the closest, labelled in years, with or without an event in view.
    el.data = { ...months, events: [{ id: 'x', title: 'Census', start: '1900' }, { id: 'y', title: 'Census', start: '1950' }] };
    await settle(el);
    el.zoomTo('1920-01-01', '1920-01-02', false);
    await settle(el);
    expect(span(el), 'three years (a year counts 365 days)').to.be.closeTo(3 * 365 * DAY, DAY * 1e-6);
    expect(drawn(el).axis.key, 'year ticks in an empty view').to.match(/^year/);
    const timed: TimelineDocument = { ...months, events: [...months.events, { id: 'd', title: 'Launch', start: '2019-07-10T14:30:00Z' }] };
    el.data = timed;
    await settle(el);
    el.zoomTo('2019-07-10T14:00:00Z', '2019-07-10T15:00:00Z', false);
    await settle(el);
    expect(span(el), 'an hour').to.be.closeTo(HOUR, 1000);
  });
});
