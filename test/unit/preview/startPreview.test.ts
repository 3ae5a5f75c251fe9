import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startupMessage } from '../../../local/preview/cli';
import { type RunningPreview, startPreview } from '../../../local/preview/startPreview';
import { loadWorkbookFile } from '../../../local/preview/workbookFile';
import type { SavedWorkbook } from '../../../local/preview/workbookState';

let directory: string;
let file: string;
let running: RunningPreview | undefined;

beforeEach(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-start-'));
  file = path.join(directory, 'workbook.json');
});

afterEach(async () => {
  await running?.close();
  running = undefined;
  fs.rmSync(directory, { recursive: true, force: true });
});

const START = new Date('2026-12-01T08:39:54.123Z');

async function start(flag: 'saved' | 'demo' | 'empty'): Promise<RunningPreview> {
  running = await startPreview({ port: 0, file, start: flag, now: () => START });
  return running;
}

/** The sheet names held in a workbook file. */
function sheetNames(at: string): string[] {
  const loaded = loadWorkbookFile(at);
  if (!loaded.ok) throw new Error(`${at} did not load`);
  return (loaded.value as SavedWorkbook).data.sheets.map((sheet) => sheet.name);
}

describe('starting the preview over a saved workbook', () => {
  it('keeps the workbook --empty replaces beside it, under the time it was replaced', async () => {
    fs.writeFileSync(file, 'the team’s own register');
    const preview = await start('empty');
    const kept = path.join(directory, 'workbook.2026-12-01T08-39-54Z.json');
    expect(preview.keptPrevious).toBe(kept);
    expect(fs.readFileSync(kept, 'utf8')).toBe('the team’s own register');
    expect(sheetNames(file)).toEqual(['Sheet1']);
  });

  it('keeps the workbook --reset replaces too, and never overwrites one kept earlier', async () => {
    fs.writeFileSync(path.join(directory, 'workbook.2026-12-01T08-39-54Z.json'), 'kept last time');
    fs.writeFileSync(file, 'this morning’s register');
    const preview = await start('demo');
    const kept = path.join(directory, 'workbook.2026-12-01T08-39-54Z-2.json');
    expect(preview.keptPrevious).toBe(kept);
    expect(fs.readFileSync(kept, 'utf8')).toBe('this morning’s register');
    expect(fs.readFileSync(path.join(directory, 'workbook.2026-12-01T08-39-54Z.json'), 'utf8')).toBe('kept last time');
    expect(sheetNames(file)).toEqual(['Strategies', 'Tactics', 'Snapshot History', 'Check-ins']);
  });

  it('keeps nothing when there was no workbook yet, or when it opens the saved one', async () => {
    expect((await start('empty')).keptPrevious).toBeUndefined();
    await running?.close();
    expect((await start('saved')).keptPrevious).toBeUndefined();
    expect(fs.readdirSync(directory)).toEqual(['workbook.json']);
  });

  it('leaves the workbook where it was when the port is taken', async () => {
    const first = await start('demo');
    const before = fs.readFileSync(file, 'utf8');
    await expect(startPreview({ port: first.port, file, start: 'empty', now: () => START })).rejects.toThrow(
      'EADDRINUSE',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(fs.readdirSync(directory)).toEqual(['workbook.json']);
  });
});

describe('the message npm start prints', () => {
  it('says where the replaced workbook was kept and how to open it again', async () => {
    fs.writeFileSync(file, '{}');
    const preview = await start('empty');
    expect(startupMessage(preview, file)).toBe(
      [
        '',
        'Strategy Register is running locally (no Google account needed), from a blank spreadsheet.',
        `  Open:    ${preview.url}`,
        `  Saved:   ${file} (after every change)`,
        `  Kept:    the workbook it replaced, as ${preview.keptPrevious}`,
        `           (open it again with: npm start -- --file ${preview.keptPrevious})`,
        `  Export:  ${preview.url}export.xlsx`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
  });

  it('has no Kept line when nothing was replaced', async () => {
    const preview = await start('demo');
    expect(startupMessage(preview, file)).not.toContain('Kept:');
  });
});
