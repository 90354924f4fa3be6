/** JSON text read without throwing: an event file as it comes from disk or the network. */
import { describeThrown, type ProblemList } from './problems.js';
import { UNREADABLE } from './read.js';

/**
 * The value `text` holds as JSON, or {@link UNREADABLE} after recording an error at `(root)`
 * when it is not JSON. A leading byte order mark (which some editors save) is skipped.
 */
export function readJsonText(text: string, problems: ProblemList): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (thrown) {
    problems.error('(root)', `is not valid JSON (${describeThrown(thrown)})`);
    return UNREADABLE;
  }
}
