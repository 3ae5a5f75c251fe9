import { MONTH_NAMES } from '../../src/domain/monthNames';

/** Names Sheets and Java date patterns print (MMMM, EEEE). */
export const MONTHS: readonly string[] = MONTH_NAMES;
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
