// Serves the demo (TypeScript compiled on the fly) and prints its URL: `npm start`; `PORT=8080
// npm start` for another port. It answers this machine only; `HOST=0.0.0.0 npm start` opens it to
// the network (a phone on the same Wi-Fi). Only the project's own files are served: nothing whose
// name starts with a dot (.git, .env, .ci), and nothing outside the project (the dev server's
// `/__wds-outside-root__/` route).
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
const hostname = process.env.HOST ?? 'localhost';

/** Answers 404 for a dot-file or folder and for the outside-root route, 400 for a path that does not decode. */
function ownFilesOnly(context, next) {
  let path;
  try {
    path = decodeURIComponent(context.path);
  } catch {
    context.status = 400;
    return undefined;
  }
  const segments = path.split(/[/\\]/);
  if (segments.includes('__wds-outside-root__') || segments.some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) {
    context.status = 404;
    return undefined;
  }
  return next();
}

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname,
    nodeResolve: { exportConditions: ['production'] },
    appIndex: 'demo/index.html',
    middleware: [ownFilesOnly],
    plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://localhost:${server.config.port}/demo/`;
console.log(`event-timeline demo: ${url}`);
console.log(`  100,000 events:   ${url}large.html`);
console.log(`  deep time:        ${url}deep.html`);
console.log('Press Ctrl+C to stop.');
