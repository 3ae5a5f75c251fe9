/** `npm run fidelity:compare file.csv`: see compareCsv.ts. */
import * as fs from 'node:fs';
import { runCasesOnEmulator } from '../../local/fidelityOnEmulator';
import { FIDELITY_CASES } from '../../src/fidelity/cases';
import { compareReport, readFidelityCsv } from './compareCsv';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run fidelity:compare <Fidelity sheet downloaded as CSV>');
  process.exit(2);
}
const live = readFidelityCsv(fs.readFileSync(file, 'utf8'));
console.log(compareReport(live, runCasesOnEmulator(FIDELITY_CASES), new Date().toISOString().slice(0, 10)));
