import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { keepBeside, keptName } from '../../../local/preview/keptWorkbook';

let directory: string;
beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-kept-'));
});
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

const AT = new Date('2026-12-01T08:39:54.999Z');

describe('keeping a workbook file a start replaces', () => {
  it('names it after the file and the second it was replaced, with no colon', () => {
    expect(keptName(path.join(directory, 'workbook.json'), AT)).toBe(
      path.join(directory, 'workbook.2026-12-01T08-39-54Z.json'),
    );
    expect(keptName(path.join(directory, 'plan'), AT)).toBe(path.join(directory, 'plan.2026-12-01T08-39-54Z'));
  });

  it('moves the file there, and keeps nothing when there was no file', () => {
    const file = path.join(directory, 'workbook.json');
    expect(keepBeside(file, AT)).toBeUndefined();
    fs.writeFileSync(file, 'ours');
    const kept = keepBeside(file, AT);
    expect(kept && fs.readFileSync(kept, 'utf8')).toBe('ours');
    expect(fs.existsSync(file)).toBe(false);
  });
});
