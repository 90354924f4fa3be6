/**
 * The "now" rule's words: `now-label` names it (a published story: "Article published"); with a
 * fixed `now` and no label it shows its date, in the page's language; at the real now it says
 * "Now". The label is painted in the now colour, starts at its rule (ends there right to left),
 * or ends at it where its words would cover a deadline's line after it, stays whole inside the plot when the reader drags the rule to the edge, and sits clear of
 * every other label.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/i18n/de.js';
import '../../src/i18n/ar.js';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import type { TimelineDocument } from '../../src/model/types.js';
import { DAY, drag, drawn, drawnBoxes, drawnLabel, mountData, overlaps, pixel, plotPoint, plotRect, rgbOf, sameColour, settle, still, utc, xOf, type Timeline } from '../helpers/timeline.js';

const demo = tiktok2020;
/** The demo page's attributes. */
const DEMO_ATTRS = { now: '2020-08-24', 'now-label': 'Article published', start: '2020-03', end: '2020-10', 'no-hash': '', locale: 'en' };

/** A small document around 24 August 2020 (with a deadline after it), room to pan on both sides. */
const august: TimelineDocument = {
  title: 'August',
  lanes: [{ id: 'l', label: 'Reports' }],
  events: [
    { id: 'early', title: 'Talks begin', start: '2020-06-01', lane: 'l' },
    { id: 'a', title: 'Order signed', start: '2020-08-06', lane: 'l' },
    { id: 'b', title: 'Lawsuit filed', start: '2020-08-10', lane: 'l' },
    { id: 'deadline', title: 'Deadline', start: '2020-09-20', kind: 'deadline' },
    { id: 'late', title: 'Sale abandoned', start: '2020-11-10', lane: 'l' },
  ],
};

/** The "now" rule as drawn: its x, its words and its label's box, in viewport px; null when none is drawn. */
function nowRule(el: Timeline): { x: number; text: string; box: DOMRect } | null {
  const rule = drawn(el).rules.find((r) => r.kind === 'now');
  if (!rule) return null;
  const plot = plotRect(el);
  const l = rule.label;
  return { x: plot.left + rule.x, text: `${l.title} ${l.relative}`.trim(), box: new DOMRect(plot.left + l.left, plot.top + l.top, l.width, l.height) };
}

/** The x of the deadline's rule, viewport px. */
function deadlineX(el: Timeline): number {
  return plotRect(el).left + drawn(el).rules.find((r) => r.kind === 'deadline')!.x;
}

/** The colour the now rule and its label are painted in, as the theme resolves it. */
function nowColour(el: Timeline): [number, number, number] {
  return rgbOf(getComputedStyle(el.shadowRoot!.querySelector('[data-probe="now"]')!).borderTopColor);
}

/**
 * The label's box is painted in the now colour at its rule's side (its right with `ruleAtRight`:
 * right to left, or a label ending at its rule), and the canvas just past its far end is not
 * (unless that end is the plot's edge).
 */
function expectPainted(el: Timeline, box: DOMRect, ruleAtRight = false): void {
  const y = box.top + box.height / 2;
  const inside = pixel(el, ruleAtRight ? box.right - 3 : box.left + 3, y);
  expect(sameColour(inside, nowColour(el), 8), `inside the label: ${inside.join(',')}, now colour ${nowColour(el).join(',')}`).to.equal(true);
  const past = ruleAtRight ? box.left - 4 : box.right + 4;
  const plot = plotRect(el);
  if (past < plot.left || past > plot.right) return;
  const there = pixel(el, past, y);
  expect(sameColour(there, nowColour(el), 8), `past the label's end: ${there.join(',')}`).to.equal(false);
}

/** Mounts `doc` in a right-to-left Arabic page. */
async function mountArabic(doc: TimelineDocument, attrs: Record<string, string>): Promise<Timeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:900px"></div>`);
  const el = document.createElement('event-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = doc;
  wrapper.append(el);
  await settle(el);
  return el;
}

