import type { AppsScript, Observed, Scratch } from './fidelityCase';

/** How cases describe what they see, the same way in Sheets and on the emulator. */

/** A cell value as JSON: a Date as its wall time in `timeZone`, with milliseconds. */
export function describeValue(apps: AppsScript, value: unknown, timeZone: string): Observed {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    return { date: apps.Utilities.formatDate(value as Date, timeZone, 'yyyy-MM-dd HH:mm:ss.SSS') };
  }
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return `${typeof value}: ${String(value)}`;
}

/** What A1 of the scratch sheet holds after `input` is written with setValues. */
export function written(scratch: Scratch, input: unknown, format?: string): Observed {
  const cell = scratch.sheet.getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValues([[input]]);
  return {
    value: describeValue(scratch.apps, cell.getValue(), scratch.timeZone),
    formula: cell.getFormula(),
    format: cell.getNumberFormat(),
  };
}

/** An error's message, whichever realm made it (the emulator's errors come from outside a vm scope). */
export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/** The message of the error `act` throws, with `name` shown as `<name>`; or what it returned. */
export function outcome(act: () => unknown, name?: string): Observed {
  try {
    const returned = act();
    return { returned: returned === undefined ? null : (returned as Observed) };
  } catch (error) {
    const message = messageOf(error);
    return { threw: name ? message.split(name).join('<name>') : message };
  }
}

/** The text Sheets shows in a cell while a custom function has not answered yet. */
const LOADING = /^Loading/i;

/**
 * A formula cell's value once computed: Sheets may still show "Loading..." right after a
 * custom function is written, so the cell is read again for up to 20 seconds.
 */
export function computedValue(scratch: Scratch, cell: GoogleAppsScript.Spreadsheet.Range): Observed {
  let value: unknown = '';
  for (let attempt = 0; attempt < 40; attempt += 1) {
    scratch.apps.SpreadsheetApp.flush();
    value = cell.getValue();
    if (!(typeof value === 'string' && LOADING.test(value))) break;
    scratch.apps.Utilities.sleep(500);
  }
  return describeValue(scratch.apps, value, scratch.timeZone);
}

/**
 * The largest size in bytes (ASCII) that `accepts` takes, found by halving between a size
 * known to fit and `ceiling`; `accepts` throws to refuse.
 */
export function largestAccepted(accepts: (bytes: number) => void, ceiling: number): number {
  let fits = 0;
  let refused = ceiling + 1;
  while (refused - fits > 1) {
    const middle = Math.floor((fits + refused) / 2);
    try {
      accepts(middle);
      fits = middle;
    } catch {
      refused = middle;
    }
  }
  return fits;
}
