/**
 * `npm start`: builds the add-on, then runs it locally in the preview (no Google account,
 * no network). Flags pass through: npm start -- --port 0 --reset (see --help).
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

execFileSync(process.execPath, [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
// tsx runs local/ as written, with no second build step.
require('tsx/cjs/api').register();
require('../local/preview/cli.ts')
  .main(process.argv.slice(2))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
