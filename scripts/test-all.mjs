// Runs every check and test suite in order and ends with one line: "N passed, M failed".
// Lint and type check count as one test each; the vitest suites count their tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-tests-'));
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

function vitestSuite(label, configArgs) {
  const outputFile = path.join(resultsDir, `${label}.json`);
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  if (!fs.existsSync(outputFile)) {
    failed += 1;
    console.log(`✗ ${label} produced no results`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  passed += report.numPassedTests;
  const suiteFailures = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  failed +=
    report.numFailedTests + suiteFailures + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (!ok && report.numFailedTests + suiteFailures === 0) failed += 1;
}

check('lint', 'npx', ['biome', 'check', '.']);
check('typecheck', 'npx', ['pnpm@12.4.2', 'typecheck']);
if (run('postgres and redis', 'node', ['scripts/ensure-test-servers.mjs'])) {
  vitestSuite('unit-and-integration', []);
} else {
  failed += 1;
}
if (
  run('chromium', 'node', ['scripts/ensure-chromium.mjs']) &&
  run('build web', 'npx', ['pnpm@12.4.2', '--filter', '@interlude/web', 'build'])
) {
  vitestSuite('browser', ['--config', 'e2e/vitest.config.ts']);
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
