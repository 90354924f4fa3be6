/**
 * An app that uses the package by name, as any npm project would, bundled with esbuild by
 * `npm run build:examples` (the package resolves to itself through its own `exports`).
 * It is also type-checked against the built declarations (`npm run typecheck:examples`).
 */
import { EventTimelineElement, fromVisTimeline, parseTimeline } from 'event-timeline';
import type { TimelineDocument, TimelineSelectEvent } from 'event-timeline';
import 'event-timeline/define.js';

const document_: TimelineDocument = {
  title: 'A newsroom timeline',
  lanes: [
    { id: 'government', label: 'Government', color: '#3a78c9' },
    { id: 'company', label: 'Company' },
  ],
  events: [
    { id: 'eo-signed', start: '2020-08-06', title: 'Executive order signed', lane: 'government' },
    { id: 'lawsuit', start: '2020-08-24', title: 'TikTok sues', lane: 'company' },
    { id: 'talks', start: '2020-08', end: '2020-09', title: 'Sale talks', lane: 'company' },
    { id: 'eo-deadline', start: '2020-09-20', title: 'Executive order deadline', kind: 'deadline', lane: 'government' },
  ],
};

// Data from elsewhere is checked first: problems are values, never exceptions.
const { document, problems } = parseTimeline(document_);
if (problems.length > 0) console.warn(problems);

// The importers are part of the root export too.
const imported = fromVisTimeline([{ id: 1, content: 'Imported point', start: '2020-08-15' }]);
document.events.push(...imported.document.events.map((e) => ({ ...e, id: `vis-${e.id}` })));

const timeline = window.document.querySelector('event-timeline')!;
const output = window.document.querySelector<HTMLElement>('#selected')!;
timeline.data = document;
timeline.dataset.upgraded = String(timeline instanceof EventTimelineElement);

// The tag name map and the event map type these: `e` is a TimelineSelectEvent.
timeline.addEventListener('timeline-select', (e) => {
  const selected: TimelineSelectEvent = e;
  output.textContent = selected.detail.id === null ? 'Nothing selected.' : `Selected: ${selected.detail.id} (${e.detail.event?.title})`;
  output.dataset.id = e.detail.id ?? '';
});
