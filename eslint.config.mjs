// `npm run lint` (with `lit-analyzer --strict`), part of `npm test`; zero warnings allowed.
// typescript-eslint's recommended rules everywhere, Lit's and the web-components rules on the
// elements and controllers (src/). No type-aware rules: tsc already runs in the test command.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default defineConfig(
  {
    ignores: ['dist/', 'bundle/', 'node_modules/', '.cache/', 'bench-results/', 'examples/*/dist/', 'screenshots/'],
  },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    extends: [tseslint.configs.recommended],
  },
  {
    rules: {
      // As tsc's noUnusedParameters: a parameter named `_x` is unused on purpose (a Lit
      // directive's render() declares its arguments only for their types).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.be.null`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
