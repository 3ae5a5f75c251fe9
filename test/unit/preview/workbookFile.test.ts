import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkbookFile, removeLeftoverTempFiles, saveWorkbookFile } from '../../../local/preview/workbookFile';

let directory: string;
let file: string;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-file-'));
  file = path.join(directory, 'nested', 'workbook.json');
});

afterEach(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

const FIRST = { sheets: [{ name: 'Strategies', values: [['ID'], ['S1']] }] };
const SECOND = { sheets: [{ name: 'Strategies', values: [['ID'], ['S1'], ['S2']] }] };

describe('the preview workbook file', () => {
  it('reads back what was saved, creating the folder', () => {
    saveWorkbookFile(file, FIRST);
    expect(loadWorkbookFile(file)).toEqual({ ok: true, value: FIRST });
  });

  it('replaces the previous content and leaves no temporary file behind', () => {
    saveWorkbookFile(file, FIRST);
    saveWorkbookFile(file, SECOND);
    expect(loadWorkbookFile(file)).toEqual({ ok: true, value: SECOND });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['workbook.json']);
  });

  it('keeps the last complete save when a save was interrupted before its rename', () => {
    saveWorkbookFile(file, FIRST);
    // What a crash mid-write leaves: half of a new file under a temporary name.
    const leftover = path.join(path.dirname(file), `.workbook.json.99999.1.tmp`);
    fs.writeFileSync(leftover, JSON.stringify(SECOND).slice(0, 20));
    expect(loadWorkbookFile(file)).toEqual({ ok: true, value: FIRST });
  });

  it('removes temporary files an interrupted save left behind, and only those', () => {
    saveWorkbookFile(file, FIRST);
    const folder = path.dirname(file);
    fs.writeFileSync(path.join(folder, '.workbook.json.99999.1.tmp'), '{"half');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'keep me');
    expect(removeLeftoverTempFiles(file)).toBe(1);
    expect(fs.readdirSync(folder).sort()).toEqual(['notes.txt', 'workbook.json']);
    expect(loadWorkbookFile(file)).toEqual({ ok: true, value: FIRST });
  });

  it('says a missing file is missing', () => {
    expect(loadWorkbookFile(file)).toEqual({ ok: false, reason: 'missing' });
  });

  it('says a file that is not JSON is unreadable, naming the file', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"sheets": [');
    const result = loadWorkbookFile(file);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(`${file} is not valid JSON`);
  });

  it('keeps the previous file when the rename fails', () => {
    saveWorkbookFile(file, FIRST);
    // A directory in the way makes the rename fail; the temporary file must not stay behind.
    const blocked = path.join(directory, 'blocked');
    fs.mkdirSync(path.join(blocked, 'workbook.json', 'inside'), { recursive: true });
    expect(() => saveWorkbookFile(path.join(blocked, 'workbook.json'), SECOND)).toThrow();
    expect(fs.readdirSync(blocked)).toEqual(['workbook.json']);
    expect(loadWorkbookFile(file)).toEqual({ ok: true, value: FIRST });
  });
});
