/**
 * Compiled, never run, by scripts/check-readme-code.mjs in its React 19 project (and under
 * moduleResolution node10), against the built package: the JSX types of `event-timeline/react`.
 * A `@ts-expect-error` fails the check when its line stops being an error, so the typing cannot
 * quietly become `any`.
 */
import type { TimelineDocument } from 'event-timeline';
import type {} from 'event-timeline/react';

const doc: TimelineDocument = { title: 'T', lanes: [{ id: 'police', label: 'Police' }], events: [] };

export const all = (
  <event-timeline
    data={doc}
    src={null}
    noHash
    no-wheel-zoom
    max-rows={4}
    view="list"
    filter={(e) => e.lane === 'police'}
    ontimeline-select={(e) => console.log(e.detail.id, e.detail.event?.title)}
    ontimeline-rangechanged={(e) => console.log(e.detail.end.getTime())}
    ontimeline-error={(e) => console.log(e.detail.cause === 'http' ? e.detail.status : e.detail.message)}
  >
    <timeline-lane id="police" label="Police" color="#b5541c" />
    <timeline-event id="a" lane="police" kind="deadline" approximate tags="x,y">
      <time dateTime="2020-06-02">2 June 2020</time>
      <h3>A</h3>
    </timeline-event>
  </event-timeline>
);

// @ts-expect-error: `data` is a document, not a URL
export const dataAsText = <event-timeline data="events.json" />;
// @ts-expect-error: the event's detail is typed, not `any`
export const unknownDetail = <event-timeline ontimeline-select={(e) => console.log(e.detail.nope)} />;
// @ts-expect-error: `view` is 'timeline' or 'list'
export const unknownView = <event-timeline view="grid" />;
// @ts-expect-error: `kind` is 'event' or 'deadline'
export const unknownKind = <timeline-event kind="milestone" />;
// @ts-expect-error: `colour` is not a property of <timeline-lane>
export const misspelt = <timeline-lane colour="red" />;
