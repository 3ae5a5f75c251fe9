import { idKey, planIds } from '../register/ids';
import type { ImportReading } from './importPlan';
import { statementKey } from './itemPlan';
import { sheetOfSource, sourceRef } from './sourceCells';
import type { CellValue } from './sourceValues';

/**
 * What an import adds to the register: the plan's items not imported before, with IDs by
 * the register's rule (the next free `S<n>` / `T<n>`) and a `Source` naming the row each
 * came from, so importing the same sheet again adds only what is new.
 */

/** An item already in the register, as the import compares it. */
export interface RegisterItem {
  readonly row: number;
  readonly id: string;
  readonly statement: string;
  /** Its `Source` cell ('' when blank or the column is absent). */
  readonly source: string;
  /** A tactic's Strategy ID. */
  readonly strategyId?: string;
}

export interface RegisterItems {
  readonly strategies: readonly RegisterItem[];
  readonly tactics: readonly RegisterItem[];
}

/** A row to append: its ID, its source row and its register cells by header (ID, statement and Source included). */
export interface NewRow {
  readonly id: string;
  readonly sourceRow: number;
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface RegisterAppend {
  readonly strategies: readonly NewRow[];
  readonly tactics: readonly NewRow[];
  /** Items of the plan the register already holds from an earlier import of the same sheet. */
  readonly importedBefore: { readonly strategies: number; readonly tactics: number };
}

/**
 * The items an earlier import of the same sheet brought in, by what they say: a strategy
 * by its statement, a tactic by its statement under the same strategy. Rows inserted in
 * the sheet since move its items, never make them new; a row whose wording changed is new.
 */
class EarlierImports {
  private readonly byStatement = new Map<string, RegisterItem>();

  constructor(items: readonly RegisterItem[], sheet: string, keyOf: (item: RegisterItem) => string) {
    for (const item of items) {
      if (sheetOfSource(item.source.trim())?.toLowerCase() === sheet.toLowerCase())
        this.byStatement.set(keyOf(item), item);
    }
  }

  find(key: string): RegisterItem | undefined {
    return this.byStatement.get(key);
  }
}

function newIds(existing: readonly RegisterItem[], count: number, prefix: 'S' | 'T'): string[] {
  const fresh = Array.from({ length: count }, (_, index) => ({ row: -(index + 1), id: '' }));
  const assigned = new Map(
    planIds([...existing.filter((item) => item.id.trim() !== ''), ...fresh], prefix).map((a) => [a.row, a.id]),
  );
  return fresh.map((item) => assigned.get(item.row) ?? '');
}

/** The rows an import of `reading` appends to a register holding `register`. */
export function planRegisterAppend(reading: ImportReading, register: RegisterItems): RegisterAppend {
  const { sheet } = reading;
  const earlierStrategies = new EarlierImports(register.strategies, sheet, (item) => statementKey(item.statement));
  const tacticKey = (statement: string, strategyId: string) => `${idKey(strategyId)}\u0000${statementKey(statement)}`;
  const earlierTactics = new EarlierImports(register.tactics, sheet, (item) =>
    tacticKey(item.statement, item.strategyId ?? ''),
  );
  // A tactic read with no strategy (the sheet read as tactics only) was imported before under any strategy.
  const earlierTacticTexts = new EarlierImports(register.tactics, sheet, (item) => statementKey(item.statement));

  const strategyIdOf: string[] = [];
  const freshStrategies: { index: number; source: string }[] = [];
  reading.strategies.forEach((strategy, index) => {
    const source = sourceRef(sheet, strategy.sourceRow);
    const earlier = earlierStrategies.find(statementKey(strategy.statement));
    strategyIdOf[index] = earlier?.id ?? '';
    if (!earlier) freshStrategies.push({ index, source });
  });
  const strategyIds = newIds(register.strategies, freshStrategies.length, 'S');
  const strategies = freshStrategies.map(({ index, source }, n): NewRow => {
    const planned = reading.strategies[index];
    const id = strategyIds[n] ?? '';
    strategyIdOf[index] = id;
    return { id, sourceRow: planned?.sourceRow ?? 0, cells: { ...planned?.cells, ID: id, Source: source } };
  });

  const freshTactics = reading.tactics
    .map((tactic) => {
      const strategyId = tactic.strategy === null ? '' : (strategyIdOf[tactic.strategy] ?? '');
      const source = sourceRef(sheet, tactic.sourceRow);
      return {
        tactic,
        strategyId,
        source,
        earlier:
          strategyId === ''
            ? earlierTacticTexts.find(statementKey(tactic.statement))
            : earlierTactics.find(tacticKey(tactic.statement, strategyId)),
      };
    })
    .filter((candidate) => candidate.earlier === undefined);
  const tacticIds = newIds(register.tactics, freshTactics.length, 'T');
  const tactics = freshTactics.map(({ tactic, strategyId, source }, n): NewRow => {
    const id = tacticIds[n] ?? '';
    return {
      id,
      sourceRow: tactic.sourceRow,
      cells: { ...tactic.cells, ID: id, 'Strategy ID': strategyId, Source: source },
    };
  });

  return {
    strategies,
    tactics,
    importedBefore: {
      strategies: reading.strategies.length - strategies.length,
      tactics: reading.tactics.length - tactics.length,
    },
  };
}
