/**
 * Formula text as Sheets users write it, read just enough to hand it to the formula engine:
 * the engine has no open-ended ranges (`E2:E`, `B3:3`), so each one is closed at the edge of
 * the sheet it names. Strings and quoted sheet names are skipped, so text is never rewritten.
 */

/** How far a sheet reaches, by name; undefined for a sheet that does not exist. */
export type SheetExtent = (
  sheetName: string | undefined,
) => { readonly rows: number; readonly columns: number } | undefined;

const SHEET_PREFIX = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!`;
// A start cell and an end that lacks its row (`E2:E`) or its column (`B3:3`).
const OPEN_RANGE = new RegExp(
  String.raw`^(?:${SHEET_PREFIX})?(\$?[A-Za-z]{1,3}\$?\d+):(?:(\$?[A-Za-z]{1,3})|(\$?\d+))(?![\w$.(!:])`,
);

function columnLetters(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** The formula with each open-ended range closed at its sheet's last row or column. */
export function closeOpenRanges(formula: string, extent: SheetExtent): string {
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const char = formula[at] as string;
    if (char === '"') {
      const end = skipQuoted(formula, at, '"');
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    const before = out.at(-1) ?? '';
    const match = /[\w$.]/.test(before) ? null : OPEN_RANGE.exec(formula.slice(at));
    if (match) {
      const [whole, quoted, plain, , endColumn, endRow] = match;
      const sheetName = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
      const size = extent(sheetName);
      if (size) {
        const closed = endColumn !== undefined ? `${endColumn}${size.rows}` : `${columnLetters(size.columns)}${endRow}`;
        out += `${whole.slice(0, whole.length - (endColumn ?? endRow ?? '').length)}${closed}`;
        at += whole.length;
        continue;
      }
    }
    if (char === "'") {
      const end = skipQuoted(formula, at, "'");
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    out += char;
    at += 1;
  }
  return out;
}

/** The index just past a quoted run starting at `at` (a doubled quote stays inside). */
function skipQuoted(text: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

/** The formula with every reference to sheet `from` naming `to` instead, as Sheets rewrites them on a rename. */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  // Sheets quotes a sheet name only when it must (spaces, punctuation, a name like a cell).
  const plainName = /^[A-Za-z_][A-Za-z0-9_]*$/.test(to) && !/^[A-Za-z]{1,3}\d+$/.test(to);
  const quotedTo = plainName ? `${to}!` : `'${to.replace(/'/g, "''")}'!`;
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const char = formula[at] as string;
    if (char === '"') {
      const end = skipQuoted(formula, at, '"');
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (char === "'") {
      const end = skipQuoted(formula, at, "'");
      const name = formula.slice(at + 1, end - 1).replace(/''/g, "'");
      const isPrefix = formula[end] === '!';
      out += isPrefix && name === from ? quotedTo : formula.slice(at, isPrefix ? end + 1 : end);
      at = isPrefix ? end + 1 : end;
      continue;
    }
    const plain = /[\w$.]/.test(out.at(-1) ?? '') ? null : /^([A-Za-z_][\w.]*)!/.exec(formula.slice(at));
    if (plain) {
      out += plain[1] === from ? quotedTo : plain[0];
      at += plain[0].length;
      continue;
    }
    out += char;
    at += 1;
  }
  return out;
}

const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The rows and columns of the first range a formula names (an open end reaching `maxRows`), if any. */
export function firstRangeSize(formula: string, maxRows: number): { width: number; height: number } | undefined {
  const first = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d*)/i.exec(formula);
  if (!first) return undefined;
  const endRow = first[4] ? Number(first[4]) : maxRows;
  return {
    width: Math.abs(column(first[3] ?? '') - column(first[1] ?? '')) + 1,
    height: Math.abs(endRow - Number(first[2])) + 1,
  };
}
