import { asciiJson, splitIntoChunks } from '../domain/textChunks';
import type { ReviewDraft } from './api/wireTypes';
import { type ChunkBackend, readChunks, writeChunks } from './chunkedStore';

/**
 * A quarterly review in progress, kept in the user's own properties (one reviewer's draft
 * never overwrites another's) under this spreadsheet's ID, since an add-on's user
 * properties are shared by every document the user opens it in.
 */
// Well under a property value's 9 KB (Google's quotas) and the 8,066 bytes one published
// measurement found accepted, so a draft saves whichever figure holds.
const CHUNK = 7 * 1024;
// A property store holds 500 KB in all: no draft comes near this many chunks.
const MAX_CHUNKS = 64;

function baseOf(): string {
  return `reviewDraft.${SpreadsheetApp.getActiveSpreadsheet().getId()}.`;
}

/** The user's properties as a chunk store: one read of them all. */
function userStore(): ChunkBackend {
  const store = PropertiesService.getUserProperties();
  return { read: () => store.getProperties(), write: (entries) => store.setProperties(entries) };
}

export function getReviewDraft(): ReviewDraft | null {
  const text = readChunks(userStore(), baseOf(), MAX_CHUNKS);
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as ReviewDraft;
  } catch {
    return null; // A draft cut short (e.g. a store limit hit mid-save) is no draft; the review restarts.
  }
}

export function saveReviewDraft(draft: ReviewDraft | null): void {
  const base = baseOf();
  const store = PropertiesService.getUserProperties();
  const stale = Object.keys(store.getProperties()).filter((name) => name.startsWith(base));
  const chunks = draft === null ? [] : splitIntoChunks(asciiJson(draft), CHUNK);
  const fresh = writeChunks({ read: () => ({}), write: (entries) => store.setProperties(entries) }, base, chunks);
  // Left-over chunks of a longer draft are past `count` and never read; remove them all the same.
  for (const name of stale) if (!(name in fresh)) store.deleteProperty(name);
}
