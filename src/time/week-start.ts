/**
 * The day a week starts on in a locale: Monday in most of the world, Sunday in the United States,
 * Canada, Japan, Brazil, Israel, India…, Saturday in much of the Arab world. The axis's week ticks,
 * a density strip's week buckets and a phone's week-long "+N" rows all start on it, so a German
 * reader's weeks run Monday to Sunday and an American's Sunday to Saturday.
 */
import { utcFriday, utcMonday, utcSaturday, utcSunday, utcThursday, utcTuesday, utcWednesday } from 'd3-time';
import type { TimeInterval } from 'd3-time';
import { MS_PER_DAY } from './years.js';

/** 0 for Sunday … 6 for Saturday, as `Date.prototype.getUTCDay` counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** CLDR's regions whose week starts on Sunday, Saturday or Friday (the rest start on Monday), for browsers without `Intl.Locale` week info. */
const SUNDAY = new Set('AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '));
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

const known = new Map<string, WeekDay>();

/** The day weeks start on in `locale` (its region's, or its language's most likely region's); Monday when the locale cannot be read. */
export function weekStart(locale: string | undefined): WeekDay {
  const key = locale ?? '';
  let day = known.get(key);
  if (day === undefined) {
    day = readWeekStart(locale);
    known.set(key, day);
  }
  return day;
}

function readWeekStart(locale: string | undefined): WeekDay {
  try {
    const l = new Intl.Locale(locale || new Intl.DateTimeFormat().resolvedOptions().locale);
    // `getWeekInfo()` (and the older `weekInfo` getter) answer 1 for Monday … 7 for Sunday.
    const info = (l as { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } }).getWeekInfo?.() ?? (l as { weekInfo?: { firstDay: number } }).weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as WeekDay;
    const region = l.maximize().region ?? '';
    return SUNDAY.has(region) ? 0 : SATURDAY.has(region) ? 6 : region === 'MV' ? 5 : 1;
  } catch {
    return 1;
  }
}

const INTERVALS = [utcSunday, utcMonday, utcTuesday, utcWednesday, utcThursday, utcFriday, utcSaturday] as const;

/** d3's UTC week interval that starts on `day`. */
export function utcWeekFrom(day: WeekDay): TimeInterval {
  return INTERVALS[day];
}

/**
 * How long after a multiple of seven days from the epoch a week starting on `day` starts, ms: 4
 * January 1970, three days after the epoch, was a Sunday. Weeks counted with a division (a strip's
 * buckets, a phone's week-long rows) need no calendar arithmetic.
 */
export function weekOffset(day: WeekDay): number {
  return ((3 + day) % 7) * MS_PER_DAY;
}
