/** `npm start`: builds the add-on and says where the pushable files are. */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

execFileSync(process.execPath, [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
console.log(`
The add-on is built in ${path.resolve(__dirname, '../dist')}.
Push it to a spreadsheet with: npx clasp login, then npm run deploy (see README.md).`);
