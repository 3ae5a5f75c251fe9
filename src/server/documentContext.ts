import { type QuarterCalendar, quarterCalendar } from '../domain/history/quarterOrder';
import { settingsOrDefaults } from '../domain/register/settings';
import type { Settings } from '../domain/register/types';
import type { Spreadsheet } from '../sheets/types';

/** What every operation needs to know about the document, read once per execution. */
export interface DocumentContext {
  readonly spreadsheet: Spreadsheet;
  /** The spreadsheet's time zone (File → Settings): quarters begin at its midnight. */
  readonly timeZone: string;
  readonly settings: Settings;
  readonly now: Date;
  /** The document properties as read for the settings, for other records kept there. */
  readonly properties: Readonly<Record<string, string>>;
}

export function documentContext(): DocumentContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties().getProperties();
  return {
    spreadsheet,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    settings: settingsOrDefaults(properties),
    now: new Date(),
    properties,
  };
}

/** The register's quarter calendar now: which labels it accepts and which quarter is current. */
export function calendarOf(context: DocumentContext): QuarterCalendar {
  return quarterCalendar(context.now, context.timeZone, context.settings.fiscalYearStartMonth);
}
