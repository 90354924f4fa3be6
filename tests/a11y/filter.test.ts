import { expect } from '@open-wc/testing';
import { tiktok2020 } from '../../events/tiktok-2020.js';
import { marks, mountData, settle, still } from '../helpers/timeline.js';

describe('<event-timeline>.filter', () => {
  it('shows only matching events, in the timeline and in the list, and forgets a selection it hides', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '', now: '2020-08-24' });
    el.select('mayer-ceo');
    await still(el);
    el.filter = (e) => e.lane === 'police';
    await settle(el);
    const police = new Set(tiktok2020.events.filter((e) => e.lane === 'police').map((e) => e.id));
    const drawn = marks(el).map((m) => m.dataset.eventId!);
    expect(drawn.length).to.be.greaterThan(0);
    for (const id of drawn) expect(police.has(id), id).to.equal(true);
    expect(el.selected).to.equal(null);
    el.view = 'list';
    await settle(el);
    const listed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"]')].map((li) => li.dataset.eventId!);
    expect(listed).to.have.members([...police]);
    el.filter = null;
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length).to.equal(tiktok2020.events.length);
  });

  it('the list keeps the selection in sync: the selected article is marked current', async () => {
    const el = await mountData(tiktok2020, { 'no-hash': '', view: 'list' });
    el.select('blueleaks');
    await settle(el);
    const current = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list-item"][aria-current="true"]');
    expect([...current].map((li) => li.dataset.eventId)).to.deep.equal(['blueleaks']);
  });

  describe('a filter that throws (issue 17, item 7)', () => {
    let warnings: unknown[][];
    const original = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
    });
    afterEach(() => {
      console.warn = original;
    });

    const forty = { title: 'Forty', lanes: [], events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2020-01-${String((i % 28) + 1).padStart(2, '0')}` })) };

    it('warns once for the filter, not once per event, and shows the events it threw on', async () => {
      const el = await mountData(forty, { 'no-hash': '', view: 'list' });
      const broken = (e: { id: string }) => {
        if (e.id !== 'e0') throw new Error('no such field');
        return true;
      };
      el.filter = broken;
      await settle(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]').length, 'every event is shown').to.equal(40);
      expect(warnings.map((w) => w[0])).to.deep.equal(['<event-timeline>: the filter threw for 39 of 40 events; they are shown']);
      expect((warnings[0]![1] as Error).message, 'the first error comes with it').to.equal('no such field');

      el.data = { ...forty, title: 'Forty again' };
      await settle(el);
      expect(warnings, 'the same filter on new data: no second warning').to.have.length(1);

      el.filter = () => {
        throw new Error('another');
      };
      await settle(el);
      expect(warnings.map((w) => w[0]), 'a new filter that throws warns once').to.deep.equal([
        '<event-timeline>: the filter threw for 39 of 40 events; they are shown',
        '<event-timeline>: the filter threw for 40 of 40 events; they are shown',
      ]);
    });
  });
});
