// Fails when a committed generated file differs from what its generator makes now.
// `npm run check:generated`. To check another generated file, add an entry to `checks`:
// { file: 'path/from/root', generate: async () => 'the exact text', fix: 'npm run …' }.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateSchema, SCHEMA_FILE } from './build-schema.mjs';
import { docsChecks } from './docs-checks.mjs';
import { eventChecks } from './build-events.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each generated file: where it lives, how to make it, and the command that rewrites it. */
export const checks = [{ file: SCHEMA_FILE, generate: generateSchema, fix: 'npm run build:schema' }, ...eventChecks, ...docsChecks];

/** Runs every check; returns the messages of those that failed (empty when all are current). */
export async function runChecks(list = checks) {
  const failures = [];
  for (const { file, generate, fix } of list) {
    let committed;
    try {
      committed = await readFile(`${root}${file}`, 'utf8');
    } catch {
      failures.push(`${file} is missing. Run \`${fix}\` and commit it.`);
      continue;
    }
    const fresh = await generate();
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      let line = 0;
      while (line < a.length && a[line] === b[line]) line++;
      failures.push(
        `${file} is stale: it differs from its source from line ${line + 1} on.\n` +
          `  committed: ${JSON.stringify(a[line] ?? '')}\n  generated: ${JSON.stringify(b[line] ?? '')}\n` +
          `  Run \`${fix}\` and commit the result.`,
      );
    }
  }
  return failures;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const failures = await runChecks();
  for (const message of failures) console.error(message);
  if (failures.length > 0) process.exit(1);
  console.log(`Generated files are current (${checks.map((c) => c.file).join(', ')}).`);
}
