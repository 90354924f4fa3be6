// Generates schema/timeline.schema.json from the TimelineDocument type in src/model/types.ts,
// with descriptions and the date pattern from its JSDoc, and the URL and colour patterns and the
// list limits from the parser's own allow-lists and constants (src/model/safety.ts,
// css-colors.ts, parse*.ts), so the schema says what the parser checks wherever JSON Schema can.
// `npm run build:schema` writes the file; scripts/check-generated.mjs calls generateSchema() to
// check the committed copy is current.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the schema is written, relative to the package root. */
export const SCHEMA_FILE = 'schema/timeline.schema.json';

/** Must equal TIMELINE_SCHEMA_ID in src/model/schema-id.ts (a test checks it). */
export const SCHEMA_ID = 'https://unpkg.com/event-timeline/schema/timeline.schema.json';

/** The parser's allow-lists and limits, read from its TypeScript sources. */
async function parserRules() {
  const entry = `
    export { SAFE_URL_SCHEMES, COLOR_FUNCTIONS, MAX_URL_LENGTH, MAX_COLOR_LENGTH } from './src/model/safety.ts';
    export { CSS_NAMED_COLORS } from './src/model/css-colors.ts';
    export { MAX_EVENTS } from './src/model/parse.ts';
    export { MAX_LANES } from './src/model/parse-lanes.ts';
    export { MAX_LIST } from './src/model/parse-attachments.ts';`;
  const { outputFiles } = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/**
 * `word` as a pattern matching it in any letter case, as the parser's `toLowerCase()` reads it
 * (which also turns the Kelvin sign into `k`).
 */
function anyCase(word) {
  return [...word]
    .map((c) => {
      if (c === 'k') return '[kK\\u212A]';
      if (/[a-z]/.test(c)) return `[${c}${c.toUpperCase()}]`;
      return c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    })
    .join('');
}

/** C0 controls, DEL and C1 controls: never inside a URL (tabs and line breaks included). */
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f';

/**
 * safeUrl() as a pattern: surrounding whitespace, then an allowed scheme and anything but control
 * characters, or a relative URL (no `\`, no `:`, `&` or `%` before the first `/`, `?` or `#`).
 * Whether the browser's URL parser reads an absolute URL is left to the parser.
 */
function urlPattern(schemes) {
  const absolute = `(?:${schemes.map(anyCase).join('|')}):[^${CONTROLS}]*`;
  const relative = `[^/?#:&%\\\\${CONTROLS}]*(?:[/?#][^\\\\${CONTROLS}]*)?`;
  return `^(?=\\s*\\S)\\s*(?:${absolute}|${relative})\\s*$`;
}

/**
 * safeColor() as a pattern: a hex colour, a named colour, or an allowed colour function with only
 * numbers, units and separators inside its parentheses (how many, which units and ranges is left
 * to the parser), in any letter case, with surrounding whitespace.
 */
function colorPattern(names, functions) {
  const hex = '#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})';
  const named = [...names].map(anyCase).join('|');
  const fn = `(?:${functions.map(anyCase).join('|')})\\(\\s*[-+.%/,\\s0-9a-zA-Z]*\\)`;
  return `^\\s*(?:${hex}|${named}|${fn})\\s*$`;
}

/** The schema's text, exactly as it is committed (2-space JSON and a final newline). */
export async function generateSchema() {
  const generator = createGenerator({
    path: `${root}src/model/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'TimelineDocument',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // A field the format does not have is a warning from the parser ("did you mean …?"), so the
    // schema refuses it too, and an editor marks the typo. `$schema` is a declared field.
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const generated = generator.createSchema('TimelineDocument');
  const rules = await parserRules();
  const defs = generated.definitions;
  defs.IsoDate.patternErrorMessage = 'Use YYYY, YYYY-MM, YYYY-MM-DD or a date-time with a zone (2020-06-02T14:30Z), with a month 01-12 and a day 01-31.';
  Object.assign(defs.TimelineUrl, {
    maxLength: rules.MAX_URL_LENGTH,
    pattern: urlPattern(rules.SAFE_URL_SCHEMES),
    patternErrorMessage: `Use ${rules.SAFE_URL_SCHEMES.map((s) => `an ${s}:`).join(' or ')} URL, or a relative one.`,
  });
  Object.assign(defs.CssColor, {
    maxLength: rules.MAX_COLOR_LENGTH,
    pattern: colorPattern(rules.CSS_NAMED_COLORS, rules.COLOR_FUNCTIONS),
    patternErrorMessage: `Use a hex colour (#c0392b), ${rules.COLOR_FUNCTIONS.map((f) => `${f}()`).join(', ')} or a CSS named colour.`,
    examples: ['#c0392b', 'rgb(41, 128, 185)', 'hsl(145 63% 32%)', 'teal'],
  });
  defs.TimelineDocument.properties.lanes.maxItems = rules.MAX_LANES;
  defs.TimelineDocument.properties.events.maxItems = rules.MAX_EVENTS;
  defs.TimelineEvent.properties.tags.maxItems = rules.MAX_LIST;
  defs.TimelineEvent.properties.sources.maxItems = rules.MAX_LIST;
  const schema = {
    $schema: generated.$schema,
    $id: SCHEMA_ID,
    title: 'event-timeline document',
    description:
      'A timeline of dated events for <event-timeline>. Generated from src/model/types.ts and the parser\'s allow-lists by scripts/build-schema.mjs: do not edit by hand.',
    $ref: generated.$ref,
    definitions: defs,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(`${root}${SCHEMA_FILE}`, await generateSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
