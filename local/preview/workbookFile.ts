import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The preview's workbook on disk, as JSON. Every save writes a temporary file beside the
 * target and renames it over the target, so a crash or Ctrl-C mid-write leaves the previous
 * complete file, never half of a new one.
 */

export type LoadResult = { ok: true; value: unknown } | { ok: false; reason: 'missing' | 'unreadable'; error?: string };

let sequence = 0;

function tempNameFor(file: string): string {
  sequence += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${sequence}.tmp`);
}

export function saveWorkbookFile(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempNameFor(file);
  const handle = fs.openSync(temp, 'w');
  try {
    fs.writeSync(handle, JSON.stringify(data));
    // Flushed before the rename, so the renamed file is complete even after a power cut.
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

export function loadWorkbookFile(file: string): LoadResult {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'unreadable', error: (error as Error).message };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

/** Removes temporary files an interrupted save left beside the workbook file; returns how many. */
export function removeLeftoverTempFiles(file: string): number {
  const directory = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  if (!fs.existsSync(directory)) return 0;
  const leftovers = fs.readdirSync(directory).filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  for (const name of leftovers) fs.rmSync(path.join(directory, name), { force: true });
  return leftovers.length;
}
