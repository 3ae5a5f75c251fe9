/**
 * Counts every call the add-on makes into an emulated Apps Script service, per method,
 * and can fail the N-th call so tests can prove a failed operation loses nothing.
 */
export class ServiceCalls {
  private readonly counts = new Map<string, number>();
  private calls = 0;
  private wrote = false;
  private lateReads = 0;
  private failAtCall: number | undefined;
  private permitted: ((method: string) => boolean) | undefined;

  /** Records one call of `Type.method`; throws when it is not permitted or is the call chosen to fail. */
  record(method: string): void {
    if (this.permitted && !this.permitted(method)) throw new Error(`You do not have permission to call ${method}`);
    this.calls += 1;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (isSpreadsheetWrite(method)) this.wrote = true;
    else if (this.wrote && isSpreadsheetRead(method)) this.lateReads += 1;
    if (this.failAtCall === this.calls) {
      this.failAtCall = undefined;
      throw new Error(`Service error (injected at call ${this.calls}): ${method}`);
    }
  }

  get total(): number {
    return this.calls;
  }

  /**
   * Reads of the spreadsheet made after its first write since the last reset. Apps Script
   * commits every pending write before a read answers, so each of these waits on a flush.
   */
  get readsAfterWrite(): number {
    return this.lateReads;
  }

  /** Calls per method, sorted by name so reports and snapshots are stable. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Fails the `n`-th call from now (1 = the next call). */
  failAt(n: number): void {
    this.failAtCall = this.calls + n;
  }

  /** Limits which calls are allowed (as an authorization mode does); undefined allows all. */
  permitOnly(permitted: ((method: string) => boolean) | undefined): void {
    this.permitted = permitted;
  }

  /**
   * Runs `body` as an execution of its own, as Sheets runs a custom function a write made
   * recalculate: its calls are counted apart under `permitted`, and the calls, counts and
   * injected failure of the execution around it are left as they were.
   */
  runApart<T>(
    permitted: ((method: string) => boolean) | undefined,
    body: () => T,
  ): { value: T; calls: Record<string, number> } {
    const outer = {
      counts: new Map(this.counts),
      calls: this.calls,
      failAtCall: this.failAtCall,
      permitted: this.permitted,
    };
    this.counts.clear();
    this.calls = 0;
    this.failAtCall = undefined;
    this.permitted = permitted;
    try {
      const value = body();
      return { value, calls: this.byMethod() };
    } finally {
      this.counts.clear();
      for (const [method, count] of outer.counts) this.counts.set(method, count);
      this.calls = outer.calls;
      this.failAtCall = outer.failAtCall;
      this.permitted = outer.permitted;
    }
  }

  reset(): void {
    this.counts.clear();
    this.calls = 0;
    this.wrote = false;
    this.lateReads = 0;
    this.failAtCall = undefined;
  }
}

const SPREADSHEET_TYPES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'EmbeddedChart', 'Protection']);
/** Calls that only build or locate a range, or read what the add-on already holds. */
const NOT_READS = new Set([
  'getRange',
  'getRangeList',
  'getRanges',
  'getSheet',
  'getParent',
  'getCell',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getHeight',
  'getWidth',
  'getA1Notation',
  'getName',
  'getSheetId',
  'getId',
]);
const WRITE = /^(set|insert|delete|clear|append|protect|hide|show|remove|update|sort|merge|breakApart|copy|move)/;

function split(method: string): [string, string] {
  const dot = method.lastIndexOf('.');
  return [method.slice(0, dot), method.slice(dot + 1)];
}

/** A call that changes the spreadsheet's cells, sheets, charts or protection. */
function isSpreadsheetWrite(method: string): boolean {
  const [type, name] = split(method);
  return SPREADSHEET_TYPES.has(type) && WRITE.test(name);
}

/** A call that asks the spreadsheet for what it holds (values, formats, sizes, sheets). */
function isSpreadsheetRead(method: string): boolean {
  const [type, name] = split(method);
  if (!SPREADSHEET_TYPES.has(type) || NOT_READS.has(name)) return false;
  return name.startsWith('get') || name.startsWith('is');
}

/** Names that JavaScript machinery probes on any object; answering undefined is correct. */
const PROBED = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect']);

/** Each counting proxy, mapped back to the object it stands for. */
const targets = new WeakMap<object, object>();

/**
 * Wraps an emulated object so each method call is counted as `typeName.method`, and a
 * method the emulator lacks throws "not emulated" instead of returning undefined.
 */
export function counted<T extends object>(target: T, typeName: string, calls: ServiceCalls): T {
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      if (!(property in object)) {
        if (PROBED.has(property)) return undefined;
        throw new Error(`not emulated: ${typeName}.${property}`);
      }
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function' || property.startsWith('_')) return value;
      return (...args: unknown[]) => {
        calls.record(`${typeName}.${property}`);
        return value.apply(object, args);
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The emulated object behind a proxy the add-on handed back (or the value itself). */
export function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return (targets.get(value) as T | undefined) ?? value;
}
