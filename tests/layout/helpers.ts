/** Date helpers for layout tests. */
export { DAY, HOUR, utc } from '../helpers/utc.js';
