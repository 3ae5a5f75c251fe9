/**
 * The pure core of Build roll-up, timed outside node:vm on the benchmark's generated
 * register: parse the register, run the health check (the group table's overdue reviews),
 * build the roll-up model (alignment tree, roll-ups, group table) and lay the sheet out.
 */
import { healthCheck } from '../src/domain/register/healthCheck';
import { parseRegister } from '../src/domain/register/register';
import { DEFAULT_SETTINGS } from '../src/domain/register/types';
import { sentence } from '../src/domain/result';
import { renderRollupSheet } from '../src/domain/rollup/rollupLayout';
import { rollupModel } from '../src/domain/rollup/rollupModel';
import { cpuMs, median, TIMED_RUNS } from './measure';
import type { RegisterData } from './registerFixture';

export interface RollupCore {
  readonly parseMs: number;
  readonly healthCheckMs: number;
  readonly modelMs: number;
  readonly layoutMs: number;
  readonly totalMs: number;
}

/** Median CPU per phase over `TIMED_RUNS` passes after one warm-up pass. */
export function rollupCoreMs(data: RegisterData, now: Date): RollupCore {
  const timeZone = 'Etc/UTC';
  const pass = (): number[] => {
    let register: ReturnType<typeof parseRegister> | undefined;
    let findings: ReturnType<typeof healthCheck>['findings'] = [];
    let model: ReturnType<typeof rollupModel> | undefined;
    const parse = cpuMs(() => {
      register = parseRegister(data.strategyRows, data.tacticRows, timeZone);
    });
    if (!register?.ok) throw new Error(register ? sentence(register) : 'The register did not parse');
    const parsed = register.value;
    const check = cpuMs(() => {
      findings = healthCheck(parsed, { now, timeZone, settings: DEFAULT_SETTINGS }).findings;
    });
    const build = cpuMs(() => {
      model = rollupModel(parsed, { now, timeZone, settingsGroups: [], findings });
    });
    const layout = cpuMs(() => {
      if (model) renderRollupSheet(model);
    });
    return [parse, check, build, layout];
  };
  pass();
  const passes = Array.from({ length: TIMED_RUNS }, pass);
  const at = (index: number) => median(passes.map((phases) => phases[index] ?? 0));
  const [parseMs, healthCheckMs, modelMs, layoutMs] = [0, 1, 2, 3].map(at) as [number, number, number, number];
  return { parseMs, healthCheckMs, modelMs, layoutMs, totalMs: parseMs + healthCheckMs + modelMs + layoutMs };
}
