/**
 * Runs the reliability suite (test/reliability) and prints its figures: bad-input cases and
 * operation runs, faults injected, properties × runs, tests and failures. Each test file
 * leaves its figures in test-artifacts/reliability/; the summary goes to
 * test-artifacts/reliability.json. `RELIABILITY_RUNS=5000 node scripts/reliability.js` for a long run.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const figuresDir = path.join(root, 'test-artifacts', 'reliability');
const jestReport = path.join(figuresDir, 'jest.json');

fs.rmSync(figuresDir, { recursive: true, force: true });
fs.mkdirSync(figuresDir, { recursive: true });

const started = Date.now();
const run = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), 'test/reliability', '--json', `--outputFile=${jestReport}`],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);

const figures = { cases: 0, operationRuns: 0, faults: 0, properties: 0, propertyRuns: 0 };
for (const file of fs.readdirSync(figuresDir).filter((name) => name !== 'jest.json' && name.endsWith('.json'))) {
  const part = JSON.parse(fs.readFileSync(path.join(figuresDir, file), 'utf8'));
  for (const key of Object.keys(figures)) figures[key] += Number(part[key]) || 0;
}
const results = fs.existsSync(jestReport) ? JSON.parse(fs.readFileSync(jestReport, 'utf8')) : undefined;
const summary = {
  ...figures,
  runsPerProperty: figures.properties > 0 ? figures.propertyRuns / figures.properties : 0,
  tests: results?.numTotalTests ?? 0,
  failures: results ? results.numFailedTests + results.numRuntimeErrorTestSuites : 1,
  seconds: Math.round((Date.now() - started) / 100) / 10,
};
fs.writeFileSync(path.join(root, 'test-artifacts', 'reliability.json'), `${JSON.stringify(summary, null, 2)}\n`);

const lines = [
  ['bad-input and concurrency cases', summary.cases],
  ['operations run over them', summary.operationRuns],
  ['faults injected', summary.faults],
  ['properties × runs', `${summary.properties} × ${summary.runsPerProperty} = ${summary.propertyRuns}`],
  ['tests', summary.tests],
  ['failures', summary.failures],
  ['seconds', summary.seconds],
];
console.log('\nReliability report');
for (const [label, value] of lines) console.log(`  ${String(label).padEnd(32)} ${value}`);
process.exitCode = run.status === 0 && summary.failures === 0 ? 0 : 1;
