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
});
