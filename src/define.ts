/**
 * Registers `<event-timeline>` and `<timeline-event>`. Importing it twice, or loading two copies
 * of the library, does not throw: a name already taken is left as it is.
 */
import { EventTimelineElement } from './elements/event-timeline.js';
import { TimelineEventElement } from './elements/timeline-event-element.js';

function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

define('timeline-event', TimelineEventElement);
define('event-timeline', EventTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
    'timeline-event': TimelineEventElement;
  }
}

export { EventTimelineElement, TimelineEventElement };
