/**
 * The server bundle's entry. esbuild exposes these exports on one global object; the
 * build then declares each entry point as a top-level function that calls into it.
 */
import { ENTRY_POINTS } from './entryPoints';

export { ENTRY_POINTS };

/** Entry points by name, for the generated top-level stubs. */
export const entryPoints: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.fromEntries(
  ENTRY_POINTS.map((entry) => [entry.name, entry.run]),
);
