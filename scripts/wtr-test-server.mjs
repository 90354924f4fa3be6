// Test-server routes for the security, network and lifecycle tests, under /__test-server/:
//
//   /__test-server/status/<code>          an empty-ish JSON error body with that HTTP status
//   /__test-server/destroy                closes the socket without an answer (a network error)
//   /__test-server/body?text=…&type=…      answers 200 with `text` as the body (invalid JSON, not-a-timeline …)
//   /__test-server/slow?ms=…&file=…        answers with a file of the project after `ms` milliseconds
//   /__test-server/csp-page?src=…&lib=…    an HTML page served with the strict Content-Security-Policy below,
//                                          loading the library (`lib`, default /src/define.ts) and one
//                                          <event-timeline src=…>; /tests/fixtures/csp/watch.js records violations
//   /__test-server/csp-reports             POST target of the page's report-uri; GET returns what was posted
//   /__test-server/raw/<path>              a file of the project exactly as it is on disk (JavaScript, JSON, HTML), without
//                                          the dev server's rewriting of bare imports: what a static web server or CDN serves
//
// Used as a Koa middleware (it answers before the dev server's plugins, so nothing is injected into the page).
import { readFile } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';

/** The strict policy the library must work under (documented in the README's Security section). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
  'report-uri /__test-server/csp-reports',
].join('; ');

const PREFIX = '/__test-server/';

/** Content types of the raw files, as a static server sends them. */
const RAW_TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/** Returns the Koa middleware serving the routes above from `rootDir`. */
export function testServerMiddleware({ rootDir = process.cwd() } = {}) {
  const reports = [];
  return async function testServer(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const route = ctx.path.slice(PREFIX.length);
    const q = ctx.query;
    ctx.set('cache-control', 'no-store');

    if (route.startsWith('status/')) {
      const code = Number(route.slice('status/'.length));
      ctx.status = code >= 400 && code < 600 ? code : 500;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: `status ${ctx.status}` });
      return;
    }
    if (route === 'destroy') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (route === 'body') {
      ctx.type = String(q.type ?? 'application/json');
      ctx.body = String(q.text ?? '');
      return;
    }
    if (route === 'slow') {
      const ms = Math.min(Number(q.ms ?? 1000), 30_000);
      await new Promise((r) => setTimeout(r, ms));
      if (ctx.req.destroyed) return;
      ctx.type = 'application/json';
      ctx.body = await readProjectFile(rootDir, String(q.file ?? 'events/tiktok-2020.json'));
      return;
    }
    if (route === 'csp-page') {
      ctx.set('content-security-policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = cspPage(String(q.lib ?? '/src/define.ts'), String(q.src ?? '/events/tiktok-2020.json'));
      return;
    }
    if (route.startsWith('raw/')) {
      const file = decodeURIComponent(route.slice('raw/'.length));
      ctx.type = RAW_TYPES[/\.[a-z]+$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream';
      ctx.body = await readProjectFile(rootDir, file).catch(() => {
        ctx.status = 404;
        return `no file ${file}`;
      });
      return;
    }
    if (route === 'csp-reports') {
      if (ctx.method === 'POST') {
        reports.push(await readBody(ctx.req));
        ctx.status = 204;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(reports);
      if (q.clear !== undefined) reports.length = 0;
      return;
    }
    ctx.status = 404;
    ctx.body = `no test-server route ${route}`;
  };
}

async function readProjectFile(rootDir, file) {
  const path = resolve(rootDir, file);
  const rel = relative(rootDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${file} is outside the project`);
  return readFile(path, 'utf8');
}

function readBody(req) {
  return new Promise((ok) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => ok(text));
  });
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function cspPage(lib, src) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>event-timeline under a strict CSP</title>
    <script src="/tests/fixtures/csp/watch.js"></script>
    <script type="module" src="${escapeAttr(lib)}"></script>
  </head>
  <body>
    <main>
      <event-timeline src="${escapeAttr(src)}" no-hash></event-timeline>
    </main>
  </body>
</html>`;
}

/**
 * A test-runner plugin with the `gc-heap` server command: collects garbage through the DevTools
 * protocol and returns `{ usedSize, totalSize }` of the page's JS heap in bytes.
 */
export function testServerPlugin() {
  return {
    name: 'test-server',
    async executeCommand({ command, session }) {
      if (command !== 'gc-heap') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        return { usedSize, totalSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
