import * as fs from 'node:fs';
import * as path from 'node:path';
import type fc from 'fast-check';
import { checkProperty } from '../checkProperty';

/** Where each reliability test file leaves its figures; scripts/reliability.js adds them up. */
export const FIGURES_DIR = path.resolve(__dirname, '../../test-artifacts/reliability');

/** Runs per property: small by default so `npm test` stays fast; RELIABILITY_RUNS=5000 for a long run. */
export const RUNS = Math.max(1, Number(process.env.RELIABILITY_RUNS) || 200);

export interface Figures {
  /** Bad-input cases and concurrency scenarios tried. */
  cases: number;
  /** Operations run over those cases (each case × each menu item, sidebar call and formula). */
  operationRuns: number;
  /** Service calls made to fail on purpose. */
  faults: number;
  properties: number;
  propertyRuns: number;
}

/** The figures of one test file, written when the file's tests are done. */
export class Tally {
  readonly figures: Figures = { cases: 0, operationRuns: 0, faults: 0, properties: 0, propertyRuns: 0 };

  constructor(private readonly file: string) {}

  /** Checks a property with RUNS runs (the shared seed; a failure names it). */
  check<Ts>(property: fc.IProperty<Ts>): void {
    checkProperty(property, { numRuns: RUNS });
    this.figures.properties += 1;
    this.figures.propertyRuns += RUNS;
  }

  save(): void {
    fs.mkdirSync(FIGURES_DIR, { recursive: true });
    fs.writeFileSync(path.join(FIGURES_DIR, `${this.file}.json`), `${JSON.stringify(this.figures, null, 2)}\n`);
  }
}

/** A tally saved after the calling file's tests. */
export function tallyFor(file: string): Tally {
  const tally = new Tally(file);
  afterAll(() => tally.save());
  return tally;
}
