/** Every test run starts from a fresh build, so bundle and browser tests drive today's dist/. */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [path.join(__dirname, '../scripts/build.js')], { stdio: 'inherit' });
};
