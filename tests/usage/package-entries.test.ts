/**
 * The package's entry points as the browser loads them from the built files (npm test builds
 * first): the root registers nothing, define.js registers the three tags, and a second load of it or
 * of the bundle (another copy of the library) does not throw.
 */
import { expect } from '@open-wc/testing';
import { uncaught } from '../helpers/errors.js';

// Through variables, so the type checker does not look for the built files before they exist.
const ROOT = '/dist/index.js';
const DEFINE = '/dist/define.js';
const BUNDLE = '/bundle/event-timeline.js';

describe('package entry points (dist/, bundle/)', () => {
  it("import 'event-timeline' exports the classes, parser and importers and registers no element", async () => {
    const root = (await import(ROOT)) as Record<string, unknown>;
    for (const name of ['EventTimelineElement', 'TimelineEventElement', 'TimelineLaneElement', 'TimelineSelectEvent', 'parseTimeline', 'fromTimelineJS', 'fromVisTimeline']) {
      expect(typeof root[name], name).to.equal('function');
    }
    expect(customElements.get('event-timeline')).to.equal(undefined);
    expect(customElements.get('timeline-event')).to.equal(undefined);
    expect(customElements.get('timeline-lane')).to.equal(undefined);
  });

  it("import 'event-timeline/define.js' registers the three tags with the root's classes", async () => {
    const root = (await import(ROOT)) as Record<string, CustomElementConstructor>;
    await import(DEFINE);
    expect(customElements.get('event-timeline')).to.equal(root.EventTimelineElement);
    expect(customElements.get('timeline-event')).to.equal(root.TimelineEventElement);
    expect(customElements.get('timeline-lane')).to.equal(root.TimelineLaneElement);
  });

  it('loading the bundle as a second copy of the library does not throw and keeps the first registration', async () => {
    const root = (await import(ROOT)) as Record<string, CustomElementConstructor>;
    await import(DEFINE);
    const errors = await uncaught(() => import(BUNDLE));
    expect(errors).to.deep.equal([]);
    expect(customElements.get('event-timeline')).to.equal(root.EventTimelineElement);
  });
});
