import type { FindingView } from '../../../src/server/api/wireTypes';
import { findingPlace, findingsSummary, groupFindings } from '../../../src/ui/findingsModel';

function aFinding(fields: Partial<FindingView> & Pick<FindingView, 'rule' | 'id'>): FindingView {
  return {
    sheet: 'Strategies',
    row: 2,
    column: null,
    a1: 'A2',
    message: `About ${fields.id}`,
    blocking: false,
    ...fields,
  };
}

const overdue = aFinding({ rule: 'overdue-review', id: 'S1' });
const orphan = aFinding({
  rule: 'no-strategy',
  id: 'T3',
  sheet: 'Tactics',
  row: 4,
  column: 'Strategy ID',
  blocking: true,
});
const vague = aFinding({ rule: 'reads-like-tactic', id: 'S3' });
const overdueToo = aFinding({ rule: 'overdue-review', id: 'S2' });

describe('groupFindings', () => {
  it('groups findings in the contract rule order, keeping the order within a rule', () => {
    const groups = groupFindings([overdue, orphan, vague, overdueToo]);
    expect(groups.map((group) => [group.rule, group.title, group.findings.map((f) => f.id)])).toEqual([
      ['reads-like-tactic', 'Reads like a tactic', ['S3']],
      ['no-strategy', 'Tactic without a strategy', ['T3']],
      ['overdue-review', 'Review overdue', ['S1', 'S2']],
    ]);
  });

  it('gives no group when there is no finding', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('findingPlace', () => {
  it('names the sheet, row, column and item', () => {
    expect(findingPlace(orphan)).toBe('Tactics row 4, Strategy ID (T3)');
  });

  it('leaves out what the finding does not have', () => {
    expect(findingPlace(aFinding({ rule: 'duplicate-id', id: '', row: 7 }))).toBe('Strategies row 7');
  });
});

describe('findingsSummary', () => {
  it('counts findings and the blocking ones', () => {
    expect(findingsSummary([overdue, orphan])).toBe(
      '2 findings, 1 of them blocking a snapshot. Select one to go to its cell.',
    );
    expect(findingsSummary([overdue])).toBe('1 finding. Select one to go to its cell.');
    expect(findingsSummary([])).toBe('No findings: every strategy and tactic follows the method.');
  });
});
