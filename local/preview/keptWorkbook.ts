import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Before --reset or --empty replaces a workbook file, the old file is moved beside it under
 * the time it was replaced (`workbook.2026-12-01T08-39-54Z.json`), so nothing the user had
 * is lost. A name already taken gets `-2`, `-3`…: an earlier kept file is never overwritten.
 */
export function keptName(file: string, at: Date): string {
  const extension = path.extname(file);
  const base = path.join(path.dirname(file), path.basename(file, extension));
  // Colons are not allowed in Windows file names.
  const stamp = `${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
  for (let n = 1; ; n++) {
    const candidate = `${base}.${stamp}${n === 1 ? '' : `-${n}`}${extension}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Moves `file` aside when it exists; returns where it went, or undefined when there was none. */
export function keepBeside(file: string, at: Date): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const kept = keptName(file, at);
  fs.renameSync(file, kept);
  return kept;
}
