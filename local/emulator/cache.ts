import type { EmulatorContext } from './context';

const MAX_VALUE_BYTES = 100 * 1024;
const MAX_KEY_LENGTH = 250;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21_600;

/** One cache: entries expire by the emulator's injectable clock. */
export class CacheImpl {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly ctx: EmulatorContext) {}

  private check(key: string, value?: string): void {
    if (key.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    if (value !== undefined && Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
      throw new Error('Argument too large: value');
    }
  }

  private live(key: string): string | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.ctx.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  get(key: string): string | null {
    this.check(String(key));
    return this.live(String(key));
  }
  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.live(String(key));
      if (value !== null) found[String(key)] = value;
    }
    return found;
  }
  put(key: string, value: string, expirationInSeconds = DEFAULT_SECONDS): void {
    this.putAll({ [key]: value }, expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds = DEFAULT_SECONDS): void {
    const seconds = Math.min(Math.max(expirationInSeconds, 1), MAX_SECONDS);
    const entries = Object.entries(values).map(([key, value]): [string, string] => [key, String(value)]);
    for (const [key, value] of entries) this.check(key, value);
    // A cache may drop values before they expire; one that forgets keeps nothing.
    if (this.ctx.limits.cacheForgets) return;
    const expiresAt = this.ctx.now() + seconds * 1000;
    for (const [key, value] of entries) this.entries.set(key, { value, expiresAt });
  }
  remove(key: string): void {
    this.entries.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.entries.delete(String(key));
  }
}

/** `CacheService` with its three separate caches. */
export class CacheServiceImpl {
  readonly document: CacheImpl;
  readonly script: CacheImpl;
  readonly user: CacheImpl;

  constructor(private readonly ctx: EmulatorContext) {
    this.document = new CacheImpl(ctx);
    this.script = new CacheImpl(ctx);
    this.user = new CacheImpl(ctx);
  }

  getDocumentCache(): CacheImpl {
    return this.ctx.wrap(this.document, 'Cache');
  }
  getScriptCache(): CacheImpl {
    return this.ctx.wrap(this.script, 'Cache');
  }
  getUserCache(): CacheImpl {
    return this.ctx.wrap(this.user, 'Cache');
  }
}
