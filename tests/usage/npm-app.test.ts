import { expect } from '@open-wc/testing';
import { clickableMark, clickInFrame, drawnTimeline, eventMarks, openFrame, until } from './frame.js';

describe("npm: examples/npm-app (imports 'event-timeline' by name, bundled with esbuild)", () => {
  it('renders its data, set through the imported class', async () => {
    const frame = await openFrame('/examples/npm-app/index.html');
    const timeline = await drawnTimeline(frame);
    expect(timeline.dataset.upgraded, 'instanceof EventTimelineElement from the root export').to.equal('true');
    expect(timeline.document!.title).to.equal('A newsroom timeline');
    const ids = new Set(eventMarks(timeline).map((m) => m.dataset.eventId));
    expect([...ids].sort()).to.include.members(['eo-signed', 'lawsuit', 'talks', 'vis-1']);
  });

  it('a click on an event fires timeline-select, which the app shows', async () => {
    const frame = await openFrame('/examples/npm-app/index.html');
    const timeline = await drawnTimeline(frame);
    const output = frame.contentDocument!.querySelector<HTMLElement>('#selected')!;
    expect(output.textContent).to.equal('Nothing selected.');

    const mark = clickableMark(timeline);
    await clickInFrame(frame, mark);

    const id = mark.dataset.eventId!;
    await until('the app to show the selection', () => output.dataset.id === id);
    const title = timeline.document!.events.find((e) => e.id === id)!.title;
    expect(output.textContent).to.equal(`Selected: ${id} (${title})`);
  });
});
