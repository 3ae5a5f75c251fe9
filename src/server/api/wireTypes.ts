/**
 * What crosses google.script.run between the sidebar and the server. Apps Script
 * refuses Date objects on the wire, so dates travel as ISO day strings (`2026-03-31`)
 * in the spreadsheet's time zone. The sidebar imports these types, never a copy.
 */

import type { CheckInBatch, CheckInField } from '../../domain/checkins/checkInPlan';
import type { FormTexts, StrategyField, TacticField } from '../../domain/edit/formSchemas';
import type { RuleId } from '../../domain/register/types';
import type { ProblemCode } from '../../domain/result';
import type { AppliedReview } from '../../domain/review/appliedReview';
import type { ReviewInput } from '../../domain/review/reviewForm';
import type { GroupRow } from '../../domain/rollup/groupTable';

export type IsoDay = string;

export type OnTrackState = 'On track' | 'At risk' | 'Off track' | 'Done';

/** One check-in as the sidebar shows it. */
export interface CheckInView {
  readonly day: IsoDay;
  readonly value: number | null;
  /** The value as the check-in view shows it: a `%` metric's as a percentage, every digit kept. */
  readonly valueText: string;
  /** The value as progress toward the target (what the trend draws); null when it cannot be measured. */
  readonly progress: number | null;
  readonly confidence: number | null;
  readonly note: string;
  readonly by: string;
}

/** What the sidebar shows of an item's check-ins: the last one, the trend, this quarter's, the forecast. */
export interface ItemCheckInsView {
  readonly count: number;
  readonly last: CheckInView | null;
  /** Days since the last check-in, or since the Start when there is none; null without either. */
  readonly daysSince: number | null;
  /** Past the check-in cadence, as the health check's stale-check-in rule finds it. */
  readonly stale: boolean;
  readonly trend: readonly CheckInView[];
  readonly quarter: readonly CheckInView[];
  /** STRATEGY_FORECAST today, the fitted line's ends, and the forecast judged on the Due day. */
  readonly forecast: { readonly atStart: number; readonly atDue: number; readonly state: OnTrackState | null } | null;
  /** Why there is no forecast, when there is none. */
  readonly forecastProblem: string | null;
}

/** A row as the sidebar shows it; `version` detects an edit in the sheet since load. */
export interface StrategyView {
  readonly row: number;
  readonly id: string;
  readonly statement: string;
  readonly metric: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  readonly stakeholders: string;
  readonly start: IsoDay | null;
  readonly due: IsoDay | null;
  readonly status: string;
  readonly confidence: number | null;
  readonly lastReviewed: IsoDay | null;
  readonly learning: string;
  readonly decision: string;
  readonly progress: number | null;
  readonly onTrack: OnTrackState | null;
  /** ROLLUP_PROGRESS of its ID: null when nothing supports it, or when it has no roll-up (`rollupProblem` says why). */
  readonly rollup: number | null;
  readonly rollupProblem: string | null;
  readonly overdue: boolean;
  readonly version: string;
  /** Each form field's cell as the form shows it, readable or not ("about 7" stays "about 7"). */
  readonly fields: FormTexts<StrategyField>;
  /** The health check's sentence for each field whose cell cannot be read. */
  readonly problems: Readonly<Partial<Record<StrategyField, string>>>;
  readonly checkIns: ItemCheckInsView;
}

export interface TacticView {
  readonly row: number;
  readonly id: string;
  readonly strategyId: string;
  readonly statement: string;
  readonly stakeholders: string;
  readonly owner: string;
  readonly status: string;
  readonly indicator: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly start: IsoDay | null;
  readonly due: IsoDay | null;
  readonly lastReviewed: IsoDay | null;
  readonly learning: string;
  readonly overdue: boolean;
  readonly version: string;
  readonly fields: FormTexts<TacticField>;
  readonly problems: Readonly<Partial<Record<TacticField, string>>>;
  readonly checkIns: ItemCheckInsView;
}

export interface FindingView {
  readonly rule: RuleId;
  readonly sheet: string;
  readonly row: number;
  readonly column: string | null;
  /** A1 address of the cell the finding points at, for "jump to cell". */
  readonly a1: string;
  readonly id: string;
  readonly message: string;
  readonly blocking: boolean;
}

export interface SettingsView {
  readonly fiscalYearStartMonth: number;
  readonly reviewCadence: 'quarterly' | 'monthly';
  readonly stakeholderGroups: readonly string[];
  /** Days an active item may go without a check-in before it is stale. */
  readonly checkInCadenceDays: number;
  /** Set while snapshots fix the fiscal year start month: why it cannot change, and how to start anew. */
  readonly fiscalYearLocked?: string;
}

/** Settings as the sidebar saves them; a cadence left out keeps the one saved. */
export type SettingsSave = Omit<SettingsView, 'checkInCadenceDays' | 'fiscalYearLocked'> & {
  readonly checkInCadenceDays?: number;
};

