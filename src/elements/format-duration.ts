/** Rough lengths of the units a break's duration is told in, ms. */
const DAY = 86_400_000;
const UNITS: ReadonlyArray<readonly [Intl.NumberFormatOptions['unit'] & string, number]> = [
  ['year', 365.2425 * DAY],
  ['month', 30.436875 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', 3_600_000],
];

const formats = new Map<string, Intl.NumberFormat>();

/**
 * How long a stretch of `ms` is, in words, in the largest unit it holds at least twice ("17
 * months", not "1 year"; "6 weeks", not "1 month"), days and hours once: "3 years", "1 day" —
 * what a break in the vertical list says it skipped; a million years or more in compact words:
 * "4.6 billion years".
 */
export function formatDuration(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([u, size]) => ms >= (u === 'day' || u === 'hour' ? 1 : 2) * size) ?? UNITS[UNITS.length - 1]!;
  const compact = ms >= 1e6 * UNITS[0]![1];
  const key = `${locale}|${unit}|${compact}`;
  let format = formats.get(key);
  const words: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 };
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', ...words })));
  return format.format(Math.max(1, Math.round(ms / size)));
}