describe('<event-timeline> now-label', () => {
  it('the demo: the rule at 24 August 2020 reads "Article published", painted in the now colour up to the rule, clear of every other label and of the deadline\'s line; the deadline still counts from it', async () => {
    const el = await mountData(demo, DEMO_ATTRS, 1200);
    const rule = nowRule(el);
    expect(rule, 'a now rule is drawn').to.not.equal(null);
    expect(rule!.text).to.equal('Article published');
    expect(rule!.x).to.be.closeTo(xOf(el, utc(2020, 8, 24)), 0.5);
    // The deadline, 27 days on, is nearer than the words are long: they end at their rule instead of covering its line.
    expect(deadlineX(el) - rule!.x, 'the deadline\'s line is nearer than the label is long').to.be.below(rule!.box.width);
    expect(rule!.box.right, 'the label ends at its rule').to.be.closeTo(rule!.x, 0.5);
    const plot = plotRect(el);
    expect(rule!.box.right).to.be.at.most(plot.right);
    expectPainted(el, rule!.box, true);
    expect(overlaps([{ id: 'now', box: rule!.box }, ...drawnBoxes(el)]).filter((pair) => pair.includes('now'))).to.deep.equal([]);
    const deadline = demo.events.find((e) => e.id === 'eo-deadline')!;
    expect(drawnLabel(el, 'eo-deadline')!.text).to.equal(`${deadline.title} in 27 days`);
  });

  it('setting, changing and removing now-label: the words follow, the box fits them, and without a label the fixed now reads as its date', async () => {
    const el = await mountData(august, { now: '2020-08-24', locale: 'en', 'no-hash': '' });
    expect(nowRule(el)!.text, 'no label, a fixed now: its date').to.equal('August 24, 2020');
    el.setAttribute('now-label', 'Published');
    await settle(el);
    const short = nowRule(el)!;
    expect(short.text).to.equal('Published');
    expectPainted(el, short.box);
    el.setAttribute('now-label', 'Article published on the front page');
    await settle(el);
    const long = nowRule(el)!;
    expect(long.text).to.equal('Article published on the front page');
    expect(long.box.width, 'the box grew with the words').to.be.above(short.box.width + 50);
    // Anchored at its rule: "Published" starts there; the long words, which would reach past the
    // deadline's line four weeks on, end there.
    expect(short.box.left, 'the short label starts at its rule').to.be.closeTo(short.x, 0.5);
    expect(long.box.right, 'the long one ends at it').to.be.closeTo(long.x, 0.5);
    expect(deadlineX(el), 'the deadline\'s line clear of it').to.be.above(long.box.right);
    expectPainted(el, long.box, true);
    el.removeAttribute('now-label');
    await settle(el);
    expect(nowRule(el)!.text).to.equal('August 24, 2020');
  });

  it('a fixed now without a label is written in the page\'s language: "24. August 2020" in German', async () => {
    const el = await mountData(august, { now: '2020-08-24', locale: 'de', 'no-hash': '' });
    expect(nowRule(el)!.text).to.equal('24. August 2020');
  });

  it('the real now, without a label, reads "Now" ("Jetzt" in German); a label names it all the same', async () => {
    const today = Date.now();
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const around: TimelineDocument = {
      title: 'Around today',
      lanes: [{ id: 'l', label: 'Reports' }],
      events: [
        { id: 'before', title: 'Ten days ago', start: iso(today - 10 * DAY), lane: 'l' },
        { id: 'after', title: 'In ten days', start: iso(today + 10 * DAY), lane: 'l' },
      ],
    };
    const en = await mountData(around, { locale: 'en', 'no-hash': '' });
    const rule = nowRule(en);
    expect(rule, 'the real now is in view').to.not.equal(null);
    expect(rule!.text).to.equal('Now');
    expect(rule!.x).to.be.closeTo(xOf(en, today), 2);
    expectPainted(en, rule!.box);
    const de = await mountData(around, { locale: 'de', 'no-hash': '' });
    expect(nowRule(de)!.text).to.equal('Jetzt');
    const named = await mountData(around, { locale: 'en', 'no-hash': '', 'now-label': 'Today' });
    expect(nowRule(named)!.text).to.equal('Today');
  });

  it('dragging the plot with the mouse carries the rule to the end edge: its label then ends at its rule, whole inside the plot, and past the edge the rule is gone', async () => {
    const el = await mountData(august, { now: '2020-08-24', 'now-label': 'Article published', locale: 'en', 'no-hash': '', start: '2020-08-01', end: '2020-09-01' });
    const plot = plotRect(el);
    const first = nowRule(el)!;
    expect(first.box.left, 'at first the label starts at the rule').to.be.closeTo(first.x, 0.5);
    // Drag right, so the rule nears the right edge by less than its label's width.
    const [x, y] = plotPoint(el, 0.3);
    const dx = Math.round(plot.right - first.x - first.box.width / 2);
    await drag(x, y, dx, 0, 8);
    await still(el);
    const slid = nowRule(el)!;
    expect(slid.x - first.x, 'the rule moved with the drag').to.be.closeTo(dx, 2);
    expect(slid.x, 'the rule is still in view').to.be.below(plot.right);
    expect(slid.box.right, 'the label ends at its rule (the rule runs along its edge, not through it)').to.be.closeTo(slid.x, 0.5);
    expect(slid.box.left, 'whole inside the plot').to.be.at.least(plot.left);
    expect(slid.text).to.equal('Article published');
    expectPainted(el, slid.box);
    // Drag on until the rule is past the edge.
    await drag(x, y, Math.round(plot.right - slid.x + 40), 0, 8);
    await still(el);
    expect(nowRule(el), 'no rule once now is out of view').to.equal(null);
  });

  it('right to left (Arabic): the label ends at its rule and reads towards the left', async () => {
    const el = await mountArabic(august, { now: '2020-08-24', 'now-label': 'نشر المقال', locale: 'ar', 'no-hash': '', start: '2020-08-01', end: '2020-09-01' });
    const rule = nowRule(el)!;
    expect(rule.text).to.equal('نشر المقال');
    expect(rule.x).to.be.closeTo(xOf(el, utc(2020, 8, 24)), 0.5);
    expect(rule.x, 'later is further left').to.be.below(xOf(el, utc(2020, 8, 6)));
    expect(rule.box.right, 'the label ends at its rule').to.be.closeTo(rule.x, 0.5);
    expect(rule.box.left).to.be.at.least(plotRect(el).left);
    expectPainted(el, rule.box, true);
  });
});
