/**
 * Check-ins in the benchmark: a sidebar save of 50 items beside one (the same service
 * calls), STRATEGY_FORECAST over a column of 10 000 IDs with 100 000 check-ins (one read
 * of each sheet, the pure core's time and the estimated Apps Script time against the
 * 30-second custom-function limit), and the sidebar's load once Check-ins holds rows.
 */
import { type LoadedAddon, loadAddon } from '../local/appsScriptRuntime';
import { AuthMode } from '../local/emulator';
import { forecastItemOf, unreadableCells } from '../src/domain/checkins/checkInIndex';
import { checkInTargets } from '../src/domain/checkins/checkInRules';
import { CHECK_IN_HEADERS } from '../src/domain/checkins/checkInSchema';
import { forecastProgress } from '../src/domain/checkins/forecast';
import { idKey } from '../src/domain/register/ids';
import { parseRegister } from '../src/domain/register/register';
import { SHEET } from '../src/domain/register/schema';
import { sentence } from '../src/domain/result';
import { zonedDateParts } from '../src/domain/timeZone';
import { parseCheckInSheet } from '../src/server/checkins/checkInLog';
import { estimateSeconds, MS_PER_CELL_MEASURED } from './costModel';
import { cpuMs, installCellCounter, measure, median } from './measure';
import { generateRegister, type RegisterData } from './registerFixture';
import { seededRandom } from './seededRandom';

export const FORECAST_IDS = 10_000;
export const CHECK_INS = 100_000;
const SAVE_TACTICS = 1_000;
/** The sidebar load's promise; the register alone takes 10 calls before check-ins (see the operations table). */
const SIDEBAR_CALL_TARGET = 8;
const CUSTOM_FUNCTION_LIMIT_S = 30;

export interface CheckInBenchResult {
  readonly measuredAt: string;
  readonly save: readonly {
    readonly items: number;
    readonly totalCalls: number;
    readonly cpuMs: number;
    readonly estSeconds: number;
  }[];
  readonly forecast: {
    readonly ids: number;
    readonly checkIns: number;
    readonly totalCalls: number;
    readonly valueReads: number;
    readonly calls: Record<string, number>;
    readonly cells: number;
    readonly emulatorCpuMs: number;
    readonly coreMs: number;
    readonly estSeconds: number;
    readonly numbers: number;
  };
  readonly sidebar: { readonly checkIns: number; readonly totalCalls: number; readonly target: number };
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** `count` check-ins spread over every item's last half year, each between its baseline and target. */
function checkInRows(data: RegisterData, count: number, now: Date): unknown[][] {
  const random = seededRandom(20_261_216);
  const items = [
    ...data.strategies.map((s) => ({ id: s.id, from: s.baseline ?? 0, to: s.target ?? 1 })),
    ...data.tactics.map((t) => ({ id: t.id, from: 0, to: t.target ?? 10 })),
  ];
  const rows: unknown[][] = [[...CHECK_IN_HEADERS]];
  for (let n = 0; n < count; n += 1) {
    const item = items[n % items.length] ?? { id: '', from: 0, to: 1 };
    const daysAgo = random.int(0, 180);
    const share = 1 - daysAgo / 240;
    const value = Number((item.from + (item.to - item.from) * share).toFixed(4));
    rows.push([new Date(now.getTime() - daysAgo * 86_400_000), item.id, value, random.int(3, 9), '', '']);
  }
  // Dated in order, as a log grows.
  return [rows[0] ?? [], ...rows.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime())];
}

function seeded(data: RegisterData, checkIns: unknown[][]): LoadedAddon {
  const addon = loadAddon();
  addon.emulator.seedSheet(SHEET.strategies, data.strategyRows, { raw: true });
  addon.emulator.seedSheet(SHEET.tactics, data.tacticRows, { raw: true });
  addon.emulator.seedSheet(SHEET.checkIns, checkIns, { raw: true });
  addon.emulator.calls.reset();
  return addon;
}

function measureSave(items: number, data: RegisterData, log: unknown[][]) {
  const addon = seeded(data, log);
  const saved = addon.emulator.exportWorkbook();
  // A `%` metric first in both batches: its values take one format call, once per save.
  const entries = data.strategies
    .filter((s) => s.status === 'Active')
    .sort((a, b) => Number(b.unit === '%') - Number(a.unit === '%'))
    .slice(0, items)
    .map((s, n) => ({ id: s.id, value: String(s.baseline ?? n), note: 'Weekly' }));
  const measured = measure({
    emulator: () => addon.emulator,
    prepare: () => addon.emulator.importWorkbook(saved),
    run: () => {
      const result = addon.call('saveCheckIns', { entries, by: 'Sales operations' }) as {
        ok: boolean;
        message: string;
      };
      if (!result.ok) throw new Error(`Saving check-ins failed: ${result.message}`);
    },
  });
  return {
    items,
    totalCalls: measured.totalCalls,
    cpuMs: measured.cpuMs,
    estSeconds: estimateSeconds(measured, MS_PER_CELL_MEASURED),
  };
}

