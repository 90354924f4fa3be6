/**
 * Allow-lists for values that end up in attributes or styles: URLs and colours.
 * Each returns a normalised safe string, or null when the value is not clearly safe.
 * `scripts/build-schema.mjs` writes the JSON Schema's URL and colour patterns from the exported
 * lists and limits, so the schema and the parser cannot drift apart.
 */
import { CSS_NAMED_COLORS } from './css-colors.js';

/** Longest URL accepted, in UTF-16 code units. */
export const MAX_URL_LENGTH = 8192;
/** Longest colour accepted, in UTF-16 code units. */
export const MAX_COLOR_LENGTH = 64;
/** The only schemes an absolute URL may have (any letter case). */
export const SAFE_URL_SCHEMES: readonly string[] = ['http', 'https'];
/** The colour functions a colour may use (any letter case). */
export const COLOR_FUNCTIONS: readonly string[] = ['rgb', 'rgba', 'hsl', 'hsla'];

/** Tab, line feed and carriage return: the URL parser deletes them anywhere in a URL. */
const URL_DELETED_RE = /[\t\n\r]/g;
/** Any other control character (C0, DEL, C1): never needed in a URL an author writes. */
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f]/;
/** A scheme, as the URL parser reads it: a letter, then letters, digits, `+`, `-`, `.`. */
const SCHEME_RE = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Returns `text` as a URL that is safe to put in `href` or `src`, or null.
 *
 * Accepts absolute `http:` and `https:` URLs and relative URLs (`/a`, `a/b.png`, `?q`, `#x`,
 * `//host/path`). Rejects every other scheme (`javascript:`, `data:`, `vbscript:`, `file:` …)
 * including the forms a browser would still read as one: any letter case, surrounding
 * whitespace or control characters, and tabs or newlines inside the scheme
 * (`" JaVaScRiPt:"`, `"java\tscript:"`, `"\u0000javascript:"`). A relative URL whose first
 * segment holds `:`, `&`, `%` or `\` is rejected too, so entity- or percent-encoded schemes
 * (`javascript&#58;…`) cannot become one if the text is ever decoded again.
 *
 * The result is the text with surrounding whitespace and inner tabs and newlines removed.
 */
export function safeUrl(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > MAX_URL_LENGTH) return null;
  const url = text.replace(URL_DELETED_RE, '').trim();
  if (url === '' || CONTROL_RE.test(url)) return null;
  const scheme = SCHEME_RE.exec(url);
  if (scheme) {
    if (!SAFE_URL_SCHEMES.includes(scheme[1].toLowerCase())) return null;
    try {
      new URL(url);
    } catch {
      return null;
    }
    return url;
  }
  if (url.includes('\\')) return null;
  const firstSegment = url.split(/[/?#]/, 1)[0];
  if (/[:&%]/.test(firstSegment)) return null;
  return url;
}

/** A CSS number with an optional unit, as colour functions take them. */
const NUM = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:%|deg|grad|rad|turn)?`;
const SEP = String.raw`(?:\s*,\s*|\s+)`;
const ALPHA_SEP = String.raw`(?:\s*[,/]\s*)`;
const FUNCTION_RE = new RegExp(String.raw`^(?:${COLOR_FUNCTIONS.join('|')})\(\s*${NUM}${SEP}${NUM}${SEP}${NUM}(?:${ALPHA_SEP}${NUM})?\s*\)$`);
const HEX_RE = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;

/**
 * Returns `text` as a CSS colour that is safe to put in a style, or null.
 *
 * Accepts only hex colours (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`/
 * `hsl()`/`hsla()` with plain numeric arguments, and CSS named colours. Anything else —
 * `;`, `url(`, `expression(`, `var(`, braces, quotes, comments, escapes — is rejected.
 * The result is trimmed and lower-cased.
 */
export function safeColor(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > MAX_COLOR_LENGTH) return null;
  const color = text.trim().toLowerCase();
  if (HEX_RE.test(color) || CSS_NAMED_COLORS.has(color) || FUNCTION_RE.test(color)) return color;
  return null;
}
