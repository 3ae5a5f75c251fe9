/**
 * Text too long for one property or cache value, kept as numbered chunks under one base
 * key: `<base>count` says how many, `<base>0`, `<base>1`… hold them. A chunk missing on its
 * own (a cache eviction, a save cut short) makes the whole text unreadable, never half read.
 */

/** The two stores that hold chunks: document or user properties, and the document cache. */
export interface ChunkBackend {
  /** The values of `keys` that are present. */
  read(keys: readonly string[]): Readonly<Record<string, string>>;
  write(entries: Readonly<Record<string, string>>): void;
}

export function countKey(base: string): string {
  return `${base}count`;
}

/** The keys of a text of at most `maxChunks` chunks: the count first. */
export function chunkKeys(base: string, maxChunks: number): string[] {
  return [countKey(base), ...Array.from({ length: maxChunks }, (_, position) => `${base}${position}`)];
}

/** The text kept under `base`, or undefined when there is none or a chunk is missing. */
export function readChunks(backend: ChunkBackend, base: string, maxChunks: number): string | undefined {
  const found = backend.read(chunkKeys(base, maxChunks));
  const count = Number(found[countKey(base)]);
  if (!Number.isInteger(count) || count < 1 || count > maxChunks) return undefined;
  const chunks: string[] = [];
  for (let position = 0; position < count; position += 1) {
    const chunk = found[`${base}${position}`];
    if (chunk === undefined) return undefined;
    chunks.push(chunk);
  }
  return chunks.join('');
}

/** Keeps `chunks` under `base` in one write, the count with them (0 for no text). */
export function writeChunks(backend: ChunkBackend, base: string, chunks: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = { [countKey(base)]: String(chunks.length) };
  chunks.forEach((chunk, position) => {
    entries[`${base}${position}`] = chunk;
  });
  backend.write(entries);
  return entries;
}
