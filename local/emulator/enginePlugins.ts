import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';

/**
 * The functions the formula engine learns from the emulator: the add-on's own (custom
 * functions, run through dist/Code.js by the host), SPARKLINE, and TODAY / NOW read from the
 * emulator's clock in the spreadsheet's time zone. The engine's function registry is global
 * to the process, so each function asks the host of the engine that calls it (`context`).
 */

type ProcedureAst = Parameters<FunctionPlugin['runFunction']>[0] extends infer A
  ? { procedureName: string; args: A }
  : never;
type State = Parameters<FunctionPlugin['runFunction']>[1];

/** A cell address of the engine: sheet id, 0-based row and column. */
export interface EngineAddress {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/** What the emulator gives the engine's functions. */
export interface EngineHost {
  /** Runs a custom function of the add-on with the engine's arguments; the result as the engine stores it. */
  runCustomFunction(
    name: string,
    args: readonly unknown[],
    at: EngineAddress | undefined,
    references: readonly (EngineAddress | undefined)[],
  ): unknown;
  /** Days since 1899-12-30 (with the time as a fraction when `withTime`), now, in the spreadsheet's zone. */
  serialNow(withTime: boolean): number;
  /** Keeps the picture a SPARKLINE cell shows. */
  sparkline(at: EngineAddress | undefined, data: readonly number[], options: Readonly<Record<string, string>>): void;
}

const ANY = { argumentType: FunctionArgumentType.ANY, passSubtype: true, optionalArg: true };

/** A range argument's shape (rows × columns), read from the formula, or undefined for a single value. */
function rangeShape(arg: unknown, base: EngineAddress | undefined): { width: number; height: number } | undefined {
  const node = arg as { type?: string; start?: unknown; end?: unknown };
  if (node.type !== 'CELL_RANGE' || !base) return undefined;
  const corner = (address: unknown) =>
    (address as { toSimpleCellAddress(base: EngineAddress): EngineAddress }).toSimpleCellAddress(base);
  const start = corner(node.start);
  const end = corner(node.end);
  return { width: Math.abs(end.col - start.col) + 1, height: Math.abs(end.row - start.row) + 1 };
}

/** The cell each argument names when it is a lone reference (`A2`), so a date there is passed as a date. */
function cellReferences(ast: ProcedureAst, base: EngineAddress | undefined): (EngineAddress | undefined)[] {
  return (ast.args as unknown as { type?: string; reference?: unknown }[]).map((arg) =>
    arg.type === 'CELL_REFERENCE' && base
      ? (arg.reference as { toSimpleCellAddress(base: EngineAddress): EngineAddress }).toSimpleCellAddress(base)
      : undefined,
  );
}

function hostOf(plugin: FunctionPlugin): EngineHost {
  return (plugin as unknown as { config: { context: EngineHost } }).config.context;
}

function formulaAddress(state: State): EngineAddress | undefined {
  return (state as unknown as { formulaAddress?: EngineAddress }).formulaAddress;
}

/**
 * The size Sheets' custom-function results get: that of the first range argument (one call
 * fills the column), else one cell. The engine needs it before it runs the function.
 */
export function predictedSize(ast: ProcedureAst, state: State): ArraySize {
  for (const arg of ast.args as unknown as unknown[]) {
    const shape = rangeShape(arg, formulaAddress(state));
    if (shape) return new ArraySize(shape.width, shape.height);
  }
  return ArraySize.scalar();
}

class AddonFunctionPlugin extends FunctionPlugin {
  runAddonFunction(ast: ProcedureAst, state: State) {
    const name = ast.procedureName;
    return this.runFunction(ast.args as never, state, this.metadata(name), (...args: unknown[]) => {
      while (args.length > 0 && args.at(-1) === undefined) args.pop();
      const at = formulaAddress(state);
      return hostOf(this).runCustomFunction(name, args, at, cellReferences(ast, at)) as never;
    });
  }

  predictAddonSize(ast: ProcedureAst, state: State): ArraySize {
    return predictedSize(ast, state);
  }

  sparkline(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args as never, state, this.metadata('SPARKLINE'), (data: unknown, options: unknown) => {
      const numbers = (data instanceof SimpleRangeValue ? data.data.flat() : [data])
        .map((value) => (typeof value === 'object' && value !== null && 'val' in value ? value.val : value))
        .filter((value): value is number => typeof value === 'number');
      const settings: Record<string, string> = {};
      if (options instanceof SimpleRangeValue) {
        for (const row of options.data) {
          const [key, value] = row;
          if (typeof key === 'string' && value !== undefined && value !== EmptyValue)
            settings[key.toLowerCase()] = String(value);
        }
      }
      hostOf(this).sparkline(formulaAddress(state), numbers, settings);
      // Sheets' getValues gives a SPARKLINE cell no value (see README, "Recorded behaviours").
      return '' as never;
    });
  }

  today(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args as never, state, this.metadata('TODAY'), () => hostOf(this).serialNow(false));
  }

  now(ast: ProcedureAst, state: State) {
    return this.runFunction(ast.args as never, state, this.metadata('NOW'), () => hostOf(this).serialNow(true));
  }
}

(AddonFunctionPlugin as unknown as { implementedFunctions: object }).implementedFunctions = {
  SPARKLINE: { method: 'sparkline', parameters: [ANY, ANY], vectorizationForbidden: true },
  TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
  NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
};

let builtIns: Set<string> | undefined;
let ownRegistered = false;
const addonNames = new Set<string>();

/** Registers SPARKLINE, TODAY and NOW once per process. */
function registerOwn(): void {
  if (ownRegistered) return;
  builtIns = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
  HyperFormula.registerFunctionPlugin(AddonFunctionPlugin as never, {
    enGB: { SPARKLINE: 'SPARKLINE', TODAY: 'TODAY', NOW: 'NOW' },
  });
  ownRegistered = true;
}

/**
 * Makes the engine know these custom function names (upper case, as Sheets matches them);
 * a name the engine already has (SUM) stays the built-in, as in Sheets.
 */
export function registerCustomFunctions(names: Iterable<string>): void {
  registerOwn();
  for (const raw of names) {
    const name = raw.toUpperCase();
    if (!/^[A-Z_][A-Z0-9_.]*$/.test(name) || addonNames.has(name) || builtIns?.has(name)) continue;
    addonNames.add(name);
    // The engine looks the method up on the plugin's own prototype.
    const plugin = class extends AddonFunctionPlugin {
      override runAddonFunction(ast: ProcedureAst, state: State) {
        return super.runAddonFunction(ast, state);
      }
      override predictAddonSize(ast: ProcedureAst, state: State): ArraySize {
        return super.predictAddonSize(ast, state);
      }
    };
    (plugin as unknown as { implementedFunctions: object }).implementedFunctions = {
      [name]: {
        method: 'runAddonFunction',
        sizeOfResultArrayMethod: 'predictAddonSize',
        parameters: [ANY],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    };
    HyperFormula.registerFunctionPlugin(plugin as never, { enGB: { [name]: name } });
  }
}

/** The engine's error for a failed custom function: Sheets shows `#ERROR!` and the sentence. */
export function customFunctionError(message: string): CellError {
  return new CellError(ErrorType.ERROR, message);
}

/** Sheets' "Unknown function" error, for a name the add-on does not declare. */
export function unknownFunction(name: string): CellError {
  return new CellError(ErrorType.NAME, `Unknown function: '${name.toLowerCase()}'.`);
}

export { EmptyValue, SimpleRangeValue };
