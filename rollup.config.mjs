// The self-contained drop-in bundle for <script type="module"> use: bundle/event-timeline.js.
// The build fails when the gzip size grows past the budget.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';

const BUDGET_GZIP = 35 * 1024;

function sizeBudget() {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const gz = gzipSync(chunk.code, { level: 9 }).length;
        const line = `${chunk.fileName}: ${(chunk.code.length / 1024).toFixed(1)} KiB minified, ${(gz / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_GZIP / 1024} KiB)`;
        if (gz > BUDGET_GZIP) this.error(`Bundle over budget: ${line}`);
        console.log(line);
      }
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`…` templates with esbuild's CSS minifier (terser leaves
 * template strings alone). Templates with `${…}` interpolations are left as they are.
 */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (whole, body) => {
        if (body.includes('${')) return whole;
        const min = transformSync(body, { loader: 'css', minify: true, target: 'chrome111' }).code.trim();
        return `css\`${min.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
      });
      return { code: out, map: null };
    },
  };
}

export default {
  input: 'src/define.ts',
  output: { file: 'bundle/event-timeline.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    minifyCssTemplates(),
    esbuild({ tsconfig: './tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    sizeBudget(),
  ],
};
