/**
 * Compiled, never run (`npm run typecheck`): the declarations give the tag names their classes
 * and the events their typed details. A `@ts-expect-error` fails the check when its line
 * stops being an error, so the typing cannot quietly become `any`.
 * (examples/npm-app and examples/react check the same against the built dist/*.d.ts.)
 */
import '../../src/define.js';
import type { EventTimelineElement, TimelineEventElement, TimelineRangeDetail } from '../../src/index.js';

const timeline: EventTimelineElement = document.querySelector('event-timeline')!;
const child: TimelineEventElement | null = document.querySelector('timeline-event');
const made: EventTimelineElement = document.createElement('event-timeline');

timeline.addEventListener('timeline-select', (e) => e.detail.id);
timeline.addEventListener('timeline-select', (e) => {
  const id: string | null = e.detail.id;
  const title: string | undefined = e.detail.event?.title;
  return [id, title];
});
timeline.addEventListener('timeline-rangechanged', (e) => {
  const range: TimelineRangeDetail = e.detail;
  return range.start.getTime() < range.end.getTime();
});
timeline.addEventListener('timeline-load', (e) => e.detail.document.events.length + e.detail.problems.length);
timeline.addEventListener('timeline-error', (e) => (e.detail.cause === 'http' ? e.detail.status : e.detail.message));

// The events bubble out of shadow roots, so listeners higher up get them typed as well.
document.addEventListener('timeline-select', (e) => e.detail.event?.title);
window.addEventListener('timeline-rangechange', (e) => e.detail.end.getTime());
document.body.addEventListener('timeline-load', (e) => e.detail.problems.length);

// @ts-expect-error: the detail is typed, not `any`
document.addEventListener('timeline-select', (e) => e.detail.nope);
// @ts-expect-error: on window too
window.addEventListener('timeline-error', (e) => e.detail.nope);
// @ts-expect-error: the detail is typed, not `any`
timeline.addEventListener('timeline-select', (e) => e.detail.nope);
// @ts-expect-error: a cause that does not exist
timeline.addEventListener('timeline-error', (e) => e.detail.cause === 'offline');
// @ts-expect-error: `data` is a document, not a string
timeline.data = 'events.json';
// @ts-expect-error: `select` takes an id or null
timeline.select(3);

export { child, made };
