import { STRATEGY_STATUSES, type StrategyStatus, TACTIC_STATUSES, type TacticStatus } from '../register/schema';

/**
 * Status and type words of other plans, read into the register's (the README lists them).
 * Words compare ignoring case, accents, punctuation and emoji: `On_Track`, `ON TRACK` and
 * `On track ✅` are one word. A health word (on track, at risk, behind, green, red) says the
 * item is under way: an Active strategy, a tactic In progress.
 */

/** A status or type cell as the import compares it: words of letters and digits, single spaces, lower case. */
export function plainWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type StatusPair = readonly [StrategyStatus, TacticStatus];

const UNDER_WAY: StatusPair = ['Active', 'In progress'];
const NOT_STARTED: StatusPair = ['Active', 'Planned'];
const FINISHED: StatusPair = ['Achieved', 'Done'];
// A tactic has no hold state: paused work is work still planned.
const PAUSED: StatusPair = ['On hold', 'Planned'];
const STOPPED: StatusPair = ['Retired', 'Dropped'];

/** Each group's words, as written in the sources; the register's own statuses are added below. */
const STATUS_GROUPS: readonly (readonly [StatusPair, readonly string[]])[] = [
  [
    UNDER_WAY,
    [
      'Active',
      'In progress',
      'Work in progress',
      'WIP',
      'Ongoing',
      'On-going',
      'Progressing',
      'Started',
      'Underway',
      'On track',
      'On target',
      'At risk',
      'Off track',
      'Behind',
      'Delayed',
      'Overdue',
      'Blocked',
      'Some delay',
      'Some disruption',
      'Major disruption',
      'Needs attention',
      'Action required',
      'Below target',
      'Green',
      'Amber',
      'Yellow',
      'Red',
    ],
  ],
  [
    NOT_STARTED,
    ['Planned', 'Not started', 'To do', 'Todo', 'Upcoming', 'Pending', 'Planning', 'Planning stage', 'Backlog', 'New'],
  ],
  [
    FINISHED,
    ['Done', 'Complete', 'Completed', 'Achieved', 'Accomplished', 'Met', 'Delivered', 'Finished', 'Closed won'],
  ],
  [PAUSED, ['On hold', 'Hold', 'Paused', 'Deferred', 'Postponed', 'Progressed paused']],
  [
    STOPPED,
    ['Retired', 'Dropped', 'Cancelled', 'Canceled', 'Abandoned', 'Missed', 'Not achieved', 'Not met', 'Stopped'],
  ],
];

const STATUS_OF: ReadonlyMap<string, StatusPair> = new Map(
  STATUS_GROUPS.flatMap(([pair, words]) => words.map((word) => [plainWords(word), pair] as const)),
);

/** Every status word the import reads, in the README's order: for listing, not matching. */
export const STATUS_WORDS: readonly {
  readonly strategy: StrategyStatus;
  readonly tactic: TacticStatus;
  readonly words: readonly string[];
}[] = STATUS_GROUPS.map(([[strategy, tactic], words]) => ({ strategy, tactic, words }));

/** The register status a word means for a strategy, or undefined when the import does not know it. */
export function strategyStatusOf(text: string): StrategyStatus | undefined {
  return STATUS_OF.get(plainWords(text))?.[0];
}

/** The register status a word means for a tactic, or undefined when the import does not know it. */
export function tacticStatusOf(text: string): TacticStatus | undefined {
  return STATUS_OF.get(plainWords(text))?.[1];
}

/** The statuses a word may be read as, for the sentence that says a word was not understood. */
export const KNOWN_STATUSES = { strategy: STRATEGY_STATUSES, tactic: TACTIC_STATUSES } as const;

/** What a row of a type column says it is. */
export type RowKind = 'strategy' | 'tactic' | 'keyResult';

const KIND_WORDS: Readonly<Record<RowKind, readonly string[]>> = {
  strategy: ['Strategy', 'Objective', 'Goal', 'Outcome', 'Strategic goal', 'Strategic objective', 'Theme'],
  tactic: [
    'Tactic',
    'Initiative',
    'Action',
    'Action item',
    'Task',
    'Project',
    'Activity',
    'Deliverable',
    'Milestone',
    'Subtask',
  ],
  keyResult: ['Key result', 'KR', 'KeyResult', 'Result'],
};

/** Words for the sentence that names what a type column may hold. */
export const KIND_EXAMPLES = {
  strategy: KIND_WORDS.strategy.slice(0, 4),
  tactic: KIND_WORDS.tactic.slice(0, 6),
  keyResult: KIND_WORDS.keyResult.slice(0, 1),
} as const;

const KIND_OF: ReadonlyMap<string, RowKind> = new Map(
  (Object.entries(KIND_WORDS) as [RowKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.flatMap((word) => [
      [plainWords(word), kind] as const,
      // Plurals, as a type column sometimes holds them.
      [`${plainWords(word)}s`, kind] as const,
    ]),
  ),
);

/** The kind a type cell names, or undefined when it is no kind word. */
export function rowKindOf(text: string): RowKind | undefined {
  return KIND_OF.get(plainWords(text));
}
