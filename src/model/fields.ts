/**
 * The fields each object of a document may have, written as records over the types' keys so
 * that the compiler fails when a field is added to `types.ts` and not here, or the reverse.
 * The parser warns about any other field, suggesting the nearest known name.
 */
import type { TimelineDocument, TimelineEvent, TimelineLane, TimelineMedia, TimelineSource } from './types.js';

/** Each field name of `T`, and only those. */
export type FieldSet<T> = Readonly<Record<keyof T & string, true>>;

export const DOCUMENT_FIELDS: FieldSet<TimelineDocument> = { $schema: true, title: true, description: true, media: true, lanes: true, events: true };
export const LANE_FIELDS: FieldSet<TimelineLane> = { id: true, label: true, color: true };
export const EVENT_FIELDS: FieldSet<TimelineEvent> = {
  id: true,
  start: true,
  end: true,
  title: true,
  summary: true,
  lane: true,
  kind: true,
  tags: true,
  sources: true,
  media: true,
  approximate: true,
};
export const SOURCE_FIELDS: FieldSet<TimelineSource> = { label: true, url: true };
export const MEDIA_FIELDS: FieldSet<TimelineMedia> = { src: true, alt: true, credit: true };

/**
 * Edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of two
 * neighbours, each 1 (so `titel` is 1 from `title`); `max + 1` when their lengths alone differ more.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // d[i][j]: the distance between the first i characters of `a` and the first j of `b`.
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known field `name` was most likely meant to be (`colour` → `color`, `sumary` → `summary`,
 * `Title` → `title`), or undefined when none is close: at most one edit in three letters (and
 * one in any name), ignoring case.
 */
export function nearestField(name: string, known: Readonly<Record<string, true>>): string | undefined {
  const lower = name.toLowerCase();
  const max = Math.max(1, Math.floor(lower.length / 3));
  let nearest: string | undefined;
  let distance = max + 1;
  for (const field of Object.keys(known)) {
    const d = editDistance(lower, field.toLowerCase(), max);
    if (d < distance) {
      nearest = field;
      distance = d;
    }
  }
  return nearest;
}
