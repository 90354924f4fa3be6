import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/browser.mjs';
import { browserControlPlugin } from './scripts/wtr-browser-control.mjs';
import { failuresLastReporter } from './scripts/wtr-failures-last.mjs';
import { testServerMiddleware, testServerPlugin } from './scripts/wtr-test-server.mjs';

const { executablePath, source } = await findChromium();
console.log(`Chromium: ${executablePath} (${source})`);

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  // The default report, then every failure once more at the end (CI keeps a long log's tail).
  reporters: [defaultReporter(), failuresLastReporter()],
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [testServerMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), browserControlPlugin(), testServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
