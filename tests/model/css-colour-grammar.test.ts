/**
 * safeColor (DOM-free, used by the parser) against the browser: for every value within the forms
 * it reads (hex, named colours, rgb/rgba/hsl/hsla/hwb/lab/lch/oklab/oklch/color() with plain
 * numbers), it accepts a value exactly when `CSS.supports('color', value)` does in Chromium, and
 * what it returns draws the same colour. Values outside those forms (var(), calc(), custom
 * functions, relative colours, currentcolor, system colours, comments, escapes, non-ASCII, and the
 * mixed separators only Chromium reads) are always rejected.
 */
import { expect } from '@open-wc/testing';
import fc from '../helpers/fc.js';
import { safeColor } from '../../src/model/safety.js';
import { CSS_NAMED_COLORS } from '../../src/model/css-colors.js';

/** CSS keywords that are not named colours: they depend on the page, the system or the cascade. */
const CONTEXT_KEYWORDS = new Set(
  (
    'inherit initial unset revert revert-layer currentcolor canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field fieldtext ' +
    'highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext ' +
    'activeborder activecaption appworkspace background buttonhighlight buttonshadow captiontext inactiveborder ' +
    'inactivecaption inactivecaptiontext infobackground infotext menu menutext scrollbar threeddarkshadow threedface ' +
    'threedhighlight threedlightshadow threedshadow window windowframe windowtext'
  ).split(' '),
);

/**
 * Chromium (143) accepts rgb() and hsl() whose first separator is a space and the next ones commas
 * (`rgb(1 2, 3)`); CSS Color 4 and the other engines do not (one form or the other, never mixed),
 * so safeColor rejects them: a lane colour must draw the same in every browser.
 */
