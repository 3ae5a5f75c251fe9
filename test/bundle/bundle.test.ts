import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { DIST_DIR, loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';

const code = fs.readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');

/** The contract's public names: removing one from the source must fail here. */
const CONTRACT_FUNCTIONS = [
  'onOpen',
  'onInstall',
  'openRegister',
  'setUpRegister',
  'runHealthCheck',
  'takeSnapshot',
  'buildVariance',
  'openSettings',
  'STRATEGY_PROGRESS',
  'FISCAL_QUARTER',
  'ON_TRACK',
  'STRATEGY_CHECK',
  'SNAPSHOT_VALUE',
  'QOQ_CHANGE',
  'STRATEGY_DRIFT',
  'ROLLUP_PROGRESS',
  'buildRollup',
];

const CUSTOM_FUNCTIONS: Record<string, string[]> = {
  STRATEGY_PROGRESS: ['baseline', 'target', 'current'],
  FISCAL_QUARTER: ['date', 'fiscal_year_start_month'],
  ON_TRACK: ['progress', 'start', 'due', 'as_of'],
  STRATEGY_CHECK: ['strategy', 'metric', 'baseline', 'target', 'stakeholders'],
  SNAPSHOT_VALUE: ['id', 'field', 'quarter'],
  QOQ_CHANGE: ['id', 'field', 'from_quarter', 'to_quarter'],
  STRATEGY_DRIFT: ['id'],
  ROLLUP_PROGRESS: ['id'],
};

function topLevelDeclarations(source: string): string[] {
  return [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((match) => match[1] as string);
}

/** The comment block that ends on the line right above `function name(`. */
function jsDocAbove(source: string, name: string): string | undefined {
  const lines = source.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`function ${name}(`));
  if (at < 1 || lines[at - 1]?.trim() !== '*/') return undefined;
  const start = lines.lastIndexOf('/**', at - 1);
  return start < 0 ? undefined : lines.slice(start, at).join('\n');
}

describe('dist/Code.js loaded as Apps Script loads it', () => {
  it('declares every public entry point as a top-level function', () => {
    const declared = topLevelDeclarations(code);
    const addon = loadAddon();
    for (const name of CONTRACT_FUNCTIONS) {
      expect(declared).toContain(name);
      expect(typeof addon.scope[name]).toBe('function');
    }
  });

  it('declares exactly the entry points listed in the source, once each', () => {
    const listed = (loadAddon().scope.StrategyRegister as { ENTRY_POINTS: { name: string }[] }).ENTRY_POINTS.map(
      (entry) => entry.name,
    );
    expect(topLevelDeclarations(code).sort()).toEqual([...listed].sort());
  });

  it.each(Object.entries(CUSTOM_FUNCTIONS))('puts the autocomplete JSDoc of %s directly above it', (name, params) => {
    const doc = jsDocAbove(code, name);
    expect(doc).toBeDefined();
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/@return \{[^}]+\} \S/);
    const documented = [...(doc as string).matchAll(/@param \{[^}]+\} \[?([\w$]+)\]?/g)].map((match) => match[1]);
    expect(documented).toEqual(params);
    expect(code).toContain(`function ${name}(${params.join(', ')}) {`);
  });

  it('touches no service while loading', () => {
    const touched: string[] = [];
    const tripwire = (service: string) =>
      new Proxy(
        {},
        {
          get(_target, property) {
            touched.push(`${service}.${String(property)}`);
            return undefined;
          },
        },
      );
    const scope = vm.createContext({
      SpreadsheetApp: tripwire('SpreadsheetApp'),
      HtmlService: tripwire('HtmlService'),
      PropertiesService: tripwire('PropertiesService'),
      LockService: tripwire('LockService'),
      CacheService: tripwire('CacheService'),
      ScriptApp: tripwire('ScriptApp'),
      Session: tripwire('Session'),
    });
    vm.runInContext(code, scope);
    expect(touched).toEqual([]);
    expect(loadAddon().emulator.calls.total).toBe(0);
  });

  it('builds the add-on menu from onOpen in AuthMode.NONE', () => {
    const addon = loadAddon();
    addon.call('onOpen', { authMode: AuthMode.NONE });
    expect(addon.emulator.ui.menus).toEqual([
      {
        title: 'Strategy Register',
        addon: true,
        items: [
          { label: 'Open register', functionName: 'openRegister' },
          { label: 'Set up register', functionName: 'setUpRegister' },
          { label: 'Run health check', functionName: 'runHealthCheck' },
          'separator',
          { label: 'Take quarterly snapshot…', functionName: 'takeSnapshot' },
          { label: 'Build QoQ variance…', functionName: 'buildVariance' },
          'separator',
          { label: 'Settings…', functionName: 'openSettings' },
          { label: 'Check in…', functionName: 'openCheckIn' },
          { label: 'Import a plan from this sheet…', functionName: 'importPlan' },
          { label: 'Build roll-up', functionName: 'buildRollup' },
        ],
      },
    ]);
    for (const item of addon.emulator.ui.menus[0]?.items ?? []) {
      if (item !== 'separator') expect(typeof addon.scope[item.functionName]).toBe('function');
    }
  });

  it('builds the same menu from onInstall', () => {
    const addon = loadAddon();
    addon.call('onInstall', { authMode: AuthMode.FULL });
    expect(addon.emulator.ui.menus[0]?.items).toHaveLength(11);
  });

  it('opens the built sidebar from the menu', () => {
    const addon = loadAddon();
    addon.call('openRegister');
    const sidebar = addon.emulator.ui.sidebars[0];
    expect(sidebar?.title).toBe('Strategy Register');
    expect(sidebar?.html).toBe(fs.readFileSync(path.join(DIST_DIR, 'Sidebar.html'), 'utf8'));
  });

  it('computes STRATEGY_PROGRESS over a 2D range in one call', () => {
    const addon = loadAddon();
    const result = addon.call(
      'STRATEGY_PROGRESS',
      [[20], [8], [''], [100]],
      [[25], [5], [''], [100]],
      [[22.5], [6.5], [''], [100]],
    );
    expect(result).toEqual([[0.5], [0.5], [''], [1]]);
    expect(addon.emulator.calls.total).toBe(0);
  });

  it('throws a sentence naming the function, argument and value for a single cell', () => {
    expect(() => loadAddon().call('STRATEGY_PROGRESS', '#N/A', 2, 1.5)).toThrow(
      'STRATEGY_PROGRESS: baseline is "#N/A", not a number.',
    );
  });

  it('puts the sentence in the cell of the bad row of a range, naming the row, and computes the others', () => {
    expect(loadAddon().call('STRATEGY_PROGRESS', [[1], ['#N/A']], 2, 1.5)).toEqual([
      [0.5],
      ['STRATEGY_PROGRESS: baseline in row 2 of the range is "#N/A", not a number.'],
    ]);
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'appsscript.json'), 'utf8'));

  it('runs on V8 with Stackdriver logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(typeof manifest.timeZone).toBe('string');
  });

  it('asks for the least privilege the add-on needs', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});

describe('dist/Sidebar.html', () => {
  const html = fs.readFileSync(path.join(DIST_DIR, 'Sidebar.html'), 'utf8');

  it('inlines its script and styles and fetches nothing', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    // The SVG namespace (the card's trend) names XML vocabulary; nothing is fetched from it.
    expect(html.split('http://www.w3.org/2000/svg').join('')).not.toMatch(/https?:\/\//i);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toContain('<!-- inline:');
  });

  it('holds exactly one script element, so inlined code cannot end the tag early', () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });
});
