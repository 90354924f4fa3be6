/**
 * Text from the data inside the library's own sentences (names, announcements, problem messages)
 * is isolated, so a right-to-left override or right-to-left letters in a title cannot turn the
 * direction of the library's words after it.
 */

/** Right-to-left letters (Hebrew to NKo and their presentation forms, the right-to-left planes) and direction controls. */
const DIRECTIONAL = /[\u0590-\u08ff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/**
 * `text` between U+2068 (first strong isolate) and U+2069 (pop directional isolate) when it could
 * change the direction of what follows; plain left-to-right text as it is. Isolate controls of
 * its own are dropped first: a U+2069 in the data would otherwise close the isolate early.
 */
export function isolate(text: string): string {
  return DIRECTIONAL.test(text) ? `\u2068${text.replace(/[\u2066-\u2069]/g, '')}\u2069` : text;
}
