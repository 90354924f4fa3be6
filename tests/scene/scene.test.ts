import { expect } from '@open-wc/testing';
import { timeScale } from '../../src/layout/scale.js';
import { majorGap } from '../../src/layout/ticks.js';
import { laneHeight, metricsFor } from '../../src/scene/metrics.js';
import { labelText, placeMarks, thinBarPx } from '../../src/scene/marks.js';
import type { TimelineItem } from '../../src/model/items.js';
import { placeRule } from '../../src/scene/rules.js';
import { DAY, utc } from '../helpers/utc.js';
import { marksById, measure, metrics, points, sceneOf } from './build.js';
import { syntheticTimeline } from '../../events/synthetic.js';
import { parseTimeline } from '../../src/model/parse.js';
import { toTimelineItems } from '../../src/model/items.js';

const june = { start: utc(2020, 6, 1), end: utc(2020, 7, 1) };
const all = (s: ReturnType<typeof sceneOf>) => s.lanes.flatMap((l) => [...l.marks, ...l.clusters]);

describe('buildScene', () => {
  it('buildScene(three points in June 2020, 700px): each mark sits at the scale\'s x of the middle of its day, its label after it', () => {
    const scene = sceneOf(points([['a', '2020-06-02', 'Alpha'], ['b', '2020-06-10', 'Beta'], ['c', '2020-06-20', 'Gamma']]), june, 700);
    const scale = timeScale(june, 700);
    const marks = marksById(scene);
    expect([...marks.keys()]).to.deep.equal(['a', 'b', 'c']);
    for (const [id, date] of [['a', utc(2020, 6, 2)], ['b', utc(2020, 6, 10)], ['c', utc(2020, 6, 20)]] as const) {
      const m = marks.get(id)!;
      expect(m.x, id).to.be.closeTo(scale(date + DAY / 2), 1e-6);
      expect(m.label.left, id).to.be.closeTo(m.x + metrics.markerPx / 2 + metrics.markerGapPx, 1e-6);
      expect(m.label.width).to.equal(measure(m.item.event.title, 'label'));
      expect(m.label.truncated).to.equal(false);
      expect(m.left, id).to.be.closeTo(m.x - metrics.markerPx / 2, 1e-6);
      expect(m.right, id).to.be.at.least(m.label.left + m.label.width);
    }
  });

  it('buildScene(one lane): the lane starts below the axis and the band, and is as tall as its rows', () => {
    const scene = sceneOf(points([['a', '2020-06-02', 'Alpha']]), june, 700);
    const [lane] = scene.lanes;
    expect(scene.band.top).to.equal(metrics.axisPx);
    expect(lane!.top).to.equal(scene.band.top + scene.band.height);
    expect(lane!.height).to.equal(laneHeight(metrics, lane!.rows));
    expect(scene.height).to.equal(lane!.top + lane!.height);
    const m = lane!.marks[0]!;
    expect(m.top).to.equal(lane!.top + metrics.laneHeaderPx + (metrics.rowPx - metrics.markPx) / 2);
    expect(m.height).to.equal(metrics.markPx);
  });

  it('buildScene(a view of hours starting after a day\'s start): that day\'s event is drawn, at the middle of its day, though its laid-out box ended before the view', () => {
    const view = { start: utc(2020, 6, 10) + 5 * 3_600_000, end: utc(2020, 6, 11) + 5 * 3_600_000 };
    const mark = marksById(sceneOf(points([['a', '2020-06-10', 'A']]), view, 1000)).get('a');
    expect(mark, 'drawn').to.not.equal(undefined);
    expect(mark!.x).to.be.closeTo(((12 - 5) / 24) * 1000, 1e-6);
  });

  it('buildScene(a point near the view\'s end): its label goes before the marker, whole', () => {
    const scene = sceneOf(points([['end', '2020-06-29', 'A rather long title']]), june, 700);
    const m = marksById(scene).get('end')!;
    expect(m.label.before).to.equal(true);
    expect(m.label.text).to.equal('A rather long title');
    expect(m.label.left + m.label.width).to.be.closeTo(m.x - metrics.markerPx / 2 - metrics.markerGapPx, 1e-6);
    expect(m.label.left).to.be.at.least(0);
  });

  it('buildScene(a point just past the view\'s end, in the overscan): no label runs into the plot cut by its edge; as the marker comes in, the label shows whole before it', () => {
    const title = 'DDoSecrets publishes BlueLeaks';
    const doc = points([['late', '2020-07-01', title]]);
    const past = marksById(sceneOf(doc, { start: june.start, end: june.end - 86_400_000 }, 700)).get('late');
    expect(past, 'its marker is in the scene, in the overscan').to.not.equal(undefined);
    expect(past!.x - metrics.markerPx / 2, 'the marker wholly past the end').to.be.above(700);
    expect(past!.label.width > 0 && past!.label.left < 700, `no label inside the plot (${past!.label.left}, ${past!.label.width})`).to.equal(false);
    const inside = marksById(sceneOf(doc, { start: june.start + 86_400_000, end: june.end + 86_400_000 }, 700)).get('late')!;
    expect(inside.x).to.be.below(700);
    expect([inside.label.text, inside.label.before]).to.deep.equal([title, true]);
    expect(inside.label.left + inside.label.width).to.be.at.most(700);
  });

  it('buildScene(a label with room for two letters): no label rather than "Ag…", the title on hover; a first word that fits whole stays ("EU…")', () => {
    // At 700 px for June, a day is 23 px: a point on 29 June has about 35 px after its marker,
    // room for three letters and the ellipsis.
    const cut = (title: string) => {
      const scene = sceneOf(points([['a', '2020-06-26', 'A'], ['b', '2020-06-29', title]]), june, 700);
      return marksById(scene).get('b')!.label;
    };
    const agency = cut('Agency delays open-source release');
    expect(agency.text, 'too little to read').to.equal('');
    expect([agency.truncated, agency.full]).to.deep.equal([true, 'Agency delays open-source release']);
    const eu = cut('EU summit on data law');
    expect(eu.text, 'a whole first word').to.equal('EU…');
  });

  it('buildScene(14 March, a day at 1000 px): an event of 15 March at the view\'s end, its marker cut by it or just inside, has no label across 14 March\'s evening, in both directions', () => {
    for (const shift of [0, 9 * 60_000]) {
      // The view ends where 15 March's marker stands: the middle of its day.
      const day = { start: utc(2011, 3, 14) + DAY / 2 + shift, end: utc(2011, 3, 15) + DAY / 2 + shift };
      for (const rtl of [false, true]) {
        const scene = sceneOf(points([['a', '2011-03-14', 'Morning'], ['b', '2011-03-15', 'Ministry funds season']]), day, 1000, { rtl });
        const b = marksById(scene).get('b')!;
        const inline = rtl ? 1000 - b.x : b.x;
        expect(inline, `its marker at the view's end (${shift}, rtl ${rtl})`).to.be.within(990, 1001);
        const shown = b.label.width > 0 && b.label.left < 1000 && b.label.left + b.label.width > 0;
        expect(shown, `no label in the plot (${b.label.text} at ${b.label.left}; ${shift}, rtl ${rtl})`).to.equal(false);
      }
    }
    // At a month's zoom a day is narrower than a title: a title before its marker reads as its own.
    const june = { start: utc(2020, 6, 1), end: utc(2020, 7, 1) };
    const late = marksById(sceneOf(points([['a', '2020-06-02', 'A'], ['b', '2020-06-29', 'A title']]), june, 700)).get('b')!;
    expect([late.label.text, late.label.before], 'before its marker at the end').to.deep.equal(['A title', true]);
  });

  it('buildScene(a point near the view\'s end, its neighbour\'s label ending well before it): with no room after its marker even for a first word, its label is cut before the marker rather than left out', () => {
    const title = 'Mainer: TikTok teen claim exposed';
    const scene = sceneOf(points([['a', '2020-06-20', 'A long title here'], ['b', '2020-06-29', title]]), june, 700);
    const a = marksById(scene).get('a')!;
    const b = marksById(scene).get('b')!;
    expect(b.row).to.equal(a.row);
    expect([b.label.text, b.label.before, b.label.truncated]).to.deep.equal(['Mainer…', true, true]);
    expect(b.label.left + b.label.width, 'ends before its marker').to.be.at.most(b.x - metrics.markerPx / 2);
    expect(b.label.left, 'clear of the label before it').to.be.at.least(a.label.left + a.label.width);
  });

  it('buildScene(a point at the view\'s end with a neighbour before it): the label is cut with an ellipsis to fit the plot', () => {
    // 760 px: room after the marker for four letters and the ellipsis ("A ra…").
    const scene = sceneOf(points([['a', '2020-06-26', 'A'], ['b', '2020-06-29', 'A rather long title that cannot fit']]), june, 760);
    const a = marksById(scene).get('a')!;
    const b = marksById(scene).get('b')!;
    expect(b.row).to.equal(a.row);
    expect(b.label.truncated).to.equal(true);
    expect(b.label.text.endsWith('…')).to.equal(true);
    expect(b.label.left + b.label.width).to.be.at.most(760);
    expect(b.label.width).to.equal(measure(b.label.text, 'label'));
    expect(b.label.full).to.equal('A rather long title that cannot fit');
  });

  it('placeMarks(a sample beside a density strip): a point or thin bar whose label the view\'s end would cut is left out; whole labels, a label cut by a neighbour, and the same marks not sampled are drawn', () => {
    const doc = points(
      [
        ['a', '2020-06-03', 'Alpha'],
        ['b', '2020-06-26', 'B'],
        ['c', '2020-06-29', 'A rather long title that cannot fit'],
        ['d', '2020-06-10', 'A long title cut by its neighbour'],
        ['e', '2020-06-12', 'E'],
      ],
      [{ id: 'r', start: '2020-06-28', end: '2020-06-29', title: 'A short range whose title cannot fit', lane: 'l' }],
    );
    // Rows as a lane would have them: "c" after a neighbour at the view's end (760 px: "A ra…" fits),
    // "d" cut by "e" two days later, the thin bar "r" at the end of a row that a "+N" box fills before it.
    const byId = new Map([...marksById(sceneOf(doc, { start: utc(2020, 5, 1), end: utc(2020, 8, 1) }, 2000))].map(([id, m]) => [id, m.item] as const));
    const rowOf: Record<string, number> = { a: 0, b: 0, c: 0, d: 1, e: 1, r: 2 };
    const context = { scale: timeScale(june, 760), width: 760, rtl: false, metrics, measure, overscanPx: 76 };
    const place = (sampled: boolean) => {
      const slots = [...byId.values()].map((item) => ({ item, row: rowOf[item.id]!, rowTop: rowOf[item.id]! * metrics.rowPx, sampled }));
      return new Map(placeMarks(slots, [{ row: 2, start: 0, end: timeScale(june, 760)(utc(2020, 6, 27)) }], context).map((m) => [m.item.id, m] as const));
    };
    const whole = place(false);
    expect(whole.get('c')!.label.text, 'not sampled: cut at the end').to.match(/…$/);
    expect(whole.get('r')!.bar!.thin, 'a thin bar').to.equal(true);
    expect(whole.get('r')!.label.truncated, 'not sampled: the thin bar\'s label is cut at the end').to.equal(true);
    const sampled = place(true);
    expect([...sampled.keys()].sort(), 'the marks drawn').to.deep.equal(['a', 'b', 'd', 'e']);
    expect(sampled.get('d')!.label.truncated, 'cut by its neighbour, not the end: drawn').to.equal(true);
    expect(sampled.get('a')!.label.text).to.equal('Alpha');
  });

  it('placeMarks(a sample): a title cut by a neighbour that is itself left out is placed again, whole, both directions', () => {
    const doc = points([
      ['a', '2020-06-19', 'Alpha'],
      ['r', '2020-06-22', 'Regulator postpones the merger'],
      ['z', '2020-06-30', 'A rather long title that cannot fit'],
    ]);
    const items = [...marksById(sceneOf(doc, { start: utc(2020, 5, 1), end: utc(2020, 8, 1) }, 2000)).values()].map((m) => m.item);
    for (const rtl of [false, true]) {
      const context = { scale: timeScale(june, 800, rtl), width: 800, rtl, metrics, measure, overscanPx: 80 };
      const placed = placeMarks(items.map((item) => ({ item, row: 0, rowTop: 0, sampled: true })), [], context);
      expect(placed.map((m) => m.item.id), `rtl ${rtl}`).to.deep.equal(['a', 'r']);
      const r = placed.find((m) => m.item.id === 'r')!;
      expect(r.label.text, `rtl ${rtl}: whole, once "z" is left out`).to.equal('Regulator postpones the merger');
      expect(r.label.left, `rtl ${rtl}: inside the plot`).to.be.at.least(0);
      expect(r.label.left + r.label.width).to.be.at.most(800);
    }
  });

  it('buildScene(a range that began before the view): its label stays at the view\'s start while the bar shows', () => {
    const doc = points([], [{ id: 'r', start: '2020-05-01', end: '2020-06-20', title: 'Protests', lane: 'l' }]);
    const m = marksById(sceneOf(doc, june, 700)).get('r')!;
    expect(m.bar!.left).to.be.below(0);
    expect(m.label.left).to.equal(metrics.barInsetPx);
    expect(m.label.text).to.equal('Protests');
  });

  it('buildScene(a month, or a short range, ended before the view): no label at the plot\'s start (it read as dated there)', () => {
    // Months about 19 px wide: April 2020 is a thin bar (shorter than its title) ending before
    // 10 May, as is the short range; both lie in the overscan, left of the view.
    const doc = points([['m', '2020-04', 'ByteDance buys Musical.ly']], [{ id: 'r', start: '2020-03-20', end: '2020-04-25', title: 'A short range before the view', lane: 'l' }]);
    const view = { start: utc(2020, 5, 10), end: utc(2023, 5, 10) };
    for (const rtl of [false, true]) {
      const scene = sceneOf(doc, view, 700, { rtl });
      for (const id of ['m', 'r']) {
        const m = marksById(scene).get(id)!;
        expect(m, `${id} in the scene (the overscan), rtl ${rtl}`).to.exist;
        expect(m.bar, `${id}: a bar`).to.not.equal(null);
        // Before the view: left of it, or right of it from right to left.
        expect(rtl ? m.bar!.left >= 700 : m.bar!.right <= 0, `${id} ends before the view (rtl ${rtl})`).to.equal(true);
        expect(m.label.text, `${id}: no label (rtl ${rtl})`).to.equal('');
      }
    }
  });

  it('buildScene(a month-precision date): a hatched box across the whole month, its label inside', () => {
    const m = marksById(sceneOf(points([['m', '2020-06', 'June']]), { start: utc(2020, 5, 1), end: utc(2020, 8, 1) }, 920)).get('m')!;
    const scale = timeScale({ start: utc(2020, 5, 1), end: utc(2020, 8, 1) }, 920);
    expect(m.bar!.imprecise).to.equal(true);
    expect(m.bar!.left).to.be.closeTo(scale(utc(2020, 6, 1)), 1e-6);
    expect(m.bar!.right).to.be.closeTo(scale(utc(2020, 7, 1)), 1e-6);
    expect(m.label.left).to.be.closeTo(m.bar!.left + metrics.barInsetPx, 1e-6);
  });

  it('buildScene(a month-precision date where a month is narrower than a marker): a marker at the month\'s start, its label after it; a range with an end of its own stays a bar', () => {
    const doc = points([['m', '2020-06', 'June']], [{ id: 'r', start: '2020-06-01', end: '2020-06-03', title: 'Two days', lane: 'l' }]);
    const view = { start: utc(2000, 1, 1), end: utc(2030, 1, 1) };
    const scene = sceneOf(doc, view, 920);
    const scale = timeScale(view, 920);
    const m = marksById(scene).get('m')!;
    expect(scale(utc(2020, 7, 1)) - scale(utc(2020, 6, 1)), 'a month is under a marker here').to.be.below(metrics.markerPx);
    expect(m.bar).to.equal(null);
    expect(m.x).to.be.closeTo(scale(utc(2020, 6, 1)), 1e-6);
    expect(m.right - m.left).to.be.at.least(metrics.markerPx);
    expect(m.label.left).to.be.closeTo(m.x + metrics.markerPx / 2 + metrics.markerGapPx, 1e-6);
    expect(marksById(scene).get('r')?.bar, 'an explicit range').to.not.equal(null);
  });

  it('buildScene(a range shorter than its label): a thin bar along the mark\'s top, the whole label under it from the bar\'s start; a range that holds its label is a box around it', () => {
    const doc = points([], [
      { id: 'short', start: '2020-06-02', end: '2020-06-05', title: 'A title much longer than three days', lane: 'l' },
      { id: 'long', start: '2020-06-10', end: '2020-06-28', title: 'Fits', lane: 'l' },
    ]);
    for (const rtl of [false, true]) {
      const marks = marksById(sceneOf(doc, june, 700, { rtl }));
      const short = marks.get('short')!;
      const bar = short.bar!;
      expect(bar.thin, `${rtl}: thin`).to.equal(true);
      expect(short.label.text, 'whole').to.equal('A title much longer than three days');
      expect(short.label.width, 'past the bar').to.be.above(bar.right - bar.left);
      expect(rtl ? short.label.left + short.label.width : short.label.left, 'from the bar\'s start').to.be.closeTo(rtl ? bar.right : bar.left, 1e-6);
      const letters = short.top + (short.height - metrics.fontPx) / 2;
      expect(bar.top, 'at the mark\'s top').to.be.within(short.top, letters);
      expect(bar.top + bar.height, 'on the top of the label\'s letters, not into them').to.be.closeTo(letters, 1);
      const long = marks.get('long')!;
      expect(long.bar!.thin, `${rtl}: a box`).to.equal(false);
      expect([long.bar!.top, long.bar!.height]).to.deep.equal([long.top + 3, long.height - 6]);
      expect(long.label.left, 'inside its box').to.be.within(long.bar!.left, long.bar!.right - long.label.width);
    }
  });

  it('buildScene(a short range near the view\'s end, its title longer than the room after it): the whole title ends where the bar ends, as a point\'s label goes before its marker', () => {
    const title = 'A title that cannot fit after this range';
    const doc = points([], [{ id: 'r', start: '2020-06-26', end: '2020-06-27', title, lane: 'l' }]);
    for (const rtl of [false, true]) {
      const m = marksById(sceneOf(doc, june, 700, { rtl })).get('r')!;
      expect(m.bar!.thin, `${rtl}: thin`).to.equal(true);
      expect([m.label.text, m.label.before], `${rtl}: whole, before`).to.deep.equal([title, true]);
      if (rtl) expect(m.label.left, 'ends (at its left) where the bar ends').to.be.closeTo(m.bar!.left, 1e-6);
      else expect(m.label.left + m.label.width, 'ends where the bar ends').to.be.closeTo(m.bar!.right, 1e-6);
      expect(m.label.left, 'inside the plot').to.be.at.least(0);
      expect(m.label.left + m.label.width).to.be.at.most(700);
      expect(m.bar!.right - m.bar!.left, 'at least the narrowest bar').to.be.at.least(metrics.minBarPx - 1e-6);
    }
  });

  it('buildScene(a range running past the view\'s end, its label longer than what shows): a box (not a thin bar), its whole label before it where the row has room, else cut inside it', () => {
    const title = 'A title far longer than the days left in the view';
    const range = { id: 'r', start: '2020-06-26', end: '2020-07-31', title, lane: 'l' };
    for (const rtl of [false, true]) {
      const m = marksById(sceneOf(points([], [range]), june, 700, { rtl })).get('r')!;
      expect(m.bar!.thin).to.equal(false);
      expect([m.label.text, m.label.before], `${rtl}: whole, before the box`).to.deep.equal([title, true]);
      if (rtl) expect(m.label.left, 'ends a gap before the box (at its right)').to.be.closeTo(m.bar!.right + metrics.markerGapPx / 2, 1e-6);
      else expect(m.label.left + m.label.width, 'ends a gap before the box').to.be.closeTo(m.bar!.left - metrics.markerGapPx / 2, 1e-6);
      expect(m.label.left).to.be.at.least(0);
      expect(m.label.left + m.label.width).to.be.at.most(700);
    }
    // A point's label fills the row before the box: no room there, so the label is cut inside the box.
    const crowded = marksById(sceneOf(points([['p', '2020-06-02', 'A point whose title runs across most of June in this row']], [range]), june, 700, { maxRows: 1 }));
    const m = crowded.get('r')!;
    const p = crowded.get('p')!;
    expect(m.row, 'one row').to.equal(p.row);
    expect(m.label.before).to.equal(false);
    expect(m.label.truncated).to.equal(true);
    expect(m.label.left).to.be.at.least(m.bar!.left);
    expect(m.label.left + m.label.width).to.be.at.most(700);
  });

  it('buildScene(a range "2000" – "2021" seen in March – April 2021): its fade began before the drawn bar (1 January 2021) and goes on past it (to 1 January 2022)', () => {
    const doc = points([], [{ id: 'r', start: '2000', end: '2021', title: 'Two decades', lane: 'l' }]);
    const view = { start: utc(2021, 3, 1), end: utc(2021, 5, 1) };
    const width = 700;
    const scale = timeScale(view, width);
    const bar = marksById(sceneOf(doc, view, width)).get('r')!.bar!;
    expect(bar.left, 'drawn from the overscan, not from 2000').to.be.above(scale(utc(2021, 1, 1)));
    expect(bar.right - bar.fade, 'the fade starts on 1 January 2021, before the drawn start').to.be.closeTo(scale(utc(2021, 1, 1)), 1);
    expect(bar.right + bar.fadeBeyond, 'and ends on 1 January 2022').to.be.closeTo(scale(utc(2022, 1, 1)), 1);
  });

  it('labelText: the title alone, approximate or not and in any language (the card and the list say "c." before the date); cut at 120 characters', () => {
    const item = (title: string, approximate = true) => ({ title, approximate }) as TimelineItem;
    expect(labelText(item('Protests across the U.S.'))).to.equal('Protests across the U.S.');
    expect(labelText(item('احتجاجات.'))).to.equal('احتجاجات.');
    expect(labelText(item('Protests across the U.S.', false))).to.equal('Protests across the U.S.');
    const long = labelText(item(`${'word '.repeat(40)}end`));
    expect(long).to.have.length.at.most(120);
    expect(long.endsWith('…')).to.equal(true);
  });

  it('thinBarPx: a quarter of the font, at least 2 px, never below the top of the label\'s letters, at every row height and font', () => {
    for (const font of [12, 14, 20]) {
      for (const row of [undefined, 1, 24, 32, 48]) {
        const m = metricsFor(font, row);
        expect(thinBarPx(m), `${font}/${row}`).to.be.within(2, Math.max(2, (m.markPx - m.fontPx) / 2));
      }
    }
  });

  it('buildScene(3 events on one day, maxRows 1): a "+3" mark at their start; no mark is "+1"', () => {
    const scene = sceneOf(points([['a', '2020-06-10', 'Alpha'], ['b', '2020-06-10', 'Beta'], ['c', '2020-06-10', 'Gamma'], ['far', '2020-06-25', 'Far']]), june, 700, { maxRows: 1 });
    const [lane] = scene.lanes;
    expect(lane!.clusters.map((c) => c.text)).to.deep.equal(['+3']);
    expect(lane!.clusters[0]!.left).to.be.closeTo(timeScale(june, 700)(utc(2020, 6, 10)), 1e-6);
    expect(lane!.marks.map((m) => m.item.id)).to.deep.equal(['far']);
  });

  it('buildScene(a lone event squeezed between "+N" marks): it is drawn as itself, its label cut to the room it has, never "+1"', () => {
    const doc = points([
      ['a', '2020-06-10', 'Alpha'],
      ['b', '2020-06-10', 'Beta'],
      ['d', '2020-06-13', 'A long lonely title'],
      ['e', '2020-06-16', 'Epsilon'],
      ['f', '2020-06-16', 'Phi'],
    ]);
    const scene = sceneOf(doc, june, 700, { maxRows: 1 });
    const [lane] = scene.lanes;
    expect(lane!.clusters.every((c) => c.count > 1)).to.equal(true);
    const d = lane!.marks.find((m) => m.item.id === 'd')!;
    expect(d, 'the lone event has a mark').to.not.equal(undefined);
    const next = lane!.clusters.find((c) => c.left > d.x)!;
    expect(d.label.left + d.label.width).to.be.at.most(next.left);
  });

  it('buildScene(marks of one row): no two boxes overlap, labels included', () => {
    const events: Array<[string, string, string]> = Array.from({ length: 40 }, (_, i) => [`e${i}`, `2020-06-${String(1 + (i % 29)).padStart(2, '0')}`, `Event number ${i}`]);
    const scene = sceneOf(points(events), june, 700);
    const boxes = all(scene).map((b) => ({ id: 'item' in b ? b.item.id : b.key, b, row: b.row }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        if (p.row !== q.row) continue;
        const overlap = p.b.left < q.b.right - 0.5 && q.b.left < p.b.right - 0.5;
        expect(overlap, `${p.id} and ${q.id}`).to.equal(false);
      }
    }
  });

  it('buildScene(a deadline near the view\'s end): with no room after its rule its label ends at the rule (not across it), whole; "now" gets its own band row', () => {
    const doc = points([['a', '2020-06-02', 'Alpha']], [{ id: 'dl', start: '2020-06-29', title: 'Deadline', kind: 'deadline' }]);
    for (const rtl of [false, true]) {
      const scene = sceneOf(doc, june, 700, { now: utc(2020, 6, 15), nowLabel: 'Published', rtl });
      const deadline = scene.rules.find((r) => r.kind === 'deadline')!;
      expect(deadline.x).to.be.closeTo(timeScale(june, 700, rtl)(utc(2020, 6, 29)), 1e-6);
      // Its end in reading order is at the rule: the rule runs along its edge, never through it.
      expect(rtl ? deadline.label.left : deadline.label.left + deadline.label.width, `rtl ${rtl}`).to.be.closeTo(deadline.x, 1e-6);
      expect(deadline.label.left).to.be.at.least(0);
      expect(deadline.label.left + deadline.label.width).to.be.at.most(700);
      expect(deadline.label.truncated).to.equal(false);
    }
    const scene = sceneOf(doc, june, 700, { now: utc(2020, 6, 15), nowLabel: 'Published' });
    const deadline = scene.rules.find((r) => r.kind === 'deadline')!;
    const now = scene.rules.find((r) => r.kind === 'now')!;
    expect(deadline.label.title).to.equal('Deadline');
    expect(deadline.label.relative).to.equal('in 14 days');
    expect(now.label.title).to.equal('Published');
    expect(now.label.top).to.be.greaterThan(deadline.label.top);
    expect(scene.band.rows).to.equal(2);
  });

  it('buildScene("now" a few days before a deadline): its label ends at its own rule rather than cover the deadline\'s line; with room after it, it starts at its rule', () => {
    // 700 px for June: 23 px a day. "Article published" is wider than the five days to the deadline.
    const doc = points([['a', '2020-06-02', 'Alpha']], [{ id: 'dl', start: '2020-06-20', title: 'Deadline', kind: 'deadline' }]);
    for (const rtl of [false, true]) {
      const scene = sceneOf(doc, june, 700, { now: utc(2020, 6, 15), nowLabel: 'Article published', rtl });
      const deadline = scene.rules.find((r) => r.kind === 'deadline')!;
      const now = scene.rules.find((r) => r.kind === 'now')!;
      const [left, right] = [now.label.left, now.label.left + now.label.width];
      expect(deadline.x > left && deadline.x < right, `rtl ${rtl}: the deadline's line is not under the label`).to.equal(false);
      expect(rtl ? left : right, `rtl ${rtl}: ends at its rule`).to.be.closeTo(now.x, 1e-6);
      expect(now.label.truncated).to.equal(false);
      const far = sceneOf(doc, june, 700, { now: utc(2020, 6, 5), nowLabel: 'Article published', rtl }).rules.find((r) => r.kind === 'now')!;
      expect(rtl ? far.label.left + far.label.width : far.label.left, `rtl ${rtl}: room after it: starts at its rule`).to.be.closeTo(far.x, 1e-6);
    }
  });

  it('buildScene(a deadline sliding back from the end onto the label before it in its row): it stops a gap after it and drops its relative time, then cuts its title', () => {
    for (const rtl of [false, true]) {
      for (const [title, shown] of [['B'.repeat(45), 'B'.repeat(45)], ['Deadline for the sale of the business, or the business ends', /^Deadline for the .*…$/]] as const) {
        const doc = points([], [
          { id: 'a', start: '2020-06-02', title: 'A'.repeat(26), kind: 'deadline' },
          { id: 'b', start: '2020-06-28', title, kind: 'deadline' },
        ]);
        const scene = sceneOf(doc, june, 700, { now: utc(2020, 6, 15), rtl });
        const [a, b] = ['a', 'b'].map((id) => scene.rules.find((r) => r.item?.id === id)!.label);
        const inline = (l: typeof a) => (rtl ? [700 - l!.left - l!.width, 700 - l!.left] : [l!.left, l!.left + l!.width]);
        expect(a!.top, 'one band row').to.equal(b!.top);
        expect(a!.truncated).to.equal(false);
        expect(inline(b)[0], `${title}: starts a gap after the label before it`).to.be.closeTo(inline(a)[1] + metrics.gapPx, 1e-9);
        expect(inline(b)[1], `${title}: ends inside the plot`).to.be.at.most(700);
        expect(b!.relative).to.equal('');
        expect(b!.truncated).to.equal(true);
        expect(b!.full).to.equal(title);
        expect(b!.words, 'the whole label in words').to.equal(`${title} in 13 days`);
        if (typeof shown === 'string') expect(b!.title).to.equal(shown);
        else expect(b!.title).to.match(shown);
      }
    }
  });

  it('placeRule: with no room for its first word and an ellipsis the label shows the ellipsis alone, moved back into the gap if need be, and never runs past the plot\'s end; a rule past the end keeps its whole label', () => {
    const c = { scale: timeScale(june, 700), width: 700, rtl: false, metrics, measure, locale: 'en', overscanPx: 70 };
    const scale = timeScale(june, 700);
    const x = scale(utc(2020, 6, 30));
    // The label before it in its row ends just short of this rule: it may not slide back at all.
    const tight = placeRule('deadline', null, utc(2020, 6, 30), 'Deadline', 'in 15 days', 0, c, x - 3);
    expect(tight.label.left).to.be.closeTo(x, 1e-6);
    expect(tight.label.title).to.equal('…');
    expect(tight.label.relative).to.equal('');
    expect(tight.label.truncated).to.equal(true);
    expect([tight.label.full, tight.label.words]).to.deep.equal(['Deadline', 'Deadline in 15 days']);
    expect(tight.label.left + tight.label.width).to.be.at.most(700);
    // Five px before the end: the ellipsis moves back into the gap, clear of the label before it.
    const edge = +scale.invert(695);
    const back = placeRule('deadline', null, edge, 'Deadline', 'in 15 days', 0, c, 672);
    expect([back.label.title, back.label.left + back.label.width]).to.deep.equal(['…', 700]);
    expect(back.label.left, 'into the gap, clear of the label before it').to.be.within(672, 672 + metrics.gapPx);
    // No room even for that: an empty sliver up to the plot's end, after the label before it.
    const none = placeRule('deadline', null, edge, 'Deadline', 'in 15 days', 0, c, 694);
    expect(none.label.title).to.equal('');
    expect(none.label.left).to.be.at.least(694);
    expect(none.label.left + none.label.width).to.be.closeTo(700, 1e-6);
    // In the overscan after the plot's end: out of sight, drawn whole where its rule is.
    const past = placeRule('deadline', null, utc(2020, 7, 2), 'Deadline', 'in 17 days', 0, c);
    expect(past.label.left).to.be.above(700);
    expect([past.label.title, past.label.relative, past.label.truncated]).to.deep.equal(['Deadline', 'in 17 days', false]);
  });

  it('placeRule: the label\'s side at its rule is its tip (left when it starts at the rule, right when it hangs from it, mirrored right to left); a label slid away from its rule has none', () => {
    for (const rtl of [false, true]) {
      const scale = timeScale(june, 700, rtl);
      const c = { scale, width: 700, rtl, metrics, measure, locale: 'en', overscanPx: 70 };
      const early = placeRule('deadline', null, utc(2020, 6, 5), 'Deadline', 'in 15 days', 0, c);
      const late = placeRule('deadline', null, utc(2020, 6, 29), 'Deadline', 'in 15 days', 0, c);
      // Starts at the rule in reading order: after it, or leftwards from it right to left.
      expect(early.label.tip, `rtl ${rtl}`).to.equal(rtl ? 'right' : 'left');
      expect(rtl ? early.label.left + early.label.width : early.label.left).to.be.closeTo(early.x, 1e-6);
      // No room after it before the end: it hangs from the rule.
      expect(late.label.tip, `rtl ${rtl}`).to.equal(rtl ? 'left' : 'right');
      expect(rtl ? late.label.left : late.label.left + late.label.width).to.be.closeTo(late.x, 1e-6);
      // Five px before the end with the label before it close behind: slid back, not at its rule.
      const edge = +scale.invert(rtl ? 5 : 695);
      const back = placeRule('deadline', null, edge, 'Deadline', 'in 15 days', 0, c, 672);
      expect(back.label.tip, `rtl ${rtl}`).to.equal(null);
    }
  });

  it('buildScene(June 2020 ticks): each tick\'s x is the scale\'s, its label just after it', () => {
    const scene = sceneOf(points([['a', '2020-06-02', 'Alpha']]), june, 700);
    const scale = timeScale(june, 700);
    expect(scene.axis.minor.length).to.be.greaterThan(3);
    for (const t of scene.axis.minor) {
      expect(t.x).to.be.closeTo(scale(t.time), 1e-6);
      expect(t.left).to.be.closeTo(t.x + 4, 1e-6);
      expect(t.width).to.equal(measure(t.label, 'minor'));
    }
  });

  it('buildScene(January – June 2011, week ticks): each month\'s name starts at its first day\'s line, so the events of its first days stand under it; no day of the month before stands under it ("30" under "February 2011" read "30 February")', () => {
    const view = { start: utc(2011, 1, 1), end: utc(2011, 7, 1) };
    for (const rtl of [false, true]) {
      const width = 1178;
      const scene = sceneOf(points([['a', '2011-03-02', 'Alpha']]), view, width, { rtl });
      const scale = timeScale(view, width, rtl);
      const minor = scene.axis.minor.filter((t) => t.shown);
      const shown = scene.axis.major.filter((t) => t.shown && !t.sticky);
      expect(scene.axis.key, 'week ticks').to.match(/week/);
      expect(shown.map((t) => t.label), `rtl ${rtl}`).to.include.members(['February 2011', 'March 2011', 'June 2011']);
      for (const t of shown) {
        expect(t.x, t.label).to.be.closeTo(scale(t.time), 1e-6);
        // From its boundary (4 px after it in reading order), not from its first week's tick.
        expect(rtl ? t.left + t.width : t.left, `rtl ${rtl}: ${t.label} at its boundary`).to.be.closeTo(rtl ? t.x - 4 : t.x + 4, 1e-6);
        const under = minor.filter((m) => m.time < t.time && m.left < t.left + t.width && m.left + m.width > t.left);
        expect(under.map((m) => m.label), `rtl ${rtl}: labels of the month before under ${t.label}`).to.deep.equal([]);
      }
      // January's last week tick (30 January) is two days before the boundary: its "30" would run
      // on under "February 2011", so it is left out; its grid line stays.
      const thirtieth = scene.axis.minor.find((m) => m.time === utc(2011, 1, 30))!;
      expect([thirtieth.label, thirtieth.shown], `rtl ${rtl}`).to.deep.equal(['30', false]);
    }
  });

  it('buildScene(November 2014 – February 2015, 3.6 to 7 px a day): "January 2015" is shown wherever it has room after "December 2014"', () => {
    const view = { start: utc(2014, 11, 10), end: utc(2015, 2, 20) };
    const days = (view.end - view.start) / 86_400_000;
    let checked = 0;
    for (let perDay = 3.6; perDay <= 7; perDay += 0.02) {
      const width = Math.round(days * perDay);
      const scene = sceneOf(points([['a', '2014-12-15', 'Alpha']]), view, width);
      const december = scene.axis.major.find((t) => t.time === utc(2014, 12, 1));
      const january = scene.axis.major.find((t) => t.time === utc(2015, 1, 1));
      // Wide enough days have month names as context; narrower ones years.
      if (!december || !january) continue;
      checked++;
      expect(december.left, `${perDay.toFixed(2)} px a day: "December 2014" at its boundary`).to.be.closeTo(december.x + 4, 1e-6);
      const room = january.x + 4 - (december.x + 4 + december.width) >= majorGap(metrics.tickGapPx) && january.x + 4 + january.width <= width;
      if (room) expect(january.shown, `${perDay.toFixed(2)} px a day`).to.equal(true);
    }
    expect(checked, 'widths with month names as context').to.be.above(50);
  });

  it('buildScene(10 March – 5 November 2020, months): the month the view starts in is named at its start ("Mar" over 16 March\'s event, before "Apr"), in both directions, its boundary outside the plot; a sliver too narrow for its name gets none; a week\'s day number is never pinned', () => {
    for (const rtl of [false, true]) {
      const view = { start: utc(2020, 3, 10), end: utc(2020, 11, 5) };
      const scene = sceneOf(points([['a', '2020-03-16', 'Alpha']]), view, 825, { rtl });
      expect(scene.axis.key, `rtl ${rtl}: month ticks`).to.equal('month:1');
      const [first, second] = scene.axis.minor;
      expect([first!.label, first!.sticky, first!.shown, first!.time], `rtl ${rtl}`).to.deep.equal(['Mar', true, true, utc(2020, 3, 1)]);
      expect(rtl ? first!.x > 825 : first!.x < 0, `rtl ${rtl}: its boundary before the view (${first!.x})`).to.equal(true);
      expect(rtl ? first!.left + first!.width : first!.left, `rtl ${rtl}: pinned at the start`).to.equal(rtl ? 825 - 4 : 4);
      expect([second!.label, second!.shown], `rtl ${rtl}`).to.deep.equal(['Apr', true]);
      expect(rtl ? second!.left + second!.width + metrics.tickGapPx <= first!.left : first!.left + first!.width + metrics.tickGapPx <= second!.left, `rtl ${rtl}: a gap before "Apr"`).to.equal(true);
      // Two days of March in view: no room to name it before "Apr".
      const sliver = sceneOf(points([['a', '2020-04-16', 'Alpha']]), { start: utc(2020, 3, 30), end: utc(2020, 11, 25) }, 825, { rtl });
      expect(sliver.axis.key).to.equal('month:1');
      expect(sliver.axis.minor.filter((t) => t.shown)[0]!.label, `rtl ${rtl}: the first month named`).to.equal('Apr');
      expect(sliver.axis.minor.some((t) => t.sticky), `rtl ${rtl}`).to.equal(false);
    }
    // Weeks (11 June is a Thursday): "7" would name a Sunday four days before the view.
    const weeks = sceneOf(points([['a', '2020-06-12', 'Alpha']]), { start: utc(2020, 6, 11), end: utc(2020, 8, 20) }, 800);
    expect(weeks.axis.key).to.match(/^week/);
    expect(weeks.axis.minor.some((t) => t.sticky), 'no day number pinned').to.equal(false);
  });

  it('buildScene(10 June – 20 July): the sticky "June 2020" label is pinned at the start and ends before "July 2020" begins', () => {
    const view = { start: utc(2020, 6, 10), end: utc(2020, 7, 20) };
    const scene = sceneOf(points([['a', '2020-06-12', 'Alpha']]), view, 800);
    const [sticky, july] = scene.axis.major;
    expect(sticky!.label).to.equal('June 2020');
    expect(sticky!.sticky).to.equal(true);
    expect(sticky!.left).to.equal(4);
    expect(july!.label).to.equal('July 2020');
    expect(sticky!.left + sticky!.width).to.be.at.most(july!.left - metrics.tickGapPx);
  });

  it('buildScene(3 June – 1 July 18:00, 800px): no form of "July 2020" fits at the end, so its label is not shown, nor the days after it; its grid line stays; every shown label is whole', () => {
    const view = { start: utc(2020, 6, 3), end: utc(2020, 7, 1) + 18 * 3_600_000 };
    for (const rtl of [false, true]) {
      // 17 px after 1 July's boundary: not even "Jul" (21 px with the fake measurer).
      const scene = sceneOf(points([['a', '2020-06-12', 'Alpha']]), view, 800, { rtl });
      const july = scene.axis.major.find((t) => t.time === utc(2020, 7, 1))!;
      expect(july.label, `rtl ${rtl}`).to.equal('July 2020');
      expect(july.shown, `rtl ${rtl}: cut by the edge`).to.equal(false);
      expect(july.x).to.be.closeTo(rtl ? 800 - (28 / 28.75) * 800 : (28 / 28.75) * 800, 1e-6);
      const june = scene.axis.major.find((t) => t.sticky)!;
      expect([june.label, june.shown]).to.deep.equal(['June 2020', true]);
      // July's days have no context label: "1" would read as June's, so it is left out (its grid
      // line stays); June's are shown.
      expect(scene.axis.minor.some((t) => t.time === utc(2020, 7, 1)), 'a tick on 1 July').to.equal(true);
      const days = scene.axis.minor.filter((t) => t.shown).map((t) => t.time);
      expect(Math.max(...days), `rtl ${rtl}: the last day label shown`).to.be.below(utc(2020, 7, 1));
      expect(days.length, `rtl ${rtl}: June's days`).to.be.above(10);
      for (const t of [...scene.axis.major, ...scene.axis.minor].filter((x) => x.shown)) {
        expect(t.left, `${t.label} (rtl ${rtl})`).to.be.at.least(0);
        expect(t.left + t.width, `${t.label} (rtl ${rtl})`).to.be.at.most(800);
      }
    }
  });

  it('buildScene(3 June – 3 July, 800px): with room at the end for "Jul" alone, the month shows without its year (June\'s label names it), with July\'s days; across a new year it does not ("Jan" would hide 2021)', () => {
    for (const rtl of [false, true]) {
      // 49 px after 1 July: "Jul 2020" is 56 px with the fake measurer, "Jul" 21.
      const scene = sceneOf(points([['a', '2020-06-12', 'Alpha']]), { start: utc(2020, 6, 3), end: utc(2020, 7, 3) }, 800, { rtl });
      const july = scene.axis.major.find((t) => t.time === utc(2020, 7, 1))!;
      expect([july.label, july.shown], `rtl ${rtl}`).to.deep.equal(['Jul', true]);
      expect(scene.axis.minor.filter((t) => t.time >= utc(2020, 7, 1)).some((t) => t.shown), `rtl ${rtl}: a day of July labelled`).to.equal(true);
      const newYear = sceneOf(points([['a', '2020-12-12', 'Alpha']]), { start: utc(2020, 12, 3), end: utc(2021, 1, 3) }, 800, { rtl });
      const january = newYear.axis.major.find((t) => t.time === utc(2021, 1, 1))!;
      expect(january.shown, `rtl ${rtl}: "Jan" alone would read as January 2020`).to.equal(false);
    }
  });

  it('buildScene(3 June – 4 July, 650px): with room at the end for "Jul 2020" but not "July 2020", the short one is shown, and July\'s days with it, in both directions', () => {
    const view = { start: utc(2020, 6, 3), end: utc(2020, 7, 4) };
    for (const rtl of [false, true]) {
      // 59 px after 1 July's boundary: "July 2020" is 63 px with the fake measurer, "Jul 2020" 56.
      const scene = sceneOf(points([['a', '2020-06-12', 'Alpha']]), view, 650, { rtl });
      const july = scene.axis.major.find((t) => t.time === utc(2020, 7, 1))!;
      expect([july.label, july.shown], `rtl ${rtl}`).to.deep.equal(['Jul 2020', true]);
      expect(rtl ? july.left : july.left + july.width, `rtl ${rtl}: whole`).to.be.within(0, 650);
      const june = scene.axis.major.find((t) => t.sticky)!;
      expect(june.label, 'the other context labels keep the long form').to.equal('June 2020');
      // July's own minor labels are not hidden for want of context (whole ones are shown).
      for (const t of scene.axis.minor.filter((m) => m.time >= utc(2020, 7, 1) && m.left >= 0 && m.left + m.width <= 650)) expect(t.shown, `rtl ${rtl}: ${t.label}`).to.equal(true);
    }
  });

  it('buildScene(18 January – 19 June 2011, 700px): a context label near the end starts at its boundary, whole, with its days', () => {
    const view = { start: utc(2011, 1, 18), end: utc(2011, 6, 19) };
    for (const rtl of [false, true]) {
      const scene = sceneOf(points([['a', '2011-03-12', 'Alpha']]), view, 700, { rtl });
      const june = scene.axis.major.find((t) => t.time === utc(2011, 6, 1))!;
      expect([june.label, june.shown], `rtl ${rtl}`).to.deep.equal(['June 2011', true]);
      expect(rtl ? june.left : june.left + june.width, `rtl ${rtl}: whole`).to.be.within(0, 700);
      expect(rtl ? june.left + june.width : june.left, `rtl ${rtl}: at its boundary`).to.be.closeTo(rtl ? june.x - 4 : june.x + 4, 1e-6);
      const days = scene.axis.minor.filter((t) => t.time >= utc(2011, 6, 1) && t.left >= 0 && t.left + t.width <= 700);
      expect(days.length, `rtl ${rtl}: June has labelled ticks in view`).to.be.above(0);
      for (const t of days) expect(t.shown, `rtl ${rtl}: ${t.label}`).to.equal(true);
    }
  });

  it('buildScene(28 June – 28 October 2020, weeks, context labels too wide to move off the week before): no day label runs on past the next month\'s line ("30" of August, under "September 2020", read as 30 September); the others stay', () => {
    const view = { start: utc(2020, 6, 28), end: utc(2020, 10, 28) };
    const width = 1180;
    // Wide day numbers ("30" runs past 1 September) and month names too wide to start at the
    // month's first week tick without running into the next month's label.
    const wide = (text: string, role: string) => Array.from(text).length * (role === 'major' ? 18 : 12);
    for (const rtl of [false, true]) {
      const { axis } = sceneOf(points([['a', '2020-08-12', 'Alpha']]), view, width, { measure: wide, rtl });
      const september = axis.major.find((t) => t.time === utc(2020, 9, 1))!;
      expect([september.label, september.shown], `rtl ${rtl}`).to.deep.equal(['September 2020', true]);
      expect(september.x, `rtl ${rtl}: at its boundary`).to.be.closeTo(rtl ? september.left + september.width + 4 : september.left - 4, 1e-6);
      const thirtieth = axis.minor.find((t) => t.time === utc(2020, 8, 30))!;
      expect(thirtieth.label).to.equal('30');
      expect(thirtieth.left < september.left + september.width && thirtieth.left + thirtieth.width > september.left, `rtl ${rtl}: "30" reaches under "September 2020"`).to.equal(true);
      expect(thirtieth.shown, `rtl ${rtl}: "30" is not shown`).to.equal(false);
      for (const m of axis.minor.filter((t) => t.shown)) {
        const boundary = axis.major.find((t) => t.time > m.time);
        if (boundary) expect(rtl ? m.left >= boundary.x : m.left + m.width <= boundary.x, `rtl ${rtl}: ${m.label} across ${boundary.label}'s line`).to.equal(true);
      }
      const shown = axis.minor.filter((t) => t.shown).map((t) => t.label);
      expect(shown, `rtl ${rtl}: August's other weeks and September's`).to.include.members(['2', '9', '16', '23', '6', '13']);
    }
  });

  it('buildScene(Aug 2014 – May 2015, 4 px a day): no two shown context labels closer than their gap, and none running into the next', () => {
    const view = { start: utc(2014, 8, 21), end: utc(2015, 5, 12) };
    const width = ((view.end - view.start) / 86_400_000) * 4;
    // Month names at 9 px a letter against the months' 112–124 px.
    const wide = (text: string, role: string) => Array.from(text).length * (role === 'major' ? 9 : 7);
    const scene = sceneOf(points([['a', '2014-12-12', 'Alpha']]), view, width, { measure: wide });
    const shown = scene.axis.major.filter((t) => t.shown).sort((a, b) => a.left - b.left);
    expect(shown.length).to.be.above(6);
    for (let i = 0; i + 1 < shown.length; i++) {
      expect(shown[i]!.left + shown[i]!.width + majorGap(metrics.tickGapPx), shown[i]!.label).to.be.at.most(shown[i + 1]!.left + 1e-6);
    }
  });

  it('buildScene(context labels too wide even when short, both directions): in reading order the first is shown and each next one only a gap clear of the last shown; every month keeps its grid line', () => {
    const view = { start: utc(2014, 8, 21), end: utc(2015, 5, 12) };
    const width = ((view.end - view.start) / 86_400_000) * 4;
    // 16 px a letter: even "Sep 2014" (128 px and a gap) does not fit a 112–124 px month.
    const wide = (text: string, role: string) => Array.from(text).length * (role === 'major' ? 16 : 7);
    for (const rtl of [false, true]) {
      const scene = sceneOf(points([['a', '2014-12-12', 'Alpha']]), view, width, { measure: wide, rtl });
      const majors = scene.axis.major;
      // Reading order: time order (rightwards, or leftwards in right-to-left layouts).
      const reading = [...majors].sort((a, b) => a.time - b.time);
      const shown = reading.filter((t) => t.shown);
      expect(shown.length, `rtl ${rtl}`).to.be.within(2, majors.length - 2);
      expect(reading.find((t) => !t.sticky && t.left >= 0 && t.left + t.width <= width)!.shown, `rtl ${rtl}: the first whole label in reading order is shown`).to.equal(true);
      for (let i = 0; i + 1 < shown.length; i++) {
        const [a, b] = [shown[i]!, shown[i + 1]!];
        const clear = rtl ? a.left - (b.left + b.width) : b.left - (a.left + a.width);
        expect(clear, `rtl ${rtl}: ${a.label} → ${b.label}`).to.be.at.least(majorGap(metrics.tickGapPx) - 1e-6);
      }
      expect(majors.filter((t) => !t.sticky).length, 'every month boundary in view is still a tick').to.equal(9);
    }
  });

  it('buildScene(right to left): marks mirror, labels read leftwards from their markers', () => {
    const ltr = marksById(sceneOf(points([['a', '2020-06-10', 'Alpha']]), june, 700)).get('a')!;
    const rtl = marksById(sceneOf(points([['a', '2020-06-10', 'Alpha']]), june, 700, { rtl: true })).get('a')!;
    expect(rtl.x).to.be.closeTo(700 - ltr.x, 1e-6);
    expect(rtl.label.left + rtl.label.width).to.be.closeTo(rtl.x - metrics.markerPx / 2 - metrics.markerGapPx, 1e-6);
    expect(rtl.right).to.be.closeTo(700 - ltr.left, 1e-6);
  });

  it('buildScene(keep: an event out of view): its mark is in the scene, at its own x', () => {
    const parsedDoc = points([['a', '2020-06-10', 'Alpha'], ['late', '2020-09-01', 'Later']]);
    const base = sceneOf(parsedDoc, june, 700);
    expect(marksById(base).has('late')).to.equal(false);
    const late = sceneOf(parsedDoc, { start: utc(2020, 6, 1), end: utc(2020, 10, 1) }, 700);
    const item = marksById(late).get('late')!.item;
    const kept = marksById(sceneOf(parsedDoc, june, 700, { keep: item })).get('late')!;
    expect(kept.x).to.be.closeTo(timeScale(june, 700)(utc(2020, 9, 1) + DAY / 2), 1e-6);
  });
  it('buildScene(keep: any event, among them one drawn for a lone "+N"): no event has two marks (a second button with its id broke the keyed list of buttons)', () => {
    const doc = syntheticTimeline({ count: 1000, seed: 9 });
    const view = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2010, 3, 1) };
    const parsed = parseTimeline(doc);
    // The scene's own items (the same parse, in the same order), so that `keep` is one of them.
    const all = toTimelineItems(parsed.document, parsed.dates);
    const items = all.filter((i) => i.kind !== 'deadline' && i.start < view.end && i.end >= view.start);
    expect(items.length, 'events in view to keep').to.be.above(10);
    const twice: string[] = [];
    for (const keep of items) {
      // One row a lane: many "+N", some of them of one event.
      const ids = sceneOf(doc, view, 1198, { keep, items: all, maxRows: 1 }).lanes.flatMap((lane) => lane.marks.map((m) => m.item.id));
      if (new Set(ids).size !== ids.length) twice.push(keep.id);
    }
    expect(twice, 'kept events drawn twice').to.deep.equal([]);
  });
});

