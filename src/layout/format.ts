/**
 * Cached `Intl.DateTimeFormat`s in UTC. Building a formatter costs far more than using one, and
 * tick labels are formatted every frame, so formatters are kept per locale and options.
 */

const cache = new Map<string, Intl.DateTimeFormat>();
/** The same options object asks again every frame (the axis's formats are constants): found without a key. */
const byObject = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** A UTC `Intl.DateTimeFormat` for `locale` and `options`, built once and reused. */
export function utcFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let perLocale = byObject.get(options);
  if (!perLocale) byObject.set(options, (perLocale = new Map()));
  let formatter = perLocale.get(locale ?? '');
  if (formatter) return formatter;
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(key, formatter);
  }
  perLocale.set(locale ?? '', formatter);
  return formatter;
}

/** The astronomical UTC year of a time (1 BCE is year 0, 44 BCE is year -43). */
export function utcYearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}
