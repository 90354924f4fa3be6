import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { wheel } from '../helpers/browser.js';
import { uncaught } from '../helpers/errors.js';
import { until } from '../helpers/signals.js';
import type { TimelineDocument } from '../../src/model/types.js';
import type { TimelineRangeDetail } from '../../src/dom-events/timeline-events.js';
import { afterWheel, cardText, cardTitle, drawn, drawnBoxes, mark, mountData, overlaps, part, pixel, plotPoint, plotRect, record, settle, still, tickLabels, type Timeline } from '../helpers/timeline.js';

/** The history of the universe, from the Big Bang to today. */
const cosmos: TimelineDocument = {
  title: 'The history of the universe',
  lanes: [],
  events: [
    { id: 'big-bang', title: 'The Big Bang', start: '-13798000000' },
    { id: 'solar-system', title: 'The Solar System forms', start: '-4600000000' },
    { id: 'dinosaurs', title: "The dinosaurs' extinction", start: '-66000000' },
    { id: 'humans', title: 'The first humans', start: '-300000' },
    { id: 'pyramids', title: 'The pyramids of Giza', start: '-2560' },
    { id: 'today', title: 'Today', start: '2026-12-03' },
  ],
};
const ids = cosmos.events.map((e) => e.id!);
const NOW = '2026-12-03';

/** The visible span in ms (the `visibleRange` Dates cannot hold deep time; its ms can), as drawn. */
function viewOf(el: Timeline): { start: number; end: number; span: number } {
  const { startMs: start, endMs: end } = el.visibleRange;
  expect(drawn(el).view).to.deep.equal({ start, end });
  return { start, end, span: end - start };
}

function mountCosmos(attrs: Record<string, string> = {}): Promise<Timeline> {
  return mountData(cosmos, { now: NOW, 'no-hash': '', locale: 'en', ...attrs }, 1000);
}

/** Drawn axis labels (both levels) as boxes in plot px. */
function tickBoxes(el: Timeline): Array<{ id: string; box: DOMRect }> {
  const axis = drawn(el).axis;
  // The two levels are drawn on two lines.
  return [...axis.major.map((t) => ({ t, y: 0 })), ...axis.minor.map((t) => ({ t, y: 20 }))].filter(({ t }) => t.shown).map(({ t, y }) => ({ id: t.label, box: new DOMRect(t.left, y, t.width, 10) }));
}

/** What a reader sees is sane: ticks, none of them or the marks' labels overlapping, and x in order of time. */
function expectReadable(el: Timeline, when: string): void {
  const scene = drawn(el);
  const labels = tickLabels(el, 'minor').concat(tickLabels(el, 'major'));
  expect(labels.length, `${when}: the axis has labels`).to.be.above(0);
  for (const label of labels) expect(label, `${when}: a tick label`).to.match(/\S/).and.not.match(/NaN|Invalid|undefined/);
  const minor = scene.axis.minor;
  const flow = scene.rtl ? -1 : 1;
  for (let i = 1; i < minor.length; i++) expect(flow * (minor[i]!.x - minor[i - 1]!.x), `${when}: ticks in order`).to.be.above(0);
  expect(overlaps(tickBoxes(el)), `${when}: tick labels overlap`).to.deep.equal([]);
  expect(overlaps(drawnBoxes(el)), `${when}: event labels overlap`).to.deep.equal([]);
  for (const lane of scene.lanes) for (const m of lane.marks) expect(Number.isFinite(m.x), `${when}: ${m.item.id} has an x`).to.equal(true);
}

