import * as fs from 'node:fs';
import * as path from 'node:path';
import { fidelityTable, withTable } from '../../scripts/fidelity/table';

const README = path.resolve(__dirname, '../../local/emulator/README.md');

it('the emulator README holds the table the fidelity cases give (npm run fidelity:table rewrites it)', () => {
  const readme = fs.readFileSync(README, 'utf8');
  expect(withTable(readme, fidelityTable())).toBe(readme);
});
