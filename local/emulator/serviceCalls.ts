/**
 * Counts every call the add-on makes into an emulated Apps Script service, per method,
 * and can fail the N-th call so tests can prove a failed operation loses nothing.
 */
export class ServiceCalls {
  private readonly counts = new Map<string, number>();
  private calls = 0;
  private failAtCall: number | undefined;
  private permitted: ((method: string) => boolean) | undefined;

  /** Records one call of `Type.method`; throws when it is not permitted or is the call chosen to fail. */
  record(method: string): void {
    if (this.permitted && !this.permitted(method)) throw new Error(`You do not have permission to call ${method}`);
    this.calls += 1;
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (this.failAtCall === this.calls) {
      this.failAtCall = undefined;
      throw new Error(`Service error (injected at call ${this.calls}): ${method}`);
    }
  }

  get total(): number {
    return this.calls;
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
    this.failAtCall = undefined;
  }
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
