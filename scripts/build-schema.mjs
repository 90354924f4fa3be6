// Generates schema/timeline.schema.json from the TimelineDocument type in src/model/types.ts,
// with descriptions and patterns from its JSDoc. `npm run build:schema` writes the file;
// scripts/check-generated.mjs calls generateSchema() to check the committed copy is current.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the schema is written, relative to the package root. */
export const SCHEMA_FILE = 'schema/timeline.schema.json';

/** Must equal TIMELINE_SCHEMA_ID in src/model/schema-id.ts (a test checks it). */
export const SCHEMA_ID = 'https://unpkg.com/event-timeline/schema/timeline.schema.json';

/** The schema's text, exactly as it is committed (2-space JSON and a final newline). */
export async function generateSchema() {
  const generator = createGenerator({
    path: `${root}src/model/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'TimelineDocument',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // Unknown extra fields are not an error for the parser, so not for the schema either.
    additionalProperties: true,
    skipTypeCheck: true,
  });
  const generated = generator.createSchema('TimelineDocument');
  const schema = {
    $schema: generated.$schema,
    $id: SCHEMA_ID,
    title: 'event-timeline document',
    description:
      'A timeline of dated events for <event-timeline>. Generated from src/model/types.ts by scripts/build-schema.mjs: do not edit by hand.',
    $ref: generated.$ref,
    definitions: generated.definitions,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(`${root}${SCHEMA_FILE}`, await generateSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
