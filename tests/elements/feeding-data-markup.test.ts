import { expect, fixture, html } from '@open-wc/testing';
import type { TimelineDocument } from '../../src/model/types.js';
import { DAY, drawnLabel, mark, markX, marks, part, visibleIds, mount, mountData, settle, timeAt, utc, xOf } from '../helpers/timeline.js';

const doc: TimelineDocument = {
  title: 'Two events',
  lanes: [{ id: 'a', label: 'Lane A' }],
  events: [
    { id: 'first', title: 'First thing', start: '2020-03-01', lane: 'a' },
    { id: 'second', title: 'Second thing', start: '2020-04-15', lane: 'a' },
  ],
};

/** Waits for the MutationObserver, the re-read and the render. */
async function afterEdit(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await Promise.resolve();
  await settle(el as never);
}

describe('<event-timeline> .data', () => {
  it('data = document draws each event with its title', async () => {
    const el = await mountData(doc);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['first', 'second']);
    expect(drawnLabel(el, 'first')?.text).to.contain('First thing');
    expect(el.document?.title).to.equal('Two events');
  });

  it('data = another document replaces the events', async () => {
    const el = await mountData(doc);
    el.data = { title: 'Other', lanes: [], events: [{ id: 'third', title: 'Third thing', start: '2021-01-01' }] };
    await settle(el);
    expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(['third']);
  });

  it('data set over markup children replaces them and shows the new events in view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <event-timeline><timeline-event id="from-markup"><time datetime="2020-01-01"></time><h3>Markup</h3></timeline-event></event-timeline>
    </div>`);
    const el = wrapper.querySelector('event-timeline')!;
    await settle(el);
    expect(mark(el, 'from-markup')).to.exist;
    el.data = doc;
    await settle(el);
    expect(mark(el, 'from-markup')).to.equal(null);
    expect(visibleIds(el).sort(), 'the new document\'s events are on screen').to.deep.equal(['first', 'second']);
  });

  it('data = a changed copy of the document shown (an event more, a framework\'s new object) keeps the view the reader moved to and the open card; while the view is still as fitted, it fits the new events', async () => {
    const el = await mountData(doc, { 'no-hash': '' });
    el.zoomTo('2020-04-10', '2020-04-20', false);
    await settle(el);
    el.select('second');
    await settle(el);
    const view = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    el.data = { ...structuredClone(doc), events: [...doc.events, { id: 'third', title: 'Third thing', start: '2020-06-01', lane: 'a' }] };
    await settle(el);
    expect([el.visibleRange.start.getTime(), el.visibleRange.end.getTime()], 'the reader\'s view').to.deep.equal(view);
    expect(el.selected).to.equal('second');
    expect(part(el, 'card'), 'its card still open').to.not.equal(null);
    // Still as fitted: the new events are fitted in.
    const fitted = await mountData(doc, { 'no-hash': '' });
    fitted.data = { ...structuredClone(doc), events: [...doc.events, { id: 'third', title: 'Third thing', start: '2020-08-01', lane: 'a' }] };
    await settle(fitted);
    expect(visibleIds(fitted).sort()).to.deep.equal(['first', 'second', 'third']);
  });

  it('data = another document that happens to share ids (generic "1", "2"…) but not the title starts from its own view', async () => {
    const el = await mountData(doc, { 'no-hash': '' });
    el.zoomTo('2020-04-10', '2020-04-20', false);
    await settle(el);
    el.data = { title: 'Another story', lanes: [], events: [{ id: 'first', title: 'Its first', start: '2020-09-01' }, { id: 'x', title: 'X', start: '2020-10-01' }] };
    await settle(el);
    expect(visibleIds(el).sort(), 'its events in view').to.deep.equal(['first', 'x']);
  });

  it('data = a document elsewhere in time shows its events, not an empty stretch of the old view', async () => {
    const el = await mountData(doc);
    el.zoomTo('2020-03-01', '2020-03-03', false);
    await settle(el);
    el.data = { title: 'Later', lanes: [], events: [{ id: 'a', title: 'A', start: '2020-05-01' }, { id: 'b', title: 'B', start: '2020-06-01' }] };
    await settle(el);
    expect(visibleIds(el).sort()).to.deep.equal(['a', 'b']);
  });
});

describe('<event-timeline> <timeline-event> children', () => {
  const markup = () => html`<event-timeline>
    <timeline-event id="eo-deadline" lane="government" kind="deadline">
      <time datetime="2020-09-20">20 September 2020</time>
      <h3>Executive order deadline</h3>
      <p>TikTok must be sold by now, or all transactions are banned.</p>
      <a href="https://example.org/source">Source</a>
    </timeline-event>
    <timeline-event id="order" lane="government">
      <time datetime="2020-08-06">6 August 2020</time>
      <h3>Executive order signed</h3>
      <p>The order is signed.</p>
    </timeline-event>
    <timeline-event id="talks" lane="company">
      <time datetime="2020-08-02">2 August 2020</time>
      <time datetime="2020-09-13">13 September 2020</time>
      <h3>Sale talks</h3>
    </timeline-event>
  </event-timeline>`;

  it('markup children draw as events, titled by their heading, in lanes named by their lane attribute', async () => {
    const el = await mount(markup());
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['eo-deadline', 'order', 'talks']);
    expect(drawnLabel(el, 'order')?.text).to.contain('Executive order signed');
    expect(mark(el, 'talks')!.getAttribute('part')).to.contain('range');
    const lanes = [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((l) => l.textContent!.trim());
    expect(lanes).to.include.members(['government', 'company']);
  });

  it('editing a child\'s heading renames its mark', async () => {
    const el = await mount(markup());
    el.querySelector('#order h3')!.textContent = 'Order signed by the president';
    await afterEdit(el);
    expect(drawnLabel(el, 'order')?.text).to.contain('Order signed by the president');
  });

  it('editing a child\'s <time datetime> moves its mark to the new day', async () => {
    const el = await mount(markup());
    el.zoomTo('2020-07-20', '2020-09-30', false);
    await settle(el);
    el.querySelector('#order time')!.setAttribute('datetime', '2020-08-20');
    await afterEdit(el);
    const x = markX(el, 'order');
    // At the middle of its new day.
    expect(Math.abs(x - xOf(el, utc(2020, 8, 20) + DAY / 2))).to.be.below(0.5);
    expect(timeAt(el, x)).to.be.within(utc(2020, 8, 20), utc(2020, 8, 21));
    // The button over it moved too.
    const box = mark(el, 'order')!.getBoundingClientRect();
    expect(box.left).to.be.below(x);
    expect(box.right).to.be.above(x);
  });

  it('adding a child adds a mark, removing one removes it', async () => {
    const el = await mount(markup());
    const added = document.createElement('timeline-event');
    added.id = 'added';
    added.innerHTML = '<time datetime="2020-08-20"></time><h3>Added later</h3>';
    el.append(added);
    await afterEdit(el);
    expect(drawnLabel(el, 'added')?.text).to.contain('Added later');
    el.querySelector('#order')!.remove();
    await afterEdit(el);
    expect(mark(el, 'order')).to.equal(null);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['added', 'eo-deadline', 'talks']);
  });

  it('without the element defined, the markup reads as an article (headings and text in order)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <not-upgraded-timeline><timeline-event><time datetime="2020-08-06">6 August 2020</time><h3>Signed</h3><p>Text.</p></timeline-event></not-upgraded-timeline>
    </div>`);
    expect(wrapper.innerText.replace(/\s+/g, ' ').trim()).to.equal('6 August 2020 Signed Text.');
  });

  it('a <time> mentioned later in the text is not taken as the end', async () => {
    const el = await mount(html`<event-timeline>
      <timeline-event id="venture">
        <time datetime="2019-12-10">10 December 2019</time>
        <h3>Joint venture with state media</h3>
        <p>Reuters reported it on <time datetime="2019-12-14">14 December 2019</time>.</p>
      </timeline-event>
      <timeline-event id="other"><time datetime="2020-01-10"></time><h3>Other</h3></timeline-event>
    </event-timeline>`);
    expect(mark(el, 'venture')!.getAttribute('part')).to.contain('point');
    expect(el.document!.events.find((e) => e.id === 'venture')!.end).to.equal(undefined);
  });

  it('two <time>s side by side (also wrapped together in one element) give start and end', async () => {
    const el = await mount(html`<event-timeline>
      <timeline-event id="direct"><time datetime="2020-08-02"></time><time datetime="2020-09-13"></time><h3>Direct</h3></timeline-event>
      <timeline-event id="wrapped"><p class="when"><time datetime="2020-08-05">5</time> – <time datetime="2020-08-20">20 August</time></p><h3>Wrapped</h3></timeline-event>
    </event-timeline>`);
    const events = el.document!.events;
    expect(events.find((e) => e.id === 'direct')!.end).to.equal('2020-09-13');
    expect(events.find((e) => e.id === 'wrapped')!.end).to.equal('2020-08-20');
  });

  it('data = null falls back to the markup children', async () => {
    const el = await mount(markup());
    el.data = doc;
    await settle(el);
    expect(mark(el, 'order')).to.equal(null);
    el.data = null;
    await settle(el);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['eo-deadline', 'order', 'talks']);
  });

  /** The article of an event in the list, and the text of the markup content shown in it (through its slot). */
  function article(el: HTMLElement & { shadowRoot: ShadowRoot | null }, id: string): { item: HTMLElement; shown: string } {
    const item = el.shadowRoot!.querySelector<HTMLElement>(`[part~="list-item"][data-event-id="${id}"]`)!;
    const slot = item.querySelector<HTMLSlotElement>('slot.markup');
    const shown = (slot?.assignedElements() ?? []).map((c) => (c as HTMLElement).innerText.trim()).join(' ');
    return { item, shown };
  }

  it('the list view shows each markup event\'s own content in its article (its text and links, its date and heading once), the selected one\'s in its card', async () => {
    const el = await mount(markup());
    el.view = 'list';
    await settle(el);
    const deadline = article(el, 'eo-deadline');
    expect(deadline.shown).to.contain('TikTok must be sold by now');
    expect(deadline.shown).to.contain('Source');
    expect(deadline.shown, 'the date and heading are the article\'s own, not repeated').to.not.contain('Executive order deadline');
    const paragraph = el.querySelector('#eo-deadline p')!.getBoundingClientRect();
    const box = deadline.item.getBoundingClientRect();
    expect(paragraph.height, 'laid out').to.be.above(0);
    expect(paragraph.top >= box.top && paragraph.bottom <= box.bottom, 'inside its article').to.equal(true);
    expect(article(el, 'order').shown).to.contain('The order is signed.');
    el.select('order');
    await settle(el);
    expect(article(el, 'order').shown, 'the selected one\'s content moves to its card').to.equal('');
    const card = el.shadowRoot!.querySelector('[part~="card"] slot[name="card"]') as HTMLSlotElement;
    expect(card.assignedElements().map((c) => c.id)).to.deep.equal(['order']);
    expect(article(el, 'eo-deadline').shown).to.contain('TikTok must be sold by now');
  });

  it('data that replaces the markup empties the card and the articles; the markup fills them again when data goes', async () => {
    const el = await mount(markup());
    el.view = 'list';
    el.select('order');
    await settle(el);
    const card = () => (el.shadowRoot!.querySelector('[part~="card"] slot[name="card"]') as HTMLSlotElement | null)?.assignedElements().map((c) => c.id) ?? [];
    expect(card()).to.deep.equal(['order']);
    expect(article(el, 'eo-deadline').shown).to.contain('TikTok must be sold by now');
    el.data = { ...doc, events: [...doc.events, { id: 'order', title: 'Order from data', start: '2020-08-06', lane: 'a' }] };
    await settle(el);
    el.select('order');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="card"]')!.textContent, 'the data event\'s card').to.contain('Order from data');
    expect(card(), 'no markup content in a data event\'s card').to.deep.equal([]);
    expect(article(el, 'first').shown).to.equal('');
    const slotted = [...el.shadowRoot!.querySelectorAll<HTMLSlotElement>('slot')].flatMap((s) => s.assignedElements());
    expect(slotted, 'no slot shows a markup child').to.deep.equal([]);
    el.data = null;
    await settle(el);
    el.select('order');
    await settle(el);
    expect(card(), 'the markup\'s own content again').to.deep.equal(['order']);
    expect(article(el, 'eo-deadline').shown).to.contain('TikTok must be sold by now');
  });

  it('printed, every markup event\'s content is in its article, the selected one\'s too', async () => {
    const el = await mount(markup());
    el.select('order');
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(article(el, 'eo-deadline').shown).to.contain('TikTok must be sold by now');
    expect(article(el, 'order').shown).to.contain('The order is signed.');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    const card = el.shadowRoot!.querySelector('[part~="card"] slot[name="card"]') as HTMLSlotElement;
    expect(card.assignedElements().map((c) => c.id), 'back in the card after printing').to.deep.equal(['order']);
  });
});

