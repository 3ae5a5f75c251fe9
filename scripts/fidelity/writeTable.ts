/** `npm run fidelity:table`: rewrites the table of Sheets behaviours in local/emulator/README.md. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fidelityTable, withTable } from './table';

export const EMULATOR_README = path.resolve(__dirname, '../../local/emulator/README.md');

const before = fs.readFileSync(EMULATOR_README, 'utf8');
const after = withTable(before, fidelityTable());
fs.writeFileSync(EMULATOR_README, after);
console.log(after === before ? 'The table was up to date.' : `Rewrote the table in ${EMULATOR_README}.`);
