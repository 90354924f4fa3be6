import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { emulateTimezone } from '../helpers/browser.js';
import { click, DAY, drawn, drawnLabel, mark, markX, mount, mountData, plotRect, settle, still, utc, xOf } from '../helpers/timeline.js';

const demo = tiktok2020;
const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];

const markerX = markX;

describe('<event-timeline> under other time zones', () => {
  after(() => emulateTimezone('UTC'));

  for (const zone of ZONES) {
    describe(zone, () => {
      before(() => emulateTimezone(zone));

      it('the page really is in that zone', () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
      });

      it('a date-only event ("2020-06-05") stands in the column of 5 June (UTC), between the "5" day tick and the next', async () => {
        const el = await mountData(demo, { locale: 'en', 'no-hash': '' });
        el.zoomTo('2020-06-01', '2020-06-10', false);
        await settle(el);
        const x = markerX(el, 'fbi-sitrep-2');
        const dayWidth = xOf(el, utc(2020, 6, 6)) - xOf(el, utc(2020, 6, 5));
        expect(dayWidth, 'a day is wide enough to tell days apart').to.be.above(50);
        expect(Math.abs(x - xOf(el, utc(2020, 6, 5) + DAY / 2)), 'the middle of its day').to.be.below(2);
        const tick = drawn(el).axis.minor.find((t) => t.label === '5')!;
        expect(tick, 'the "5" tick').to.exist;
        expect(Math.abs(plotRect(el).left + tick.x - xOf(el, utc(2020, 6, 5))), 'the tick at its day\'s start').to.be.below(1);
      });

      it('its card reads "June 5, 2020"', async () => {
        const el = await mountData(demo, { locale: 'en', 'no-hash': '' });
        el.zoomTo('2020-06-03', '2020-06-07', false);
        await settle(el);
        await click(mark(el, 'fbi-sitrep-2')!);
        await still(el);
        expect(el.shadowRoot!.querySelector('[part~="card"] time')!.textContent!.trim()).to.equal('June 5, 2020');
      });

      it('a markup <time datetime="2020-06-05"> lands on the same day', async () => {
        const el = await mount(html`<event-timeline locale="en" no-hash>
          <timeline-event id="a"><time datetime="2020-06-01"></time><h3>A</h3></timeline-event>
          <timeline-event id="b"><time datetime="2020-06-05"></time><h3>B</h3></timeline-event>
          <timeline-event id="c"><time datetime="2020-06-10"></time><h3>C</h3></timeline-event>
        </event-timeline>`);
        el.zoomTo('2020-06-01', '2020-06-10', false);
        await settle(el);
        expect(Math.abs(markerX(el, 'b') - xOf(el, utc(2020, 6, 5) + DAY / 2))).to.be.below(2);
      });

      it('now="2020-08-24": the deadline of 2020-09-20 still reads "in 27 days"', async () => {
        const el = await mountData(demo, { locale: 'en', now: '2020-08-24', 'no-hash': '' });
        expect(mark(el, 'eo-deadline'), 'the deadline has a mark').to.exist;
        expect(drawnLabel(el, 'eo-deadline')!.text).to.contain('in 27 days');
      });
    });
  }
});
