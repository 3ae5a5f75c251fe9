/** A sparse two-dimensional layer of cell data (values, notes, formats…), 0-based, row arrays. */
export class Grid<T> {
  rows: (T | undefined)[][] = [];

  get(row: number, col: number): T | undefined {
    return this.rows[row]?.[col];
  }

  set(row: number, col: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (!cells) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[col] = value;
  }

  /** The row's array, created when missing, for fast writes across many columns. */
  rowForWrite(row: number): (T | undefined)[] {
    let cells = this.rows[row];
    if (!cells) {
      cells = [];
      this.rows[row] = cells;
    }
    return cells;
  }

  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  clearRect(row: number, col: number, numRows: number, numCols: number): void {
    const last = Math.min(row + numRows, this.rows.length);
    for (let r = row; r < last; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      const end = Math.min(col + numCols, cells.length);
      for (let c = col; c < end; c++) cells[c] = undefined;
    }
    this.trim();
  }

  /** Inserts by rebuilding the array: spreading a huge count into splice would overflow the stack. */
  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows = this.rows.slice(0, at).concat(new Array<(T | undefined)[]>(count), this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
    this.trim();
  }

  insertColumns(at: number, count: number): void {
    this.rows = this.rows.map((cells) =>
      cells && at < cells.length ? cells.slice(0, at).concat(new Array<T | undefined>(count), cells.slice(at)) : cells,
    );
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(at, count);
  }

  /** Every set cell, row by row. */
  *entries(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c];
        if (value !== undefined) yield [r, c, value];
      }
    }
  }

  /** Drops trailing empty rows so `rows.length` stays a cheap upper bound. */
  private trim(): void {
    let end = this.rows.length;
    while (end > 0 && !this.rows[end - 1]?.some((value) => value !== undefined)) end--;
    this.rows.length = end;
  }
}
