import type { ImportField } from './importFields';

/**
 * The one table of header spellings the import recognises, by field (the README lists it).
 * A header matches when it reads the same ignoring case, spaces, punctuation and accents:
 * `Key Result`, `key_result`, `KEY-RESULT` and `Key result.` are one header. Whole headers
 * only: `Target` is the target and `Target date` the due date, never a prefix of one another.
 *
 * Spellings come from public plan templates and goal-tool exports (OKR sheets, strategic
 * plan trackers, Viva Goals, Betterworks, Peoplebox, PeopleCues), written out in full.
 */
export const HEADER_SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  strategy: [
    'Strategy',
    'Strategies',
    'Objective',
    'Objectives',
    'Goal',
    'Goals',
    'Outcome',
    'Outcomes',
    'Objective / Goal',
    'Goal / Objective',
    'Objective title',
    'Objective name',
    'Goal title',
    'Goal name',
    'Strategic goal',
    'Strategic objective',
    'Strategic direction',
    'Strategic priority',
  ],
  tactic: [
    'Tactic',
    'Tactics',
    'Initiative',
    'Initiatives',
    'Key initiative',
    'Key initiatives',
    'Key initiatives / actions',
    'Action',
    'Actions',
    'Action item',
    'Action items',
    'Project',
    'Projects',
    'Project name',
    'Task',
    'Tasks',
    'Task description',
    'Activity',
    'Activities',
    'Deliverable',
    'Deliverables',
    'Milestone',
    'Milestones',
  ],
  keyResult: ['Key result', 'Key results', 'KR', 'KRs', 'Key result (KR)', 'Key result name'],
  statement: ['Name', 'Title', 'Item', 'Item name', 'Text', 'Statement'],
  kind: ['Type', 'Kind', 'Item type', 'Object type', 'OKR type', 'Row type'],
  metric: [
    'Metric',
    'Metrics',
    'Metric name',
    'KPI',
    'KPIs',
    'KPI name',
    'KPIs / success metrics',
    'Success metric',
    'Success metrics',
    'Measure',
    'Measurement',
  ],
  indicator: ['Indicator', 'Indicators', 'Key outcome indicator', 'Leading indicator', 'Success measure'],
  unit: ['Unit', 'Units', 'Unit of measure', 'UOM'],
  baseline: [
    'Baseline',
    'Baseline value',
    'Start value',
    'Starting value',
    'Initial value',
    'From',
    'Metric start value',
  ],
  target: ['Target', 'Target value', 'Goal value', 'To', 'Metric target value'],
  current: ['Current', 'Current value', 'Actual', 'Actual value', 'Now', 'Latest', 'Latest value', 'Metric value'],
  stakeholders: [
    'Stakeholders',
    'Stakeholder',
    'Stakeholder group',
    'Stakeholder groups',
    'Team',
    'Teams',
    'Group',
    'Groups',
    'Function',
    'Functions',
    'Department',
    'Departments',
    'Business unit',
    'Area',
  ],
  owner: [
    'Owner',
    'Owners',
    'Owner name',
    'Owner email',
    'Owner emails',
    'DRI',
    'Lead',
    'Responsible',
    'Responsible party',
    'Accountable',
    'Assignee',
    'Assigned to',
  ],
  start: ['Start', 'Start date', 'Starts', 'Begin', 'Begins', 'Kick-off'],
  due: [
    'Due',
    'Due date',
    'Deadline',
    'End',
    'End date',
    'Target date',
    'Target end date',
    'Finish',
    'Finish date',
    'Completion date',
  ],
  status: ['Status', 'State', 'Progress status', 'Current status', 'Health', 'RAG', 'RAG status'],
  confidence: ['Confidence', 'Confidence level', 'Confidence (0-10)'],
  learning: [
    'Learning',
    'Learnings',
    'Notes',
    'Note',
    'Comments',
    'Comment',
    'Remarks',
    'Description',
    'Details',
    'Lessons learned',
    'Last check-in note',
  ],
};

/** A header cell as the import compares it: letters and digits only, accents dropped, lower case. */
export function headerWords(cell: unknown): string {
  if (typeof cell !== 'string') return '';
  return cell
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const FIELD_OF_KEY: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]).flatMap(([field, spellings]) =>
    spellings.map((spelling) => [headerWords(spelling), field] as const),
  ),
);

/** The field a header cell names, or undefined when it names none the import knows. */
export function fieldOfHeader(cell: unknown): ImportField | undefined {
  const key = headerWords(cell);
  return key === '' ? undefined : FIELD_OF_KEY.get(key);
}

/**
 * Headers that name a strategy over text but a target over numbers: in "Objective | Start
 * value | Goal | Now" the goal is where the metric should get to. The column's cells decide.
 */
const TARGET_OVER_NUMBERS: ReadonlySet<string> = new Set(['Goal', 'Goals'].map(headerWords));

/** The field a header names when its column holds numbers, where that differs from `fieldOfHeader`. */
export function fieldOfNumbersHeader(cell: unknown): ImportField | undefined {
  return TARGET_OVER_NUMBERS.has(headerWords(cell)) ? 'target' : undefined;
}
