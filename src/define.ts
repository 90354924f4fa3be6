/**
 * Registers `<event-timeline>`, `<timeline-event>` and `<timeline-lane>`. Importing it twice, or
 * loading two copies of the library, does not throw: a name already taken is left as it is.
 */
import { EventTimelineElement } from './elements/event-timeline.js';
import { TimelineEventElement } from './elements/timeline-event-element.js';
import { TimelineLaneElement } from './elements/timeline-lane-element.js';

// One literal call per tag (not through a helper), so that tools reading `customElements.define`
// calls, such as web-component-analyzer, find the three elements in dist/.
if (!customElements.get('timeline-lane')) customElements.define('timeline-lane', TimelineLaneElement);
if (!customElements.get('timeline-event')) customElements.define('timeline-event', TimelineEventElement);
if (!customElements.get('event-timeline')) customElements.define('event-timeline', EventTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
    'timeline-event': TimelineEventElement;
    'timeline-lane': TimelineLaneElement;
  }
}

export { EventTimelineElement, TimelineEventElement, TimelineLaneElement };

// A page's first Intl.DateTimeFormat costs about 9 ms (the browser loads its date data). Make one
// as soon as the page has a moment, so that a timeline whose events arrive later (from `src`, or
// from an app) does not pay it in its first render; one that renders first pays it as before.
setTimeout(() => new Intl.DateTimeFormat());
