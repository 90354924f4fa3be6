// The README's API reference, generated from custom-elements.json (itself generated from the
// elements' JSDoc). `npm run docs` rewrites the section between the markers; the test command
// fails when the committed README differs (see scripts/docs-checks.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const README = 'README.md';
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** Markdown for every custom element in the manifest, in the order the manifest lists them. */
export function apiMarkdown(manifest) {
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
  return elements.map(elementMarkdown).join('\n');
}

function elementMarkdown(el) {
  const out = [`### \`<${el.tagName}>\``, '', `\`${el.name}\`${el.summary ? `: ${oneLine(el.summary)}` : ''}`, '', oneLine(el.description ?? ''), ''];
  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field');
  const attrs = el.attributes ?? [];
  const rows = [];
  for (const f of fields) {
    const attr = attrs.find((a) => a.fieldName === f.name);
    rows.push([
      attr ? code(attr.name) : '',
      code(f.name) + (f.readonly ? ' (read-only)' : ''),
      code(f.type?.text ?? ''),
      f.default !== undefined ? code(f.default) : '',
      oneLine(f.description ?? '') + (f.reflects ? ' Reflected.' : ''),
    ]);
  }
  for (const a of attrs.filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName))) {
    rows.push([code(a.name), '', a.type ? code(a.type.text) : '', a.default !== undefined ? code(a.default) : '', oneLine(a.description ?? '')]);
  }
  section(out, 'Attributes and properties', ['attribute', 'property', 'type', 'default', 'description'], rows);
  section(
    out,
    'Methods',
    ['method', 'returns', 'description'],
    members.filter((m) => m.kind === 'method').map((m) => [code(`${m.name}(${(m.parameters ?? []).map(param).join(', ')})`), code(m.return?.type?.text ?? 'void'), oneLine(m.description ?? '')]),
  );
  section(out, 'Events', ['event', 'type', 'description'], (el.events ?? []).map((e) => [code(e.name), code(e.type?.text ?? 'Event'), oneLine(e.description ?? '')]));
  section(out, 'Slots', ['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', oneLine(s.description ?? '')]));
  section(out, 'CSS parts', ['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), oneLine(p.description ?? '')]));
  section(
    out,
    'CSS custom properties',
    ['property', 'default', 'description'],
    (el.cssProperties ?? []).map((p) => [code(p.name), p.default !== undefined ? code(p.default) : '', oneLine(p.description ?? '')]),
  );
  return out.join('\n');
}

function section(out, title, head, rows) {
  if (rows.length === 0) return;
  out.push(`**${title}**`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
  out.push('');
}

function param(p) {
  const type = p.type?.text ? `: ${p.type.text}` : '';
  return p.default !== undefined ? `${p.name}${type} = ${p.default}` : `${p.name}${type}`;
}

const oneLine = (text) => text.replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text === '' ? '' : `\`${text}\``);
const cell = (text) => text.replace(/\|/g, '\\|');

/** The README text with its API section regenerated from the manifest (by default the committed one). */
export async function generateReadme(manifestText) {
  manifestText ??= await readFile(`${root}custom-elements.json`, 'utf8');
  const readme = await readFile(`${root}${README}`, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${README} has no ${START} … ${END} section`);
  const body = apiMarkdown(JSON.parse(manifestText));
  return `${readme.slice(0, from + START.length)}\n<!-- Generated from custom-elements.json by \`npm run docs\`: edit the JSDoc, not this. -->\n\n${body}${END}${readme.slice(to + END.length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(`${root}${README}`, await generateReadme());
  console.log(`${README}: API reference regenerated from custom-elements.json.`);
}
