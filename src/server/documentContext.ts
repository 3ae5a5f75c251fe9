import type { HistoryRules } from '../domain/history/historyOutcomes';
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
  /** Where those properties are written. */
  readonly documentProperties: GoogleAppsScript.Properties.Properties;
}

export function documentContext(): DocumentContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const documentProperties = PropertiesService.getDocumentProperties();
  const properties = documentProperties.getProperties();
  return {
    spreadsheet,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    settings: settingsOrDefaults(properties),
    now: new Date(),
    properties,
    documentProperties,
  };
}

/** The rules history operations need: the spreadsheet's zone, the settings and the quarter calendar now. */
export function historyRulesOf(context: DocumentContext): HistoryRules {
  return { timeZone: context.timeZone, settings: context.settings, calendar: calendarOf(context) };
}

/** The register's quarter calendar now: which labels it accepts and which quarter is current. */
export function calendarOf(context: DocumentContext): QuarterCalendar {
  return quarterCalendar(context.now, context.timeZone, context.settings.fiscalYearStartMonth);
}
