/**
 * A fidelity case: one behaviour of Google Sheets the add-on relies on, as a small arrange /
 * act / observe on a scratch sheet, with the value recorded for Sheets and where that value
 * comes from. The same case runs in a real spreadsheet (the development bundle's "Run
 * fidelity checks") and on the emulator (jest), so the two can be compared.
 */

/** What a case observes: JSON only, so it can be written to a sheet and compared as text. */
export type Observed = null | boolean | number | string | readonly Observed[] | { readonly [key: string]: Observed };

/** Where a recorded value comes from. */
export type Provenance =
  /** A Google document says so: its address, and what it says in a few words of ours. */
  | { readonly kind: 'documented'; readonly url: string; readonly says: string }
  /** This suite observed it in a live spreadsheet on that day (yyyy-mm-dd). */
  | { readonly kind: 'observed'; readonly on: string }
  /** Neither: written from memory or from third parties, to be checked live. */
  | { readonly kind: 'assumed'; readonly note?: string };

/** The Apps Script services a case may call, handed in so a case names no global. */
export interface AppsScript {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
}

/** What a case works on: a fresh sheet of its own, deleted after it. */
export interface Scratch {
  readonly apps: AppsScript;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The spreadsheet's time zone, in which dates are observed. */
  readonly timeZone: string;
}

export interface FidelityCase {
  /** Stable name, the key of the Fidelity sheet's rows and of the CSV compare. */
  readonly id: string;
  /** The behaviour, in a few words (Markdown code spans allowed). */
  readonly behaviour: string;
  /** What in the add-on depends on it. */
  readonly reliedOnBy: string;
  readonly recorded: Observed;
  readonly source: Provenance;
  /** When the emulator cannot give the recorded value: what it gives instead, and why. */
  readonly emulatorDiffers?: { readonly observed: Observed; readonly reason: string };
  observe(scratch: Scratch): Observed;
}

/** A behaviour that needs a person (typing into a cell, a sidebar in a browser). */
export interface ManualCheck {
  readonly id: string;
  readonly behaviour: string;
  readonly reliedOnBy: string;
  readonly expected: string;
  readonly source: Provenance;
  readonly steps: readonly string[];
}

/** JSON with object keys sorted, so equal observations give equal text. */
export function canonical(value: Observed): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: Observed): Observed {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const object = value as { readonly [key: string]: Observed };
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .map((key) => [key, sortKeys(object[key] as Observed)]),
    );
  }
  return value;
}
