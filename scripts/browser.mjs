// Finds a Chromium for tests and the benchmark, on a machine that may have none installed.
// Order: $CHROME_PATH, an installed Chrome or Chromium, then the Chromium that ships inside
// the @sparticuz/chromium npm package (unpacked to /tmp on first use).
import { existsSync } from 'node:fs';

const installed = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** Flags Chromium needs here: root (no sandbox), a closed network, no GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--no-default-browser-check',
  '--font-render-hinting=none',
];

export async function findChromium() {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) {
      throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist`);
    }
    return { executablePath: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const found = installed.find((p) => existsSync(p));
  if (found) return { executablePath: found, source: 'installed' };
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  return { executablePath, source: '@sparticuz/chromium' };
}
