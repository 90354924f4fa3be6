// The TypeScript-private class members of src/ that the drop-in bundle may shorten, as Lit's
// own build does with its private fields: members marked `private`, not decorated (reactive
// properties are registered by name), never declared as a public or interface member or an
// object key anywhere in src/, and not a name that the DOM, JavaScript, Lit or d3-time use.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const isMember = (n) => ts.isPropertyDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n);

/** Names of members declared private (and never public) in `root`. */
function declaredPrivate(root) {
  const priv = new Set();
  const open = new Set();
  for (const file of sourceFiles(root)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n) => {
      const name = n.name && ts.isIdentifier(n.name) ? n.name.text : null;
      if (name && (isMember(n) || (ts.isParameter(n) && n.modifiers?.length))) {
        const isPrivate = ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Private;
        const decorated = ts.canHaveDecorators(n) && (ts.getDecorators(n)?.length ?? 0) > 0;
        (isPrivate && !decorated ? priv : open).add(name);
      } else if (name && (ts.isPropertySignature(n) || ts.isMethodSignature(n) || ts.isPropertyAssignment(n))) {
        open.add(name);
      } else if (ts.isShorthandPropertyAssignment(n)) {
        open.add(n.name.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return [...priv].filter((n) => !open.has(n));
}

/** @returns {string[]} */
export function privateNames(root = 'src') {
  const lib = (name) => readFileSync(join('node_modules/typescript/lib', name), 'utf8');
  const foreign = [
    lib('lib.dom.d.ts'),
    lib('lib.es5.d.ts'),
    lib('lib.es2015.core.d.ts'),
    ...['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js', 'lit-element/lit-element.js', 'lit-html/directives/repeat.js', 'd3-time/dist/d3-time.js'].map((m) =>
      readFileSync(join('node_modules', m), 'utf8'),
    ),
  ].join('\n');
  return declaredPrivate(root)
    .filter((n) => n.length > 3 && !new RegExp(`\\b${n}\\b`).test(foreign))
    .sort();
}
