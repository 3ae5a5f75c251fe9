import { describeValue, isBlank, isDate } from '../cellValue';
import { type ColumnMapping, columnsByField } from './columnMapping';
import type { SourceRow, SourceTable } from './findTable';
import type { ImportField } from './importFields';
import type { Layout } from './layout';
import { type ImportFinding, type ItemCells, RowReading, type SourceContext } from './rowReading';
import type { CellValue } from './sourceValues';
import { KIND_EXAMPLES, rowKindOf } from './statusWords';

/**
 * Turning the table's rows into strategies and tactics, by layout. Which item a value goes
 * to follows from where it can be kept: a metric, unit, baseline or confidence belongs to a
 * strategy, an owner or indicator to a tactic; on a row holding both, the rest describes
 * the tactic, and target and current measure the strategy when the sheet gives it a metric
 * or baseline. A key result with a baseline or target on its row is the metric of its
 * strategy (the first one; a strategy keeps one metric), otherwise a tactic.
 */

export interface PlannedStrategy {
  readonly sourceRow: number;
  readonly statement: string;
  /** Register cells by header (`Metric`, `Baseline`…); the statement is in `Strategy`. */
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface PlannedTactic {
  readonly sourceRow: number;
  readonly statement: string;
  /** Index of its strategy in the plan's strategies; null when no strategy stands above it. */
  readonly strategy: number | null;
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface PlannedItems {
  readonly strategies: readonly PlannedStrategy[];
  readonly tactics: readonly PlannedTactic[];
  readonly findings: readonly ImportFinding[];
  /** 1-based rows read as notes (an instruction under the headers, a footer). */
  readonly notes: readonly number[];
  /** How some columns were read, by 0-based column, for the mapping shown to the user. */
  readonly columnNotes: ReadonlyMap<number, string>;
}

const STRATEGY_ONLY: readonly ImportField[] = ['metric', 'unit', 'baseline', 'confidence'];
const TACTIC_ONLY: readonly ImportField[] = ['owner', 'indicator'];
const SHARED: readonly ImportField[] = ['stakeholders', 'start', 'due', 'status', 'learning'];
const MEASURES: readonly ImportField[] = ['target', 'current'];
const EVERY: readonly ImportField[] = [...STRATEGY_ONLY, ...TACTIC_ONLY, ...SHARED, ...MEASURES];
/** Shared fields a strategy takes from its tactics' rows when every one of them says the same. */
const AGREED: readonly ImportField[] = ['stakeholders', 'start', 'due'];

interface StrategyDraft extends ItemCells {
  readonly index: number;
  readonly statement: string;
  hasMetric: boolean;
  /** What every tactic row of the strategy says for each AGREED field; null once two disagree. */
  readonly agreed: Map<ImportField, CellValue | null>;
}

interface TacticDraft extends ItemCells {
  readonly statement: string;
  readonly strategy: number | null;
}

/** Strategy texts compare ignoring case and repeated or trailing spaces. */
export function statementKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function filledCells(row: SourceRow, width: number): number {
  let filled = 0;
  for (let column = 0; column < width; column++) if (!isBlank(row.cells[column])) filled += 1;
  return filled;
}

/**
 * Text that reads as a line about the table rather than an item in it: a sentence (it ends
 * with a full stop, colon, question or exclamation mark), a footer's `©` or `|`, or a
 * line opening with Note, Total, Source or Prepared.
 */
function readsAsNote(cell: unknown): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  return /[.:!?]$/.test(text) || /[©|]/.test(text) || /^(notes?|total|source|prepared)\b/i.test(text);
}

/** A totals row (`Total | 3 | 5`): its first filled cell is only the word, whatever fills the rest. */
const TOTALS_LABEL = /^(grand\s+)?(sub)?totals?:?$|^sum:?$/i;

/** The column of a totals row's label, or undefined when the row is no totals row. */
function totalsLabelColumn(row: SourceRow): number | undefined {
  const column = row.cells.findIndex((cell) => !isBlank(cell));
  const label = row.cells[column];
  return typeof label === 'string' && TOTALS_LABEL.test(label.trim()) ? column : undefined;
}

/**
 * Rows above the first and below the last row of two or more cells whose one cell, in the
 * strategy column, reads as a line about the table: an instruction under the headers or a
 * footer, not an item. A strategy written alone (a short name, or above the rows that
 * carry it down) stays a strategy.
 */
function noteRows(table: SourceTable, mapping: readonly ColumnMapping[]): Set<number> {
  const mapped = columnsByField(mapping);
  const strategyColumn = mapped.get('strategy') ?? mapped.get('statement');
  const tacticColumn = mapped.get('tactic') ?? mapped.get('keyResult');
  if (strategyColumn === undefined) return new Set();
  const counts = table.rows.map((row) => filledCells(row, table.width));
  const first = counts.findIndex((count) => count >= 2);
  if (first < 0) return new Set();
  let last = counts.length - 1;
  while (last > first && (counts[last] ?? 0) < 2) last -= 1;
  const carriesDownFrom = (index: number) => {
    const below = table.rows[index + 1];
    return (
      below !== undefined &&
      tacticColumn !== undefined &&
      isBlank(below.cells[strategyColumn]) &&
      !isBlank(below.cells[tacticColumn])
    );
  };
  const notes = new Set<number>();
  counts.forEach((count, index) => {
    if (count !== 1 || (index >= first && index <= last)) return;
    const cell = table.rows[index]?.cells[strategyColumn];
    if (isBlank(cell) || !readsAsNote(cell) || carriesDownFrom(index)) return;
    notes.add(index);
  });
  return notes;
}

class ItemBuilder {
  readonly strategies: StrategyDraft[] = [];
  readonly tactics: TacticDraft[] = [];
  private readonly byStatement = new Map<string, StrategyDraft>();

