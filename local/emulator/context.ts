import type { CellInputRules } from './cellParsing';
import { counted, type ServiceCalls } from './serviceCalls';

/** Limits of Sheets' stores that tests may set to other figures than the documented ones. */
export interface StoreLimits {
  /** Largest property value, in UTF-8 bytes (Google's quotas page: 9 KB). */
  readonly propertyValueBytes: number;
  /** Whether the cache forgets every value at once (Google: values may go before they expire). */
  readonly cacheForgets: boolean;
}

export const DOCUMENTED_STORE_LIMITS: StoreLimits = { propertyValueBytes: 9 * 1024, cacheForgets: false };

/** What every emulated object shares: the call counter, the clock and the script's realm. */
export class EmulatorContext {
  /** The `Date` of the realm the add-on runs in, so `instanceof Date` holds in a `node:vm` scope. */
  dateConstructor: DateConstructor = Date;
  /** The add-on's global scope, which template scriptlets can see (e.g. an `include` helper). */
  scriptGlobals: object = {};

  constructor(
    readonly calls: ServiceCalls,
    readonly now: () => number,
    readonly inputRules: CellInputRules,
    readonly limits: StoreLimits,
  ) {}

  /** A fresh Date of the add-on's realm. */
  makeDate(ms: number): Date {
    return new this.dateConstructor(ms);
  }

  /** Hands an emulated object to the add-on, counting its calls as `typeName.method`. */
  wrap<T extends object>(target: T, typeName: string): T {
    return counted(target, typeName, this.calls);
  }
}

/** A Date from any realm (a `node:vm` scope has its own `Date`). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
