import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { colourIn, drawn, drawnLabel, drawnRules, mark, mountData, parts, pixel, plotRect, sameColour, settle, utc, xOf } from '../helpers/timeline.js';

const demo = tiktok2020;

const deadlineDoc = (now?: string) =>
  mountData(
    {
      title: 'Deadline',
      lanes: [{ id: 'gov', label: 'Government' }, { id: 'co', label: 'Company' }],
      events: [
        { id: 'order', title: 'Order signed', start: '2020-08-06', lane: 'gov' },
        { id: 'talks', title: 'Talks', start: '2020-08-02', lane: 'co' },
        { id: 'eo-deadline', title: 'Executive order deadline', start: '2020-09-20', lane: 'gov', kind: 'deadline' },
      ],
    },
    now ? { now, locale: 'en' } : { locale: 'en' },
  );

describe('<event-timeline> deadlines', () => {
  it('now="2020-08-24": the deadline of 2020-09-20 reads "in 27 days"', async () => {
    const el = await deadlineDoc('2020-08-24');
    const label = mark(el, 'eo-deadline')!;
    expect(label.getAttribute('part')).to.contain('deadline');
    expect(drawnLabel(el, 'eo-deadline')!.text).to.equal('Executive order deadline in 27 days');
    // The button over the drawn label is exactly its box.
    const box = label.getBoundingClientRect();
    const drawnBox = drawnLabel(el, 'eo-deadline')!.box;
    expect(box.left).to.be.closeTo(drawnBox.left, 0.5);
    expect(box.width).to.be.closeTo(drawnBox.width, 0.5);
  });

  it('now="2020-10-17": the same deadline reads "27 days ago"', async () => {
    const el = await deadlineDoc('2020-10-17');
    expect(drawnLabel(el, 'eo-deadline')!.text).to.contain('27 days ago');
  });

  it('the deadline rule stands at its date and runs the full height of the lanes', async () => {
    const el = await deadlineDoc('2020-08-24');
    const rule = drawnRules(el).find((r) => r.kind === 'deadline')!;
    expect(rule.x).to.be.closeTo(xOf(el, utc(2020, 9, 20)), 0.5);
    const lanes = parts(el, 'lane').map((l) => l.getBoundingClientRect());
    expect(rule.top).to.be.at.most(lanes[0]!.top);
    expect(rule.bottom).to.be.at.least(lanes[lanes.length - 1]!.bottom);
  });

  it('a rule\'s label points at its line: its side at the rule is a tip (at "Show all" a 300 px label ending at the deadline read as two years ending there)', async () => {
    const el = await mountData(demo, { now: '2020-08-24', locale: 'en' }, 1280);
    el.fit(false);
    await settle(el);
    const plot = plotRect(el);
    for (const rule of drawn(el).rules) {
      const { label } = rule;
      expect(label.tip, `${label.title}: hangs from its rule`).to.equal('right');
      expect(label.left + label.width).to.be.closeTo(rule.x, 0.5);
      const colour = colourIn(el, rule.kind === 'now' ? 'var(--_now)' : 'var(--_deadline)');
      const at = (dx: number, y: number) => pixel(el, plot.left + label.left + label.width + dx, plot.top + y);
      const [top, middle, bottom] = [label.top + 1.5, label.top + label.height / 2, label.top + label.height - 1.5];
      expect(sameColour(at(-2, middle), colour, 40), `${label.title}: its tip at the line (${at(-2, middle)})`).to.equal(true);
      // 4.5 px in from the rule, 1.5 px from the top and bottom: inside a rounded corner (6 px), outside the tip.
      for (const y of [top, bottom]) expect(at(-4.5, y)[3]! > 128, `${label.title}: nothing drawn where a corner would be, ${y - label.top} px down (${at(-4.5, y)})`).to.equal(false);
      // The far side is the box's, a few px in from its corners.
      expect(sameColour(pixel(el, plot.left + label.left + 2, plot.top + middle), colour, 40), `${label.title}: its far side`).to.equal(true);
    }
  });

  it('the demo\'s deadline, with now="2020-08-24", reads "in 27 days" in the plot', async () => {
    const el = await mountData(demo, { now: '2020-08-24', locale: 'en' });
    expect(drawnLabel(el, 'eo-deadline')!.text).to.contain('in 27 days');
  });
});

describe('<event-timeline> now', () => {
  it('now inside the view: a "now" rule at that date', async () => {
    const el = await deadlineDoc('2020-08-24');
    const rule = drawnRules(el).find((r) => r.kind === 'now');
    expect(rule, 'now rule').to.exist;
    expect(rule!.x).to.be.closeTo(xOf(el, utc(2020, 8, 24)), 0.5);
    // A fixed "now" is a date, not "Now": the page may be read long after.
    expect(rule!.text).to.equal('August 24, 2020');
  });

  it('now outside the view: no "now" rule', async () => {
    const el = await deadlineDoc('2020-08-24');
    el.zoomTo('2020-08-01', '2020-08-10', false);
    await settle(el);
    expect(drawnRules(el).filter((r) => r.kind === 'now')).to.deep.equal([]);
  });

  it('now="2030-01-01" (after every event): no "now" rule in the fitted view', async () => {
    const el = await deadlineDoc('2030-01-01');
    expect(drawnRules(el).filter((r) => r.kind === 'now')).to.deep.equal([]);
  });
});
