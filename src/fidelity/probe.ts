import type { AppsScript } from './fidelityCase';
import { messageOf } from './observing';

/**
 * A custom function that reports what a custom function may do, so the cases can look at
 * Sheets' custom-function environment from a cell. Declared only by the development bundle.
 */
export const PROBE_FUNCTION = 'FIDELITY_PROBE';

/** The document property and cache key a probe reads, set by the case that writes it. */
export const PROBE_KEY = 'fidelity.probe';

/** How a custom function's argument arrives: a range as rows of cells, each cell's type named. */
function describeArgument(input: unknown): string {
  const typeOf = (value: unknown) =>
    Object.prototype.toString.call(value) === '[object Date]' ? 'Date' : value === '' ? "''" : typeof value;
  if (!Array.isArray(input)) return typeOf(input);
  return input.map((row: unknown) => (Array.isArray(row) ? row.map(typeOf).join(',') : typeOf(row))).join(' / ');
}

/** What each probe question answers: a value, or `refused: <message>` when the call threw. */
export function probe(apps: AppsScript, question: string, input?: unknown): unknown {
  const attempt = (act: () => unknown) => {
    try {
      return act();
    } catch (error) {
      return `refused: ${messageOf(error)}`;
    }
  };
  switch (question) {
    case 'double':
      return Number(input) * 2;
    case 'describe':
      return describeArgument(input);
    case 'document-property':
      return attempt(() => apps.PropertiesService.getDocumentProperties().getProperty(PROBE_KEY));
    case 'document-cache':
      return attempt(() => apps.CacheService.getDocumentCache()?.get(PROBE_KEY) ?? 'no cache');
    case 'lock':
      return attempt(() => (apps.LockService.getDocumentLock().tryLock(0) ? 'acquired' : 'not acquired'));
    case 'write':
      return attempt(() => {
        const sheet = apps.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(input));
        if (!sheet) return `no sheet ${String(input)}`;
        sheet.getRange('Z1').setValue('written');
        return 'written';
      });
    default:
      return `unknown question ${question}`;
  }
}
