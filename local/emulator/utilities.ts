import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from './context';
import { formatDate } from './formatDate';

/** `Utilities`: date formatting, a sleep that returns at once, UUIDs. */
export class UtilitiesImpl {
  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }
  /** Tests never wait: sleeping is a no-op. */
  sleep(_milliseconds: number): void {}
  getUuid(): string {
    return randomUUID();
  }
}

export interface SessionOptions {
  readonly activeUserEmail: string;
  readonly effectiveUserEmail: string;
  readonly scriptTimeZone: string;
  readonly locale: string;
}

/** `Session`: who runs the script and where. */
export class SessionImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly options: SessionOptions,
  ) {}

  private user(email: string): object {
    return this.ctx.wrap({ getEmail: () => email }, 'User');
  }

  getActiveUser(): object {
    return this.user(this.options.activeUserEmail);
  }
  getEffectiveUser(): object {
    return this.user(this.options.effectiveUserEmail);
  }
  getScriptTimeZone(): string {
    return this.options.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.options.locale;
  }
  getTemporaryActiveUserKey(): string {
    return `key-${this.options.activeUserEmail}`;
  }
}

/** `Logger`: what the script logged, kept for tests. */
export class LoggerImpl {
  constructor(readonly lines: string[]) {}

  log(data: unknown, ...values: unknown[]): LoggerImpl {
    let text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    if (values.length > 0) {
      let next = 0;
      text = text.replace(/%s|%d/g, (token) => (next < values.length ? String(values[next++]) : token));
    }
    this.lines.push(text);
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export enum AuthMode {
  NONE = 'NONE',
  CUSTOM_FUNCTION = 'CUSTOM_FUNCTION',
  LIMITED = 'LIMITED',
  FULL = 'FULL',
}

/** `ScriptApp`: the auth-mode enum and an authorization check that always passes. */
export class ScriptAppImpl {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });

  constructor(private readonly ctx: EmulatorContext) {}

  getAuthorizationInfo(_authMode: AuthMode): object {
    const info = { getAuthorizationStatus: () => 'NOT_REQUIRED', getAuthorizationUrl: () => null };
    return this.ctx.wrap(info, 'AuthorizationInfo');
  }
  getScriptId(): string {
    return 'emulated-script-id';
  }
}
