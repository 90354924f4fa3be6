/**
 * `event-timeline/model`: the DOM-free part of the package. Document types, `parseTimeline`, the
 * date helpers and the importers (`fromTimelineJS`, `fromVisTimeline`), and nothing from Lit or
 * the DOM, so it runs in Node (with or without the `browser` condition), workers and servers.
 * The package root exports all of it too, beside the elements.
 */
export * from './model/index.js';
export * from './importers/index.js';
