/**
 * The emulator README's table of Sheets behaviours, written from the fidelity cases
 * (src/fidelity/cases), so the table and the cases never disagree. `npm run fidelity:table`
 * rewrites it; a test fails while it is stale.
 */
import { FIDELITY_CASES, MANUAL_CHECKS } from '../../src/fidelity/cases';
import { canonical, type FidelityCase, type ManualCheck, type Provenance } from '../../src/fidelity/fidelityCase';

export const BEGIN =
  '<!-- fidelity table: written by `npm run fidelity:table` from src/fidelity/cases; do not edit -->';
export const END = '<!-- end of fidelity table -->';

/** Text safe in a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

function source(provenance: Provenance): string {
  if (provenance.kind === 'documented') return `${provenance.says}: ${provenance.url}`;
  if (provenance.kind === 'observed') return `observed in Sheets by the fidelity checks, ${provenance.on}`;
  return provenance.note ? `**assumed** (${provenance.note})` : '**assumed**';
}

function caseRow(fidelityCase: FidelityCase): string {
  const emulator = fidelityCase.emulatorDiffers
    ? `${code(canonical(fidelityCase.emulatorDiffers.observed))}: ${fidelityCase.emulatorDiffers.reason}`
    : 'the same';
  return `| ${[
    code(fidelityCase.id),
    fidelityCase.behaviour,
    code(canonical(fidelityCase.recorded)),
    emulator,
    source(fidelityCase.source),
    fidelityCase.reliedOnBy,
  ]
    .map(cell)
    .join(' | ')} |`;
}

function manualItem(check: ManualCheck): string {
  const steps = check.steps.map((step, index) => `${index + 1}. ${step}`).join(' ');
  return `- ${code(check.id)}: ${check.behaviour}. Expected: ${check.expected}. Source: ${source(check.source)}. Steps: ${steps}`;
}

/** The generated section, markers included. */
export function fidelityTable(
  cases: readonly FidelityCase[] = FIDELITY_CASES,
  manual: readonly ManualCheck[] = MANUAL_CHECKS,
): string {
  return [
    BEGIN,
    '',
    '| case | behaviour | recorded for Sheets | emulator | source | relied on by |',
    '| --- | --- | --- | --- | --- | --- |',
    ...cases.map(caseRow),
    '',
    'Checked by hand (each needs a person; the Fidelity sheet lists them with these steps):',
    '',
    ...manual.map(manualItem),
    '',
    END,
  ].join('\n');
}

/** `readme` with its generated section replaced by `table`; throws if the markers are missing. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('The README has no fidelity table markers.');
  return `${readme.slice(0, start)}${table}${readme.slice(end + END.length)}`;
}
