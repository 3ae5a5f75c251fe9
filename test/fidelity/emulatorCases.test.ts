/**
 * Every fidelity case on the emulator: it gives the value recorded for Sheets, or, where a
 * case says the emulator differs, exactly the value and reason it states.
 */
import { runCasesOnEmulator } from '../../local/fidelityOnEmulator';
import { FIDELITY_CASES } from '../../src/fidelity/cases';
import { canonical } from '../../src/fidelity/fidelityCase';

const results = new Map(runCasesOnEmulator(FIDELITY_CASES).map((result) => [result.id, result]));

describe.each(FIDELITY_CASES.map((fidelityCase) => [fidelityCase.id, fidelityCase] as const))(
  '%s',
  (_id, fidelityCase) => {
    const { observed } = results.get(fidelityCase.id) ?? { observed: null };
    if (fidelityCase.emulatorDiffers) {
      it(`differs as stated: ${fidelityCase.emulatorDiffers.reason}`, () => {
        expect(canonical(observed)).toBe(canonical(fidelityCase.emulatorDiffers?.observed ?? null));
        expect(canonical(observed)).not.toBe(canonical(fidelityCase.recorded));
      });
    } else {
      it('gives the value recorded for Sheets', () => {
        expect(observed).toEqual(fidelityCase.recorded);
      });
    }
  },
);

it('names every case once', () => {
  const ids = FIDELITY_CASES.map((fidelityCase) => fidelityCase.id);
  expect(new Set(ids).size).toBe(ids.length);
});
