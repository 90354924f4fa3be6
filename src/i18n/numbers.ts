/**
 * Numbers in a locale's digits. `toLocaleString` with options builds a new `Intl.NumberFormat`
 * on every call (about 0.1 ms); the progress text of a million-event load is written hundreds
 * of times, so one formatter per locale and style is kept.
 */
const formats = new Map<string, Intl.NumberFormat>();

/** `n` in `locale`'s digits and grouping; as a percentage of 1 when `percent`. */
export function formatNumber(n: number, locale: string, percent = false): string {
  const key = `${locale}|${percent}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, percent ? { style: 'percent' } : {})));
  return format.format(n);
}
