import { expect } from '@open-wc/testing';
import { HOUR } from '../helpers/utc.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { colourIn, countPaints, drawn, drawnLabel, drawnRules, mark, mountData, part, parts, pixel, plotRect, sameColour, settle, tickLabels, utc, xOf, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;

/** The drawn mark of an event, in viewport px. */
function drawnMark(el: Timeline, id: string) {
  const m = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === id)!;
  const left = plotRect(el).left;
  return { x: left + m.x, bar: m.bar && { left: left + m.bar.left, right: left + m.bar.right, width: m.bar.right - m.bar.left, imprecise: m.bar.imprecise } };
}

async function zoomed(start: string, end: string, doc: TimelineDocument = demo): Promise<Timeline> {
  const el = await mountData(doc, { now: '2020-08-24', locale: 'en' });
  el.zoomTo(start, end, false);
  await settle(el);
  return el;
}

describe('<event-timeline> axis', () => {
  it('fit on the demo: years over months', async () => {
    const el = await mountData(demo, { locale: 'en' });
    expect(tickLabels(el, 'major')).to.include.members(['2018', '2019', '2020']);
    expect(tickLabels(el, 'minor')).to.include.members(['Apr', 'Jul', 'Oct']);
  });

  it('zoomTo(2020-06-01, 2020-06-10): a month label over day numbers', async () => {
    const el = await zoomed('2020-06-01', '2020-06-10');
    expect(tickLabels(el, 'major').join(' ')).to.match(/June|Jun/);
    const days = tickLabels(el, 'minor');
    expect(days.length).to.be.at.least(5);
    expect(days).to.include.members(['2', '3', '4']);
  });

  it('a day tick label sits at that day\'s UTC midnight', async () => {
    const el = await zoomed('2020-06-01', '2020-06-10');
    const tick = drawn(el).axis.minor.find((t) => t.label === '5')!;
    expect(Math.abs(plotRect(el).left + tick.x - xOf(el, utc(2020, 6, 5)))).to.be.below(1);
    // Its label starts just after its grid line.
    expect(tick.left - tick.x).to.be.within(0, 6);
  });

  it('zoomTo(06:00Z, 14:00Z): hours in UTC under the day (a date with a time of day in the data)', async () => {
    const timed = { ...demo, events: [...demo.events, { id: 'briefing', title: 'Briefing', start: '2020-06-02T12:00:00Z' }] };
    const el = await zoomed('2020-06-02T06:00Z', '2020-06-02T14:00Z', timed);
    expect(tickLabels(el, 'major').join(' ')).to.match(/June 2|Jun 2|2 June/);
    expect(tickLabels(el, 'minor')).to.include.members(['8:00 AM', '12:00 PM']);
  });

  it('locale="de" labels months in German', async () => {
    const el = await mountData(demo, { locale: 'de' });
    el.zoomTo('2020-01-01', '2020-12-31', false);
    await settle(el);
    expect(tickLabels(el, 'minor').join(' ')).to.match(/Okt|Dez|März|Mai/);
  });
});