describe('<event-timeline> with a <timeline-event> inside another (issue 17, item 6)', () => {
  it('the outer event reads only its own <time> and heading; the inner one is reported at its markup path, not drawn', async () => {
    const el = await mount(html`<event-timeline>
      <timeline-event id="outer">
        <timeline-event id="inner"><time datetime="2020-05-01"></time><h3>Inner</h3></timeline-event>
        <time datetime="2020-02-01"></time>
        <h3>Outer</h3>
      </timeline-event>
      <timeline-event id="plain"><time datetime="2020-01-01"></time><h3>Plain</h3></timeline-event>
    </event-timeline>`);
    expect(marks(el).map((m) => m.dataset.eventId).sort()).to.deep.equal(['outer', 'plain']);
    const outer = el.document!.events.find((e) => e.id === 'outer')!;
    expect([outer.start, outer.title]).to.deep.equal(['2020-02-01', 'Outer']);
    expect(drawnLabel(el, 'outer')!.text).to.contain('Outer').and.not.to.contain('Inner');
    const problems = part(el, 'problems')!.innerText;
    expect(problems).to.contain('<timeline-event id="outer"> #1 > <timeline-event id="inner"> #1: a <timeline-event> inside another is not an event of its own');
  });

  it('an outer event with no <time> or heading of its own does not take them from the one inside it', async () => {
    const el = await mount(html`<event-timeline>
      <timeline-event id="outer">
        <p>Neither a date nor a heading here.</p>
        <timeline-event><time datetime="2020-05-01"></time><h3>Inner</h3></timeline-event>
      </timeline-event>
      <timeline-event id="plain"><time datetime="2020-01-01"></time><h3>Plain</h3></timeline-event>
    </event-timeline>`);
    expect(marks(el).map((m) => m.dataset.eventId)).to.deep.equal(['plain']);
    expect(el.document!.events.map((e) => e.title)).to.deep.equal(['Plain']);
    const problems = part(el, 'problems')!.innerText;
    expect(problems).to.match(/<timeline-event id="outer"> #1\.start: /);
    expect(problems).to.contain('<timeline-event id="outer"> #1 > <timeline-event> #1: a <timeline-event> inside another');
  });

});
