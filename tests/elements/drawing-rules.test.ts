import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { mark, mountData, part, parts, settle, utc, xOf } from '../helpers/timeline.js';

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
    expect(label.innerText.replace(/\s+/g, ' ')).to.contain('Executive order deadline');
    expect(label.innerText).to.contain('in 27 days');
  });

  it('now="2020-10-17": the same deadline reads "27 days ago"', async () => {
    const el = await deadlineDoc('2020-10-17');
    expect(mark(el, 'eo-deadline')!.innerText).to.contain('27 days ago');
  });

  it('the deadline rule stands at its date and runs the full height of the lanes', async () => {
    const el = await deadlineDoc('2020-08-24');
    const rule = part(el, 'deadline')!.getBoundingClientRect();
    expect(rule.left).to.be.closeTo(xOf(el, utc(2020, 9, 20)), 2);
    const lanes = parts(el, 'lane').map((l) => l.getBoundingClientRect());
    expect(rule.top).to.be.at.most(lanes[0]!.top);
    expect(rule.bottom).to.be.at.least(lanes[lanes.length - 1]!.bottom);
  });

  it('the demo\'s deadline, with now="2020-08-24", reads "in 27 days" in the plot', async () => {
    const el = await mountData(demo, { now: '2020-08-24', locale: 'en' });
    expect(mark(el, 'eo-deadline')!.innerText).to.contain('in 27 days');
  });
});

describe('<event-timeline> now', () => {
  it('now inside the view: a "now" rule at that date', async () => {
    const el = await deadlineDoc('2020-08-24');
    const rule = part(el, 'now');
    expect(rule, 'now rule').to.exist;
    expect(rule!.getBoundingClientRect().left).to.be.closeTo(xOf(el, utc(2020, 8, 24)), 2);
    expect(part(el, 'plot')!.innerText).to.contain('Now');
  });

  it('now outside the view: no "now" rule', async () => {
    const el = await deadlineDoc('2020-08-24');
    el.zoomTo('2020-08-01', '2020-08-10', false);
    await settle(el);
    expect(part(el, 'now')).to.equal(null);
  });

  it('now="2030-01-01" (after every event): no "now" rule in the fitted view', async () => {
    const el = await deadlineDoc('2030-01-01');
    expect(part(el, 'now')).to.equal(null);
  });
});