describe('<event-timeline> lanes', () => {
  it('the first lane starts right under the axis when nothing can be drawn in the band above the lanes (no deadline, "now" out of reach); a deadline gets its row there', async () => {
    const events = [
      { id: 'a', title: 'First', start: '2005-03-01', lane: 'x' },
      { id: 'b', title: 'Second', start: '2006-09-01', lane: 'x' },
    ];
    const gap = (el: Timeline) => part(el, 'lane')!.getBoundingClientRect().top - part(el, 'axis')!.getBoundingClientRect().bottom;
    const plain = await mountData({ title: 't', lanes: [{ id: 'x', label: 'X' }], events });
    // A row kept for nothing was a blank stripe of about 30 px between the axis and the first lane.
    expect(gap(plain), 'no empty band row').to.be.at.most(5);
    const withDeadline = await mountData({ title: 't', lanes: [{ id: 'x', label: 'X' }], events: [...events, { id: 'd', title: 'Deadline', start: '2006-01-01', kind: 'deadline' }] });
    expect(gap(withDeadline), 'a row for the deadline\'s label').to.be.at.least(drawn(withDeadline).metrics.bandRowPx);
  });

  it('draws one labelled lane per document lane, in order', async () => {
    const el = await mountData(demo);
    expect(parts(el, 'lane-label').map((l) => l.textContent!.trim())).to.deep.equal(['Government', 'Police & intelligence', 'TikTok / ByteDance', 'Leaks & press']);
  });

  it('events without a lane go to a default lane after the declared ones, with no label of its own', async () => {
    const el = await mountData({
      title: 't',
      lanes: [{ id: 'a', label: 'Lane A' }],
      events: [
        { id: 'in-a', title: 'In A', start: '2020-01-01', lane: 'a' },
        { id: 'loose', title: 'Loose', start: '2020-02-01' },
      ],
    });
    const lanes = parts(el, 'lane');
    expect(lanes).to.have.length(2);
    expect(lanes[0]!.contains(mark(el, 'in-a'))).to.equal(true);
    expect(lanes[1]!.contains(mark(el, 'loose')), 'the lane-less event is in the second lane').to.equal(true);
    const label = lanes[1]!.querySelector('[part~="lane-label"]');
    expect(label?.textContent?.trim() ?? '', 'the default lane is unlabelled').to.equal('');
  });

  it('a document without lane-less events has no default lane', async () => {
    const el = await mountData(demo);
    expect(parts(el, 'lane')).to.have.length(4);
  });

  it('a lane colour from the data colours its marks; an unsafe colour is not applied', async () => {
    const el = await mountData({
      title: 't',
      lanes: [
        { id: 'red', label: 'Red', color: 'rgb(200, 0, 0)' },
        { id: 'bad', label: 'Bad', color: 'red; background: url(https://evil.example/x)' },
      ],
      events: [
        { id: 'r', title: 'R', start: '2020-01-01', lane: 'red' },
        { id: 'b', title: 'B', start: '2020-02-01', lane: 'bad' },
      ],
    });
    const lanes = parts(el, 'lane');
    expect(lanes[0]!.style.getPropertyValue('--_lane')).to.equal('rgb(200, 0, 0)');
    expect(lanes[1]!.getAttribute('style') ?? '').not.to.contain('evil.example');
  });

  it('a lane colour shaped like rgb()/hsl() but not CSS is reported at lanes[i].color and its bars keep the default colour (issue 17)', async () => {
    const invalid = ['rgb(1deg, 2deg, 3deg)', 'hsl(10%, 20%, 30%)', 'rgb(1, 2 3)', 'rgba(1 2 3, 0.5)', 'rgb(10turn,0,0)'];
    const lanes = [{ id: 'plain', label: 'Plain' }, { id: 'lab', label: 'Lab', color: 'lab(40% 60 40)' }, ...invalid.map((color, i) => ({ id: `l${i}`, label: `Lane ${i}`, color }))];
    const el = await mountData({
      title: 't',
      lanes,
      events: lanes.map((lane, i) => ({ id: `e-${lane.id}`, title: `Event ${i}`, start: '2020-01', end: '2020-06', lane: lane.id })),
    });
    /** The colour the canvas shows inside an event's bar, away from its label and its fading end. */
    const bar = (id: string) => {
      const m = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === `e-${id}`)!;
      const plot = plotRect(el);
      return pixel(el, plot.left + m.bar!.left + (m.bar!.right - m.bar!.left) * 0.6, plot.top + m.top + m.height / 2).join();
    };
    const panel = part(el, 'problems')!.innerText;
    for (const [i, color] of invalid.entries()) {
      expect(panel, 'the problem is listed').to.contain(`lanes[${i + 2}].color: ${JSON.stringify(color)} is not a colour`);
      expect(bar(`l${i}`), `the bar of the lane coloured ${color}`).to.equal(bar('plain'));
    }
    expect(bar('plain'), 'the default event colour').to.not.equal('0,0,0,0');
    expect(panel, 'a lab() colour is a colour').to.not.contain('lanes[1]');
    expect(bar('lab'), 'lab(40% 60 40) is drawn').to.not.equal(bar('plain'));
  });
});

