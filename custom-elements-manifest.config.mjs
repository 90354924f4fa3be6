// `npm run build:manifest` (cem analyze) reads the elements' JSDoc and writes custom-elements.json,
// which editors and framework tooling find through package.json's "customElements" field, and from
// which scripts/docs-api.mjs generates the README's API reference.

/** Only the public API: what a page can set, call, listen to and style. */
function publicApiOnly() {
  return {
    name: 'event-timeline-public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        mod.path = toDist(mod.path);
        const declared = new Set((mod.declarations ?? []).map((d) => d.name));
        // Imported names used in the module are sometimes listed as its exports; keep its own.
        mod.exports = (mod.exports ?? []).filter((e) => declared.has(e.declaration.name));
        for (const e of mod.exports) e.declaration.module = toDist(e.declaration.module);
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          d.members = (d.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith('#'));
          d.events = documentedEvents(d.events ?? []);
          for (const a of d.attributes ?? []) {
            const field = d.members.find((m) => m.name === a.fieldName);
            if (!a.type && field?.type) a.type = field.type;
          }
        }
      }
      manifest.modules.push({
        kind: 'javascript-module',
        path: 'dist/define.js',
        description: 'Registers both elements (guarded: a second load does not throw).',
        declarations: [],
        exports: manifest.modules.flatMap((mod) =>
          (mod.declarations ?? [])
            .filter((d) => d.tagName)
            .map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } })),
        ),
      });
    },
  };
}

/** `src/elements/x.ts` → `dist/elements/x.js`: the files the package ships. */
function toDist(path) {
  return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/**
 * The analyzer also lists every `dispatchEvent(new X(...))` it sees, sometimes without a name or
 * with a guessed one; the `@fires` tags are the contract, so a guessed event of a type that
 * `@fires` already documents is dropped.
 */
function documentedEvents(events) {
  const documented = new Set(events.filter((e) => e.description && e.name).map((e) => e.type?.text));
  return events.filter((e) => e.name && (e.description || !documented.has(e.type?.text)));
}

export default {
  globs: ['src/elements/*.ts', 'src/dom-events/*.ts'],
  exclude: ['src/elements/render-*.ts', 'src/elements/format-*.ts', 'src/elements/*.styles.ts', 'tests/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly()],
};
