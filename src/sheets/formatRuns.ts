/** [first column (0-based), count] of each run of adjacent columns sharing a number format: one format write per run. */
export function formatRuns(formats: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  formats.forEach((format, column) => {
    const last = runs.at(-1);
    if (last && formats[last[0]] === format) last[1] += 1;
    else runs.push([column, 1]);
  });
  return runs;
}
