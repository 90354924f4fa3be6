// Takes screenshots of demo pages in headless Chromium:
// `node scripts/screenshot.mjs [page] [out.png] [width] [light|dark] [css selector]`.
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, chromiumArgs } from './browser.mjs';

const [pagePath = 'demo/index.html', out = 'screenshots/demo.png', width = '1200', scheme = 'light', selector = ''] = process.argv.slice(2);
const server = await startDevServer({
  config: { rootDir: '.', port: 8300 + Math.floor(Math.random() * 500), nodeResolve: true, plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { executablePath } = await findChromium();
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs, env: { ...process.env, TZ: 'UTC' } });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('page:', m.text()));
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://localhost:${server.config.port}/${pagePath}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 600));
  // `captureBeyondViewport: false`: the default captures a page taller than the window by making the
  // window as tall as the page for the capture, and the timeline answers that resize (a 768 px page
  // came out as the phone's list, the plot's stuck axis across its middle): not what a reader sees.
  if (selector) {
    const el = await page.$(selector);
    if (!el) throw new Error(`no element matches ${selector}`);
    await el.screenshot({ path: out, captureBeyondViewport: false });
  } else {
    await page.screenshot({ path: out, fullPage: true, captureBeyondViewport: false });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
