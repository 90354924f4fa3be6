/** UTC ms for a calendar date, including years 0–99 and negative years (month is 1-based). */
export function utc(year: number, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

/** Replaces the narrow and thin spaces Intl puts around range dashes with plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}
