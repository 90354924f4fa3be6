/**
 * The `$id` of the JSON Schema that ships in the package as `schema/timeline.schema.json`.
 * Authors point an event file at it with `"$schema"` so their editor validates and completes it.
 * `scripts/build-schema.mjs` writes the same value; a test checks they agree.
 */
export const TIMELINE_SCHEMA_ID = 'https://unpkg.com/event-timeline/schema/timeline.schema.json';
