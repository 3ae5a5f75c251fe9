import { AuthMode } from '../../local/emulator';
import { services } from './fixtures';

describe('Session, Utilities, Logger and ScriptApp', () => {
  it('names the user, locale and script time zone', () => {
    const { Session } = services({ userEmail: 'ana@example.org', timeZone: 'Europe/Lisbon', locale: 'pt' });
    expect(Session.getActiveUser().getEmail()).toBe('ana@example.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('ana@example.org');
    expect(Session.getScriptTimeZone()).toBe('Europe/Lisbon');
    expect(Session.getActiveUserLocale()).toBe('pt');
  });

  it.each([
    ['yyyy-MM-dd', 'Etc/UTC', '2026-03-31'],
    ['yyyy-MM-dd HH:mm:ss', 'Asia/Kolkata', '2026-04-01 05:00:05'],
    ["EEE, d MMM yy 'at' h:mm a", 'America/New_York', 'Tue, 31 Mar 26 at 7:30 PM'],
    ["EEEE MMMM dd ''yy", 'Etc/UTC', "Tuesday March 31 '26"],
    ['HH:mm z', 'Etc/UTC', '23:30 UTC'],
    ['Z', 'Asia/Kolkata', '+0530'],
  ])('formats with %j in %s', (pattern, timeZone, expected) => {
    const { Utilities } = services();
    expect(Utilities.formatDate(new Date('2026-03-31T23:30:05Z'), timeZone, pattern)).toBe(expected);
  });

  it('sleeps without waiting and makes distinct UUIDs', () => {
    const { Utilities } = services();
    const before = Date.now();
    Utilities.sleep(60_000);
    expect(Date.now() - before).toBeLessThan(1000);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
  });

  it('keeps what was logged', () => {
    const { Logger, emulator } = services();
    Logger.log('rows: %s', 12);
    Logger.log({ ok: true });
    expect(emulator.logs).toEqual(['rows: 12', '{"ok":true}']);
  });

  it('offers AuthMode and an authorization check', () => {
    const { ScriptApp } = services();
    expect(ScriptApp.AuthMode.NONE).toBe(AuthMode.NONE);
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()).toBe('NOT_REQUIRED');
  });
});
