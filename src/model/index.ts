/** The event model: document types, dates, safety allow-lists, the parser and timeline items. */
export type * from './types.js';
export * from './dates.js';
export { safeUrl, safeColor } from './safety.js';
export { parseTimeline, countProblems, formatProblem, FALLBACK_TITLE, MAX_EVENTS } from './parse.js';
export type { ParseResult, TimelineProblem } from './parse.js';
export { toTimelineItems, compareItems } from './items.js';
export type { TimelineItem } from './items.js';
export { TIMELINE_SCHEMA_ID } from './schema-id.js';
