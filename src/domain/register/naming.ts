import { describeValue } from '../cellValue';

/** How findings name an item: "S3", or the quoted statement, or the row, whichever the item has. */
// Row 0 is a lone row checked by a formula, which sits beside the row it names.

const PLAIN_ID = /^[\p{L}\p{N}_.-]{1,20}$/u;

/** An ID as it reads in a sentence: plain when it looks like an ID, quoted and shortened otherwise. */
export function shownId(id: string): string {
  return PLAIN_ID.test(id) ? id : describeValue(id);
}

interface Nameable {
  readonly row: number;
  readonly id: string;
  readonly statement: string;
}

/** "Strategy S3", "Strategy "Raise win rates…"", "The strategy in row 7"; row 0 means a lone formula row. */
export function itemName(kind: 'strategy' | 'tactic', item: Nameable): string {
  const title = kind === 'strategy' ? 'Strategy' : 'Tactic';
  if (item.id !== '') return `${title} ${shownId(item.id)}`;
  if (item.row === 0) return `This ${kind}`;
  if (item.statement !== '') return `${title} ${describeValue(item.statement)}`;
  return `The ${kind} in row ${item.row}`;
}
