import { parseHistory } from '../../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import { buildHistoryView } from '../../../src/domain/history/historyView';
import { buildSnapshotRows } from '../../../src/domain/history/snapshotRows';
import { varianceOfView } from '../../../src/domain/history/variance';
import { renderVarianceSheet } from '../../../src/domain/history/varianceLayout';
import type { Strategy, Tactic } from '../../../src/domain/register/types';
import { sentence } from '../../../src/domain/result';
import { Q2_TAKEN, Q3_TAKEN, REVIEW_RULES, strategy, tactic } from './fixtures';

const FORMULA_LIKE = ['=1+1', '+cmd', '-2', '@SUM(A1)', '=IMPORTXML("http://x","//a")'];
const OTHER_HOSTILE = ['<img src=x onerror=alert(1)>', 'x'.repeat(50_000), '📈 نمو الإيرادات', "'quoted"];
const CORPUS = [...FORMULA_LIKE, ...OTHER_HOSTILE];

function strategyAllText(text: string): Strategy {
  return strategy({ id: text, statement: text, metric: text, unit: text, stakeholders: text, learning: text });
}

function tacticAllText(text: string): Tactic {
  return tactic({
    id: `${text} t`,
    strategyId: text,
    statement: text,
    stakeholders: text,
    owner: text,
    indicator: text,
    learning: text,
  });
}

const strategies = CORPUS.map(strategyAllText);
const tactics = CORPUS.map(tacticAllText);
const STRATEGY_TEXT = ['id', 'strategyId', 'statement', 'metric', 'unit', 'stakeholders', 'learning'] as const;
const TACTIC_TEXT = ['statement', 'strategyId', 'stakeholders', 'owner', 'indicator', 'learning'] as const;

describe('text that looks like a formula', () => {
  const snapshot = buildSnapshotRows(strategies, tactics, '2026-Q2', Q2_TAKEN);

  it('is stored unchanged, in columns the adapter writes as plain text', () => {
    for (const row of snapshot.rows) {
      row.forEach((cell, column) => {
        if (typeof cell === 'string' && CORPUS.some((text) => cell.startsWith(text))) {
          expect(snapshot.textColumns).toContain(column);
          expect(snapshot.columnFormats[column]).toBe('@');
        }
      });
    }
    const statements = snapshot.rows.map((row) => row[HISTORY_HEADERS.indexOf('Statement')]);
    expect(statements).toEqual(CORPUS.flatMap((text) => [text, text]));
  });

  it('reads back from history exactly as typed, in every text field', () => {
    const entries = parseHistory([[...HISTORY_HEADERS], ...snapshot.rows], 'Etc/UTC').entries;
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const text of CORPUS) {
      const s = byId.get(text);
      const t = byId.get(`${text} t`);
      for (const field of STRATEGY_TEXT) expect(s?.[field]).toBe(text);
      for (const field of TACTIC_TEXT) expect(t?.[field]).toBe(text);
    }
  });

  it('stays text in the variance sheet, formatted as plain text, with old wording in notes', () => {
    const reworded = CORPUS.map((text) => strategyAllText(text)).map((s) => ({ ...s, statement: `${s.statement}!` }));
    // Tactics that moved are listed (unchanged ones are only counted).
    const moved = tactics.map((t) => ({ ...t, actual: (t.actual ?? 0) + 1 }));
    const later = buildSnapshotRows(reworded, moved, '2026-Q3', Q3_TAKEN).rows;
    const view = buildHistoryView(parseHistory([[...HISTORY_HEADERS], ...snapshot.rows, ...later], 'Etc/UTC').entries);
    const result = varianceOfView(view, '2026-Q2', '2026-Q3', REVIEW_RULES);
    if (!result.ok) throw new Error(sentence(result));
    const sheet = renderVarianceSheet(result.value);
    const strings = sheet.values.flatMap((row, r) =>
      row.flatMap((value, c) =>
        typeof value === 'string' && value !== '' ? [{ value, format: sheet.numberFormats[r]?.[c] }] : [],
      ),
    );
    expect(strings.every((cell) => cell.format === '@')).toBe(true);
    for (const text of CORPUS) {
      expect(strings.filter((cell) => cell.value === text).length).toBeGreaterThanOrEqual(2);
      expect(strings.some((cell) => cell.value === `${text}!`)).toBe(true);
      expect(sheet.notes.flat()).toContain(`Before: ${text}`);
    }
    expect(sheet.trend?.formulas.flat().every((formula) => formula === '' || formula.startsWith('=SPARKLINE({'))).toBe(
      true,
    );
  });
});