  newStrategy(statement: string, sourceRow: number): StrategyDraft {
    const draft: StrategyDraft = {
      kind: 'strategy',
      index: this.strategies.length,
      sourceRow,
      statement,
      cells: { Strategy: statement },
      statusRefused: false,
      hasMetric: false,
      agreed: new Map(),
    };
    this.strategies.push(draft);
    this.byStatement.set(statementKey(statement), draft);
    return draft;
  }

  /** The strategy this text names, and whether this row creates it. */
  strategyNamed(statement: string, sourceRow: number): { draft: StrategyDraft; created: boolean } {
    const known = this.byStatement.get(statementKey(statement));
    return known ? { draft: known, created: false } : { draft: this.newStrategy(statement, sourceRow), created: true };
  }

  newTactic(statement: string, sourceRow: number, strategy: StrategyDraft | undefined): TacticDraft {
    const draft: TacticDraft = {
      kind: 'tactic',
      sourceRow,
      statement,
      strategy: strategy?.index ?? null,
      cells: { Tactic: statement },
      statusRefused: false,
    };
    this.tactics.push(draft);
    return draft;
  }
}

/** Remembers what a strategy's tactic rows say for the fields a strategy takes when they all agree. */
function noteAgreement(strategy: StrategyDraft, reading: RowReading): void {
  for (const field of AGREED) {
    const value = reading.value(field);
    if (!strategy.agreed.has(field)) {
      strategy.agreed.set(field, value);
      continue;
    }
    const before = strategy.agreed.get(field) ?? null;
    const same =
      before !== null &&
      value !== null &&
      (isDate(before) && isDate(value) ? before.getTime() === value.getTime() : before === value);
    if (!same) strategy.agreed.set(field, null);
  }
}

const AGREED_HEADER: Readonly<Partial<Record<ImportField, string>>> = {
  stakeholders: 'Stakeholders',
  start: 'Start',
  due: 'Due',
};

function finish(
  builder: ItemBuilder,
  findings: ImportFinding[],
  notes: readonly number[],
  columnNotes: ReadonlyMap<number, string>,
): PlannedItems {
  for (const strategy of builder.strategies) {
    for (const [field, value] of strategy.agreed) {
      const header = AGREED_HEADER[field];
      if (header !== undefined && value !== null && strategy.cells[header] === undefined)
        strategy.cells[header] = value;
    }
    // As the sidebar's form does for a status left blank.
    if (strategy.cells.Status === undefined && !strategy.statusRefused) strategy.cells.Status = 'Active';
    // `20%` → 25% read as 0.2 → 0.25: the unit says so, and the sidebar shows them as percentages.
    if (strategy.typedAsPercent && strategy.cells.Unit === undefined) strategy.cells.Unit = '%';
  }
  for (const tactic of builder.tactics) {
    if (tactic.cells.Status === undefined && !tactic.statusRefused) tactic.cells.Status = 'Planned';
  }
  return {
    strategies: builder.strategies.map(({ sourceRow, statement, cells }) => ({ sourceRow, statement, cells })),
    tactics: builder.tactics.map(({ sourceRow, statement, strategy, cells }) => ({
      sourceRow,
      statement,
      strategy,
      cells,
    })),
    findings,
    notes,
    columnNotes,
  };
}

function measuredRow(reading: RowReading): boolean {
  return reading.value('baseline') !== null || reading.value('target') !== null;
}

/** A value as one key, so two cells compare equal when they hold the same text, number or day. */
function valueKey(value: CellValue): string {
  if (isDate(value)) return `d${value.getTime()}`;
  return typeof value === 'number' ? `n${value}` : `s${statementKey(value)}`;
}

/**
 * True when two rows of one strategy (named on the row, or carried down from above) hold
 * different values in the field's column: the column then describes the tactics, not the
 * strategy. A value written once, on the strategy's first row, is the strategy's.
 */
function variesWithinStrategies(readings: readonly RowReading[], field: ImportField): boolean {
  const seen = new Map<string, string>();
  let strategy = '';
  for (const reading of readings) {
    const named = reading.text('strategy');
    if (named !== '') strategy = statementKey(named);
    const value = reading.value(field);
    if (strategy === '' || value === null) continue;
    const key = valueKey(value);
    const before = seen.get(strategy);
    if (before === undefined) seen.set(strategy, key);
    else if (before !== key) return true;
  }
  return false;
}

/** Which item a column's values go to on a row holding a strategy and a tactic, with the note saying so. */
interface Sides {
  readonly strategyFields: readonly ImportField[];
  readonly tacticFields: readonly ImportField[];
  /** Columns read as the tactics' although their field is the strategy's too, by field. */
  readonly toTactics: readonly ImportField[];
}

function sidesOf(readings: readonly RowReading[], mapped: ReadonlyMap<string, number>): Sides {
  const varies = (field: ImportField) => mapped.has(field) && variesWithinStrategies(readings, field);
  const metricToTactics = varies('metric');
  const measured = (mapped.has('metric') && !metricToTactics) || mapped.has('baseline');
  const toTactics = [
    ...(metricToTactics ? (['metric'] as const) : []),
    ...MEASURES.filter((field) => mapped.has(field) && measured && varies(field)),
  ];
  const strategyMeasures = measured ? MEASURES.filter((field) => !toTactics.includes(field)) : [];
  return {
    strategyFields: [...STRATEGY_ONLY.filter((field) => !toTactics.includes(field)), ...strategyMeasures],
    tacticFields: [
      ...TACTIC_ONLY,
      ...SHARED,
      ...toTactics,
      ...MEASURES.filter((field) => !strategyMeasures.includes(field)),
    ],
    toTactics,
  };
}

/** Same-row, carried-down, strategies-only and tactics-only tables: a strategy column, a tactic column, or both. */
function columnRows(
  builder: ItemBuilder,
  readings: readonly RowReading[],
  mapping: readonly ColumnMapping[],
  width: number,
): ReadonlyMap<number, string> {
  const mapped = columnsByField(mapping);
  const tacticField: ImportField = mapped.has('tactic') ? 'tactic' : 'keyResult';
  const sides = sidesOf(readings, mapped);
  let current: StrategyDraft | undefined;
  for (const reading of readings) {
    const named = reading.text('strategy');
    const tacticText = reading.text(tacticField);
    if (named === '' && tacticText === '') {
      if (reading.holdsAnything(width)) reading.reportRow('has no strategy or tactic text, so it was not imported.');
      continue;
    }
    let created = false;
    if (named !== '') {
      const found = builder.strategyNamed(named, reading.row.row);
      current = found.draft;
      created = found.created;
    }
    const strategy = current;
    const keepFirst = created || strategy === undefined ? {} : { keepFirst: strategy.sourceRow };
    if (tacticText === '') {
      if (strategy === undefined) continue;
      if (!created && !mapped.has('tactic') && !mapped.has('keyResult')) {
        reading.reportRow(`repeats the strategy of row ${strategy.sourceRow}; it is imported once.`);
      }
      reading.land(strategy, EVERY, keepFirst);
      continue;
    }
    if (tacticField === 'keyResult' && strategy && !strategy.hasMetric && measuredRow(reading)) {
      // The first key result with numbers measures the strategy: its text is the metric.
      strategy.hasMetric = true;
      if (strategy.cells.Metric === undefined) strategy.cells.Metric = tacticText;
      reading.land(strategy, EVERY, keepFirst);
      continue;
    }
    const keyResultTactic = tacticField === 'keyResult';
    if (strategy && !keyResultTactic) reading.land(strategy, sides.strategyFields, keepFirst);
    const tactic = builder.newTactic(tacticText, reading.row.row, strategy);
    const fields = keyResultTactic || strategy === undefined ? EVERY : sides.tacticFields;
    reading.land(tactic, fields, { reportNoPlace: true });
    if (strategy) noteAgreement(strategy, reading);
  }
  const notes = new Map<number, string>();
  for (const field of mapped.has('strategy') && mapped.has('tactic') ? sides.toTactics : []) {
    const column = mapped.get(field);
    const landing =
      field === 'metric' ? "each tactic's Indicator" : `each tactic's ${field === 'current' ? 'Actual' : 'Target'}`;
    if (column !== undefined) notes.set(column, `read as ${landing}: it changes between the rows of one strategy`);
  }
  return notes;
}

/** A type column over one text column: strategies, and tactics under the strategy above them. */
function typedRows(
  builder: ItemBuilder,
  readings: readonly RowReading[],
  mapping: readonly ColumnMapping[],
  width: number,
): ReadonlyMap<number, string> {
  const mapped = columnsByField(mapping);
  const textFields: readonly ImportField[] = ['statement', 'strategy', 'tactic', 'keyResult'];
  const kindColumn = mapped.get('kind') ?? 0;
  let current: StrategyDraft | undefined;
  for (const reading of readings) {
    const text = textFields.map((field) => reading.text(field)).find((candidate) => candidate !== '') ?? '';
    if (text === '') {
      if (reading.holdsAnything(width)) reading.reportRow('has no strategy or tactic text, so it was not imported.');
      continue;
    }
    const word = reading.text('kind');
    const kind = word === '' ? undefined : rowKindOf(word);
    if (kind === 'strategy') {
      current = builder.newStrategy(text, reading.row.row);
      reading.land(current, EVERY);
      continue;
    }
    if (kind === 'keyResult' && current && !current.hasMetric && measuredRow(reading)) {
      current.hasMetric = true;
      if (current.cells.Metric === undefined) current.cells.Metric = text;
      reading.land(current, EVERY, { keepFirst: current.sourceRow });
      continue;
    }
    if (kind === undefined) {
      const words = [...KIND_EXAMPLES.strategy, ...KIND_EXAMPLES.tactic].join(', ');
      const said = word === '' ? 'has no type' : `says ${describeValue(word)}, not a type the import knows (${words})`;
      reading.report(kindColumn, `${said}; the row is read as a tactic.`);
    }
    const tactic = builder.newTactic(text, reading.row.row, current);
    reading.land(tactic, EVERY, { reportNoPlace: true });
  }
  return new Map();
}

/** The strategies and tactics the table's rows hold under `mapping`, laid out as `layout`. */
export function planItems(
  table: SourceTable,
  mapping: readonly ColumnMapping[],
  layout: Layout,
  context: SourceContext,
): PlannedItems {
  const findings: ImportFinding[] = [];
  const notes = noteRows(table, mapping);
  const readings: RowReading[] = [];
  table.rows.forEach((row, index) => {
    const totals = totalsLabelColumn(row);
    if (totals !== undefined) {
      const reading = new RowReading(row, [], context, findings);
      reading.report(
        totals,
        `holds ${describeValue(row.cells[totals], context.timeZone)}: read as a totals row, not imported.`,
      );
      return;
    }
    if (notes.has(index)) {
      const column = row.cells.findIndex((cell) => !isBlank(cell));
      const place = index === 0 || readings.length === 0 ? 'under the headers' : 'after the table';
      const reading = new RowReading(row, [], context, findings);
      reading.report(
        column,
        `holds only ${describeValue(row.cells[column], context.timeZone)}: read as a note ${place}, not imported.`,
      );
      return;
    }
    readings.push(new RowReading(row, mapping, context, findings));
  });
  const builder = new ItemBuilder();
  const columnNotes: ReadonlyMap<number, string> =
    layout === 'type-column'
      ? typedRows(builder, readings, mapping, table.width)
      : columnRows(builder, readings, mapping, table.width);
  const noteRowsList = [...notes].map((index) => table.rows[index]?.row ?? 0);
  return finish(
    builder,
    findings.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1)),
    noteRowsList,
    columnNotes,
  );
}
