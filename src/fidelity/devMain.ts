/**
 * The development bundle's entry (`npm run build -- --fidelity` → dist-fidelity/): the
 * add-on's entry points, with a menu that adds the fidelity checks, and the checks' own
 * entry points. Never built into dist/, which is what `npm run deploy` pushes.
 */
import { ENTRY_POINTS as ADDON_ENTRY_POINTS, type EntryPoint } from '../server/entryPoints';
import { MENU_ITEMS } from '../server/menu';
import { showAddonMenu } from '../server/ui';
import { asMenuAction, asSidebarCall } from '../server/userErrors';
import {
  checkSidebarDate,
  FIDELITY_MENU,
  fidelityDateResult,
  fidelityProbe,
  recordFidelityObservation,
  runFidelityChecks,
} from './fidelityActions';
import { PROBE_FUNCTION } from './probe';

/** The add-on's menu with the checks below a separator; building it needs no authorisation. */
function buildDevelopmentMenu(): void {
  showAddonMenu([...MENU_ITEMS, { ...FIDELITY_MENU.run, separatorBefore: true }, FIDELITY_MENU.dateResult]);
}

const MENU_TRIGGERS = new Set(['onOpen', 'onInstall']);

export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...ADDON_ENTRY_POINTS.map((entry) =>
    MENU_TRIGGERS.has(entry.name) ? { ...entry, run: buildDevelopmentMenu } : entry,
  ),
  { kind: 'menu', name: FIDELITY_MENU.run.functionName, run: asMenuAction(runFidelityChecks) },
  { kind: 'menu', name: FIDELITY_MENU.dateResult.functionName, run: asMenuAction(checkSidebarDate) },
  { kind: 'rpc', name: 'fidelityDateResult', run: fidelityDateResult },
  { kind: 'rpc', name: 'recordFidelityObservation', run: asSidebarCall(recordFidelityObservation) },
  {
    kind: 'custom',
    name: PROBE_FUNCTION,
    run: fidelityProbe,
    doc: {
      summary: 'Reports what a custom function may do (development bundle only).',
      params: [
        { name: 'question', type: 'string', description: 'double, document-property, document-cache, lock or write' },
        { name: 'input', type: 'string', description: 'the question’s input', optional: true },
      ],
      returns: { type: 'string', description: 'the answer, or refused: and the error' },
      example: `${PROBE_FUNCTION}("double", 21)`,
    },
  },
];

/** Entry points by name, for the generated top-level stubs. */
export const entryPoints: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.fromEntries(
  ENTRY_POINTS.map((entry) => [entry.name, entry.run]),
);
