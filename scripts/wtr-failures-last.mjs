/**
 * A web-test-runner reporter that names every failed test again at the very end of the run.
 *
 * Why: the default reporter prints a failure once, in the middle of a long log, between a file's
 * browser logs and hundreds of progress lines. CI keeps only part of a long log (its tail), and a
 * run that failed once under load then said "1 failed" and nothing about which test. This
 * reporter adds nothing to a green run and, for a red one, prints file, test path and the first
 * lines of the error last, where any cut of the log keeps them.
 */

/** Lines of each error's stack kept: enough for the assertion and its test line. */
const STACK_LINES = 6;

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function* failedTests(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (!test.passed && !test.skipped) yield { name: [...path, test.name].join(' › '), error: test.error };
  }
  for (const child of suite.suites ?? []) yield* failedTests(child, [...path, child.name]);
}

/** @param {{ message?: string, stack?: string, expected?: string, actual?: string } | undefined} error */
function describe(error) {
  if (!error) return ['(no error object)'];
  const message = error.message ?? String(error);
  const stack = (error.stack ?? '').split('\n').filter((line) => line.trim() && !message.includes(line));
  const lines = [...message.split('\n'), ...stack].slice(0, STACK_LINES);
  const diff = error.expected !== undefined || error.actual !== undefined ? [`expected ${error.expected} · actual ${error.actual}`] : [];
  return [...lines, ...diff];
}

/** @returns {import('@web/test-runner-core').Reporter} */
export function failuresLastReporter() {
  return {
    stop({ sessions }) {
      const failed = sessions.filter((session) => !session.passed);
      if (failed.length === 0) return;
      const lines = ['', `Failed (${failed.length} test file${failed.length === 1 ? '' : 's'}), repeated here so a cut log keeps them:`];
      for (const session of failed) {
        lines.push(`✗ ${session.testFile.replace(process.cwd() + '/', '')} [${session.browser.name}]`);
        for (const error of session.errors ?? []) lines.push(...describe(error).map((line) => `    file error: ${line}`));
        for (const { name, error } of failedTests(session.testResults)) {
          lines.push(`  ✗ ${name}`, ...describe(error).map((line) => `      ${line}`));
        }
      }
      // console, not process.stdout: the runner's terminal buffers console output and flushes it in
      // order, so this comes after the default reporter's last words.
      console.log(lines.join('\n'));
    },
  };
}
