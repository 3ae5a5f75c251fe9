import { isBlank } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { quarterLabel, quarterOfCalendarDate } from '../../domain/quarter';
import { settingsOrDefaults } from '../../domain/register/settings';
import { type CellContext, mapCells, positionInRange } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { dateArgument, spreadsheetTimeZoneOnce } from './dateArgument';
import { numberArgument } from './numberArgument';

const ARGS = ['date', 'fiscal_year_start_month'] as const;

export const FISCAL_QUARTER_DOC: CustomFunctionDoc = {
  summary:
    "The fiscal quarter a date falls in, read in the spreadsheet time zone: 2026-Q3, or FY2027-Q1 when the fiscal year starts after January (the fiscal year is named after the year it ends in). Without a start month it uses the register's (Settings), so its labels are the ones snapshots use.",
  params: [
    {
      name: 'date',
      type: 'Date|number|Array<Array<Date|number>>',
      description: 'A date or date serial number, or a column of them.',
    },
    {
      name: 'fiscal_year_start_month',
      type: 'number|Array<Array<number>>',
      description: "The month the fiscal year starts in, 1 (January) to 12; the register's Settings when left out.",
      optional: true,
    },
  ],
  returns: { type: 'string|Array<Array<string>>', description: 'The quarter label, blank where the date is blank.' },
  example: 'FISCAL_QUARTER(J2:J, 7)',
};

/** The register's fiscal year start month, read from Settings at most once per call. */
function registerStartMonthOnce(): () => number {
  let month: number | undefined;
  return () => {
    month ??= settingsOrDefaults(PropertiesService.getDocumentProperties().getProperties()).fiscalYearStartMonth;
    return month;
  };
}

function startMonthArgument(
  value: unknown,
  at: CellContext,
  registerMonth: () => number,
  timeZone: () => string,
): number {
  if (isBlank(value)) return registerMonth();
  const month = numberArgument(value, ARGS[1], at, timeZone);
  if (Number.isInteger(month) && month >= 1 && month <= 12) return month;
  throw new RegisterError(
    'bad-argument',
    `${at.formula}: ${ARGS[1]}${positionInRange(at)} is ${month}, not a month number from 1 (January) to 12 (December).`,
  );
}

/**
 * `=FISCAL_QUARTER(date, [fiscal_year_start_month])` over single values or same-shaped ranges;
 * a blank start month is the register's, so the labels match what snapshots accept.
 */
export function fiscalQuarter(date: unknown, fiscalYearStartMonth?: unknown): unknown {
  const timeZone = spreadsheetTimeZoneOnce();
  const registerMonth = registerStartMonthOnce();
  return mapCells('FISCAL_QUARTER', ARGS, [date, fiscalYearStartMonth], (cells, at) => {
    if (isBlank(cells[0])) return '';
    const startMonth = startMonthArgument(cells[1], at, registerMonth, timeZone);
    return quarterLabel(quarterOfCalendarDate(dateArgument(cells[0], ARGS[0], at, timeZone), startMonth));
  });
}
