export { utc } from '../helpers/utc.js';

/** Replaces the narrow and thin spaces Intl puts around range dashes with plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}
