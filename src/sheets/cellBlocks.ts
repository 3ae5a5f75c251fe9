import { applyGeneral } from './textInput';
import type { Sheet } from './types';

/** A rectangle of cells to write, with what it held before, so a failed batch can be undone. */
export interface CellBlock {
  readonly sheet: Sheet;
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
  readonly previous: unknown[][];
  /** Plain-text cells made General before the write, for text that goes with its apostrophe (textInput.ts). */
  readonly generalAreas?: readonly string[];
}

/**
 * Writes blocks in order, one setValues each, across one or more sheets. If a write
 * fails, the blocks already written are put back as they were before the error is passed
 * on, so a failed operation leaves the register's values unchanged.
 */
export function writeBlocks(blocks: readonly CellBlock[]): void {
  const written: CellBlock[] = [];
  try {
    for (const block of blocks) {
      // The format stays General if the write is undone: the values put back are quoted for it.
      applyGeneral(block.sheet, block.generalAreas ?? []);
      write(block, block.values);
      written.push(block);
    }
  } catch (error) {
    for (const block of written.reverse()) write(block, block.previous);
    throw error;
  }
}

function write({ sheet, row, column }: CellBlock, values: unknown[][]): void {
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) return;
  sheet.getRange(row, column, values.length, width).setValues(values);
}
