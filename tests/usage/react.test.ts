import { expect } from '@open-wc/testing';
import { clickableMark, clickInFrame, drawnTimeline, eventMarks, openFrame, until } from './frame.js';

describe('React 19: examples/react (data as a property, ontimeline-select)', () => {
  it('React sets data as a property, and the timeline draws it', async () => {
    const frame = await openFrame('/examples/react/index.html');
    const timeline = await drawnTimeline(frame);
    expect(timeline.getAttribute('data'), 'not stringified into an attribute').to.equal(null);
    expect(timeline.document!.title).to.equal('Launches');
    expect(eventMarks(timeline).map((m) => m.dataset.eventId).sort()).to.deep.equal(['apollo-11', 'gagarin', 'sputnik']);
  });

  it("a click on an event reaches the component's ontimeline-select handler", async () => {
    const frame = await openFrame('/examples/react/index.html');
    const timeline = await drawnTimeline(frame);
    const output = frame.contentDocument!.querySelector<HTMLElement>('#selected')!;
    expect(output.textContent).to.equal('Nothing selected.');

    const mark = clickableMark(timeline);
    await clickInFrame(frame, mark);

    const text = await until('React to re-render with the selection', () => output.textContent !== 'Nothing selected.' && output.textContent);
    expect(text).to.equal(`Selected: ${mark.dataset.eventId}`);
  });
});