const CHROMIUM_MIXED_SEPARATORS = /^\s*(rgba?|hsla?)\(\s*[^\s,()/]+\s+[^\s,()/]+\s*,/i;

/** Forms CSS may accept that safeColor rejects on purpose (it need not agree with CSS.supports there). */
function outsideGrammar(value: string): boolean {
  return (
    value.length > 128 ||
    /[^\w\s#(),./%+-]|[^\S \t\n\r\f]/.test(value) || // comments, escapes, quotes, non-ASCII, other spaces
    /\(.*\(/.test(value) || // a function inside (calc, var, min…) or after
    /(^|[^\w-])from($|[^\w-])/i.test(value) || // relative colours
    CONTEXT_KEYWORDS.has(value.trim().toLowerCase()) ||
    /^\s*(-webkit-|-internal-|var\(|env\(|attr\(|color-mix\(|light-dark\(|contrast-color\(|device-cmyk\()/i.test(value) ||
    /--[\w-]*\(/.test(value) || // a custom function (`--name()`, defined by the page's @function rules)
    CHROMIUM_MIXED_SEPARATORS.test(value)
  );
}

/** The colour a value draws, as the browser computes it. */
function drawn(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function check(value: string): void {
  const safe = safeColor(value);
  const label = JSON.stringify(value);
  if (outsideGrammar(value)) {
    expect(safe, `${label} is outside the grammar, so rejected`).to.equal(null);
    return;
  }
  expect(safe !== null, `safeColor(${label}) accepts as CSS.supports does`).to.equal(CSS.supports('color', value));
  if (safe !== null) {
    expect(CSS.supports('color', safe), `the result for ${label}`).to.equal(true);
    expect(drawn(safe), `${JSON.stringify(safe)} draws as ${label}`).to.equal(drawn(value));
  }
}

/** Examples from issue 17 and the edges of the grammar, valid and invalid. */
const CORPUS = [
  // The issue's colours that looked like rgb()/hsl() and blanked a lane.
  'rgb(1deg, 2deg, 3deg)', 'hsl(10%, 20%, 30%)', 'rgb(1, 2 3)', 'rgba(1 2 3, 0.5)',
  // Mixed separators Chromium reads and other engines do not, and custom functions (always rejected).
  'rgb(1 2, 3)', 'hsl( 0 .0%, 0.0%)', 'rgb(0 0, 0, 0)', '--r(', '--r()', '--r(red)', 'rgb(10turn,0,0)',
  // Hex and names.
  '#abc', '#ABCD', '#aabbcc', '#aabbccdd', '#abcde', '#abcdefa', '#ggg', '#', '#abc def', 'red', 'RED', ' red ', '\fred\f',
  '\u00a0red', 'transparent', 'rebeccapurple', 'grey', 'notacolor', 'red blue', '',
  // Legacy (comma) syntax: numbers or percentages, not mixed; no `none`.
  'rgb(1,2,3)', 'rgb(1, 2, 3, 0.5)', 'rgb(1, 2, 3, 50%)', 'rgb(10%, 20%, 30%)', 'rgb(10%, 20%, 30%, 0.5)',
  'rgb(1, 2%, 3)', 'rgb(none, 1, 2)', 'rgb(1,2,3,)', 'rgb(1,2,3,4,5)', 'rgb(1, 2, 3 / 0.5)', 'rgba(1, 2, 3)',
  'hsl(10, 20%, 30%)', 'hsl(10deg, 20%, 30%, 50%)', 'hsl(1turn, 0%, 0%)', 'hsl(10, 20, 30)', 'hsl(1, 2%, 3)',
  'hsl(none, 1%, 1%)', 'hsla(1, 2%, 3%)', 'hwb(10, 20%, 30%)', 'lab(1, 2, 3)',
  // Modern (space) syntax: numbers, percentages and `none` mixed, `/ alpha`.
  'rgb(1 2 3)', 'rgb(1 2% none / none)', 'rgb(1 2 3/4)', 'rgb(1 2 3 4)', 'rgb(1 2 3 / )', 'rgb(1 2 3 / 4 / 5)',
  'rgba(1 2 3)', 'hsl(10 20 30)', 'hsl(1 2% 3 / 4)', 'hsl(10deg 20% 30% 40%)', 'hsl(1 0 0 / 1deg)', 'hsla(10 20% 30% / .5)',
  'hwb(10 20% 30%)', 'hwb(1 2 3 / 4)', 'hwb(none none none / none)', 'hwb(1deg 2% 3% / 50%)', 'hwb(1 2deg 3)',
  // Numbers as CSS tokenizes them.
  'rgb(1%2%3%)', 'rgb(1-2-3)', 'rgb(.5.5.5)', 'rgb(1. 2 3)', 'rgb(+.5 -1 2)', 'rgb(1E2 1e+2 1e-2)', 'rgb(1e2% 0% 0%)',
  'rgb(1e999 0 0)', 'rgb(1e3e3 0 0)', 'rgb(1deg2 0 0)', 'rgb(1x 0 0)', 'rgb(--a 0 0)', 'rgb(-a 0 0)', 'rgb(1 -.5e-3% 0)',
  'rgb(- 1 2 3)', 'rgb(1e 2 3)', 'hsl(1e1deg 1e1% 1e1%)', 'hsl(10grad 20% 30%)', 'hsl(1rad,2%,3%)', 'hsl(1TURN, 0%, 0%)',
  // Case, space and brackets.
  'RGB(1 2 3)', 'rgb (1 2 3)', 'rgb(1 2 3)x', 'rgb(1 2 3))', 'rgb(1 2 3', 'rgb(1,2,3', 'rgb(', 'rgb(1 2 3 /', 'rgb()',
  'rgb(1\t2\n3)', 'rgb( 1 , 2 , 3 )', 'rgb(1 2 3)\t', 'red)', '#abc(', 'rgb(1 2 3)(',
  // lab, lch, oklab, oklch and color().
  'lab(50% 40 59)', 'lab(1 2 3)', 'lab(1% 2% 3% / 50%)', 'lab(1deg 2 3)', 'lch(1 2 3deg)', 'lch(1 2deg 3)', 'lch(none none none)',
  'oklab(none none none)', 'oklch(1 2 3turn / 50%)', 'oklch(0.6 0.2 29 / none)', 'color(srgb 1 0 0)', 'color(SRGB 1 0 0)',
  'color( display-p3 1 0 0)', 'color(srgb-linear 1 0.5 0 / 50%)', 'color(a98-rgb 1 0 0)', 'color(prophoto-rgb 1 0 0)',
  'color(rec2020 1 0 0)', 'color(xyz 1 0 0)', 'color(xyz-d50 1 0 0)', 'color(xyz-d65 1 0 0)', 'color(srgb 1 0 none / none)',
  'color(srgb, 1, 0, 0)', 'color(srgb 1 0 0 0)', 'color(--foo 1 0 0)', 'color(srgb 1deg 0 0)', 'color(display-p3-linear 1 0 0)',
  'color(1 0 0)', 'hwba(1 2% 3%)', 'okrgb(1 2 3)', 'colora(srgb 1 0 0)',
  // What CSS accepts but a lane colour does not need (always rejected).
  'inherit', 'unset', 'currentcolor', 'CurrentColor', 'Canvas', 'ButtonText', 'var(--x)', 'rgb(var(--r), 0, 0)', 'rgb(calc(1 + 1), 0, 0)',
  'rgb(from red r g b)', 'color-mix(in srgb, red, blue)', 'light-dark(red, blue)', 'red /* x */', '/**/red', '\\72 ed',
  'r\\65 d', 'blac\u212a', '\u0130ndigo', `rgb(${'1'.repeat(130)} 0 0)`,
  // Injections (always rejected).
  'red; background: url(x)', 'url(https://evil.example/x)', 'expression(alert(1))', '{color:red}', '"red"', 'red !important',
];

describe('safeColor agrees with CSS.supports("color") in Chromium', () => {
  for (const value of CORPUS) {
    it(`safeColor(${JSON.stringify(value.slice(0, 60))})`, () => check(value));
  }

  const sign = fc.constantFrom('', '', '+', '-');
  const digits = fc.oneof(
    fc.nat(400).map(String),
    fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
    fc.nat(99).map((b) => `.${b}`),
    fc.constantFrom('1.', '.', '1e2', '1E-2', '2e+1', '1e', '1e999', '0'),
  );
  const unit = fc.constantFrom('', '', '', '%', '%', 'deg', 'grad', 'rad', 'turn', 'DEG', 'x', 'e', 'e3', '-a', '--', '-');
  const number = fc.tuple(sign, digits, unit).map((parts) => parts.join(''));
  const word = fc.constantFrom('none', 'NONE', 'srgb', 'display-p3', 'xyz-d50', 'rec2020', 'red', 'e', 'pi', '-a', '--x', '_');
  const component = fc.oneof({ weight: 5, arbitrary: number }, { weight: 1, arbitrary: word });
  const name = fc.constantFrom('rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'RGB', 'Hsl', 'rgbx', 'hwba');
  const space = fc.constantFrom('', ' ', '  ', '\t', '\n', '\f');
  const close = fc.constantFrom(')', ')', ')', '', ' )', '))', ')x', ') ');

  /** Colour functions shaped like the grammar: comma or space forms, three or four arguments of any type. */
  const shaped = fc
    .tuple(space, name, fc.array(component, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), close)
    .map(([lead, fn, args, commas, slash, end]) => {
      const body =
        commas || args.length < 4
          ? args.join(commas ? ', ' : ' ')
          : `${args.slice(0, 3).join(' ')} ${slash ? '/' : ''} ${args.slice(3).join(' ')}`;
      return `${lead}${fn}(${body}${end}`;
    });

  /** Colour functions with any separators between the arguments. */
  const separator = fc.constantFrom(' ', ' ', ',', ', ', ' , ', '/', ' / ', '', '\t', '\n');
  const loose = fc
    .tuple(space, name, fc.array(fc.tuple(separator, component), { maxLength: 6 }), close)
    .map(([lead, fn, args, end]) => `${lead}${fn}(${args.map(([s, c]) => s + c).join('')}${end}`);

  const hex = fc
    .tuple(space, fc.array(fc.constantFrom(...'0123456789abcdefABCDEFgz'), { maxLength: 9 }), space)
    .map(([a, chars, b]) => `${a}#${chars.join('')}${b}`);

  const named = fc
    .tuple(fc.constantFrom(...CSS_NAMED_COLORS, ...CONTEXT_KEYWORDS), fc.constantFrom('', '', 'x', '-', ' x', '('), fc.boolean())
    .map(([n, suffix, upper]) => (upper ? n.toUpperCase() : n) + suffix);

  const anyText = fc.string({ unit: fc.constantFrom(...'rgbhslawnoe0123456789.+-%#(),/ \t\u00a0\u212a*\\'), maxLength: 24 });

  for (const [label, arbitrary, numRuns] of [
    ['colour functions shaped like the grammar', shaped, 3000],
    ['colour functions with any separators', loose, 3000],
    ['hex colours', hex, 1000],
    ['named colours and keywords, changed', named, 1000],
    ['any text over the grammar\'s characters', anyText, 2000],
  ] as const) {
    it(`agrees on ${label} (fast-check, ${numRuns} values)`, () => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<string>, (value) => check(value)),
        { numRuns },
      );
    });
  }
});
