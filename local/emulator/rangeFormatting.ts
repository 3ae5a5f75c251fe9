import type { DataValidationImpl } from './builders';
import type { Grid } from './grid';
import { RangeBase } from './rangeBase';
import { unwrap } from './serviceCalls';

/** Per-cell data besides values: notes, number formats, colours, weights, alignment, validation. */
export class RangeFormatting extends RangeBase {
  getNotes(): string[][] {
    return this.readLayer(this.cells.notes, '');
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? '';
  }
  /** Notes are text: a number given as a note reads back as its digits. */
  setNotes(notes: (string | null)[][]): this {
    const text = Array.isArray(notes)
      ? notes.map((row) => (Array.isArray(row) ? row.map((note) => (note === null ? null : String(note))) : row))
      : notes;
    return this.writeLayer(this.cells.notes, text, '');
  }
  setNote(note: string | null): this {
    return this.fillLayer(this.cells.notes, note === null ? null : String(note), '');
  }
  clearNote(): this {
    return this.fillLayer(this.cells.notes, null, '');
  }

  getNumberFormats(): string[][] {
    return this.readLayer(this.style('numberFormats'), 'General');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? 'General';
  }
  setNumberFormat(format: string): this {
    return this.fillLayer(this.style('numberFormats'), format, 'General');
  }
  setNumberFormats(formats: (string | null)[][]): this {
    return this.writeLayer(this.style('numberFormats'), formats, 'General');
  }

  getBackgrounds(): string[][] {
    return this.readLayer(this.style('backgrounds'), '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? '#ffffff';
  }
  setBackground(color: string | null): this {
    return this.fillLayer(this.style('backgrounds'), color, '#ffffff');
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.writeLayer(this.style('backgrounds'), colors, '#ffffff');
  }

  getFontColors(): string[][] {
    return this.readLayer(this.style('fontColors'), '#000000');
  }
  getFontColor(): string {
    return this.getFontColors()[0]?.[0] ?? '#000000';
  }
  setFontColor(color: string | null): this {
    return this.fillLayer(this.style('fontColors'), color, '#000000');
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.writeLayer(this.style('fontColors'), colors, '#000000');
  }

  getFontWeights(): string[][] {
    return this.readLayer(this.style('fontWeights'), 'normal');
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }
  setFontWeight(weight: string | null): this {
    return this.fillLayer(this.style('fontWeights'), weight, 'normal');
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this.writeLayer(this.style('fontWeights'), weights, 'normal');
  }
  setFontStyle(style: string | null): this {
    return this.fillLayer(this.style('fontStyles'), style, 'normal');
  }
  getFontStyles(): string[][] {
    return this.readLayer(this.style('fontStyles'), 'normal');
  }

  getHorizontalAlignments(): string[][] {
    return this.readLayer(this.style('horizontalAlignments'), 'general');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.fillLayer(this.style('horizontalAlignments'), alignment, 'general');
  }
  getVerticalAlignments(): string[][] {
    return this.readLayer(this.style('verticalAlignments'), 'bottom');
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.fillLayer(this.style('verticalAlignments'), alignment, 'bottom');
  }
  getWraps(): boolean[][] {
    return this.readLayer(this.cells.styles.wraps as Grid<boolean>, true);
  }
  getWrap(): boolean {
    return this.getWraps()[0]?.[0] ?? true;
  }
  setWrap(wrap: boolean): this {
    return this.fillLayer(this.cells.styles.wraps as Grid<boolean>, wrap, true);
  }
  setWraps(wraps: boolean[][]): this {
    return this.writeLayer(this.cells.styles.wraps as Grid<boolean>, wraps, true);
  }
  /** Borders are accepted and not stored: nothing an add-on reads back. */
  setBorder(..._args: unknown[]): this {
    return this.self();
  }

  getDataValidations(): (DataValidationImpl | null)[][] {
    const ctx = this.sheet.ctx;
    return this.matrix((r, c) => {
      const rule = this.cells.validations.get(r, c);
      return rule ? ctx.wrap(rule, 'DataValidation') : null;
    });
  }
  getDataValidation(): DataValidationImpl | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidation(rule: DataValidationImpl | null): this {
    return this.fillLayer(this.cells.validations, rule === null ? null : unwrap(rule), null as never);
  }
  setDataValidations(rules: (DataValidationImpl | null)[][]): this {
    const unwrapped = this.checkShape(rules).map((row) => row.map((rule) => unwrap(rule)));
    return this.writeLayer(this.cells.validations, unwrapped, null as never);
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
}
