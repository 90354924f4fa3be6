// Serves the demo (TypeScript compiled on the fly) and prints its URL: `npm start`; `PORT=8080
// npm start` for another port. It listens on every interface, so a phone on the same network can
// open the demo at the machine's address; no file or folder whose name starts with a dot (.git,
// .env, .ci) is served.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '0.0.0.0',
    nodeResolve: { exportConditions: ['production'] },
    appIndex: 'demo/index.html',
    middleware: [
      function noDotFiles(context, next) {
        if (decodeURIComponent(context.path).split('/').some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..')) {
          context.status = 404;
          return undefined;
        }
        return next();
      },
    ],
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
