/** Dates: reading ISO 8601 text into instant ranges, and formatting them for people. */
export type { DatePrecision, ParsedDate, DateError, DateErrorKind } from './date-types.js';
export { isDateError, DATE_FORMS_HINT, MAX_TIME } from './date-types.js';
export { parseDate } from './date-parse.js';
export { formatDate, formatDateRange } from './date-format.js';
export type { FormatDateOptions } from './date-format.js';
export { APPROXIMATE_TEMPLATES, ERA_WORDS } from './date-words.js';
