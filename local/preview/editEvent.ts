/**
 * The event object Sheets hands a simple onEdit trigger when a user edits cells: the range
 * edited, the spreadsheet, the authorization mode of a simple trigger (LIMITED), and for a
 * single cell its new and old values as text (absent when blank). See the emulator README's
 * "Recorded behaviours" for what is documented and what is assumed.
 */
import { AuthMode } from '../emulator';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface EditEvent {
  readonly authMode: GoogleAppsScript.Script.AuthMode;
  readonly range: Range;
  readonly source: Spreadsheet;
  readonly user: { getEmail(): string; getNickname(): string };
  readonly value?: string;
  readonly oldValue?: string;
  readonly triggerUid: string;
}

const asText = (value: unknown): string | undefined =>
  value === '' || value === undefined || value === null
    ? undefined
    : Object.prototype.toString.call(value) === '[object Date]'
      ? (value as Date).toISOString()
      : String(value);

export function editEvent(source: Spreadsheet, range: Range, oldValue: unknown): EditEvent {
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  const value = single ? asText(range.getValue()) : undefined;
  const old = single ? asText(oldValue) : undefined;
  return {
    authMode: AuthMode.LIMITED as unknown as GoogleAppsScript.Script.AuthMode,
    range,
    source,
    user: { getEmail: () => '', getNickname: () => '' },
    triggerUid: '',
    ...(value === undefined ? {} : { value }),
    ...(old === undefined ? {} : { oldValue: old }),
  };
}
