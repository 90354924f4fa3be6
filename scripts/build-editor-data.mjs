// Editor and framework data, generated from custom-elements.json (itself generated from the
// elements' JSDoc), so they follow the elements whenever their JSDoc changes:
//
//   web-types.json                 JetBrains IDEs (package.json "web-types")
//   vscode.html-custom-data.json   VS Code HTML completion and hover ("html.customData")
//   vscode.css-custom-data.json    VS Code CSS completion of the --timeline-* properties ("css.customData")
//   react.d.ts                     JSX types for React 19 (`import type {} from 'event-timeline/react'`)
//
// `npm run build` writes them after the manifest (`npm run build:editor-data`); the test command
// fails when a committed one differs from what the current JSDoc makes (scripts/docs-checks.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The custom elements of a manifest, in its order. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** What a page can set: the public fields that are not read-only. */
const writableFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);
/** The attributes, each with its field when it has one. */
const attributesOf = (el) => (el.attributes ?? []).map((a) => ({ ...a, field: writableFields(el).find((f) => f.name === a.fieldName) }));
/** A boolean attribute is written without a value. */
const isBoolean = (a) => a.type?.text === 'boolean';
/** The values of an attribute whose type is a union of string literals (`'timeline' | 'list'`). */
function literalValues(a) {
  const parts = (a.type?.text ?? '').split('|').map((p) => p.trim());
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}
/** The element's description: its summary, then the rest. */
const describe = (el) => [el.summary, el.description].filter(Boolean).map(oneLine).join(' ');
const docUrl = (pkg, el) => (pkg.homepage ? `${pkg.homepage.replace(/#.*$/, '')}#${el.tagName}` : undefined);

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(manifest, pkg) {
  return json({
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: describe(el),
          ...(docUrl(pkg, el) ? { 'doc-url': docUrl(pkg, el) } : {}),
          attributes: attributesOf(el).map((a) => ({
            name: a.name,
            description: oneLine(a.description),
            value: { type: a.type?.text ?? 'string', ...(a.default !== undefined ? { default: a.default } : {}) },
          })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: oneLine(s.description) })),
          js: {
            properties: writableFields(el).map((f) => ({ name: f.name, description: oneLine(f.description), type: f.type?.text })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description) })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) + (p.default ? ` Default: \`${p.default}\`.` : '') })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
    },
  });
}

/** VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeHtmlData(manifest, pkg) {
  return json({
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: { kind: 'markdown', value: describe(el) },
      attributes: attributesOf(el).map((a) => {
        const values = literalValues(a);
        return {
          name: a.name,
          description: { kind: 'markdown', value: oneLine(a.description) },
          ...(isBoolean(a) ? { valueSet: 'v' } : {}),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      ...(docUrl(pkg, el) ? { references: [{ name: 'README', url: docUrl(pkg, el) }] } : {}),
    })),
  });
}

/** VS Code CSS custom data: the custom properties of every element. */
export function vscodeCssData(manifest) {
  return json({
    version: 1.1,
    properties: elementsOf(manifest).flatMap((el) =>
      (el.cssProperties ?? []).map((p) => ({
        name: p.name,
        description: `<${el.tagName}>: ${oneLine(p.description)}${p.default ? ` Default: ${p.default}.` : ''}`,
      })),
    ),
  });
}

const comment = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '');
/** A property name as TypeScript writes it: bare when it can be, quoted otherwise. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** The type of a field, read from the element class itself: `EventTimelineElement['data']`. */
const fieldType = (el, name) => `${el.name}['${name}']`;
/** The summary, or else the first sentence of the description. */
const headline = (el) => oneLine(el.summary ?? '') || oneLine(el.description).replace(/([.:;])\s.*$/, '$1');

/** JSX types for React 19: the elements' properties, attributes and `on<event>` handlers. */
export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  const eventTypes = [...new Set(elements.flatMap((el) => (el.events ?? []).map((e) => e.type?.text).filter(Boolean)))];
  const imports = [...elements.map((el) => el.name), ...eventTypes].sort();
  const props = elements.map((el) => {
    const fields = writableFields(el).map((f) => `${comment(oneLine(f.description))}  ${f.name}?: ${fieldType(el, f.name)};\n`);
    const attrs = attributesOf(el)
      .filter((a) => a.name !== 'id' && a.name !== a.fieldName)
      .map((a) => `${comment(`The \`${a.name}\` attribute. ${oneLine(a.description)}`)}  ${key(a.name)}?: ${a.field ? fieldType(el, a.field.name) : (a.type?.text ?? 'string')};\n`);
    const events = (el.events ?? []).map((e) => `${comment(`\`${e.name}\`: ${oneLine(e.description)}`)}  ${key(`on${e.name}`)}?: (event: ${e.type?.text ?? 'Event'}) => void;\n`);
    return `${comment(`\`<${el.tagName}>\`: ${headline(el)}`, '')}export interface ${el.name.replace(/Element$/, '')}Props {\n${[...fields, ...attrs, ...events].join('')}}\n`;
  });
  const entries = elements.map((el) => `      ${key(el.tagName)}: ElementProps<${el.name}, ${el.name.replace(/Element$/, '')}Props>;\n`);
  return `// Generated from custom-elements.json by scripts/build-editor-data.mjs (npm run build): do not edit.
/**
 * JSX types for React 19, which sets a custom element's properties and listens to its events:
 * \`data={doc}\` sets the \`data\` property and \`ontimeline-select={…}\` listens for \`timeline-select\`.
 * Load them once in the app: \`import type {} from 'event-timeline/react';\`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${imports.join(', ')} } from './dist/index.js';

/** React's HTML attributes for the element, with its own props. */
type ElementProps<E, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('')}    }
  }
}
`;
}

/** Each generated file and how to make it from the manifest's text. */
export const EDITOR_DATA = [
  { file: 'web-types.json', generate: (manifest, pkg) => webTypes(manifest, pkg) },
  { file: 'vscode.html-custom-data.json', generate: (manifest, pkg) => vscodeHtmlData(manifest, pkg) },
  { file: 'vscode.css-custom-data.json', generate: (manifest) => vscodeCssData(manifest) },
  { file: 'react.d.ts', generate: (manifest) => reactTypes(manifest) },
];

/** The package.json the files name (its name, version and homepage). */
export async function packageJson() {
  return JSON.parse(await readFile(`${root}package.json`, 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
  const pkg = await packageJson();
  for (const { file, generate } of EDITOR_DATA) await writeFile(`${root}${file}`, generate(manifest, pkg));
  console.log(`Wrote ${EDITOR_DATA.map((d) => d.file).join(', ')} from custom-elements.json.`);
}