describe('<event-timeline> marks', () => {
  it('a range shorter than its label is a thin bar above the label, so no bar\'s end cuts through words (the story at 768 px)', async () => {
    const el = await mountData(demo, { now: '2020-08-24', locale: 'en' }, 768);
    const plot = plotRect(el);
    const scene = drawn(el);
    const ranges = scene.lanes.flatMap((l) => l.marks).filter((m) => m.bar && m.label.text);
    const thin = ranges.filter((m) => m.bar!.thin);
    expect(thin.map((m) => m.item.id), 'ranges shorter than their labels at 768 px').to.include.members(['protests', 'bytedance-buys-musically']);
    for (const m of ranges) {
      const { bar, label } = m;
      // A px clear of the label's em box: on it, the bar touched the capitals' tops.
      if (bar!.thin) expect(bar!.top + bar!.height, `${m.item.id}: above the label's letters, a px clear`).to.be.at.most(m.top + Math.floor((m.height - scene.metrics.fontPx) / 2) - 1);
      else expect(label.left + label.width, `${m.item.id}: its label inside its box`).to.be.at.most(bar!.right);
    }
    // Down the last px inside each thin bar, across the label's line: no pixel of the bar's edge.
    for (const m of thin) {
      const bar = m.bar!;
      const inked = (x: number) => pixel(el, plot.left + x, plot.top + bar.top + 1)[3]! >= 128;
      // The bar's colour where it starts (its end may fade out, a dashed bar may start in a gap),
      // and its last inked px.
      let first = bar.left + 1;
      while (first < bar.left + 9 && !inked(first)) first++;
      const colour = pixel(el, plot.left + first, plot.top + bar.top + 1);
      let end = bar.right - 1;
      while (end > bar.right - 9 && !inked(end)) end--;
      expect(inked(end) && !inked(bar.right + 4), `${m.item.id}: its bar is drawn, to its end`).to.equal(true);
      const middle = plot.top + m.top + m.height / 2;
      for (let dy = -5; dy <= 5; dy++) {
        expect(sameColour(pixel(el, plot.left + end, middle + dy), colour, 12), `${m.item.id}: the bar's end through its label (${dy})`).to.equal(false);
      }
    }
    // The protests' end is known only to its month: their thin bar fades out towards it.
    const protests = thin.find((m) => m.item.id === 'protests')!.bar!;
    expect(protests.fade).to.be.above(4);
    const y = plot.top + protests.top + protests.height / 2;
    // Towards the light background: the sum of its channels grows.
    const light = (p: number[]) => p[0]! + p[1]! + p[2]!;
    // Its darkest px near each end (it is dashed: a px may fall in a gap).
    const darkest = (from: number) => Math.min(...Array.from({ length: 8 }, (_, i) => light(pixel(el, plot.left + from + i, y))));
    expect(darkest(protests.right - 9), 'faded at its end').to.be.above(darkest(protests.left + 1) + 150);
  });

  it("a selected thin bar keeps its lane's colour, framed in the selection's colour above its foot (a bar in the accent read as the first lane's)", async () => {
    const el = await mountData(demo, { now: '2020-08-24', locale: 'en' }, 768);
    const plot = plotRect(el);
    const thinBar = () => drawn(el).lanes.flatMap((l) => l.marks).find((m) => m.item.id === 'protests')!.bar!;
    // The bar's colour at its first inked px (it is dashed), its middle row.
    const colourOf = (bar: ReturnType<typeof thinBar>) => {
      const y = plot.top + bar.top + bar.height / 2;
      for (let x = bar.left + 1; x < bar.left + 9; x++) {
        const p = pixel(el, plot.left + x, y);
        if (p[3]! >= 200) return p;
      }
      return pixel(el, plot.left + bar.left + 1, y);
    };
    const before = thinBar();
    expect(before.thin, 'a thin bar at 768 px').to.equal(true);
    const lane = colourOf(before);
    el.select('protests');
    await settle(el);
    const bar = thinBar();
    expect(bar.thin).to.equal(true);
    expect(sameColour(colourOf(bar), lane, 12), "the selected bar in its lane's colour").to.equal(true);
    const accent = colourIn(el, 'var(--_accent)');
    const above = pixel(el, plot.left + (bar.left + bar.right) / 2, plot.top + bar.top - 1.5);
    expect(sameColour(above, accent, 40), `the frame above it in the accent (${above} against ${accent})`).to.equal(true);
    // Clear of its label's letters: the px row right under the bar's foot is the label box's background.
    const under = pixel(el, plot.left + (bar.left + bar.right) / 2, plot.top + bar.top + bar.height + 0.25);
    const background = colourIn(el, 'var(--_bg)');
    expect(sameColour(under, background, 12), `no frame under its foot (${under} against ${background})`).to.equal(true);
  });

  it('a "+N" box points at a tick at its first event, in both directions: a "+2" of 10 and 24 August is not read as at the 20 September deadline its box reaches past', async () => {
    // The demo's "+2" at "Show all" in the Leaks & Press lane, alone: one row, so the two fold.
    const doc: TimelineDocument = {
      title: 'Leaks',
      lanes: [{ id: 'l', label: 'Leaks & Press' }],
      events: [
        { id: 'x', title: 'First of all', start: '2017-01-15', lane: 'l' },
        { id: 'a', title: 'Business Insider: data handed to police', start: '2020-08-10', lane: 'l' },
        { id: 'b', title: 'The article', start: '2020-08-24', lane: 'l' },
        { id: 'd', title: 'Deadline', start: '2020-09-20', lane: 'l', kind: 'deadline' },
        { id: 'z', title: 'Last', start: '2020-12-10', lane: 'l' },
      ],
    };
    for (const dir of ['ltr', 'rtl']) {
      const el = await mountData(doc, { 'max-rows': '1', locale: 'en', 'no-hash': '', dir });
      const plot = plotRect(el);
      const cluster = drawn(el).lanes.flatMap((l) => l.clusters).find((c) => c.start === utc(2020, 8, 10))!;
      expect(cluster?.count, `${dir}: a "+2" from 10 August`).to.equal(2);
      const deadline = drawnRules(el).find((r) => r.kind === 'deadline')!;
      const [first, far] = dir === 'rtl' ? [cluster.right, cluster.left] : [cluster.left, cluster.right];
      expect(plot.left + first, `${dir}: it starts at its first event`).to.be.closeTo(xOf(el, utc(2020, 8, 10)), 0.01);
      expect(Math.abs(plot.left + far - xOf(el, utc(2020, 8, 10))), `${dir}: its box reaches past the deadline's line`).to.be.above(Math.abs(deadline.x - xOf(el, utc(2020, 8, 10))));
      const at = (x: number, y: number) => pixel(el, plot.left + x, plot.top + y);
      const inward = dir === 'rtl' ? -1 : 1;
      // The outline's colour, on the box's bottom edge halfway along.
      const ink = at((cluster.left + cluster.right) / 2, cluster.top + cluster.height - 0.75);
      const surface = colourIn(el, 'var(--_surface)');
      expect(sameColour(ink, surface, 40), `${dir}: the outline is inked (${ink})`).to.equal(false);
      // Mostly opaque and of that colour (the canvas is transparent outside what it draws).
      const inked = (p: readonly number[]) => p[3]! > 128 && sameColour(p, ink, 40);
      expect(inked(at(first + inward, cluster.top + cluster.height / 2)), `${dir}: the tip at the first event, in the outline's colour`).to.equal(true);
      // 4.5 px in from its first event and 1.5 px from its top and bottom: inside a rounded corner
      // (6 px), outside the tip's edge (6 px deep over half the box's height).
      for (const y of [cluster.top + 1.5, cluster.top + cluster.height - 1.5]) {
        const corner = at(first + 4.5 * inward, y);
        expect(corner[3]! > 128, `${dir}: nothing drawn where a corner at the first event would be, ${y - cluster.top} px down (${corner})`).to.equal(false);
      }
      // What it points at: a tick at its first event, in its row's gaps above and below the box.
      for (const y of [cluster.top - 1.5, cluster.top + cluster.height + 1.5]) {
        expect(inked(at(first, y)), `${dir}: a tick at the first event, ${y - cluster.top} px down (${at(first, y)})`).to.equal(true);
        expect(at(first + 4.5 * inward, y)[3]! > 128, `${dir}: only a tick, ${y - cluster.top} px down`).to.equal(false);
      }
      el.parentElement!.remove();
    }
  });

  it('a range whose end is known to its month and runs on past the view is drawn part-way through its fade, not as a solid bar with a known end', async () => {
    // The protests run from 26 May 2020 to "June 2020"; the view ends on 24 June, 80 % through June.
    const el = await zoomed('2020-05-25', '2020-06-24');
    const plot = plotRect(el);
    const bar = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === 'protests')!.bar!;
    expect(bar.thin, 'a box').to.equal(false);
    expect(bar.right, 'to the view\'s end and beyond').to.be.at.least(plot.width - 1);
    // Plot px of a time.
    const x = (time: number) => xOf(el, time) - plot.left;
    // Over June, but over half the bar at most (26 May – 30 June): from its middle, 13 June.
    const fadeStart = Math.max(x(utc(2020, 6, 1)), (x(utc(2020, 5, 26)) + x(utc(2020, 7, 1))) / 2);
    expect(bar.right - bar.fade, 'fading from the middle of the bar').to.be.closeTo(fadeStart, 2);
    expect(bar.fadeBeyond, 'on to 1 July, past the view').to.be.closeTo(x(utc(2020, 7, 1)) - bar.right, 2);
    // Inside the fill, above the label's letters.
    const y = plot.top + bar.top + 4;
    const light = (p: number[]) => p[0]! + p[1]! + p[2]!;
    const at = (px: number) => light(pixel(el, plot.left + px, y));
    const may = x(utc(2020, 5, 31));
    // Solid before its fade, lighter towards the view's end, and not yet the background there.
    expect(at(may), 'solid in May').to.be.closeTo(at(bar.left + 40), 6);
    expect(at(plot.width - 4), 'lighter at the view\'s end').to.be.above(at(may) + 30);
    // Closer in (1–20 June), the fade (13 June to 1 July) is 40 % done at the view's end: a fade
    // ending at the bar's drawn end, just past the view, would be nearly the background there.
    el.zoomTo('2020-06-01', '2020-06-20', false);
    await settle(el);
    const closer = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === 'protests')!.bar!;
    expect(closer.fadeBeyond, 'the fade goes on past the drawn end').to.be.above(plot.width / 4);
    const y2 = plot.top + closer.top + 4;
    const before = light(pixel(el, plot.left + x(utc(2020, 6, 10)), y2));
    const end = light(pixel(el, plot.left + plot.width - 4, y2));
    expect(end, 'lighter at the view\'s end').to.be.above(before + 10);
    expect(end, 'part-way through its fade').to.be.below(before + 0.5 * (765 - before));
  });

  it('a range is a bar from its start to its end at the current scale', async () => {
    const el = await zoomed('2019-06-01', '2020-02-01');
    const bar = drawnMark(el, 'transparency-report-2019').bar!;
    expect(mark(el, 'transparency-report-2019')!.getAttribute('part')).to.contain('range');
    // 2019-07-01 to 2019-12-31 inclusive: the bar ends at the end of the last day.
    expect(bar.left).to.be.closeTo(xOf(el, utc(2019, 7, 1)), 2);
    expect(bar.width).to.be.closeTo(xOf(el, utc(2020, 1, 1)) - xOf(el, utc(2019, 7, 1)), 2);
  });

  it('zooming in two times, the same range still starts at its date and runs on past the view\'s end', async () => {
    const el = await zoomed('2019-06-01', '2020-02-01');
    const dayBefore = xOf(el, utc(2019, 7, 2)) - xOf(el, utc(2019, 7, 1));
    el.zoomTo('2019-06-15', '2019-10-15', false);
    await settle(el);
    expect(xOf(el, utc(2019, 7, 2)) - xOf(el, utc(2019, 7, 1))).to.be.closeTo(2 * dayBefore, 0.01);
    const bar = drawnMark(el, 'transparency-report-2019').bar!;
    expect(bar.left).to.be.closeTo(xOf(el, utc(2019, 7, 1)), 0.5);
    expect(bar.right).to.be.at.least(plotRect(el).right);
  });

  it('a month-precision event ("2020-07") spans its month and is marked imprecise', async () => {
    const el = await zoomed('2020-06-15', '2020-08-20');
    const m = mark(el, 'pompeo-accusation')!;
    expect(m.getAttribute('part')).to.contain('imprecise');
    expect(m.getAttribute('part')).not.to.contain('point');
    const bar = drawnMark(el, 'pompeo-accusation').bar!;
    expect(bar.imprecise).to.equal(true);
    expect(bar.left).to.be.closeTo(xOf(el, utc(2020, 7, 1)), 2);
    expect(bar.right).to.be.closeTo(xOf(el, utc(2020, 8, 1)), 2);
  });

  it('the last of a few days\' events is in the view that shows all, its marker (the middle of its day) inside the plot', async () => {
    const days = await mountData({ title: 'Days', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-05-01' }, { id: 'e', title: 'E', start: '2020-05-05' }] }, { 'no-hash': '' });
    const last = drawnMark(days, 'e');
    expect(last, 'drawn').to.not.equal(undefined);
    const plot = plotRect(days);
    expect(last.x - plot.left, 'inside the plot').to.be.within(0, plot.width);
    expect(days.visibleRange.end.getTime(), 'the view reaches its marker').to.be.above(utc(2020, 5, 5) + 12 * HOUR);
  });

  it('a day event is a point in the middle of its day: zoomed to days, it stands between its day\'s grid lines, not on the line before it', async () => {
    const days = await zoomed('2020-05-29', '2020-06-02');
    const dhs = drawnMark(days, 'dhs-riot-tips');
    const ticks = drawn(days).axis.minor.filter((t) => t.time === utc(2020, 5, 31) || t.time === utc(2020, 6, 1));
    expect(ticks.map((t) => t.label), 'the 31st\'s and the 1st\'s lines').to.have.length(2);
    expect(dhs.x - plotRect(days).left, '31 May: halfway between its lines').to.be.closeTo((ticks[0]!.x + ticks[1]!.x) / 2, 0.5);
    const el = await zoomed('2020-07-25', '2020-08-15');
    const m = mark(el, 'executive-order')!;
    expect(m.getAttribute('part')).to.contain('point');
    const drawnAt = drawnMark(el, 'executive-order');
    expect(drawnAt.bar).to.equal(null);
    expect(drawnAt.x).to.be.closeTo(xOf(el, utc(2020, 8, 6) + 12 * HOUR), 0.5);
    // The button over it covers the marker.
    const box = m.getBoundingClientRect();
    expect(box.left).to.be.below(drawnAt.x);
    expect(box.right).to.be.above(drawnAt.x);
  });

  it('an approximate event is marked approximate: its part, a dashed outline and "c." before the part of its date known only roughly (its end, known to the month) in its name; its label is its title alone', async () => {
    const el = await zoomed('2020-05-15', '2020-07-15');
    const m = mark(el, 'protests')!;
    expect(m.getAttribute('part')).to.contain('approximate');
    // "c." before a headline read as a list marker ("c. Protests across the U.S.").
    expect(drawnLabel(el, 'protests')!.text).to.equal('Protests across the U.S.');
    expect(m.getAttribute('aria-label')).to.include(', May 26 – c. June 2020,');
    // Along the bar's top edge, past its label: dashes, not one line.
    const plot = plotRect(el);
    const bar = drawn(el).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === 'protests')!.bar!;
    expect(bar.thin).to.equal(false);
    const y = plot.top + bar.top + 0.75;
    const inked = Array.from({ length: 60 }, (_, i) => pixel(el, plot.left + bar.left + 260 + i, y)[3]! > 128);
    const gaps = inked.filter((on, i) => i > 0 && !on && inked[i - 1]).length;
    expect(inked.filter(Boolean).length, 'the outline is drawn').to.be.above(20);
    expect(gaps, 'dashed').to.be.at.least(4);
    // An exact range keeps a solid outline: the transparency report (1 July – 31 December 2019).
    const exact = await zoomed('2019-06-01', '2020-02-01');
    const solid = drawn(exact).lanes.flatMap((l) => l.marks).find((mk) => mk.item.id === 'transparency-report-2019')!.bar!;
    const plot2 = plotRect(exact);
    const line = Array.from({ length: 60 }, (_, i) => pixel(exact, plot2.left + solid.left + 260 + i, plot2.top + solid.top + 0.75)[3]! > 128);
    expect(line.every(Boolean), 'solid').to.equal(true);
  });

  it('every mark has part="event" and its data-event-id, and is a focusable button', async () => {
    const el = await mountData(demo);
    for (const m of parts(el, 'event')) {
      expect(m.dataset.eventId).to.be.a('string').and.not.equal('');
      expect(m.localName).to.equal('button');
    }
    expect(part(el, 'axis')).to.exist;
  });

  it('a canvas whose context comes back blank (lost to memory pressure, then restored) is drawn again, though the scene did not change: the plot\'s and the axis\'s', async () => {
    const el = await zoomed('2020-04-01', '2020-08-01');
    for (const canvas of [part(el, 'canvas') as HTMLCanvasElement, part(el, 'axis')!.querySelector<HTMLCanvasElement>('canvas:not(.slide)')!]) {
      const ctx = canvas.getContext('2d')!;
      const inked = () => {
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      };
      const before = inked();
      expect(before).to.be.above(300);
      // What a restored context holds: nothing.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      expect(inked()).to.equal(0);
      canvas.dispatchEvent(new Event('contextrestored'));
      expect(inked()).to.equal(before);
    }
  });

  it('new words for the timeline (`strings`) rename the buttons over the marks, though the drawing did not change', async () => {
    const el = await zoomed('2020-04-01', '2020-10-01');
    const deadline = () => parts(el, 'deadline-label')[0]!.getAttribute('aria-label')!;
    expect(deadline()).to.match(/deadline/i);
    el.strings = { deadline: 'Frist' };
    await settle(el);
    expect(deadline()).to.contain('Frist');
  });

  it('when a web font finishes loading, the canvas draws its texts again (measured and drawn in it)', async () => {
    const el = await zoomed('2020-04-01', '2020-08-01');
    const paints = countPaints(el);
    try {
      // A render that changes nothing draws nothing again…
      el.requestUpdate();
      await settle(el);
      expect(paints.count, 'paints after a render that changed nothing').to.equal(0);
      // …but the font the labels are drawn in may have changed.
      document.fonts.dispatchEvent(new Event('loadingdone'));
      await settle(el);
      expect(paints.count, 'paints after the fonts loaded').to.be.at.least(1);
    } finally {
      paints.stop();
    }
  });
});