describe('buildScene, drawn wider to slide under the plot (`like`)', () => {
  // June 2020 on 600 px holds three events; July, in the margin a wider scene adds, holds 300 in
  // three weeks, which fold into "+N" marks past what makes a density strip.
  const busy = Array.from({ length: 300 }, (_, i) => ({ id: `b${i}`, start: new Date(Date.UTC(2020, 6, 3) + i * 1.5 * 3_600_000).toISOString(), title: `Busy ${i}`, lane: 'l' }));
  const doc = points(
    [
      ['a', '2020-06-05', 'A'],
      ['b', '2020-06-15', 'B'],
      ['c', '2020-06-25', 'C'],
    ],
    busy,
  );
  const june = { start: utc(2020, 6, 1), end: utc(2020, 7, 1) };
  const width = 600;
  const margin = 600;
  const extra = ((june.end - june.start) / width) * margin;
  const wide = { start: june.start - extra, end: june.end + extra };
  // "Now" in the margin, not in June: the plot's band has no row for it.
  const now = utc(2020, 7, 20);

  it('keeps the strips and the band\'s rows of the plot\'s own scene, and the axis level it is given; without `like` the wider view would differ in the first two', () => {
    const plot = sceneOf(doc, june, width, { now, maxRows: 1 });
    expect(plot.lanes[0]!.strip).to.equal(null);
    const free = sceneOf(doc, wide, width + 2 * margin, { now, maxRows: 1 });
    expect(free.lanes[0]!.strip, 'a strip judged on the wider view').to.not.equal(null);
    expect(free.band.rows, 'a row for "now", in the wider view').to.equal(plot.band.rows + 1);
    const like = { view: june, strips: new Set<number>(), axisKey: 'day:1' };
    const slid = sceneOf(doc, wide, width + 2 * margin, { now, maxRows: 1, like });
    expect(slid.lanes[0]!.strip).to.equal(null);
    expect(slid.band.rows).to.equal(plot.band.rows);
    expect(slid.lanes.map((l) => [l.top, l.height])).to.deep.equal(plot.lanes.map((l) => [l.top, l.height]));
    expect(slid.axis.key).to.equal('day:1');
    expect(plot.axis.key).to.not.equal('day:1');
    // The same marks where both show them: June's, 600 px further right.
    const atPlot = marksById(plot);
    for (const id of ['a', 'b', 'c']) expect(marksById(slid).get(id)!.x, id).to.be.closeTo(atPlot.get(id)!.x + margin, 0.001);
  });
});
