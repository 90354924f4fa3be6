// Test-server routes for the security, network and lifecycle tests, under /__test-server/:
//
//   /__test-server/status/<code>          an empty-ish JSON error body with that HTTP status
//   /__test-server/destroy                closes the socket without an answer (a network error)
//   /__test-server/body?text=…&type=…      answers 200 with `text` as the body (invalid JSON, not-a-timeline …)
//   /__test-server/slow?ms=…&file=…        answers with a file of the project after `ms` milliseconds
//   /__test-server/csp-page?src=…&lib=…    an HTML page served with the strict Content-Security-Policy below,
//                                          loading the library (`lib`, default /src/define.ts) and one
//                                          <event-timeline src=…>; /tests/fixtures/csp/watch.js records violations
//   /__test-server/csp-reports             POST target of the page's report-uri; GET returns what was posted; with
//                                          `wait=…`, once a posted report contains that text (or after 15 s)
//   /__test-server/raw/<path>              a file of the project exactly as it is on disk (JavaScript, JSON, HTML), without
//                                          the dev server's rewriting of bare imports: what a static web server or CDN serves
//
// Requests a test counts and controls, by a `key` the test chooses (a fresh one per test):
//
//   /__test-server/hold?key=…&file=…        holds the answer until /release?key=… (then answers with the file,
//                                          default tests/fixtures/network/base.json) or until the client goes away;
//                                          with `&destroy`, released means the socket is closed without an answer
//                                          (a network error; counted as finished)
//   /__test-server/release?key=…           answers every held request of the key; returns { released }
//   /__test-server/endless?key=…&gzip      a body that never ends (spaces, gzip-encoded with `gzip`): it stops only
//                                          when the client goes away (or after 2 GB)
//   /__test-server/log?key=…&until=…&count=…
//                                          the key's request counts { started, aborted, finished }; with `until`
//                                          (started, aborted or finished) it answers once that count reaches `count`
//                                          (default 1); with `until=settled`, once `count` requests started and every
//                                          one has ended; or after 15 s with the counts as they are
//
// A request is `started` when it reaches the server, `finished` when its whole answer was sent and `aborted`
// when the client went away before that.
//
// Used as a Koa middleware (it answers before the dev server's plugins, so nothing is injected into the page).
import { readFile } from 'node:fs/promises';
import { resolve, relative, isAbsolute } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

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
  /** Waiting `csp-reports?wait=…` requests, called after each report is posted. */
  const reportWaiters = new Set();
  const keys = new Map();
  /** The counts, held answers and waiting log requests of a key. */
  const keyed = (key) => {
    let k = keys.get(key);
    if (!k) keys.set(key, (k = { counts: { started: 0, aborted: 0, finished: 0 }, held: [], waiters: new Set() }));
    return k;
  };
  const bump = (k, what) => {
    k.counts[what]++;
    for (const waiter of k.waiters) waiter();
  };
  /** Counts the request as started, and as finished or aborted when its response ends. */
  const track = (ctx, k) => {
    bump(k, 'started');
    ctx.res.once('close', () => bump(k, ctx.res.writableFinished || ctx.state.failedOnPurpose ? 'finished' : 'aborted'));
  };
  return async function testServer(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const route = ctx.path.slice(PREFIX.length);
    const q = ctx.query;
    ctx.set('cache-control', 'no-store');

    if (route === 'hold') {
      const k = keyed(String(q.key));
      track(ctx, k);
      const released = await new Promise((ok) => {
        k.held.push(ok);
        ctx.res.once('close', () => {
          k.held = k.held.filter((h) => h !== ok);
          ok(false);
        });
      });
      if (!released) {
        // The client went away: nothing to answer (and no 404 in the test log).
        ctx.respond = false;
        return;
      }
      if (q.destroy !== undefined) {
        ctx.state.failedOnPurpose = true;
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readProjectFile(rootDir, String(q.file ?? 'tests/fixtures/network/base.json'));
      return;
    }
    if (route === 'release') {
      const k = keyed(String(q.key));
      const held = k.held.splice(0);
      for (const ok of held) ok(true);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ released: held.length });
      return;
    }
    if (route === 'endless') {
      const k = keyed(String(q.key));
      track(ctx, k);
      const chunk = Buffer.alloc(64 * 1024, ' ');
      let sent = 0;
      const body = new Readable({
        read() {
          sent += chunk.length;
          this.push(sent > 2 ** 31 ? null : chunk);
        },
      });
      ctx.type = 'application/json';
      if (q.gzip !== undefined) {
        ctx.set('content-encoding', 'gzip');
        ctx.body = pipeline(body, createGzip(), () => {});
      } else {
        ctx.body = body;
      }
      return;
    }
    if (route === 'log') {
      const k = keyed(String(q.key));
      const until = String(q.until ?? '');
      const count = Number(q.count ?? 1);
      const { counts } = k;
      const reached = until === 'settled' ? () => counts.started >= count && counts.started === counts.finished + counts.aborted : () => counts[until] >= count;
      if (until in counts || until === 'settled') {
        await new Promise((ok) => {
          const check = () => {
            if (!reached()) return;
            k.waiters.delete(check);
            clearTimeout(timer);
            ok();
          };
          const timer = setTimeout(() => {
            k.waiters.delete(check);
            ok();
          }, 15_000);
          k.waiters.add(check);
          check();
        });
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(k.counts);
      return;
    }

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
        for (const waiter of reportWaiters) waiter();
        ctx.status = 204;
        return;
      }
      if (q.wait !== undefined) {
        const text = String(q.wait);
        await new Promise((ok) => {
          const check = () => {
            if (!reports.some((r) => r.includes(text))) return;
            reportWaiters.delete(check);
            clearTimeout(timer);
            ok();
          };
          const timer = setTimeout(() => {
            reportWaiters.delete(check);
            ok();
          }, 15_000);
          reportWaiters.add(check);
          check();
        });
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
