import { counted, type ServiceCalls } from './serviceCalls';

/** What every emulated object shares: the call counter, the clock and the script's realm. */
export class EmulatorContext {
  /** The `Date` of the realm the add-on runs in, so `instanceof Date` holds in a `node:vm` scope. */
  dateConstructor: DateConstructor = Date;
  /** The add-on's global scope, which template scriptlets can see (e.g. an `include` helper). */
  scriptGlobals: object = {};

  constructor(
    readonly calls: ServiceCalls,
    readonly now: () => number,
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
