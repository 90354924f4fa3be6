/**
 * The fields each object of a document may have, written as records over the types' keys so
 * that the compiler fails when a field is added to `types.ts` and not here, or the reverse.
 * The parser warns about any other field, suggesting the nearest known name.
 */
import type { TimelineDocument, TimelineEvent, TimelineLane, TimelineMedia, TimelineSource } from './types.js';

/** Each field name of `T`, and only those. */
export type FieldSet<T> = Readonly<Record<keyof T & string, true>>;

export const DOCUMENT_FIELDS: FieldSet<TimelineDocument> = { $schema: true, title: true, description: true, lanes: true, events: true };
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
 * Edit distance between `a` and `b` (insertions, deletions, substitutions and swaps of two
 * neighbours, each 1), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
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
