/**
 * What survives a trip between a sidebar and the server through `google.script.run`,
 * following the Apps Script rules: arguments may be primitives, null, plain objects and
 * arrays of those; a Date, a function, a DOM node or a cycle makes the call fail;
 * `undefined` inside an array becomes null. Used by the browser shim and the preview server.
 */

export type Encoded = { ok: true; value: unknown } | { ok: false; error: string };

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function describeIllegal(value: unknown): string | undefined {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value !== 'object' || value === null) return undefined;
  // Dates from any realm (an iframe or a node:vm scope has its own Date).
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  if ('nodeType' in value && typeof (value as { nodeType: unknown }).nodeType === 'number') return 'a DOM node';
  if (Array.isArray(value) || isPlainObject(value)) return undefined;
  return `an object of type ${Object.prototype.toString.call(value).slice(8, -1)}`;
}

class IllegalValue extends Error {}

function copy(value: unknown, path: string, seen: Set<object>): unknown {
  const illegal = describeIllegal(value);
  if (illegal) throw new IllegalValue(`Failed due to illegal value in property: ${path} (${illegal}).`);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) throw new IllegalValue(`Failed due to a circular reference in property: ${path}.`);
  seen.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map((item, index) => (item === undefined ? null : copy(item, `${path}.${index}`, seen)));
  } else {
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) {
      // An undefined field is dropped, as JSON drops it.
      if (item !== undefined) entries.push([key, copy(item, `${path}.${key}`, seen)]);
    }
    result = Object.fromEntries(entries);
  }
  seen.delete(value);
  return result;
}

/** The arguments a server function receives, or the error its failure handler gets. */
export function encodeArguments(args: readonly unknown[]): Encoded {
  try {
    const value = args.map((arg, index) => (arg === undefined ? null : copy(arg, String(index), new Set())));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IllegalValue) return { ok: false, error: error.message };
    throw error;
  }
}

/**
 * What the success handler receives for a server function's return value. Apps Script
 * documents Dates as illegal return values; in practice the whole result then arrives as
 * null, and so it does here for any value that is not legal.
 */
export function encodeReturnValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return copy(value, 'return', new Set());
  } catch (error) {
    if (error instanceof IllegalValue) return null;
    throw error;
  }
}
