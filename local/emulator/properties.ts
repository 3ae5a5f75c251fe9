import type { EmulatorContext } from './context';

const MAX_STORE_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** One property store: strings only, with Apps Script's size quotas. */
export class PropertiesImpl {
  readonly data = new Map<string, string>();

  constructor(private readonly ctx: EmulatorContext) {}

  private self(): PropertiesImpl {
    return this.ctx.wrap(this, 'Properties');
  }

  /** Checks quotas for all entries before storing any, so a failed call stores nothing. */
  private store(entries: [string, string][]): void {
    const limit = this.ctx.limits.propertyValueBytes;
    for (const [, value] of entries) if (bytes(value) > limit) throw new Error('Argument too large: value');
    const next = new Map(this.data);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > MAX_STORE_BYTES)
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    for (const [key, value] of entries) this.data.set(key, value);
  }

  getProperty(key: string): string | null {
    return this.data.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): PropertiesImpl {
    this.store([[String(key), String(value)]]);
    return this.self();
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    if (deleteAllOthers) {
      const saved = new Map(this.data);
      this.data.clear();
      try {
        this.store(entries);
      } catch (error) {
        for (const [k, v] of saved) this.data.set(k, v);
        throw error;
      }
    } else this.store(entries);
    return this.self();
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  deleteProperty(key: string): PropertiesImpl {
    this.data.delete(String(key));
    return this.self();
  }
  deleteAllProperties(): PropertiesImpl {
    this.data.clear();
    return this.self();
  }
}

/** `PropertiesService` with its three separate stores. */
export class PropertiesServiceImpl {
  readonly document: PropertiesImpl;
  readonly user: PropertiesImpl;
  readonly script: PropertiesImpl;

  constructor(private readonly ctx: EmulatorContext) {
    this.document = new PropertiesImpl(ctx);
    this.user = new PropertiesImpl(ctx);
    this.script = new PropertiesImpl(ctx);
  }

  getDocumentProperties(): PropertiesImpl {
    return this.ctx.wrap(this.document, 'Properties');
  }
  getUserProperties(): PropertiesImpl {
    return this.ctx.wrap(this.user, 'Properties');
  }
  getScriptProperties(): PropertiesImpl {
    return this.ctx.wrap(this.script, 'Properties');
  }
}
