import { HISTORY_LEDGER_KEY, serialiseLedger } from '../../domain/history/historyLedger';
import type { KeptIndex } from '../../domain/history/historyOutcomes';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { type DigestTarget, writeDigest } from '../../sheets/digestSheet';
import type { Spreadsheet } from '../../sheets/types';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The history version with the ledger that describes it, in one property write. A ledger
 * too long to keep (or none) is removed, so a stale one is never trusted.
 */
export function writeVersionAndLedger(properties: Properties, version: string, kept: KeptIndex['ledger']): void {
  const text = kept ? serialiseLedger(kept) : undefined;
  properties.setProperties(
    text === undefined
      ? { [HISTORY_VERSION_KEY]: version }
      : { [HISTORY_VERSION_KEY]: version, [HISTORY_LEDGER_KEY]: text },
  );
  if (text === undefined) properties.deleteProperty(HISTORY_LEDGER_KEY);
}

/** Writes the digest of history version `version`; only speed is lost if it fails, as a stale digest is never used. */
export function keepDigest(spreadsheet: Spreadsheet, target: DigestTarget, kept: KeptIndex, version: string): void {
  try {
    writeDigest(spreadsheet, target, kept.digest, version);
  } catch (error) {
    console.warn('The history digest could not be kept; the next snapshot reads the history whole.', error);
  }
}

/**
 * Keeps the ledger and digest of a history read whole, so the next snapshot or variance
 * reads only the quarters it compares. Both are derived data: if keeping them fails, the
 * next reader finds them stale and reads the history whole.
 */
export function keepHistoryIndex(
  spreadsheet: Spreadsheet,
  properties: Properties,
  target: DigestTarget,
  version: string,
  kept: KeptIndex,
): void {
  try {
    const text = kept.ledger ? serialiseLedger(kept.ledger) : undefined;
    if (text === undefined) properties.deleteProperty(HISTORY_LEDGER_KEY);
    else properties.setProperty(HISTORY_LEDGER_KEY, text);
  } catch (error) {
    console.warn('The history ledger could not be kept; the next snapshot reads the history whole.', error);
  }
  keepDigest(spreadsheet, target, kept, version);
}
