/**
 * What crosses google.script.run for the import's mapping editor. Dates travel as
 * `YYYY-MM-DD` text, as everywhere on the wire.
 */
import type { ColumnChoice } from '../../domain/import/importFields';
import type { Layout } from '../../domain/import/layout';
import type { MappingChoice } from '../../domain/import/mappingSchema';

export type { ColumnChoice, MappingChoice };

/** One column of the source table as the editor shows it. */
export interface ImportColumnView {
  /** 0-based column; `letter` as Sheets names it. */
  readonly column: number;
  readonly letter: string;
  readonly header: string;
  /** What the import reads it as now. */
  readonly field: ColumnChoice;
  /** What its header says by the synonym table. */
  readonly found: ColumnChoice;
  /** Why it is ignored, or how it is read. */
  readonly note: string;
  /** Its first few cells under the header, as text. */
  readonly samples: readonly string[];
}

/** An item as it will land in the register: its ID, and its cells as text by register header. */
export interface ImportItemView {
  readonly kind: 'strategy' | 'tactic';
  readonly id: string;
  readonly source: string;
  readonly statement: string;
  /** Other filled cells, in the sheet's column order: [header, text]. */
  readonly cells: readonly (readonly [string, string])[];
}

/** The mapping editor's view of an import: what it found, and what the import would add. */
export interface ImportView {
  readonly sheet: string;
  /** Sheets a plan may be imported from (every sheet but the register's and generated ones). */
  readonly sheets: readonly string[];
  /** The source sheet's used rows, the range a header row may be chosen in. */
  readonly rowCount: number;
  /** Set when no plan can be read with this mapping: the sentence, and the editor still offers its columns. */
  readonly refusal?: string;
  readonly headerRow: number;
  readonly layout?: Layout;
  readonly layoutText?: string;
  readonly columns: readonly ImportColumnView[];
  /** "3 strategies and 5 tactics from 'Q3 plan'". */
  readonly summary: string;
  readonly counts: { readonly strategies: number; readonly tactics: number };
  readonly importedBefore: { readonly strategies: number; readonly tactics: number };
  /** The first items, strategies each followed by their tactics, as they will land. */
  readonly preview: readonly ImportItemView[];
  /** Cells and rows that cannot be read or placed, each naming its cell. */
  readonly findings: readonly string[];
}
