/**
 * The story at a glance (issue 13): the demo's first view, at the widths a newsroom's readers
 * use, shows every event whose date lies in it as its own mark with its whole label, inside the
 * plot, with no two labels intersecting and no rule, grid line or box edge drawn through a label.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { parseDate, isDateError } from '../../src/model/dates.js';
import type { Scene, SceneMark } from '../../src/scene/types.js';
import { drawn, drawnLabel, overlaps, parts, pixel, plotRect, sameColour, settle, VIEWPORT, type Timeline } from '../helpers/timeline.js';

/** The demo page's attributes (demo/index.html). */
const DEMO_ATTRIBUTES = { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', 'no-hash': '' };
/** `end="2020-10"` is the whole of October. */
const FIRST_VIEW = { start: Date.UTC(2020, 2, 1), end: Date.UTC(2020, 10, 1) };
/** The core of the story, which must never hide in a "+N". */
const KEY_EVENTS = ['fbi-sitrep-1', 'fbi-sitrep-2', 'dhs-riot-tips', 'miac-bulletin', 'protests', 'blueleaks', 'eo-deadline'];

const startOf = (value: string): number => {
  const date = parseDate(value);
  if (isDateError(date)) throw new Error(value);
  return date.start;
};
const inFirstView = tiktok2020.events.filter((e) => {
  const t = startOf(e.start);
  return t >= FIRST_VIEW.start && t < FIRST_VIEW.end;
});

async function demoAt(width: number): Promise<Timeline> {
  await setViewport({ width, height: 900 });
  document.body.style.margin = '0';
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(DEMO_ATTRIBUTES)) el.setAttribute(k, v);
  el.style.setProperty('--timeline-max-height', 'none');
  el.data = tiktok2020;
  document.body.append(el);
  await settle(el);
  return el;
}

/** The parts of a mark's label box that are painted on the page background (not inside its own bar). */
function backgroundStrips(m: SceneMark, lineHeight: number): Array<{ a: number; b: number; y: number }> {
  const y = m.top + (m.height - lineHeight) / 2;
  const a = m.label.left - 2;
  const b = m.label.left + m.label.width + 2;
  if (!m.bar) return [{ a, b, y }];
  // A thin bar is drawn over its label's box (a rule crossing it is hidden by the bar there):
  // the box shows beside the bar.
  if (m.bar.thin) {
    const beside = [];
    if (a < m.bar.left) beside.push({ a, b: Math.min(b, m.bar.left), y });
    if (b > m.bar.right) beside.push({ a: Math.max(a, m.bar.right), b, y });
    // A sliver narrower than a crossing's margins has nothing to check.
    return beside.filter((s) => s.b - s.a >= 4);
  }
  const strips = [];
  if (a < m.bar.left + 2) strips.push({ a, b: Math.min(b, m.bar.left + 2), y });
  if (b > m.bar.right - 2) strips.push({ a: Math.max(a, m.bar.right - 2), b, y });
  return strips;
}

describe('the demo\'s first view (March – October 2020)', () => {
  afterEach(async () => {
    document.querySelectorAll('event-timeline').forEach((el) => el.remove());
    document.body.style.margin = '';
    await setViewport(VIEWPORT);
  });

  it('has the story\'s key events among the events dated in it', () => {
    expect(inFirstView.map((e) => e.id)).to.include.members(KEY_EVENTS);
  });

  // 720: the demo page's plot in a 768 px window (the page has margins).
  for (const width of [1280, 1024, 768, 720]) {
    it(`at ${width} px: every event dated in the view has its own mark and its whole label inside the plot, and no "+N" is drawn`, async () => {
      const el = await demoAt(width);
      // The page's start stays; its end may move later (by half the span at most) so that labels near it are whole.
      expect(el.visibleRange.start.getTime()).to.equal(FIRST_VIEW.start);
      expect(el.visibleRange.end.getTime()).to.be.at.least(FIRST_VIEW.end);
      expect(el.visibleRange.end.getTime()).to.be.at.most(FIRST_VIEW.end + (FIRST_VIEW.end - FIRST_VIEW.start) / 2);
      const plot = plotRect(el);
      for (const event of inFirstView) {
        const label = drawnLabel(el, event.id);
        expect(label, `${event.id} has its own mark`).to.not.equal(null);
        expect(label!.truncated, `${event.id}'s label is whole`).to.equal(false);
        expect(label!.text.endsWith('…'), `${event.id}'s label is not cut`).to.equal(false);
        expect(label!.box.left, `${event.id} starts inside the plot`).to.be.at.least(plot.left);
        expect(label!.box.right, `${event.id} ends inside the plot`).to.be.at.most(plot.right);
        expect(label!.box.top).to.be.at.least(plot.top);
        expect(label!.box.bottom).to.be.at.most(plot.bottom);
      }
      expect(parts(el, 'cluster').map((c) => c.getAttribute('aria-label')), 'no "+N" mark').to.deep.equal([]);
      for (const id of KEY_EVENTS) expect(drawnLabel(el, id), id).to.not.equal(null);
      // Nor does any part of an earlier event's label poke into the plot from its edge (a stray
      // "media" of "… Chinese state media", 10 December 2019, at 768 px).
      const partial = drawn(el)
        .lanes.flatMap((lane) => lane.marks)
        .filter((m) => m.label.text && m.label.width > 0 && m.label.left < 0 && m.label.left + m.label.width > 0)
        .map((m) => m.item.id);
      expect(partial, 'labels cut by the plot\'s start edge').to.deep.equal([]);
    });

    it(`at ${width} px: no two labels intersect, and no rule, grid line or box edge runs through a label`, async () => {
      const el = await demoAt(width);
      const labels = inFirstView.map((e) => ({ id: e.id, box: drawnLabel(el, e.id)!.box }));
      expect(overlaps(labels)).to.deep.equal([]);
      // Each label sits on a box of the page's background: a row of pixels just inside its top is
      // all background, wherever rules, grid lines or month boxes cross it.
      const scene: Scene = drawn(el);
      const plot = plotRect(el);
      const lineHeight = parseFloat(getComputedStyle(el).fontSize) * 1.3;
      const crossings = [...scene.rules.map((r) => r.x), ...scene.axis.minor.map((t) => t.x), ...scene.axis.major.map((t) => t.x)];
      let checked = 0;
      for (const lane of scene.lanes) {
        for (const m of lane.marks) {
          // Marks just outside the view are in the scene too (so a pan shows no gap); not on screen.
          if (m.label.left < 0 || m.label.left + m.label.width > scene.width || !m.label.text) continue;
          for (const strip of backgroundStrips(m, lineHeight)) {
            const y = plot.top + strip.y + 1.5;
            // A point of the strip that nothing crosses, to compare with.
            let clear = strip.a + 1.5;
            while (clear < strip.b - 1 && crossings.some((x) => Math.abs(x - clear) < 2)) clear++;
            const beside = pixel(el, plot.left + clear, y);
            expect(beside[3], `${m.item.id}'s label box is painted`).to.equal(255);
            for (const x of crossings) {
              if (x <= strip.a + 1 || x >= strip.b - 1) continue;
              const inside = pixel(el, plot.left + x, y);
              expect(sameColour(inside, beside, 8) && Math.abs(inside[3] - beside[3]) <= 8, `${m.item.id} at x=${Math.round(x)}: ${inside} vs ${beside}`).to.equal(true);
              checked++;
            }
          }
        }
      }
      expect(checked, 'rules or grid lines do cross label boxes in this view').to.be.greaterThan(5);
    });
  }
});
