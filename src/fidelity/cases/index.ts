import type { FidelityCase, ManualCheck } from '../fidelityCase';
import { CELL_INPUT_CASES } from './cellInput';
import { CELL_READING_CASES } from './cellReading';
import { SERVICE_CASES } from './services';
import { SHEET_CASES } from './sheetBehaviour';

/** Every fidelity case, in the order the Fidelity sheet and the emulator README list them. */
export const FIDELITY_CASES: readonly FidelityCase[] = [
  ...CELL_INPUT_CASES,
  ...CELL_READING_CASES,
  ...SHEET_CASES,
  ...SERVICE_CASES,
];

/** Behaviours a run cannot observe by itself: a person does them and notes what happened. */
export const MANUAL_CHECKS: readonly ManualCheck[] = [
  {
    id: 'typed-edit-marks-history',
    behaviour: 'a simple `onEdit`, in `AuthMode.LIMITED`, setting a document property',
    reliedOnBy: 'an edit by hand in Snapshot History making the next read whole',
    expected: 'the row "history version" shows `edited <time>` after the edit',
    source: { kind: 'assumed', note: 'simple triggers may use services needing no authorisation' },
    steps: [
      'Run Set up register, fill in one strategy, then Take quarterly snapshot…',
      'Type any value into an empty cell of Snapshot History and accept the warning',
      'Run fidelity checks again and read the row "history version"',
    ],
  },
  {
    id: 'typed-edit-event',
    behaviour: 'the event of one typed cell: `value` and `oldValue`',
    reliedOnBy: 'the preview’s edits (local/preview/editEvent.ts)',
    expected: '`authMode` LIMITED, `value` the text typed, `oldValue` absent when the cell was blank',
    source: { kind: 'assumed', note: 'that both are text, and absent rather than blank' },
    steps: ['In the Apps Script editor, log `JSON.stringify(e)` in onEdit, type into a blank cell, read Executions'],
  },
  {
    id: 'sidebar-date-result',
    behaviour: 'a sidebar call whose result holds a `Date`',
    reliedOnBy: 'sidebar calls returning dates as text (server/api/wireTypes.ts)',
    expected: 'the success handler receives null',
    source: { kind: 'assumed', note: 'Google documents a Date as an illegal argument; of results it says less' },
    steps: ['Choose Extensions → Strategy Register → Check a Date returned to a sidebar', 'Read what the dialog shows'],
  },
];
