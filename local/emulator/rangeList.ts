import type { RangeImpl } from './range';

/**
 * `Sheet.getRangeList(a1Notations)`: one call applies a format, colour, weight or note to
 * every range of the list, as Apps Script's RangeList does. The ranges themselves are the
 * emulator's own, so applying to each is not counted again.
 */
export class RangeListImpl {
  constructor(
    private readonly ranges: readonly RangeImpl[],
    private readonly wrap: (range: RangeImpl) => RangeImpl,
    private readonly self: () => RangeListImpl,
  ) {}

  getRanges(): RangeImpl[] {
    return this.ranges.map(this.wrap);
  }
  setNumberFormat(format: string): RangeListImpl {
    for (const range of this.ranges) range.setNumberFormat(format);
    return this.self();
  }
  setBackground(color: string | null): RangeListImpl {
    for (const range of this.ranges) range.setBackground(color);
    return this.self();
  }
  setFontWeight(fontWeight: string | null): RangeListImpl {
    for (const range of this.ranges) range.setFontWeight(fontWeight);
    return this.self();
  }
  setNote(note: string | null): RangeListImpl {
    for (const range of this.ranges) range.setNote(note);
    return this.self();
  }
}
