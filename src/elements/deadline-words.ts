/**
 * When a deadline falls, in the words after "deadline" in its card, its accessible name and its
 * row on a phone: counted from the real today, "in 27 days"; from a page's own "now" of a day
 * (the `now` attribute, such as an article's date), "27 days after 24 August 2020". Read years
 * later, "in 27 days" under a date of 2020 looked like a countdown still running. The deadline's
 * label in the plot keeps a label's short words ("in 27 days"): its room is a label's, and the
 * plot draws the "now" rule it counts from, labelled, where it is in view.
 */
import { en, fill, type TimelineStrings } from '../i18n/strings.js';
import { relativeTime, relativeUnit } from '../i18n/relative.js';
import { comma } from '../i18n/comma.js';
import { countIn } from './format-duration.js';
import { MS_PER_DAY as DAY } from '../time/years.js';

/** "Now" as the element counts from it. */
export interface Now {
  /** UTC ms. */
  readonly ms: number;
  /** The page's own "now" in words ("24 August 2020"), or null for the real today. */
  readonly date: string | null;
}

/** "27 days", "3 months", "2 years" (a million years and more in compact words): how far apart two days are. */
function distance(days: number, locale: string): string {
  const [unit, n] = relativeUnit(days);
  return countIn(n, unit, locale);
}

/** "deadline, in 27 days", or from a fixed "now" "deadline, 27 days after 24 August 2020". */
export function deadlineWords(time: number, now: Now, locale: string, strings: TimelineStrings): string {
  return `${strings.deadline}${comma(locale)}${when(time, now, locale, strings)}`;
}

function when(time: number, now: Now, locale: string, strings: TimelineStrings): string {
  if (now.date === null) return relativeTime(time, now.ms, locale);
  const days = Math.floor(time / DAY) - Math.floor(now.ms / DAY);
  if (days === 0) return fill(strings.onDate ?? en.onDate!, { date: now.date });
  const template = days > 0 ? (strings.afterDate ?? en.afterDate!) : (strings.beforeDate ?? en.beforeDate!);
  return fill(template, { span: distance(Math.abs(days), locale), date: now.date });
}
