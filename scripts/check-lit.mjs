// `lit-analyzer --strict` over src/ with zero warnings allowed (run by `npm run lint`).
// Known false reports are let through: lit-analyzer's CSS checker (an old
// vscode-css-languageservice property list, which cannot be extended) does not know
// `forced-color-adjust` (CSS Color Adjustment 1) nor container queries (`container-type` and
// `@container`, CSS Containment 3), all in every browser the README supports, and calls them an
// unknown property or at-rule. Every other problem, of any rule, fails the check.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}node_modules/lit-analyzer/cli.js`;
const target = process.argv[2] ?? 'src';
const KNOWN_FALSE = [/Unknown property: 'forced-color-adjust'/, /Unknown property: 'container-type'/, /Unknown at rule @container/];

const output = await new Promise((resolve) => {
  execFile(process.execPath, [cli, '--strict', '--format', 'list', '--noColor', target], { cwd: root, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
    resolve({ code: error?.code ?? 0, text: `${stdout}${stderr}` });
  });
});

let file = '';
const problems = [];
for (const line of output.text.split('\n')) {
  if (/^\.?\/?\S+\.(ts|js)$/.test(line.trim())) file = line.trim();
  else if (/^\s+\d+:\d+\s+(warning|error)\s/.test(line) && !KNOWN_FALSE.some((re) => re.test(line))) problems.push(`${file}:${line.trim()}`);
}
const summary = /✖ .*problems?.*/.exec(output.text)?.[0];
if (problems.length > 0 || (output.code !== 0 && !summary)) {
  console.error(problems.length > 0 ? problems.join('\n') : output.text);
  process.exit(1);
}
console.log(`lit-analyzer --strict: no problems${summary ? ` (ignored known false reports: ${summary.replace('✖ ', '')})` : ''}.`);
