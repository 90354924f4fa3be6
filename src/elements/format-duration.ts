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
 * The locale's formatter of a count in a unit ("3 months", "2 Milliarden Jahre"), made once per
 * locale, unit and notation: compact words from a million on (a formatter costs more than a
 * frame's worth of the words it makes).
 */
export function unitFormat(locale: string, unit: string, compact = false): Intl.NumberFormat {
  const key = `${locale}|${unit}|${compact}`;
  let format = formats.get(key);
  const words: Intl.NumberFormatOptions = compact ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 } : { maximumFractionDigits: 0 };
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', ...words })));
  return format;
}

/** `n` whole units in words: "27 days", "3 months", "4.6 billion years". */
export function countIn(n: number, unit: string, locale: string): string {
  return unitFormat(locale, unit, Math.abs(n) >= 1e6).format(n);
}

/**
 * How long a stretch of `ms` is, in words, in the largest unit it holds at least twice ("17
 * months", not "1 year"; "6 weeks", not "1 month"), days and hours once: "3 years", "1 day" —
 * what a break in the vertical list says it skipped; a million years or more in compact words:
 * "4.6 billion years".
 */
export function formatDuration(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([u, size]) => ms >= (u === 'day' || u === 'hour' ? 1 : 2) * size) ?? UNITS[UNITS.length - 1]!;
  return countIn(Math.max(1, Math.round(ms / size)), unit, locale);
}
