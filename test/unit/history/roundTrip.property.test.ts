import fc from 'fast-check';
import { buildHistoryIndex } from '../../../src/domain/history/historyIndex';
import { parseHistory } from '../../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import { buildHistoryView } from '../../../src/domain/history/historyView';
import { deserialiseIndex, serialiseIndex } from '../../../src/domain/history/indexCache';
import { buildSnapshotRows } from '../../../src/domain/history/snapshotRows';
import type { Strategy, Tactic } from '../../../src/domain/register/types';
import { checkProperty } from '../../checkProperty';
import { strategyFields, tacticFields } from '../../reliability/arbitraries';

const id = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s !== '');

const register = fc
  .uniqueArray(id, { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.tuple(
      fc.tuple(
        ...ids
          .slice(0, Math.ceil(ids.length / 2))
          .map((sid) => strategyFields.map((f): Strategy => ({ row: 2, id: sid, ...f }))),
      ),
      fc.tuple(
        ...ids
          .slice(Math.ceil(ids.length / 2))
          .map((tid) =>
            fc
              .tuple(tacticFields, fc.constantFrom(...ids))
              .map(([f, sid]): Tactic => ({ row: 2, id: tid, strategyId: sid, ...f })),
          ),
      ),
    ),
  );

describe('snapshot rows read back through parseHistory', () => {
  it('give back the register values for any register', () => {
    checkProperty(
      fc.property(register, ([strategies, tactics]) => {
        const { rows } = buildSnapshotRows(strategies, tactics, '2026-Q3', new Date(0));
        const entries = parseHistory([[...HISTORY_HEADERS], ...rows], 'Etc/UTC').entries;
        const strategiesBack = entries.filter((e) => e.kind === 'Strategy');
        const tacticsBack = entries.filter((e) => e.kind === 'Tactic');
        expect(new Set(strategiesBack.map((e) => e.id))).toEqual(new Set(strategies.map((s) => s.id)));
        expect(new Set(tacticsBack.map((e) => e.id))).toEqual(new Set(tactics.map((t) => t.id)));
        for (const s of strategies) {
          const e = strategiesBack.find((entry) => entry.id === s.id);
          const { row: _row, status, decision, ...fields } = s;
          expect(e).toMatchObject({ ...fields, status: status ?? '', decision: decision ?? '' });
        }
        for (const t of tactics) {
          const e = tacticsBack.find((entry) => entry.id === t.id);
          const { row: _row, status, actual, ...fields } = t;
          expect(e).toMatchObject({ ...fields, current: actual, status: status ?? '' });
        }
      }),
    );
  });
});

describe('the cached history index', () => {
  it('restores exactly the index it was built from, across snapshots that differ', () => {
    checkProperty(
      fc.property(register, register, ([s2, t2], [s3, t3]) => {
        const grid = [
          [...HISTORY_HEADERS],
          ...buildSnapshotRows(s2, t2, '2026-Q2', new Date(1000)).rows,
          ...buildSnapshotRows(s3, t3, '2026-Q3', new Date(2000)).rows,
        ];
        const index = buildHistoryIndex(buildHistoryView(parseHistory(grid, 'Etc/UTC').entries));
        expect(deserialiseIndex(serialiseIndex(index, 'v'), 'v')).toEqual({ ok: true, value: index });
      }),
    );
  });
});
