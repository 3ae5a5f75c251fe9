/**
 * QoQ variance the quick way: history read in one getDataRange().getValues() (quick
 * scripts do that much), the same variance model and layout, then written cell by cell
 * with setValue, setBackground and setNote (no number formats, trend formulas or chart).
 */
import { parseHistory } from '../../src/domain/history/historyRead';
import { buildHistoryView } from '../../src/domain/history/historyView';
import { varianceOfView } from '../../src/domain/history/variance';
import { renderVarianceSheet } from '../../src/domain/history/varianceLayout';
import { SHEET } from '../../src/domain/register/schema';
import { DEFAULT_SETTINGS } from '../../src/domain/register/types';
import { sentence } from '../../src/domain/result';
import { freshSheet, type SpreadsheetApp } from './rowByRow';

export function naiveVariance(app: SpreadsheetApp): number {
  const history = app.getActiveSpreadsheet().getSheetByName(SHEET.history);
  if (!history) throw new Error('No Snapshot History sheet');
  const view = buildHistoryView(parseHistory(history.getDataRange().getValues(), 'Etc/UTC').entries);
  const [from, to] = view.quarters.slice(-2);
  if (from === undefined || to === undefined) throw new Error('Fewer than two snapshots');
  const model = varianceOfView(view, from, to, { timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS });
  if (!model.ok) throw new Error(sentence(model));
  const layout = renderVarianceSheet(model.value);
  const sheet = freshSheet(app, SHEET.variance);
  let written = 0;
  layout.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getRange(r + 1, c + 1);
      if (value !== '' && value !== null) {
        cell.setValue(value);
        written += 1;
      }
      const background = layout.backgrounds[r]?.[c];
      if (background) cell.setBackground(background);
      const note = layout.notes[r]?.[c];
      if (note) cell.setNote(note);
    });
  });
  return written;
}
