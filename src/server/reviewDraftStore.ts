import { asciiJson, splitIntoChunks } from '../domain/textChunks';
import type { ReviewDraft } from './api/wireTypes';

/**
 * A quarterly review in progress, kept in the user's own properties (one reviewer's draft
 * never overwrites another's) under this spreadsheet's ID, since an add-on's user
 * properties are shared by every document the user opens it in.
 */
const CHUNK = 8 * 1024;

function keyOf(): string {
  return `reviewDraft.${SpreadsheetApp.getActiveSpreadsheet().getId()}`;
}

export function getReviewDraft(): ReviewDraft | null {
  const key = keyOf();
  const all = PropertiesService.getUserProperties().getProperties();
  const count = Number(all[`${key}.count`] ?? 0);
  if (!Number.isInteger(count) || count <= 0) return null;
  const chunks: string[] = [];
  for (let index = 0; index < count; index++) {
    const chunk = all[`${key}.${index}`];
    if (chunk === undefined) return null;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(chunks.join('')) as ReviewDraft;
  } catch {
    return null; // A draft cut short (e.g. a store limit hit mid-save) is no draft; the review restarts.
  }
}

export function saveReviewDraft(draft: ReviewDraft | null): void {
  const key = keyOf();
  const store = PropertiesService.getUserProperties();
  const stale = Object.keys(store.getProperties()).filter((name) => name.startsWith(`${key}.`));
  const chunks = draft === null ? [] : splitIntoChunks(asciiJson(draft), CHUNK);
  const fresh: Record<string, string> = { [`${key}.count`]: String(chunks.length) };
  chunks.forEach((chunk, index) => {
    fresh[`${key}.${index}`] = chunk;
  });
  store.setProperties(fresh);
  // Left-over chunks of a longer draft are past `count` and never read; remove them all the same.
  for (const name of stale) if (!(name in fresh)) store.deleteProperty(name);
}
