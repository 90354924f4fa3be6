export { EventTimelineElement } from './elements/event-timeline.js';
export { TimelineEventElement } from './elements/timeline-event-element.js';
export { TimelineLaneElement } from './elements/timeline-lane-element.js';
export * from './dom-events/timeline-events.js';
export * from './model.js';
export type { TimelineStrings } from './i18n/strings.js';
export { en as englishStrings, registerStrings } from './i18n/strings.js';
export { timeScale } from './layout/scale.js';
export type { DeepScale, TimeScale, UtcScale } from './layout/scale.js';
