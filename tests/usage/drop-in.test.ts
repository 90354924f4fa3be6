import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clickableMark, clickInFrame, drawnTimeline, eventMarks, FRAME, loadedScripts, openFrame, until } from './frame.js';

interface Demo {
  title: string;
  events: Array<{ id: string }>;
}

describe('drop-in: examples/drop-in/index.html (one <script type="module"> and the tag)', () => {
  let demo: Demo;
  before(async () => {
    demo = (await (await fetch('/events/tiktok-2020.json')).json()) as Demo;
  });

  it('renders the demo events from src with nothing but the bundle', async () => {
    const frame = await openFrame('/examples/drop-in/index.html');
    const timeline = await drawnTimeline(frame);
    await until('the document', () => timeline.document);

    expect(timeline.document!.title).to.equal(demo.title);
    expect(timeline.document!.events.map((e) => e.id)).to.deep.equal(demo.events.map((e) => e.id));
    const ids = eventMarks(timeline).map((m) => m.dataset.eventId!);
    const known = new Set(demo.events.map((e) => e.id));
    expect(ids.length).to.be.greaterThan(4);
    expect(ids.filter((id) => !known.has(id))).to.deep.equal([]);
    expect(timeline.shadowRoot!.querySelector('[part~="error"]'), 'no load error').to.equal(null);
  });

  it("its first view shows every event of the story's months as a mark of its own, both FBI SITREPs and the executive order among them, none folded into \"+N\"", async () => {
    const frame = await openFrame('/examples/drop-in/index.html');
    const timeline = await drawnTimeline(frame);
    const marks = await until('the marks', () => eventMarks(timeline).length > 4 && eventMarks(timeline));
    const ids = marks.map((m) => m.dataset.eventId!);
    for (const key of ['fbi-sitrep-1', 'fbi-sitrep-2', 'executive-order', 'eo-deadline']) expect(ids, key).to.include(key);
    const folded = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('button[part~="cluster"]')].map((c) => c.getAttribute('aria-label'));
    expect(folded, 'no "+N" marks').to.deep.equal([]);
    // Each mark is drawn inside the plot, not cut off below it.
    const plot = timeline.shadowRoot!.querySelector('[part~="plot"]')!.getBoundingClientRect();
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      expect(r.bottom <= plot.bottom + 0.5 && r.top >= plot.top - 0.5, `${m.dataset.eventId} inside the plot`).to.equal(true);
    }
  });

  it('loads one script, the bundle, and no node_modules, sources or dist', async () => {
    const frame = await openFrame('/examples/drop-in/index.html');
    await drawnTimeline(frame);
    // The test server injects its own web-socket client into every page; the page asked for the rest.
    const scripts = loadedScripts(frame).filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/bundle/event-timeline.js']);
  });
});

describe('drop-in bundle behaves as the sources do (minified, private names shortened)', () => {
  it('a click opens the card, keys move focus and zoom, a drag pans, Escape closes', async () => {
    const frame = await openFrame('/examples/drop-in/index.html');
    const timeline = await drawnTimeline(frame);
    const range = () => {
      const r = (timeline as unknown as { visibleRange: { start: Date; end: Date } }).visibleRange;
      return { start: r.start.getTime(), end: r.end.getTime() };
    };
    const mark = clickableMark(timeline);
    const id = mark.dataset.eventId!;
    await clickInFrame(frame, mark);
    const card = await until('the card', () => timeline.shadowRoot!.querySelector<HTMLElement>('[part~="card"]'));
    expect(card.textContent).to.contain(timeline.document!.events.find((e) => e.id === id)!.title);

    await sendKeys({ press: 'Escape' });
    await until('the card to close', () => !timeline.shadowRoot!.querySelector('[part~="card"]'));
    await until('focus back on the mark', () => (timeline.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId === id);

    const first = [...timeline.document!.events].sort((a, b) => ((a as { start?: string }).start ?? '').localeCompare((b as { start?: string }).start ?? ''))[0]!.id;
    await sendKeys({ press: 'Home' });
    await until('focus on the first event', () => (timeline.shadowRoot!.activeElement as HTMLElement | null)?.dataset.eventId === first);
    await sendKeys({ press: 'ArrowRight' });
    await until('focus on the next event', () => {
      const active = timeline.shadowRoot!.activeElement as HTMLElement | null;
      return active && (active.dataset.cluster || (active.dataset.eventId && active.dataset.eventId !== first));
    });
    const before = range();
    // The zoom glides; the drag starts once it has settled (a drag during the glide would be overtaken).
    const settled = new Promise((resolve) => timeline.addEventListener('timeline-rangechanged', resolve, { once: true }));
    await sendKeys({ press: '+' });
    await settled;
    expect(range().end - range().start, 'a closer view').to.be.below((before.end - before.start) * 0.6);

    const plot = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="plot"]')!.getBoundingClientRect();
    const f = frame.getBoundingClientRect();
    const startBefore = range().start;
    // Low in the plot, and inside the frame (the example's plot takes every row it needs, taller than the frame).
    const [x, y] = [Math.round(f.left + plot.left + plot.width / 2), Math.round(f.top + Math.min(plot.top + plot.height, FRAME.height) - 8)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 4; i++) await sendMouse({ type: 'move', position: [x - 40 * i, y] });
    await sendMouse({ type: 'up' });
    await until('the view to pan later', () => range().start > startBefore);
  });
});

describe('drop-in languages: bundle/i18n/<lang>.js beside the bundle', () => {
  it('a page that loads bundle/i18n/de.js gets German words in a German timeline', async () => {
    const frame = await openFrame(
      '',
      `<!doctype html><html lang="de"><body>
        <script type="module" src="/bundle/event-timeline.js"></script>
        <script type="module" src="/bundle/i18n/de.js"></script>
        <event-timeline src="/events/tiktok-2020.json"></event-timeline>
      </body></html>`,
    );
    const timeline = await drawnTimeline(frame);
    const fit = await until('the fit button', () => timeline.shadowRoot!.querySelector('[part~="fit"]'));
    await until('German words', () => fit.textContent!.trim() === 'Alles zeigen');
    expect(timeline.shadowRoot!.querySelector('[part~="view-toggle"]')!.textContent!.trim()).to.equal('Liste');
  });
});
