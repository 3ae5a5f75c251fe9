import { services } from './fixtures';

describe('LockService', () => {
  it('takes, reports and releases a free lock', () => {
    const lock = services().LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('fails to take a lock another execution holds, until it lets go', () => {
    const { LockService, emulator } = services();
    emulator.locks.holdDocumentLockElsewhere();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(() => lock.waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(LockService.getScriptLock().tryLock(10)).toBe(true);
    emulator.locks.releaseElsewhere();
    expect(() => lock.waitLock(5000)).not.toThrow();
    expect(lock.hasLock()).toBe(true);
  });
});

describe('CacheService', () => {
  function clockedCache() {
    let now = Date.UTC(2026, 0, 1);
    const s = services({ now: () => now });
    return { ...s, advance: (ms: number) => (now += ms) };
  }

  it('gets what was put, until it expires by the injected clock', () => {
    const { CacheService, advance } = clockedCache();
    const cache = CacheService.getScriptCache() as GoogleAppsScript.Cache.Cache;
    cache.put('quarter', '2026-Q1', 60);
    advance(59_000);
    expect(cache.get('quarter')).toBe('2026-Q1');
    advance(1000);
    expect(cache.get('quarter')).toBeNull();
  });

  it('puts and gets many, removes one or many, and keeps caches apart', () => {
    const { CacheService } = clockedCache();
    const cache = CacheService.getDocumentCache() as GoogleAppsScript.Cache.Cache;
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    expect((CacheService.getUserCache() as GoogleAppsScript.Cache.Cache).get('c')).toBeNull();
  });

  it('refuses values over 100 KB and keys over 250 characters', () => {
    const cache = clockedCache().CacheService.getScriptCache() as GoogleAppsScript.Cache.Cache;
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });
});
