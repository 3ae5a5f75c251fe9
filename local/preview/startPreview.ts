import * as path from 'node:path';
import { DIST_DIR } from '../appsScriptRuntime';
import { type DemoWorkbook, demoWorkbook, emptyWorkbook } from '../demo/demoWorkbook';
import type { Emulator } from '../emulator';
import { AddonSession, type SessionOptions } from './addonSession';
import { keepBeside } from './keptWorkbook';
import { type PreviewServer, startServer } from './server';
import { loadWorkbookFile, removeLeftoverTempFiles, saveWorkbookFile } from './workbookFile';
import { emulatorWithSheets, isSavedWorkbook, restoreWorkbook } from './workbookState';

export const DEFAULT_WORKBOOK_FILE = path.resolve(__dirname, '../../.local/workbook.json');

export interface PreviewOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Where the workbook is saved after every change. */
  readonly file: string;
  /** What to start from; 'saved' falls back to the demo when the file does not exist yet. */
  readonly start: 'saved' | 'demo' | 'empty';
  /** Folder of the built add-on (dist/). */
  readonly filesDir?: string;
  /** Loads the add-on over an emulator (default: dist/Code.js); tests may load a stand-in. */
  readonly load?: SessionOptions['load'];
  /** The clock that names a kept workbook (default: now). */
  readonly now?: () => Date;
}

export interface RunningPreview extends PreviewServer {
  readonly session: AddonSession;
  /** Where the workbook came from, for the start-up message. */
  readonly origin: string;
  /** Where the workbook file that --reset or --empty replaced was moved, if there was one. */
  readonly keptPrevious?: string;
}

function fromSeed(workbook: DemoWorkbook, filesDir: string): Emulator {
  return emulatorWithSheets(workbook.timeZone, workbook.sheets, filesDir);
}

function startingEmulator(options: PreviewOptions, filesDir: string): { emulator: Emulator; origin: string } {
  if (options.start === 'empty')
    return { emulator: fromSeed(emptyWorkbook(), filesDir), origin: 'a blank spreadsheet' };
  if (options.start === 'demo') return { emulator: fromSeed(demoWorkbook(), filesDir), origin: 'the demo register' };
  const loaded = loadWorkbookFile(options.file);
  if (!loaded.ok && loaded.reason === 'missing') {
    return { emulator: fromSeed(demoWorkbook(), filesDir), origin: 'the demo register' };
  }
  if (!loaded.ok || !isSavedWorkbook(loaded.value)) {
    const why = loaded.ok ? 'it is not a workbook saved by the preview' : loaded.error;
    // Never overwrite a file we cannot read: the user decides with --reset or --file.
    throw new Error(
      `Cannot use ${options.file}: ${why}. Start with --reset to replace it with the demo, or --file to use another file.`,
    );
  }
  return { emulator: restoreWorkbook(loaded.value, filesDir), origin: options.file };
}

/**
 * Starts the add-on over a local workbook and serves the preview page on 127.0.0.1. The file
 * is touched only once the server listens, so a start that fails (a port in use) changes
 * nothing on disk; a file that --reset or --empty replaces is first moved beside it.
 */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const filesDir = options.filesDir ?? DIST_DIR;
  removeLeftoverTempFiles(options.file);
  const { emulator, origin } = startingEmulator(options, filesDir);
  const session = new AddonSession(emulator, (saved) => saveWorkbookFile(options.file, saved), {
    filesDir,
    ...(options.load ? { load: options.load } : {}),
  });
  const server = await startServer(() => session, options.port);
  const keptPrevious =
    options.start === 'saved' ? undefined : keepBeside(options.file, options.now ? options.now() : new Date());
  session.saveNow();
  return { ...server, session, origin, ...(keptPrevious ? { keptPrevious } : {}) };
}
