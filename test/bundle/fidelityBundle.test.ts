/**
 * The development bundle, loaded as Apps Script loads it (one global scope): its menu runs
 * the fidelity cases through the same code a live spreadsheet runs, here on the emulator,
 * and writes the Fidelity sheet. The production bundle holds no trace of any of it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST_DIR, FIDELITY_DIST_DIR, loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { FIDELITY_TIME_ZONE } from '../../local/fidelityOnEmulator';
import { FIDELITY_CASES, MANUAL_CHECKS } from '../../src/fidelity/cases';
import { canonical } from '../../src/fidelity/fidelityCase';
import { FIDELITY_HEADERS, FIDELITY_SHEET, RESULT } from '../../src/fidelity/fidelitySheet';
import { SCRATCH_PREFIX } from '../../src/fidelity/runCases';

const ROOT = path.resolve(__dirname, '../..');
const hashOf = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let productionHashBefore = '';

beforeAll(() => {
  productionHashBefore = hashOf(path.join(DIST_DIR, 'Code.js'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), '--fidelity'], { stdio: 'pipe' });
});

function developmentAddon() {
  return loadAddon({ distDir: FIDELITY_DIST_DIR, timeZone: FIDELITY_TIME_ZONE });
}

const column = (header: (typeof FIDELITY_HEADERS)[number]) => FIDELITY_HEADERS.indexOf(header);

describe('the development bundle', () => {
  it('adds "Run fidelity checks" below the add-on’s own menu, in any authorisation mode', () => {
    const addon = developmentAddon();
    addon.emulator.setAuthMode(AuthMode.NONE);
    addon.call('onOpen', { authMode: AuthMode.NONE });
    const items = addon.emulator.ui.menus.at(-1)?.items ?? [];
    const labels = items.map((item) => (item === 'separator' ? '—' : item.label));
    expect(labels.slice(-3)).toEqual(['—', 'Run fidelity checks', 'Check a Date returned to a sidebar']);
    expect(labels).toContain('Take quarterly snapshot…');
  });

  it('runs every case from its menu item and writes each one’s observed value and PASS to the Fidelity sheet', () => {
    const addon = developmentAddon();
    addon.call('runFidelityChecks');
    const rows = addon.emulator.readValues(FIDELITY_SHEET);
    expect(rows[0]).toEqual([...FIDELITY_HEADERS]);
    const byId = new Map(rows.slice(1).map((row) => [row[column('Case')], row]));
    for (const fidelityCase of FIDELITY_CASES) {
      const row = byId.get(fidelityCase.id) ?? [];
      const expected = fidelityCase.emulatorDiffers?.observed ?? fidelityCase.recorded;
      expect([fidelityCase.id, row[column('Observed')]]).toEqual([fidelityCase.id, canonical(expected)]);
      expect(row[column('Recorded')]).toBe(canonical(fidelityCase.recorded));
      expect(row[column('Result')]).toBe(fidelityCase.emulatorDiffers ? RESULT.fail : RESULT.pass);
    }
    for (const check of MANUAL_CHECKS) expect(byId.get(check.id)?.[column('Result')]).toBe(RESULT.byHand);
    expect(addon.emulator.readFormulas(FIDELITY_SHEET).flat().filter(Boolean)).toEqual([]);
    expect(
      addon.emulator.spreadsheet.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith(SCRATCH_PREFIX)),
    ).toEqual([]);
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      `${FIDELITY_CASES.length} of ${FIDELITY_CASES.length} cases as recorded; 0 differ. See the Fidelity sheet.`,
    );
  });

  it('records what the Date dialog saw in the row of its check', () => {
    const addon = developmentAddon();
    addon.call('runFidelityChecks');
    addon.call('checkSidebarDate');
    expect(addon.emulator.ui.modalDialogs.at(-1)?.html).toContain('fidelityDateResult');
    addon.call('recordFidelityObservation', 'sidebar-date-result', 'null');
    const row = addon.emulator.readValues(FIDELITY_SHEET).find((cells) => cells[0] === 'sidebar-date-result');
    expect(row?.[column('Observed')]).toBe('null');
  });

  it('never writes dist/, the bundle `npm run deploy` pushes', () => {
    expect(hashOf(path.join(DIST_DIR, 'Code.js'))).toBe(productionHashBefore);
  });
});

describe('the production bundle', () => {
  it('holds no trace of the fidelity checks', () => {
    const code = fs.readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');
    expect(code).not.toMatch(/fidelity/i);
    expect(code).not.toContain('FIDELITY_PROBE');
  });

  it('is what deploy pushes: clasp reads dist/, and deploy builds no development bundle', () => {
    const clasp = JSON.parse(fs.readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as { rootDir: string };
    const scripts = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(clasp.rootDir).toBe('dist');
    expect(scripts.deploy).not.toMatch(/fidelity|-P\b|--project/);
    expect(scripts.build).toBe('node scripts/build.js');
  });
});
