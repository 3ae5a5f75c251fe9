import { parseFormula } from '../../../local/preview/formulaSyntax';

describe('reading the formulas the preview computes', () => {
  it('reads a call with open-ended ranges', () => {
    expect(parseFormula('=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)')).toEqual({
      kind: 'call',
      name: 'STRATEGY_PROGRESS',
      args: [
        { kind: 'range', sheet: undefined, a1: 'E2:E' },
        { kind: 'range', sheet: undefined, a1: 'F2:F' },
        { kind: 'range', sheet: undefined, a1: 'G2:G' },
      ],
    });
  });

  it('reads numbers, percentages, negative numbers, text with doubled quotes and booleans', () => {
    expect(parseFormula('=F(8%, -2.5, "say ""hi""", true, 1e3)')).toEqual({
      kind: 'call',
      name: 'F',
      args: [
        { kind: 'number', value: 0.08 },
        { kind: 'number', value: -2.5 },
        { kind: 'text', value: 'say "hi"' },
        { kind: 'boolean', value: true },
        { kind: 'number', value: 1000 },
      ],
    });
  });

  it('reads ranges on other sheets, quoted or not, and nested calls', () => {
    expect(parseFormula("=ON_TRACK('Snapshot History'!$A$2:B, Tactics!C3, TODAY(), DATE(2026, 2, 20))")).toEqual({
      kind: 'call',
      name: 'ON_TRACK',
      args: [
        { kind: 'range', sheet: 'Snapshot History', a1: '$A$2:B' },
        { kind: 'range', sheet: 'Tactics', a1: 'C3' },
        { kind: 'call', name: 'TODAY', args: [] },
        {
          kind: 'call',
          name: 'DATE',
          args: [
            { kind: 'number', value: 2026 },
            { kind: 'number', value: 2 },
            { kind: 'number', value: 20 },
          ],
        },
      ],
    });
  });

  it.each([
    ['arithmetic', '=A1+1'],
    ['an array literal', '=SPARKLINE({0.1,0.3})'],
    ['a call followed by more', '=STRATEGY_PROGRESS(0, 10, 5)-1'],
    ['text joined to a call', '=F(1) & "x"'],
    ['an unclosed call', '=F(1, 2'],
    ['a column letter alone', '=F(E)'],
    ['plain text', 'F(1)'],
    ['a bare value', '=42'],
  ])('leaves %s to Sheets', (_, formula) => {
    expect(parseFormula(formula)).toBeUndefined();
  });
});
