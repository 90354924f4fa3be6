// The demo server (`npm start`) answers a phone: the page and its TypeScript modules, compiled on
// the fly, come back 200 for Mobile Safari's user agent as for a desktop browser's.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MOBILE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36';

/** Starts `npm start`'s server on a free port and resolves with its demo URL once it prints it. */
function startDemo() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /event-timeline demo: (\S+)/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`the demo server exited (${code}): ${out}`)));
  });
}

test('the demo page and its modules answer 200 for Mobile Safari and for desktop Chrome', async () => {
  const { url, stop } = await startDemo();
  try {
    for (const agent of [MOBILE_SAFARI, DESKTOP_CHROME]) {
      for (const path of ['', 'demo.ts', '../src/define.ts', '../events/tiktok-2020.json']) {
        const response = await fetch(new URL(path, url), { headers: { 'user-agent': agent } });
        assert.equal(response.status, 200, `${path || 'index.html'} for ${agent.includes('iPhone') ? 'Mobile Safari' : 'Chrome'}`);
        const body = await response.text();
        assert.ok(body.length > 100, `${path || 'index.html'} has a body`);
        if (path.endsWith('.ts')) assert.match(response.headers.get('content-type') ?? '', /javascript/, `${path} is served as JavaScript`);
      }
    }
  } finally {
    stop();
  }
});

/** A GET of `path` exactly as written (fetch and URL would resolve `..` before sending). */
function rawGet(url, path) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

test('the demo server serves only the project\'s own files: no dot-file or folder, nothing outside the project', async () => {
  const { url, stop } = await startDemo();
  try {
    for (const path of ['/.git/config', '/.git/HEAD', '/.ci/run', '/%2Egit/config', '/demo/../.git/config', '/demo/%2E%2E/.git/config', '/__wds-outside-root__/1/etc/passwd', '/__wds-outside-root__/2/etc/passwd', '/__wds-outside-root__/3/etc/hostname']) {
      const response = await rawGet(url, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /\[core\]|ref: refs|npm test|root:x:0/, `${path} shows nothing of the file`);
    }
    assert.equal((await rawGet(url, '/%E0%A4%A')).status, 400, 'a path that does not decode');
    assert.equal((await rawGet(url, '/package.json')).status, 200, 'other files still answer');
  } finally {
    stop();
  }
});
