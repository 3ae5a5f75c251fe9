import { locateColumns } from '../domain/history/historySchema';
import { compareQuarterLabels } from '../domain/history/quarterOrder';
import { SHEET } from '../domain/register/schema';
import { readHeaderRow } from './sheetValues';
import type { Spreadsheet } from './types';

/**
 * The quarters Snapshot History holds, oldest first, from its Quarter column alone (a
 * few calls whatever the history's length), for pickers that need no other field.
 */
export function readHistoryQuarters(spreadsheet: Spreadsheet): string[] {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  if (!sheet) return [];
  const column = locateColumns(readHeaderRow(sheet)).get('quarter');
  const rows = sheet.getLastRow() - 1;
  if (column === undefined || rows < 1) return [];
  const labels = new Set<string>();
  for (const [label] of sheet.getRange(2, column + 1, rows, 1).getValues()) {
    if (typeof label === 'string' && label.trim() !== '') labels.add(label.trim());
  }
  return [...labels].sort(compareQuarterLabels);
}
