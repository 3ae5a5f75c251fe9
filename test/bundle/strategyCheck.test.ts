import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST_DIR, loadAddon } from '../../local/appsScriptRuntime';
import { createEmulator } from '../../local/emulator';

interface PropertiesServiceLike {
  getDocumentProperties(): { setProperties(properties: Record<string, string>): unknown };
}

/** The built add-on over an emulator whose document properties hold the given settings; service calls start at 0. */
function addonWithDocumentProperties(properties: Record<string, string> = {}) {
  const emulator = createEmulator();
  (emulator.globals.PropertiesService as PropertiesServiceLike).getDocumentProperties().setProperties(properties);
  emulator.calls.reset();
  return loadAddon({ emulator });
}

const SEED = [
  'Raise win rates by 25% with a formal sales process',
  'Win rate',
  0.2,
  0.25,
  'Account executives',
] as const;

describe('=STRATEGY_CHECK in the built add-on', () => {
  it('is declared at the top level with autocomplete JSDoc for its five arguments', () => {
    const code = fs.readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');
    const declaration = 'function STRATEGY_CHECK(strategy, metric, baseline, target, stakeholders) {';
    const doc = code.slice(code.lastIndexOf('/**', code.indexOf(declaration)), code.indexOf(declaration));
    expect(doc).toContain('@customfunction');
    expect([...doc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((match) => match[1])).toEqual([
      'strategy',
      'metric',
      'baseline',
      'target',
      'stakeholders',
    ]);
  });

  it('says OK for the seed strategy given as single values', () => {
    expect(addonWithDocumentProperties().call('STRATEGY_CHECK', ...SEED)).toBe('OK');
  });

  it('checks a whole column of rows in one call, blank rows giving blanks', () => {
    const result = addonWithDocumentProperties().call(
      'STRATEGY_CHECK',
      [[SEED[0]], ['Implement a CRM'], [''], ['Cut churn to 5%'], ['Grow renewals']],
      [[SEED[1]], [''], [''], ['Churn'], ['Renewal rate']],
      [[SEED[2]], [''], [''], [0.08], ['#N/A']],
      [[SEED[3]], [''], [''], [0.05], [0.9]],
      [[SEED[4]], ['Sales Ops'], [''], ['Jane Smith'], ['Customer Success']],
    );
    expect(result).toEqual([
      ['OK'],
      [
        'This strategy reads like a tactic: it has no metric and no numeric target and opens with the action "Implement". State the outcome with a metric and a target, and list the action as a tactic.',
      ],
      [''],
      [
        'This strategy names one person as its stakeholders ("Jane Smith"): it reads as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team\'s name, add it to the stakeholder groups in Settings.',
      ],
      ['Baseline is "#N/A", an error from a formula.'],
    ]);
  });

  it('accepts a name the team lists as a stakeholder group in the settings, reading them once per call', () => {
    const addon = addonWithDocumentProperties({ 'settings.stakeholderGroups': 'Jane Smith\nTiger Squadron' });
    expect(
      addon.call('STRATEGY_CHECK', [[SEED[0]], [SEED[0]]], SEED[1], SEED[2], SEED[3], [
        ['Tiger Squadron'],
        ['Jane Smith'],
      ]),
    ).toEqual([['OK'], ['OK']]);
    expect(addon.emulator.calls.byMethod()).toEqual({
      'Properties.getProperties': 1,
      'PropertiesService.getDocumentProperties': 1,
    });
  });

  it('touches no service for rows without stakeholders', () => {
    const addon = addonWithDocumentProperties();
    expect(addon.call('STRATEGY_CHECK', SEED[0], SEED[1], SEED[2], SEED[3], '')).toBe('OK');
    expect(addon.emulator.calls.total).toBe(0);
  });

  it('lets a single value apply to every row of a range', () => {
    const result = addonWithDocumentProperties().call(
      'STRATEGY_CHECK',
      [[SEED[0]], ['Grow']],
      'Win rate',
      0.2,
      [[0.25], ['25%']],
      'SDR team',
    );
    expect(result).toEqual([['OK'], ['Target is "25%", text where a number belongs.']]);
  });

  it('refuses ranges of different shapes with a sentence naming the arguments', () => {
    expect(() =>
      addonWithDocumentProperties().call('STRATEGY_CHECK', [['a'], ['b']], [['m']], 1, 2, 'Sales Ops'),
    ).toThrow(
      'STRATEGY_CHECK: metric is a 1×1 range but strategy is 2×1; ranges must have the same number of rows and columns.',
    );
  });
});
