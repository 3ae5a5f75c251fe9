import { MENU_LABELS } from '../domain/menuLabels';
import { type Access, withAccess } from './documentLock';
import { askImport, importAnswered, tellImport } from './import/importAction';
import { IMPORTING } from './import/importRun';
import { checkAndRecord, tellHealth } from './register/healthCheckAction';
import { setUpRegisterNow } from './register/setUpAction';
import { buildRollupNow } from './rollup/buildRollupAction';
import { openSettings } from './settingsAction';
import { openCheckIn, openRegister } from './sidebar';
import { askVarianceQuarters, buildAskedVariance } from './snapshot/buildVarianceAction';
import { askSnapshot, takeAskedSnapshot, tellSnapshot } from './snapshot/takeSnapshotAction';
import { showAddonMenu, tellResult } from './ui';

/**
 * A menu item's steps. Its questions come first, with no lock held: a dialog waits on the
 * user for as long as they take, and holding the document lock meanwhile would keep every
 * other user's change waiting. The work then runs under the lock its access declares, and
 * the user is told the outcome once the lock is released.
 */
export interface MenuSteps<A, R> {
  /** The user's answers, or undefined when they stopped (the step has said so). */
  readonly ask?: () => A | undefined;
  readonly work: (answer: A) => R;
  readonly tell?: (result: R) => void;
}

export interface MenuItem {
  readonly label: string;
  /** The top-level function Sheets calls; the build declares it in dist/Code.js. */
  readonly functionName: string;
  /** What the item does to the document; see `Access`. */
  readonly access: Access;
  readonly steps: MenuSteps<unknown, unknown>;
  readonly separatorBefore?: true;
}

/** Steps whose answer and result types are checked here, where they are declared. */
function steps<A, R>(declared: MenuSteps<A, R>): MenuSteps<unknown, unknown> {
  return declared as MenuSteps<unknown, unknown>;
}

/** Extensions → Strategy Register, in the contract's order. */
export const MENU_ITEMS: readonly MenuItem[] = [
  {
    label: MENU_LABELS.openRegister,
    functionName: 'openRegister',
    access: 'reads',
    steps: steps({ work: openRegister }),
  },
  {
    label: MENU_LABELS.setUpRegister,
    functionName: 'setUpRegister',
    access: { writes: MENU_LABELS.setUpRegister },
    steps: steps({ work: setUpRegisterNow, tell: tellResult }),
  },
  {
    label: MENU_LABELS.runHealthCheck,
    functionName: 'runHealthCheck',
    access: { writes: 'The health check' },
    steps: steps({ work: checkAndRecord, tell: tellHealth }),
  },
  {
    label: MENU_LABELS.takeSnapshot,
    functionName: 'takeSnapshot',
    access: { writes: 'The snapshot' },
    steps: steps({ ask: askSnapshot, work: takeAskedSnapshot, tell: tellSnapshot }),
    separatorBefore: true,
  },
  {
    label: MENU_LABELS.buildQoqVariance,
    functionName: 'buildVariance',
    access: { writes: 'Building the variance sheet' },
    steps: steps({ ask: askVarianceQuarters, work: buildAskedVariance, tell: tellResult }),
  },
  {
    label: MENU_LABELS.settings,
    functionName: 'openSettings',
    access: 'reads',
    steps: steps({ work: openSettings }),
    separatorBefore: true,
  },
  {
    label: MENU_LABELS.checkIn,
    functionName: 'openCheckIn',
    access: 'reads',
    steps: steps({ work: openCheckIn }),
  },
  {
    label: MENU_LABELS.importPlan,
    functionName: 'importPlan',
    access: { writes: IMPORTING },
    steps: steps({ ask: askImport, work: importAnswered, tell: tellImport }),
  },
  {
    label: MENU_LABELS.buildRollup,
    functionName: 'buildRollup',
    access: { writes: 'Building the roll-up' },
    steps: steps({ work: buildRollupNow, tell: tellResult }),
  },
];

/** What Sheets runs for a menu item: its questions, its work under its lock, then what it tells. */
export function runMenuItem(item: MenuItem): void {
  const { ask, work, tell } = item.steps;
  const answer = ask ? ask() : undefined;
  if (ask && answer === undefined) return;
  const result = withAccess(item.access, work)(answer);
  tell?.(result);
}

/**
 * Builds the add-on menu. Needs no authorisation, so it is safe in every `e.authMode`,
 * including AuthMode.NONE before the user has enabled the add-on in this document.
 */
export function buildAddonMenu(): void {
  showAddonMenu(MENU_ITEMS);
}
