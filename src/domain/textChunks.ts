/**
 * Values too large for one Apps Script store entry (9 KB per property, 100 KB per cache
 * entry) are kept as numbered chunks. JSON with every non-ASCII character escaped makes
 * one character one byte, so a chunk's length is its size.
 */

export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function splitIntoChunks(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
  return chunks;
}

/** Bytes of a text in UTF-8, the measure of Apps Script's store limits (no TextEncoder there). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