/** The formula's pure work: parse both sheets' cells, then a forecast per ID. */
function forecastCoreMs(data: RegisterData, log: unknown[][], ids: string[][], now: Date): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    runs.push(
      cpuMs(() => {
        const parsed = parseRegister(data.strategyRows, data.tacticRows, 'Etc/UTC');
        if (!parsed.ok) throw new Error(sentence(parsed));
        const { byItem } = parseCheckInSheet(log, parsed.value, 'Etc/UTC', now);
        const targets = checkInTargets(parsed.value);
        const unreadable = unreadableCells(parsed.value);
        const asOf = zonedDateParts(now, 'Etc/UTC');
        for (const [id = ''] of ids) {
          const target = targets.get(idKey(id));
          if (!target) continue;
          forecastProgress(forecastItemOf(target, unreadable, 'Etc/UTC'), byItem.get(idKey(id)) ?? [], asOf);
        }
      }),
    );
  }
  return median(runs);
}

function measureForecast(now: Date) {
  const data = generateRegister(FORECAST_IDS, now, 1);
  const log = checkInRows(data, CHECK_INS, now);
  const addon = seeded(data, log);
  const pool = [...data.strategies, ...data.tactics];
  const ids = Array.from({ length: FORECAST_IDS }, (_, n) => [pool[(n * 7919) % pool.length]?.id ?? '']);
  let answer: unknown[][] = [];
  const measured = measure(
    {
      emulator: () => addon.emulator,
      run: () => {
        addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
        try {
          answer = addon.call('STRATEGY_FORECAST', ids) as unknown[][];
        } finally {
          addon.emulator.setAuthMode(AuthMode.FULL);
        }
      },
    },
    3,
  );
  const valueReads = Object.entries(measured.calls)
    .filter(([method]) => /getValues|getSheetValues|getDisplayValues/.test(method))
    .reduce((total, [, count]) => total + count, 0);
  return {
    ids: FORECAST_IDS,
    checkIns: CHECK_INS,
    totalCalls: measured.totalCalls,
    valueReads,
    calls: measured.calls,
    cells: measured.cells,
    emulatorCpuMs: measured.cpuMs,
    coreMs: forecastCoreMs(data, log, ids, now),
    estSeconds: estimateSeconds(measured, MS_PER_CELL_MEASURED),
    numbers: answer.filter((row) => typeof row[0] === 'number').length,
  };
}

function measureSidebar(data: RegisterData, log: unknown[][]) {
  const addon = seeded(data, log);
  const measured = measure({ emulator: () => addon.emulator, run: () => void addon.call('getRegister') }, 1);
  return { checkIns: log.length - 1, totalCalls: measured.totalCalls, target: SIDEBAR_CALL_TARGET };
}

export function measureCheckIns(log: (message: string) => void = () => {}): CheckInBenchResult {
  installCellCounter();
  const now = today();
  const data = generateRegister(SAVE_TACTICS, now, 1);
  const saveLog = checkInRows(data, 5_000, now);
  log('check-ins: saving 1 and 50 items');
  const save = [measureSave(1, data, saveLog), measureSave(50, data, saveLog)];
  log('check-ins: sidebar load');
  const sidebar = measureSidebar(data, saveLog);
  log(`check-ins: STRATEGY_FORECAST over ${FORECAST_IDS} IDs and ${CHECK_INS} check-ins`);
  const forecast = measureForecast(now);
  return { measuredAt: new Date().toISOString(), save, forecast, sidebar };
}

export function checkInMarkdown(result: CheckInBenchResult): string[] {
  const { forecast, sidebar } = result;
  const [one, fifty] = result.save;
  return [
    '## Check-ins',
    '',
    `Measured ${result.measuredAt.slice(0, 16)} UTC (\`npm run bench -- --only check-ins\`). Estimates use the measured-cell cost model above.`,
    '',
    '| operation | service calls | CPU on the emulator (ms) | est. Apps Script (s) |',
    '|---|---:|---:|---:|',
    ...result.save.map(
      (row) =>
        `| save check-ins for ${row.items} item${row.items === 1 ? '' : 's'} (${SAVE_TACTICS.toLocaleString('en')} tactics, 5 000 logged) | ${row.totalCalls} | ${row.cpuMs.toFixed(0)} | ${row.estSeconds.toFixed(2)} |`,
    ),
    `| sidebar load with ${sidebar.checkIns.toLocaleString('en')} check-ins | ${sidebar.totalCalls} (target ≤ ${sidebar.target}) | | |`,
    `| STRATEGY_FORECAST over ${forecast.ids.toLocaleString('en')} IDs, ${forecast.checkIns.toLocaleString('en')} check-ins | ${forecast.totalCalls} (${forecast.valueReads} value reads: one per sheet) | ${forecast.emulatorCpuMs.toFixed(0)} | ${forecast.estSeconds.toFixed(2)} (limit ${CUSTOM_FUNCTION_LIMIT_S}) |`,
    '',
    `- Saving 50 items makes ${fifty?.totalCalls} calls, saving 1 makes ${one?.totalCalls}: ${fifty?.totalCalls === one?.totalCalls ? '✓ the same' : '✗ not the same'} (each batch holds a \`%\` metric, whose values take one format range list per save; a batch without one makes 2 calls fewer).`,
    `- STRATEGY_FORECAST's pure core (parse both sheets, ${forecast.ids.toLocaleString('en')} forecasts): ${forecast.coreMs.toFixed(0)} ms CPU; ${forecast.numbers.toLocaleString('en')} rows answered with a number; ${forecast.cells.toLocaleString('en')} cells read. Calls by method: ${Object.entries(
      forecast.calls,
    )
      .map(([method, count]) => `${method} ${count}`)
      .join(', ')}.`,
    '',
  ];
}
