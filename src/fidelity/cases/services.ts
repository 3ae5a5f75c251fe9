import type { FidelityCase, Observed, Scratch } from '../fidelityCase';
import { computedValue, largestAccepted } from '../observing';
import { PROBE_FUNCTION, PROBE_KEY } from '../probe';

/** Properties, the cache, locks, and what a custom function may call. */

const CACHE_REFERENCE = 'https://developers.google.com/apps-script/reference/cache/cache';
const LOCK_REFERENCE = 'https://developers.google.com/apps-script/reference/lock/lock';

/** What a probe formula in the scratch sheet answers; a refusal is `refused`, whatever its words. */
function probed(scratch: Scratch, question: string, input = ''): Observed {
  const cell = scratch.sheet.getRange('A1');
  cell.setFormula(`=${PROBE_FUNCTION}("${question}", "${input}")`);
  const value = computedValue(scratch, cell);
  return typeof value === 'string' && value.startsWith('refused') ? 'refused' : value;
}

export const SERVICE_CASES: readonly FidelityCase[] = [
  {
    id: 'document-property-size',
    behaviour: 'the largest document property value accepted, in bytes',
    reliedOnBy: 'the history ledger, settings and review drafts (kept in chunks of 7 KB)',
    recorded: 9216,
    source: {
      kind: 'assumed',
      note: '9 KB per value on Google’s quotas page as quoted by others; a 2023 measurement found 8,066 bytes',
    },
    observe: ({ apps }) => {
      const store = apps.PropertiesService.getDocumentProperties();
      try {
        return largestAccepted((bytes) => store.setProperty(PROBE_KEY, 'x'.repeat(bytes)), 20_000);
      } finally {
        store.deleteProperty(PROBE_KEY);
      }
    },
  },
  {
    id: 'cache-value-size',
    behaviour: 'the largest cache value accepted, in bytes',
    reliedOnBy: 'the history formulas’ index, cached in chunks of 100 000 characters',
    recorded: 102_400,
    source: { kind: 'documented', url: CACHE_REFERENCE, says: 'a cached value holds up to 100 KB' },
    observe: ({ apps }) => {
      const cache = apps.CacheService.getScriptCache();
      try {
        return largestAccepted((bytes) => cache.put(PROBE_KEY, 'x'.repeat(bytes), 60), 200_000);
      } finally {
        cache.remove(PROBE_KEY);
      }
    },
  },
  {
    id: 'cache-get-all-missing',
    behaviour: '`Cache.getAll` of a key never put',
    reliedOnBy: 'a chunk missing from the cache read as a miss',
    recorded: {},
    source: { kind: 'documented', url: CACHE_REFERENCE, says: 'getAll returns the pairs found for the keys' },
    observe: ({ apps }) => apps.CacheService.getScriptCache().getAll([`${PROBE_KEY}.never-put`]) as Observed,
  },
  {
    id: 'document-lock-free',
    behaviour: '`LockService.getDocumentLock().tryLock(0)` when no one holds it',
    reliedOnBy: 'every writing menu item and sidebar call, under the document lock',
    recorded: { acquired: true, hasLock: true },
    source: { kind: 'documented', url: LOCK_REFERENCE, says: 'tryLock returns whether the lock was acquired' },
    observe: ({ apps }) => {
      const lock = apps.LockService.getDocumentLock();
      try {
        return { acquired: lock.tryLock(0), hasLock: lock.hasLock() };
      } finally {
        lock.releaseLock();
      }
    },
  },
  {
    id: 'custom-function-reads-property',
    behaviour: 'a custom function reading a document property',
    reliedOnBy: 'the history formulas reading the ledger and history version',
    recorded: 'set by the case',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const store = scratch.apps.PropertiesService.getDocumentProperties();
      store.setProperty(PROBE_KEY, 'set by the case');
      try {
        return probed(scratch, 'document-property');
      } finally {
        store.deleteProperty(PROBE_KEY);
      }
    },
  },
  {
    id: 'custom-function-reads-cache',
    behaviour: 'a custom function reading the document cache',
    reliedOnBy: 'the history formulas’ cached index',
    recorded: 'cached by the case',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const cache = scratch.apps.CacheService.getDocumentCache();
      cache?.put(PROBE_KEY, 'cached by the case', 60);
      try {
        return probed(scratch, 'document-cache');
      } finally {
        cache?.remove(PROBE_KEY);
      }
    },
  },
  {
    id: 'custom-function-writes',
    behaviour: 'a custom function writing a cell',
    reliedOnBy: 'the formulas being read-only: they never write',
    recorded: 'refused',
    source: { kind: 'assumed' },
    observe: (scratch) => probed(scratch, 'write', scratch.sheet.getName()),
  },
  {
    id: 'custom-function-lock',
    behaviour: 'a custom function taking the document lock',
    reliedOnBy: 'nothing: the formulas take no lock; the emulator refuses one',
    recorded: 'refused',
    source: { kind: 'assumed' },
    observe: (scratch) => probed(scratch, 'lock'),
  },
];
