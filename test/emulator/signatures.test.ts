import * as path from 'node:path';
import ts from 'typescript';

/**
 * The emulated services must accept every argument list @types/google-apps-script allows,
 * or a test could pass on a call Apps Script would make differently. The TypeScript checker
 * computes `Mismatches` (signatureCheck.ts) for each service and names the methods that differ.
 */

const SERVICES = [
  'Range',
  'Sheet',
  'Spreadsheet',
  'Properties',
  'Cache',
  'Lock',
  'HtmlOutput',
  'Ui',
  'Protection',
  'DataValidationBuilder',
  'ConditionalFormatRuleBuilder',
  'EmbeddedChartBuilder',
] as const;

/** Stand-ins that differ from Apps Script on purpose, to show the check names what differs. */
const CONTROLS = `
class TakesTextForValues { setValues(values: string): this { return this; } getValues(): unknown[][] { return []; } }
class TakesTwoNumbersOnly { getRange(row: number, column: number): unknown { return row + column; } }
export type ControlValues = Mismatches<TakesTextForValues, GoogleAppsScript.Spreadsheet.Range>;
export type ControlOverloads = Mismatches<TakesTwoNumbersOnly, GoogleAppsScript.Spreadsheet.Sheet>;
`;

const probeFile = path.join(__dirname, 'signatureProbe.ts');
const probeSource = [
  "import type { Mismatches, MismatchesOf } from './signatureCheck';",
  ...SERVICES.map((name) => `export type ${name} = MismatchesOf<'${name}'>;`),
  CONTROLS,
].join('\n');

/** Each exported type of the probe, as the checker prints it (`never` when nothing differs). */
function checkedTypes(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.resolve(__dirname, '../../tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read.');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === probeFile ? ts.createSourceFile(name, probeSource, language) : readFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probeFile || fileExists(name);
  const program = ts.createProgram([probeFile], config.options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(probeFile));
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, host));
  const checker = program.getTypeChecker();
  const types = new Map<string, string>();
  for (const statement of program.getSourceFile(probeFile)?.statements ?? []) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    types.set(statement.name.text, checker.typeToString(checker.getTypeAtLocation(statement.name)));
  }
  return types;
}

describe('emulated method signatures', () => {
  let types: Map<string, string>;
  beforeAll(() => {
    types = checkedTypes();
  });

  it.each(SERVICES)('the emulated %s accepts every argument list of its Apps Script type', (name) => {
    expect(types.get(name)).toBe('never');
  });

  it('names a method that takes other arguments than Apps Script passes', () => {
    expect(types.get('ControlValues')).toBe('"setValues"');
  });

  it('names a method that accepts only some of the overloads Apps Script declares', () => {
    expect(types.get('ControlOverloads')).toBe('"getRange"');
  });
});
