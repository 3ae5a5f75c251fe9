/**
 * `npm run bench`: builds dist/, then runs bench/main.ts through tsx with --expose-gc (peak
 * heap is measured after a full GC). Writes bench/results.md and bench/results.json;
 * `-- --only strategy-check` runs that section alone.
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const built = runNode([path.join(ROOT, 'scripts/build.js')]);
if (built !== 0) process.exit(built);
// Large registers hold ~12 million emulated cells: give the heap room.
process.exitCode = runNode([
  '--expose-gc',
  '--max-old-space-size=8192',
  '--import',
  'tsx',
  path.join(ROOT, 'bench/main.ts'),
  ...process.argv.slice(2),
]);
