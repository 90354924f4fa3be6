import { isDateError, parseDate, type ParsedDate } from '../../src/model/dates.js';
export { utc } from '../helpers/utc.js';

/** Replaces the narrow and thin spaces Intl puts around range dashes with plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

/** `text` parsed as a date; throws (failing the test) when it does not parse. */
export function parsed(text: string): ParsedDate {
  const result = parseDate(text);
  if (isDateError(result)) throw new Error(`expected ${text} to parse, got: ${result.error}`);
  return result;
}