/** A register column a sheet lacks, with the sentence every operation that needs it refuses with. */
export interface MissingColumnView {
  readonly sheet: string;
  readonly header: string;
  /** The header cell to look at: the column that looks like it, else the first free one. */
  readonly a1: string;
  /** True when no column looks like it lost this header, so Set up register adds the column. */
  readonly setUpAdds: boolean;
  readonly message: string;
}

export interface MissingSheetView {
  readonly sheet: string;
  /** Names the sheet that looks like it renamed, when one does. */
  readonly message: string;
}

/** Parts of the sidebar's cards that read register columns; see COLUMNS_NEEDED in the domain. */
export type CardPart = 'progress' | 'onTrack' | 'confidence' | 'strategyReview' | 'tacticReview';

/** Everything the sidebar's register view needs, in one call. */
export interface RegisterView {
  readonly strategies: readonly StrategyView[];
  readonly tactics: readonly TacticView[];
  readonly settings: SettingsView;
  readonly currentQuarter: string;
  /** Today in the spreadsheet's time zone: a new item starts today unless the user says otherwise. */
  readonly today: IsoDay;
  /** Set when a register sheet is missing, so the sidebar can offer "Set up register". */
  readonly needsSetUp: boolean;
  readonly missingSheets: readonly MissingSheetView[];
  readonly missingColumns: readonly MissingColumnView[];
  /** The card parts that cannot be shown, with the headers they lack: unknown, never shown as blank. */
  readonly unavailable: Readonly<Partial<Record<CardPart, readonly string[]>>>;
  /** The last quarterly review applied, so the review says it was done instead of starting again. */
  readonly lastReview: AppliedReview | null;
  /** Whether the spreadsheet keeps a Check-ins sheet, and why it cannot be read when it cannot. */
  readonly checkInLog: { readonly sheet: boolean; readonly unreadable: string | null };
  /** Whether Strategies has the optional Parent column, so the form offers a parent and the tree can be shown. */
  readonly hasParentColumn: boolean;
  /** The Roll-up sheet's group table for today: one row per stakeholder group. */
  readonly groups: readonly GroupRow[];
}

/**
 * A save from a sidebar form: the fields the user changed, as typed, for an edit of the
 * row loaded at `version`; every field for a new item (no `row`).
 */
export interface ItemSave<K extends string> {
  readonly row?: number;
  readonly version?: string;
  readonly changes: Readonly<Partial<Record<K, string>>>;
}

export type StrategySave = ItemSave<StrategyField>;
export type TacticSave = ItemSave<TacticField>;

/** A save either lands (with the row's ID and the health check's findings on it) or explains itself per field. */
export type SaveResult =
  | { readonly ok: true; readonly id: string; readonly row: number; readonly warnings: readonly string[] }
  | {
      readonly ok: false;
      readonly fieldErrors: Readonly<Record<string, string>>;
      /** `stale-row` when the row changed in the sheet since the sidebar loaded it: nothing was saved. */
      readonly code: Extract<ProblemCode, 'stale-row' | 'bad-value' | 'missing-header' | 'bad-argument'>;
    };

/** A save from the check-in view: the entries the user filled, and the group checking in. */
export type CheckInSave = CheckInBatch;

/** A batch of check-ins saved whole, or refused with a sentence per field (nothing written). */
export type CheckInSaveResult =
  | { readonly ok: true; readonly message: string; readonly saved: number }
  | {
      readonly ok: false;
      readonly code: ProblemCode;
      readonly message: string;
      /** Sentences by the ID sent and field; the group's under '' → `by`. */
      readonly fieldErrors: Readonly<Record<string, Readonly<Partial<Record<CheckInField | 'by', string>>>>>;
    };

/** One strategy's step of the quarterly review: its fields are checked by the domain's review form. */
export type StrategyReview = ReviewInput;
export type ReviewDecision = ReviewInput['decision'];
export type TacticDecision = ReviewInput['tactics'][string];
export type { AppliedReview };

/** A quarterly review in progress, kept server-side so closing the sidebar loses nothing. */
export interface ReviewDraft {
  readonly quarter: string;
  readonly step: number;
  readonly reviews: readonly StrategyReview[];
}

export interface OperationResult {
  readonly ok: boolean;
  /** The sentence shown to the user (the same text as the toast). */
  readonly message: string;
  /** Why it was refused, as a code the sidebar reacts to; the sentence is only ever shown. */
  readonly code?: ProblemCode;
  /** Set when the operation needs a yes/no first (e.g. replace an existing snapshot): the question. */
  readonly confirm?: string;
}

/** Which quarter a snapshot taken now should belong to. */
export interface SnapshotOffer {
  readonly currentQuarter: string;
  /** The current quarter, or the one that just ended when it ended a few days ago. */
  readonly suggestedQuarter: string;
  readonly previousQuarter: string;
  readonly quartersInHistory: readonly string[];
  /** Set when the register cannot be snapshotted in any quarter (empty, a sheet missing…): the sentence. */
  readonly refusal?: string;
  /** Why, as a code the sidebar reacts to (`blocking-findings` offers the health check). */
  readonly refusalCode?: ProblemCode;
}
