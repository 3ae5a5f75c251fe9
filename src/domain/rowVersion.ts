import { isDate } from './cellValue';

/**
 * A short fingerprint of a sheet row's cells as read. The sidebar sends back the version it
 * loaded; a different version at save time means someone edited the row meanwhile — even
 * an edit the parser reads as blank, such as text typed into a date cell.
 */
export function rowVersion(cells: readonly unknown[]): string {
  // FNV-1a, 32 bits, over each field in turn: enough to tell edits apart, not meant to resist tampering.
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f; // field separator, so "ab","c" and "a","bc" differ
    hash = Math.imul(hash, 0x01000193);
  };
  for (const value of cells) {
    mix(isDate(value) ? `d${value.getTime()}` : typeof value === 'string' ? `s${value}` : `${typeof value}${value}`);
  }
  return (hash >>> 0).toString(36);
}
