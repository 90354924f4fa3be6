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
  // `captureBeyondViewport: false`. By default a capture beyond the window paints the page past
  // the window's edge without laying it out for that size: the plot's axis, stuck to the window's
  // top, came out across the plot's middle, and a 768 px page as the phone's list. Without it, a
  // full page is captured by first making the window as tall as the page (the page is laid out
  // for that, as in a tall window), and an element must fit the window it is shown in.
  if (selector) {
    const el = await page.$(selector);
    if (!el) throw new Error(`no element matches ${selector}`);
    const height = await el.evaluate((e) => e.getBoundingClientRect().height);
    if (height > 900) throw new Error(`${selector} is ${Math.round(height)} px tall, taller than the 900 px window: it would be cut`);
    await el.screenshot({ path: out, captureBeyondViewport: false });
  } else {
    await page.screenshot({ path: out, fullPage: true, captureBeyondViewport: false });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
