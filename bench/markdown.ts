/** Renders bench/results.json as the Markdown record kept in bench/results.md. */

import { checkInMarkdown } from './checkIns';
import { importMarkdown } from './importBench';
import type { BenchResults, OperationResult, SizeResult } from './results';
import { strategyCheckMarkdown } from './strategyCheck';

const int = (n: number) => Math.round(n).toLocaleString('en');
/** A size as the tables name it: its tactics, and its quarters of history when not the usual eight. */
const sizeLabel = (size: SizeResult) =>
  size.quarters === 8 || size.quarters === undefined
    ? int(size.tactics)
    : `${int(size.tactics)} (${size.quarters} quarters)`;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const seconds = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`);

function byMethod(op: OperationResult): string {
  const entries = Object.entries(op.calls);
  return entries.length === 0 ? 'none' : entries.map(([method, count]) => `${method} ${count}`).join(', ');
}

export function toMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push('# Benchmark results', '');
  lines.push(
    `Generated ${results.generatedAt} by \`npm run bench\` (seed ${results.seed}); Node ${m.node}, ${m.cpus} × ${m.cpuModel}; load average ${m.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')} before, ${m.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')} after (shared machine); whole run ${m.wallSeconds.toFixed(0)} s.`,
    '',
  );
  for (const line of results.method) lines.push(`- ${line}`);
  lines.push('');

  lines.push('## Promises', '', '| promise | measured | |', '|---|---|---|');
  for (const p of results.promises) lines.push(`| ${p.promise} | ${p.measured} | ${p.pass ? '✓' : '✗'} |`);
  lines.push('');

  lines.push(
    '## Operations through the built add-on',
    '',
    '| operation | tactics | service calls | reads after first write | same calls at every size | cells moved | CPU ms (median) | peak heap MB | est. Apps Script s | est. (measured cell) s |',
    '|---|---:|---:|---:|:---:|---:|---:|---:|---:|---:|',
  );
  const names = results.sizes[0]?.operations.map((op) => op.name) ?? [];
  for (const name of names) {
    for (const size of results.sizes) {
      const op = size.operations.find((candidate) => candidate.name === name);
      if (!op) continue;
      const same = results.constantCalls[name] ? '✓' : '✗';
      lines.push(
        `| ${name}${op.note ? ` — ${op.note}` : ''} | ${sizeLabel(size)} | ${op.totalCalls} | ${op.readsAfterWrite ?? '–'} | ${same} | ${int(op.cells)} | ${ms(op.cpuMs)} | ${op.peakHeapMb.toFixed(1)} | ${seconds(op.estSeconds)} | ${seconds(op.estSecondsMeasuredCell)} |`,
      );
    }
  }
  lines.push('', '### Service calls by method', '');
  for (const name of names) {
    const perSize = results.sizes.map((size) => size.operations.find((op) => op.name === name));
    const first = perSize[0];
    if (!first) continue;
    if (results.constantCalls[name]) lines.push(`- **${name}** (every size): ${byMethod(first)}`);
    else
      perSize.forEach((op, index) => {
        if (op) lines.push(`- **${name}** (${int(results.sizes[index]?.tactics ?? 0)} tactics): ${byMethod(op)}`);
      });
  }
  lines.push('');

  if (results.pureCore) {
    const core = results.pureCore;
    lines.push(
      `## Pure core of snapshot + variance at ${int(core.tactics)} tactics`,
      '',
      '| phase | CPU ms (median) |',
      '|---|---:|',
    );
    for (const phase of core.phases) lines.push(`| ${phase.name} | ${ms(phase.cpuMs)} |`);
    lines.push(
      `| **total** | **${ms(core.totalMs)}** |`,
      '',
      `The same snapshot on a history without a ledger (read, parsed and digested whole, as after rows were edited by hand): ${ms(core.wholeHistoryMs)} ms.`,
      '',
    );
  }

  if (results.otherCore) {
    const core = results.otherCore;
    lines.push(
      `## Other pure-core figures at ${int(core.tactics)} tactics (outside node:vm)`,
      '',
      '| work | CPU ms (median) |',
      '|---|---:|',
      `| Sidebar load: parse + health check + a view of every item | ${ms(core.sidebarMs)} |`,
      `| QOQ_CHANGE cache miss: parse the two latest quarters' rows + view + partial index | ${ms(core.indexMs)} |`,
      `| QOQ_CHANGE: ${int(10_000)} lookups in the index | ${ms(core.lookupsMs)} |`,
      '',
    );
  }
  if (results.strategyCheck) lines.push(...strategyCheckMarkdown(results.strategyCheck));
  if (results.checkIns) lines.push(...checkInMarkdown(results.checkIns));
  if (results.importPlan) lines.push(...importMarkdown(results.importPlan));
  const largest = results.sizes[results.sizes.length - 1];
  if (largest) {
    lines.push(`### Where the cells go at ${int(largest.tactics)} tactics`, '');
    for (const op of largest.operations) {
      if (op.cells < 10_000) continue;
      const parts = Object.entries(op.cellsByMethod)
        .filter(([, cells]) => cells > 0)
        .sort(([, a], [, b]) => b - a)
        .map(([method, cells]) => `${method} ${int(cells)}`);
      lines.push(`- **${op.name}**: ${parts.join(', ')}`);
    }
    lines.push('');
  }

  if (results.naive.length > 0) {
    lines.push(
      `## Naive scripts at ${int(results.naive[0]?.tactics ?? 0)} tactics, side by side`,
      '',
      'Same rules and layout (the domain functions), I/O the way a quick script does it: one getRange(r, 1, 1, n).getValues() per row, appendRow per item, setValue/setBackground/setNote per cell. The naive scripts run in plain Node (not node:vm), so compare calls and estimates, not CPU.',
      '',
      '| operation | add-on calls | naive calls | calls ratio | add-on est. s | naive est. s | est. ratio | add-on CPU ms | naive CPU ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const pair of results.naive) {
      lines.push(
        `| ${pair.operation} vs. ${pair.naiveName} | ${int(pair.addon.totalCalls)} | ${int(pair.naive.totalCalls)} | ${ratio(pair.naive.totalCalls, pair.addon.totalCalls)} | ${seconds(pair.addon.estSeconds)} | ${seconds(pair.naive.estSeconds)} | ${ratio(pair.naive.estSeconds, pair.addon.estSeconds)} | ${ms(pair.addon.cpuMs)} | ${ms(pair.naive.cpuMs)} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Cost model', '');
  for (const line of results.costModel) lines.push(line);
  lines.push(
    '',
    '## Spreadsheet size',
    '',
    '| tactics | strategies | history rows | grid cells after one more snapshot | QOQ_CHANGE index for the cache |',
    '|---:|---:|---:|---:|---:|',
  );
  for (const size of results.sizes) {
    const cache = size.indexCache;
    const fits = cache.chunks <= 60 ? 'cached' : 'too big to cache: every call reads the sheet';
    lines.push(
      `| ${sizeLabel(size)} | ${int(size.strategies)} | ${int(size.historyRows)} | ${int(size.spreadsheetCellsAfterSnapshot)} | ${(cache.characters / 1e6).toFixed(2)} MB in ${cache.chunks} chunks (${fits}) |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
