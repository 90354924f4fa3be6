import type { TimelineLane } from './types.js';
import { describeValue, quote, type ProblemList } from './problems.js';
import { FieldReader, isArray, isObject, readItems, UNREADABLE } from './read.js';
import { safeColor } from './safety.js';
import { LANE_FIELDS } from './fields.js';

/** Most lanes read from one document. */
export const MAX_LANES = 10_000;

/** Reads one lane; null (after recording why) when it cannot be kept. */
function parseLane(input: unknown, path: string, seen: Map<string, number>, problems: ProblemList): TimelineLane | null {
  if (input === UNREADABLE) return null;
  if (!isObject(input)) {
    problems.error(path, `expected a lane object with "id" and "label", got ${describeValue(input)}; the lane is left out`, input);
    return null;
  }
  const f = new FieldReader(input, path, problems);
  f.reportUnknown(LANE_FIELDS, 'a lane');
  const id = f.get('id');
  if (id === UNREADABLE) return null;
  if (typeof id !== 'string' || id === '') {
    const message =
      id === undefined
        ? 'missing: every lane needs an "id" that events refer to; the lane is left out'
        : `expected a non-empty text id, got ${describeValue(id)}; the lane is left out`;
    problems.error(f.at('id'), message, id);
    return null;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    problems.error(f.at('id'), `${quote(id)} is already the id of lanes[${first}]; lane ids must be unique, so this lane is left out`, id);
    return null;
  }
  let label = f.get('label');
  if (typeof label !== 'string') {
    if (label !== UNREADABLE) {
      const message =
        label === undefined
          ? `missing: give the lane a "label"; its id ${quote(id)} is shown instead`
          : `expected text, got ${describeValue(label)}; the lane's id ${quote(id)} is shown instead`;
      problems.error(f.at('label'), message, label);
    }
    label = id;
  }
  const lane: TimelineLane = { id, label: label as string };
  const color = f.get('color');
  if (color !== undefined && color !== UNREADABLE) {
    const safe = safeColor(color);
    if (safe === null) {
      const shown = typeof color === 'string' ? quote(color) : describeValue(color);
      problems.error(f.at('color'), `${shown} is not a colour the timeline can use (use a hex value such as "#c0392b", a named colour, or rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch() or color() with plain numbers); it is left out`, color);
    } else {
      lane.color = safe;
    }
  }
  return lane;
}

/**
 * Reads the `lanes` array. Invalid lanes and later duplicates are left out and reported.
 * Returns the lanes kept, in order.
 */
export function parseLanes(input: unknown, problems: ProblemList): TimelineLane[] {
  if (input === UNREADABLE) return [];
  if (input === undefined) {
    problems.error('lanes', 'missing: list the lanes, or write "lanes": [] for a timeline without lanes');
    return [];
  }
  if (!isArray(input)) {
    problems.error('lanes', `expected an array of lanes, got ${describeValue(input)}`, input);
    return [];
  }
  const lanes: TimelineLane[] = [];
  const seen = new Map<string, number>();
  readItems(input, 'lanes', MAX_LANES, problems).forEach((item, i) => {
    const lane = parseLane(item, `lanes[${i}]`, seen, problems);
    if (lane) {
      seen.set(lane.id, i);
      lanes.push(lane);
    }
  });
  return lanes;
}