describe('<event-timeline> deep time: a cosmological document', () => {
  it('renders every event placed in order, the oldest labelled in words', async () => {
    const el = await mountCosmos();
    expectReadable(el, 'fit');
    // Every event is drawn: as its own mark or inside a "+N", and the scale puts them in time order.
    const scene = drawn(el);
    const shown = new Set(scene.lanes.flatMap((l) => l.marks.map((m) => m.item.id)));
    const folded = scene.lanes.flatMap((l) => l.clusters).reduce((n, c) => n + c.count, 0);
    expect(shown.size + folded).to.equal(ids.length);
    expect(shown.has('big-bang') && shown.has('solar-system')).to.equal(true);
    const order = scene.lanes.flatMap((l) => l.marks).sort((a, b) => a.x - b.x).map((m) => m.item.id);
    expect(order.slice(0, 2)).to.deep.equal(['big-bang', 'solar-system']);
    expect(tickLabels(el, 'minor').join(' | ')).to.match(/billion years ago/);
    // Each event, brought into view, is drawn at its time: the scale puts them in time order.
    const starts: number[] = [];
    for (const id of ids) {
      await el.focusEvent(id);
      await still(el);
      const m = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === id);
      expect(m, `${id} drawn when focused`).to.exist;
      expect(plotRect(el).left + el.scale(m!.item.start), `${id} is in view`).to.be.within(plotRect(el).left, plotRect(el).right);
      starts.push(m!.item.start);
    }
    expect(starts.every((t, i) => i === 0 || t > starts[i - 1]!), 'in time order').to.equal(true);
    expect(Math.round(starts[0]! / 31_556_952_000 / 1e6), 'the Big Bang, millions of years from 1970').to.equal(-13_798);
  });

  it('an event known to its year is a marker where a year is under a pixel, and a bar of its year once a year is wider than a marker', async () => {
    const el = await mountCosmos();
    const plot = plotRect(el);
    const marksNow = () => drawn(el).lanes.flatMap((l) => l.marks);
    expect(marksNow().map((m) => m.item.id).sort(), 'every event its own mark').to.deep.equal([...ids].sort());
    for (const m of marksNow()) {
      // Before, a dash a few px long above the title ("a speck stuck to the T").
      expect(m.bar, `${m.item.id}: a marker, not a bar`).to.equal(null);
      const button = mark(el, m.item.id)!.getBoundingClientRect();
      expect(button.width, `${m.item.id}: as wide as its marker`).to.be.at.least(12);
      if (m.item.id !== 'today') expect(mark(el, m.item.id)!.getAttribute('part'), `${m.item.id}: still an imprecise date to a page's styles`).to.equal('event point imprecise');
      // The marker's centre is inked in the lane's colour, not the plot's background.
      const [r, g, b, a] = pixel(el, plot.left + m.x, plot.top + m.top + m.height / 2);
      expect(a, `${m.item.id}: inked at its centre`).to.be.above(200);
      expect(Math.min(r, g, b), `${m.item.id}: not the white background`).to.be.below(200);
    }
    // Ten years around the pyramids: a year is about 100 px, a bar of its year.
    el.zoomTo('-2565', '-2555', false);
    await settle(el);
    const pyramids = marksNow().find((m) => m.item.id === 'pyramids')!;
    expect(pyramids.bar, 'a bar of its year').to.not.equal(null);
    expect(pyramids.bar!.right - pyramids.bar!.left).to.be.above(50);
  });

  it('ticks read in English, German and Arabic', async () => {
    const words: Record<string, RegExp> = { en: /billion years ago/, de: /Milliarden Jahren/, ar: /مليار/ };
    for (const [locale, pattern] of Object.entries(words)) {
      const el = await mountCosmos(locale === 'ar' ? { locale, dir: 'rtl' } : { locale });
      expect(tickLabels(el, 'minor').join(' | '), locale).to.match(pattern);
      expectReadable(el, locale);
      if (locale === 'ar') {
        // Right to left: the Big Bang at the right.
        const plot = plotRect(el);
        const bang = mark(el, 'big-bang')!.getBoundingClientRect();
        expect(bang.left, 'the Big Bang on the right').to.be.above(plot.left + plot.width / 2);
      }
    }
  });

  it('the plot is named by its span and described by its scale in words, in English and German', async () => {
    for (const [locale, span, step] of [
      // The fitted view holds every event: its words name their span, from the Big Bang to the
      // pyramids (now, in billions of years), not its margins (14.5 billion years ago, and the room
      // after now that the last labels take: "in 2.4 billion years").
      ['en', /^13\.8 billion years ago – now$/, /^Time axis: a mark every \d billion years$/],
      ['de', /^vor 13,8 Milliarden Jahren – /, /\d Milliarden Jahre$/],
    ] as const) {
      const el = await mountCosmos({ locale });
      const plot = part(el, 'plot')!;
      const text = (attr: string) => plot.getAttribute(attr)!.split(/\s+/).map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
      expect(text('aria-labelledby'), locale).to.match(span);
      expect(text('aria-describedby'), locale).to.match(step);
    }
  });

  it('the visible span reads in years ago, and the pyramids in years BCE', async () => {
    const el = await mountCosmos();
    const status = part(el, 'status') ?? part(el, 'view-label');
    expect(el.shadowRoot!.textContent).to.match(/billion years ago/);
    void status;
    el.zoomTo('-3000', '-2000', false);
    await settle(el);
    expectReadable(el, 'the pyramids');
    expect(tickLabels(el, 'minor').concat(tickLabels(el, 'major')).join(' ')).to.match(/\bBCE\b/);
  });

  it('across the change of era the axis, the view\'s words and the card write the era alike ("3500 BCE", "1 CE", "c. 2560 BCE"; Intl gives "BC"/"AD"), and the grid has a tick at 1 CE', async () => {
    const el = await mountCosmos({ locale: 'en' });
    el.zoomTo('-3500', '2099', false);
    await settle(el);
    const ticks = tickLabels(el, 'minor').concat(tickLabels(el, 'major'));
    expect(ticks, ticks.join(' ')).to.include.members(['3000 BCE', '500 BCE', '1 CE', '500 CE']);
    expect(ticks.join(' '), 'no BC or AD').to.not.match(/\b(BC|AD)\b/);
    const minor = drawn(el).axis.minor;
    const at = (label: string) => minor.find((t) => t.label === label)!.x;
    const step = at('500 CE') - at('1 CE');
    expect(at('1 CE') - at('500 BCE'), 'the grid even across the eras').to.be.closeTo(step, step * 0.01);
    const words = el.shadowRoot!.querySelector('.range-label')!.textContent!;
    expect(words, words).to.match(/BCE/);
    expect(words, words).to.not.match(/\b(BC|AD)\b/);
    el.select('pyramids');
    await settle(el);
    expect(cardText(el)).to.match(/2561 BCE/);
  });

  it('Ctrl+wheel zooms from the whole span down to the closest zoom and back, labels sensible all the way', async function () {
    // Some 50 notches of real input, each drawn and checked.
    this.timeout(90_000);
    const el = await mountCosmos();
    const whole = viewOf(el);
    const [, y] = plotPoint(el, 0.5);
    // Aimed at today's noon before every notch, as a reader keeps the pointer on what they zoom into.
    const noon = Date.UTC(2026, 11, 3, 12);
    const plot = plotRect(el);
    const todayX = () => Math.min(plot.right - 2, Math.max(plot.left + 2, plot.left + el.scale(noon)));
    const spans: number[] = [];
    const settled = record<TimelineRangeDetail>(el, 'timeline-rangechanged');
    const errors = await uncaught(async () => {
      for (let i = 0; i < 60; i++) {
        const before = viewOf(el).span;
        await wheel(todayX(), y, { deltaY: -600, ctrl: true });
        await afterWheel(el);
        await settle(el);
        const { span } = viewOf(el);
        spans.push(span);
        expectReadable(el, `zoom in ${i}`);
        if (span === before) break;
      }
    });
    expect(errors).to.deep.equal([]);
    // The first notch settled in deep time: its Dates are invalid, its ms are not.
    const first = settled.events[0]!.detail;
    expect(first.start.getTime()).to.be.NaN;
    expect(first.startMs).to.be.below(-8.64e15);
    expect(first.endMs - first.startMs).to.be.below(whole.span);
    settled.stop();
    const shortest = spans[spans.length - 1]!;
    expect(shortest, 'zoomed to three days (the closest zoom: its finest date is a day)').to.be.at.most(3 * 86_400_000 * 1.01);
    expect(mark(el, 'today'), 'today is in view').to.exist;
    const back = await uncaught(async () => {
      for (let i = 0; i < 60; i++) {
        await wheel(todayX(), y, { deltaY: 600, ctrl: true });
        await afterWheel(el);
        await settle(el);
        expectReadable(el, `zoom out ${i}`);
        if (viewOf(el).span >= whole.span) break;
      }
    });
    expect(back).to.deep.equal([]);
    expect(viewOf(el).start).to.equal(whole.start);
    expect(mark(el, 'big-bang'), 'the Big Bang is back').to.exist;
  });

  it('keyboard: arrows step through the events in time order and Enter opens the card, in words', async () => {
    const el = await mountCosmos();
    await el.focusEvent('big-bang');
    await still(el);
    const bang = mark(el, 'big-bang')!;
    expect(bang.getAttribute('aria-label') ?? bang.textContent).to.match(/13\.798 billion years ago/);
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(cardTitle(el)).to.equal('The Big Bang');
    expect(cardText(el)).to.match(/13\.798 billion years ago/);
    await sendKeys({ press: 'Escape' });
    await still(el);
    const visited: string[] = [];
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
    for (let i = 1; i < ids.length; i++) {
      const from = focused();
      await sendKeys({ press: 'ArrowRight' });
      await still(el);
      // Focus moves to the next event (a key that moved nothing fails here, after the deadline).
      const id = await until(`focus to move on from ${from}`, () => focused() !== from && focused());
      visited.push(id);
    }
    expect(visited).to.deep.equal(ids.slice(1));
    await sendKeys({ press: 'Enter' });
    await still(el);
    expect(cardTitle(el)).to.equal('Today');
    expectReadable(el, 'today focused');
  });

  it('the list view says when each event was, in words', async () => {
    const el = await mountCosmos();
    el.view = 'list';
    await settle(el);
    const text = part(el, 'list')!.innerText;
    expect(text).to.match(/13\.798 billion years ago/);
    expect(text).to.match(/66 million years ago/);
    expect(text).to.match(/2561 BCE|2,561 BCE/);
    await expect(el).to.be.accessible();
  });

  it('is accessible (axe), with the card open too', async () => {
    const el = await mountCosmos();
    await expect(el).to.be.accessible();
    el.select('solar-system');
    await still(el);
    expect(cardText(el)).to.match(/4\.6 billion years ago/);
    await expect(el).to.be.accessible();
  });
});
