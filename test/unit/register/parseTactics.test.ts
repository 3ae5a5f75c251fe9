import { planIds } from '../../../src/domain/register/ids';
import { parseTactics } from '../../../src/domain/register/parseTactics';
import { aTactic, SEED_TACTIC_ROW, tacticGrid } from './fixtures';

describe('parsing the Tactics sheet', () => {
  it('reads the seed tactic into a typed record', () => {
    expect(parseTactics(tacticGrid([SEED_TACTIC_ROW]), 'Etc/UTC')).toEqual({
      ok: true,
      value: { records: [aTactic({ start: null, due: null })], findings: [], missingColumns: [] },
    });
  });

  it('reads a register without optional columns such as Learning or Owner', () => {
    const parsed = parseTactics(
      tacticGrid([{ ID: 'T4', 'Strategy ID': 'S2', Tactic: 'Call lapsed customers' }], ['Tactic', 'Strategy ID', 'ID']),
      'Etc/UTC',
    );
    expect(parsed.ok && parsed.value.records).toEqual([
      aTactic({
        id: 'T4',
        strategyId: 'S2',
        statement: 'Call lapsed customers',
        stakeholders: '',
        owner: '',
        status: null,
        indicator: '',
        target: null,
        actual: null,
        start: null,
        due: null,
      }),
    ]);
  });

  it('reports a date typed as a number and canonicalises a sloppy status', () => {
    const parsed = parseTactics(
      tacticGrid([{ ID: 'T2', 'Strategy ID': 'S1', Tactic: 'Train reps', Status: ' done ', Start: 46023 }]),
      'Etc/UTC',
    );
    expect(parsed.ok && parsed.value.records[0]?.status).toBe('Done');
    expect(parsed.ok && parsed.value.findings.map((finding) => finding.message)).toEqual([
      'Start of T2 (row 2) in Tactics is 46023, a number where a date belongs; format the cell as a date.',
    ]);
  });

  it('requires the Strategy ID column, since a tactic must name its strategy', () => {
    expect(parseTactics([['ID', 'Tactic']], 'Etc/UTC')).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            'Tactics has no "Strategy ID" column: type Strategy ID in row 1 above its values, or run Set up register to add the column.',
        }),
      ],
    });
  });
});

describe('an ID cell holding a formula error', () => {
  it('is reported and kept, so no new ID is planned over it', () => {
    const parsed = parseTactics(tacticGrid([{ ID: '#REF!', 'Strategy ID': 'S1', Tactic: 'Train reps' }]), 'Etc/UTC');
    expect(parsed.ok && parsed.value.records.map((tactic) => tactic.id)).toEqual(['#REF!']);
    expect(parsed.ok && parsed.value.findings.map((finding) => finding.message)).toEqual([
      'ID of row 2 in Tactics is "#REF!", an error from a formula.',
    ]);
    expect(parsed.ok && planIds(parsed.value.records, 'T')).toEqual([]);
  });
});
