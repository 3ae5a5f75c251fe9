import type { EmulatorContext } from './context';

export type LockKind = 'document' | 'script' | 'user';

/** Who holds each lock: this execution, another (simulated) one, or nobody. */
export class LockTable {
  private readonly holders = new Map<LockKind, 'self' | 'elsewhere'>();

  holder(kind: LockKind): 'self' | 'elsewhere' | undefined {
    return this.holders.get(kind);
  }
  take(kind: LockKind): void {
    this.holders.set(kind, 'self');
  }
  release(kind: LockKind): void {
    if (this.holders.get(kind) === 'self') this.holders.delete(kind);
  }

  /** Simulates another execution holding the lock, so `tryLock` fails and `waitLock` times out. */
  holdElsewhere(kind: LockKind): void {
    this.holders.set(kind, 'elsewhere');
  }
  holdDocumentLockElsewhere(): void {
    this.holdElsewhere('document');
  }
  holdScriptLockElsewhere(): void {
    this.holdElsewhere('script');
  }
  holdUserLockElsewhere(): void {
    this.holdElsewhere('user');
  }
  /** Ends every simulated hold by another execution (or only `kind`). */
  releaseElsewhere(kind?: LockKind): void {
    for (const [held, holder] of this.holders) {
      if (holder === 'elsewhere' && (kind === undefined || kind === held)) this.holders.delete(held);
    }
  }
}

/** A `Lock`: never waits for real; a lock held elsewhere stays held for the whole call. */
export class LockImpl {
  constructor(
    private readonly table: LockTable,
    private readonly kind: LockKind,
  ) {}

  tryLock(_timeoutInMillis: number): boolean {
    if (this.table.holder(this.kind) === 'elsewhere') return false;
    this.table.take(this.kind);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this.table.release(this.kind);
  }
  hasLock(): boolean {
    return this.table.holder(this.kind) === 'self';
  }
}

/** `LockService`. */
export class LockServiceImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly table: LockTable,
  ) {}

  getDocumentLock(): LockImpl {
    return this.ctx.wrap(new LockImpl(this.table, 'document'), 'Lock');
  }
  getScriptLock(): LockImpl {
    return this.ctx.wrap(new LockImpl(this.table, 'script'), 'Lock');
  }
  getUserLock(): LockImpl {
    return this.ctx.wrap(new LockImpl(this.table, 'user'), 'Lock');
  }
}
