/**
 * What a page's `::part()` rules do to what the canvas draws: a label's colour by its mark's kind
 * (`range`, `point`, `imprecise`, `approximate`), a deadline's words by `deadline-label`.
 */
import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { drawn, drawnLabel, mountData, pixel, plotRect, settle } from '../helpers/timeline.js';
import type { Timeline } from '../helpers/timeline.js';

const MAGENTA = [200, 0, 200];
const GREEN = [0, 140, 0];
const ORANGE = [230, 120, 0];
const YELLOW = [255, 235, 0];

/** How many pixels of `box` (viewport px) are within 40 of `rgb` in every channel: the strokes of text drawn in it. */
function pixelsOf(el: Timeline, box: DOMRect, rgb: readonly number[]): number {
  let n = 0;
  for (let y = Math.ceil(box.top) + 1; y < box.bottom - 1; y += 1) {
    for (let x = Math.ceil(box.left); x < box.right; x += 1) {
      const [r, g, b] = pixel(el, x, y);
      if (Math.abs(r - rgb[0]!) < 40 && Math.abs(g - rgb[1]!) < 40 && Math.abs(b - rgb[2]!) < 40) n++;
    }
  }
  return n;
}

describe('<event-timeline> ::part() rules reach the drawn labels', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = `
      event-timeline::part(range) { color: rgb(${MAGENTA}); }
      event-timeline::part(imprecise) { color: rgb(${ORANGE}); }
      event-timeline::part(approximate) { color: rgb(${GREEN}); }
      event-timeline::part(deadline-label) { color: rgb(${YELLOW}); }
    `;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('a range\'s label in ::part(range)\'s colour, a month\'s in ::part(imprecise)\'s, an approximate one\'s in ::part(approximate)\'s (the later rule, as on its button), a point\'s in the label colour; a deadline\'s words in ::part(deadline-label)\'s', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '', now: '2020-08-24', locale: 'en-GB', start: '2019-06-01', end: '2020-10-01' }, 1400);
    await settle(el);
    const boxOf = (id: string) => {
      const label = drawnLabel(el, id);
      expect(label?.text, `${id} has a label`).to.be.a('string').and.not.equal('');
      return label!.box;
    };
    const range = boxOf('transparency-report-2019');
    expect(pixelsOf(el, range, MAGENTA), 'the range\'s label').to.be.above(20);
    const monthId = ['tiktok-lobbyists', 'pompeo-accusation', 'business-insider-leak'].find((id) => drawnLabel(el, id)?.text);
    expect(monthId, 'a July 2020 event with its label').to.be.a('string');
    const month = boxOf(monthId!);
    expect(pixelsOf(el, month, ORANGE), 'the month\'s label').to.be.above(20);
    const approximate = boxOf('protests');
    expect(pixelsOf(el, approximate, GREEN), 'the approximate range\'s label').to.be.above(20);
    expect(pixelsOf(el, approximate, MAGENTA), 'not the range colour: the later rule wins').to.equal(0);
    const pointMark = drawn(el).lanes.flatMap((l) => l.marks).find((m) => !m.bar && m.label.text && !m.item.event.approximate && m.item.startDate.precision === 'day');
    expect(pointMark, 'a day\'s event with its label').to.not.equal(undefined);
    const point = boxOf(pointMark!.item.id);
    expect(pixelsOf(el, point, MAGENTA) + pixelsOf(el, point, GREEN) + pixelsOf(el, point, ORANGE), 'a point\'s label keeps the label colour').to.equal(0);
    // The deadline's label in the band.
    const rule = drawn(el).rules.find((r) => r.item?.id === 'eo-deadline');
    expect(rule, 'the deadline is drawn').to.not.equal(undefined);
    const plot = plotRect(el);
    const box = new DOMRect(plot.left + rule!.label.left, plot.top + rule!.label.top, rule!.label.width, rule!.label.height);
    expect(pixelsOf(el, box, YELLOW), 'the deadline\'s words').to.be.above(20);
  });
});
