/**
 * Document property bumped by every snapshot. Formulas that cache an index of the
 * history key it by this version, so a cached index never outlives the history it read.
 */
export const HISTORY_VERSION_KEY = 'history.version';
