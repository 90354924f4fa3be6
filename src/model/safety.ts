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
export const MAX_COLOR_LENGTH = 128;
/** The only schemes an absolute URL may have (any letter case). */
export const SAFE_URL_SCHEMES: readonly string[] = ['http', 'https'];

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

const HEX_RE = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
/** CSS whitespace (not JavaScript's `\s`, which also takes no-break and other spaces). */
const CSS_SPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;
/**
 * The inside of a colour function, cut the way the CSS tokenizer cuts it: whitespace, `,`, `/`,
 * a number (group 1) with its unit (group 2: `%` or a name), or a name (group 3).
 */
const TOKEN = /[ \t\n\r\f]+|[,/]|([+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)(%|(?:--|-?[a-z_])[\w-]*)?|((?:--|-?[a-z_])[\w-]*)/y;
const ANGLE = /^(?:deg|grad|rad|turn)$/;
const SPACES = /^(?:srgb(?:-linear)?|display-p3|a98-rgb|prophoto-rgb|rec2020|xyz(?:-d50|-d65)?)$/;
/** `/ alpha`: a number, a percentage or `none`. */
const ALPHA = '(?:/[npz])?';
const RGB = `(?:n,n,n|p,p,p)(?:,[np])?|[npz]{3}${ALPHA}`;
const HSL = `[na],p,p(?:,[np])?|[naz][npz]{2}${ALPHA}`;
const LAB = `[npz]{3}${ALPHA}`;
const LCH = `[npz]{2}[naz]${ALPHA}`;
/**
 * Each colour function's arguments as CSS Color 4 (and Chromium) accept them, written over one
 * letter per token: `n` number, `p` percentage, `a` angle, `z` none, `s` colour space, `,` and
 * `/`. The comma forms are the legacy syntax (numbers and percentages not mixed, no `none`).
 */
const FUNCTIONS: Record<string, RegExp> = Object.fromEntries(
  Object.entries({ rgb: RGB, rgba: RGB, hsl: HSL, hsla: HSL, hwb: `[naz][npz]{2}${ALPHA}`, lab: LAB, oklab: LAB, lch: LCH, oklch: LCH, color: `s[npz]{3}${ALPHA}` }).map(
    ([name, args]) => [name, new RegExp(`^(?:${args})$`)],
  ),
);

/** The colour functions a colour may use (any letter case); the JSON Schema is built from this list. */
export const COLOR_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

/** The arguments of a colour function as token letters (see FUNCTIONS), or null when one is not a token. */
function argumentTypes(args: string): string | null {
  let types = '';
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < args.length) {
    const m = TOKEN.exec(args);
    if (!m) return null;
    const [token, number, unit, name] = m;
    types +=
      number !== undefined
        ? unit === undefined ? 'n' : unit === '%' ? 'p' : ANGLE.test(unit) ? 'a' : 'x'
        : name !== undefined
          ? name === 'none' ? 'z' : SPACES.test(name) ? 's' : 'x'
          : token.trim();
  }
  return types;
}

/**
 * Returns `text` as a CSS colour that is safe to put in a style, or null.
 *
 * Accepts exactly what `CSS.supports('color', text)` accepts within these forms: hex colours
 * (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), the CSS named colours and `transparent`, and the
 * functions `rgb()`, `rgba()`, `hsl()`, `hsla()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()`
 * and `color()` with plain numbers, percentages, angles and `none` where CSS Color 4 allows them
 * (`rgb(1deg, 2deg, 3deg)`, `hsl(10%, 20%, 30%)`, `rgb(1, 2 3)` are not colours). It rejects
 * everything else, including forms CSS would accept but a lane colour does not need: `var()`,
 * `calc()` and other functions inside, relative colours (`from`), `currentcolor`, system colours,
 * comments, escapes and non-ASCII text. The result is trimmed and lower-cased, and a function
 * left open at the end (`rgb(1 2 3`, which CSS closes) is closed.
 */
export function safeColor(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > MAX_COLOR_LENGTH || /[^\w\s#(),./%+-]|[^\S \t\n\r\f]/.test(text)) return null;
  const color = text.replace(CSS_SPACE, '').toLowerCase();
  if (HEX_RE.test(color) || CSS_NAMED_COLORS.has(color)) return color;
  const fn = /^([a-z]+)\(([^()]*?)\)?$/.exec(color);
  if (!fn || !Object.hasOwn(FUNCTIONS, fn[1])) return null;
  const types = argumentTypes(fn[2]);
  return types && FUNCTIONS[fn[1]].test(types) ? `${fn[1]}(${fn[2]})` : null;
}
