/**
 * How a `<timeline-event>` knows that its parent is a timeline, whatever name the page registered
 * the timeline's class under (`customElements.define('news-timeline', class extends
 * EventTimelineElement {})`): the class carries this mark. `Symbol.for`, so that two copies of the
 * library on one page agree.
 */
export const TIMELINE_HOST: unique symbol = Symbol.for('event-timeline.host') as never;

/** Whether `element` is a timeline: its class carries {@link TIMELINE_HOST}, or it is `<event-timeline>` not yet upgraded. */
export function isTimeline(element: Element | null): boolean {
  if (!element) return false;
  return element.localName === 'event-timeline' || TIMELINE_HOST in (element.constructor as object);
}
