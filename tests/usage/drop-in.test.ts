import { expect } from '@open-wc/testing';
import { drawnTimeline, eventMarks, loadedScripts, openFrame, until } from './frame.js';

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

  it('loads one script, the bundle, and no node_modules, sources or dist', async () => {
    const frame = await openFrame('/examples/drop-in/index.html');
    await drawnTimeline(frame);
    // The test server injects its own web-socket client into every page; the page asked for the rest.
    const scripts = loadedScripts(frame).filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'));
    expect(scripts).to.deep.equal(['/bundle/event-timeline.js']);
  });
});
