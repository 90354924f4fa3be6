/**
 * Every size comes from one place (the metrics, from the font size and row height the stylesheet
 * computes): a theme's row height or font size moves rows, lanes, the axis and the hit boxes
 * together, so marks never overlap or spill out of their lanes, and clicks land on what is drawn.
 */
import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { click, drawn, drawnBoxes, drawnLabel, marks, mountData, overlaps, part, parts, settle, still } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

const THEMES: Array<[string, Record<string, string>, number]> = [
  ['--timeline-row-height: 24px', { '--timeline-row-height': '24px' }, 24],
  ['--timeline-row-height: 32px', { '--timeline-row-height': '32px' }, 32],
  ['--timeline-row-height: 48px', { '--timeline-row-height': '48px' }, 48],
  ['--timeline-font-size: 20px', { '--timeline-font-size': '20px' }, Math.round((32 * 20) / 14)],
];

async function themed(style: Record<string, string>): Promise<Timeline> {
  const el = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', start: '2020-05', end: '2020-09' }, 1100);
  for (const [k, v] of Object.entries(style)) el.style.setProperty(k, v);
  // The theme is read again when the probes' computed styles change (a transitionend).
  await waitFor(() => drawn(el).metrics.rowPx === expectedRow(style));
  await settle(el);
  return el;
}

function expectedRow(style: Record<string, string>): number {
  return THEMES.find(([, s]) => s === style)![2];
}

async function waitFor(condition: () => boolean): Promise<void> {
  const t0 = performance.now();
  while (!condition()) {
    if (performance.now() - t0 > 3000) throw new Error('the theme was not applied');
    await new Promise((r) => requestAnimationFrame(r));
  }
}

describe('<event-timeline> geometry from the theme', () => {
  for (const [name, style, row] of THEMES) {
    describe(name, () => {
      it(`rows are ${row} px apart; marks do not overlap and sit inside their lanes`, async () => {
        const el = await themed(style);
        const scene = drawn(el);
        expect(scene.metrics.rowPx).to.equal(row);
        expect(overlaps(drawnBoxes(el))).to.deep.equal([]);
        const lanes = parts(el, 'lane');
        expect(lanes.length).to.equal(4);
        for (const [i, lane] of lanes.entries()) {
          const box = lane.getBoundingClientRect();
          expect(box.height, `lane ${i} height`).to.be.closeTo(scene.lanes[i]!.height, 0.5);
          for (const mark of lane.querySelectorAll<HTMLElement>('[part~="event"]')) {
            const r = mark.getBoundingClientRect();
            expect(r.top, `${mark.dataset.eventId} below its lane's top`).to.be.at.least(box.top);
            expect(r.bottom, `${mark.dataset.eventId} above its lane's bottom`).to.be.at.most(box.bottom);
          }
          const tops = [...new Set(scene.lanes[i]!.marks.map((m) => m.top))].sort((a, b) => a - b);
          for (let k = 1; k < tops.length; k++) expect((tops[k]! - tops[0]!) % row, `lane ${i} rows`).to.be.closeTo(0, 0.01);
        }
      });

      it('clicking each of three marks in the lanes selects that event', async () => {
        const el = await themed(style);
        const ids = marks(el)
          .filter((m) => m.closest('[part~="lane"]') && m.getBoundingClientRect().left > 0)
          .map((m) => m.dataset.eventId!)
          .slice(0, 3);
        expect(ids.length).to.equal(3);
        for (const id of ids) {
          // Selecting may bring the event into view: each click starts from the same view.
          el.select(null);
          el.zoomTo('2020-05', '2020-09', false);
          await settle(el);
          await click(marks(el).find((m) => m.dataset.eventId === id)!);
          await still(el);
          expect(el.selected).to.equal(id);
        }
      });
    });
  }

  it('--timeline-font-size: 20px makes labels, rows and the axis larger than at 14 px', async () => {
    const small = await mountData(tiktok2020, { now: '2020-08-24', 'no-hash': '', start: '2020-05', end: '2020-09' }, 1100);
    const before = { label: drawnLabel(small, 'executive-order')!.box.width, axis: part(small, 'axis')!.getBoundingClientRect().height, row: drawn(small).metrics.rowPx };
    small.style.setProperty('--timeline-font-size', '20px');
    await waitFor(() => drawn(small).metrics.fontPx === 20);
    await settle(small);
    const after = drawnLabel(small, 'executive-order');
    expect(after, 'the event still has a mark').to.not.equal(null);
    expect(after!.box.width / before.label, 'label width').to.be.closeTo(20 / 14, 0.08);
    expect(part(small, 'axis')!.getBoundingClientRect().height).to.be.closeTo((before.axis * 20) / 14, 1.5);
    expect(drawn(small).metrics.rowPx).to.be.above(before.row);
  });
});
