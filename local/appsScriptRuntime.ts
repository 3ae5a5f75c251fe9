import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions } from './emulator';

export const DIST_DIR = path.resolve(__dirname, '../dist');
/** The development bundle (`npm run build -- --fidelity`): the add-on with the fidelity checks. */
export const FIDELITY_DIST_DIR = path.resolve(__dirname, '../dist-fidelity');

export interface LoadedAddon {
  readonly emulator: Emulator;
  /** The global scope of dist/Code.js: its top-level functions are what Apps Script can call. */
  readonly scope: Record<string, unknown>;
  /** What the add-on wrote with `console.*` (Apps Script sends it to the execution log). */
  readonly consoleLog: string[];
  /** Calls a top-level function by name, as a menu, trigger or google.script.run would. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Loads the built dist/Code.js into one fresh global scope over the emulator, the way
 * Apps Script loads a project's files, so tests drive the artifact that gets pushed.
 */
export function loadAddon(
  options: EmulatorOptions & { readonly emulator?: Emulator; readonly distDir?: string } = {},
): LoadedAddon {
  const distDir = options.distDir ?? DIST_DIR;
  const emulator = options.emulator ?? createEmulator({ filesDir: distDir, ...options });
  const file = path.join(distDir, 'Code.js');
  const code = fs.readFileSync(file, 'utf8');
  const consoleLog: string[] = [];
  const record =
    (level: string) =>
    (...parts: unknown[]) =>
      consoleLog.push(
        `${level}: ${parts.map((part) => (part instanceof Object && 'message' in part ? String(part.message) : String(part))).join(' ')}`,
      );
  const console = { log: record('log'), info: record('info'), warn: record('warn'), error: record('error') };
  const scope = vm.createContext({ ...emulator.globals, console }) as Record<string, unknown>;
  vm.runInContext(code, scope, { filename: file });
  // After the run, so the add-on's top-level functions are there to serve as custom functions.
  emulator.adoptRealm(scope);
  return {
    emulator,
    scope,
    consoleLog,
    call(name, ...args) {
      const fn = scope[name];
      if (typeof fn !== 'function') throw new Error(`dist/Code.js declares no top-level function ${name}`);
      return fn(...args);
    },
  };
}
