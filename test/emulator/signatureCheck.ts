import type { ConditionalFormatRuleBuilderImpl, DataValidationBuilderImpl } from '../../local/emulator/builders';
import type { CacheImpl } from '../../local/emulator/cache';
import type { EmbeddedChartBuilderImpl } from '../../local/emulator/charts';
import type { HtmlOutputImpl } from '../../local/emulator/html';
import type { LockImpl } from '../../local/emulator/lock';
import type { PropertiesImpl } from '../../local/emulator/properties';
import type { ProtectionImpl } from '../../local/emulator/protection';
import type { RangeImpl } from '../../local/emulator/range';
import type { SheetImpl } from '../../local/emulator/sheet';
import type { SpreadsheetImpl } from '../../local/emulator/spreadsheet';
import type { UiImpl } from '../../local/emulator/ui';

/**
 * Type-level comparison of each emulated class with its Apps Script type: the names of the
 * methods whose real argument lists (every overload) the emulated method would not accept.
 * signatures.test.ts asks the TypeScript checker for these names.
 */

/** Each emulated class beside the Apps Script type it stands in for. */
export interface EmulatedServices {
  Range: [RangeImpl, GoogleAppsScript.Spreadsheet.Range];
  Sheet: [SheetImpl, GoogleAppsScript.Spreadsheet.Sheet];
  Spreadsheet: [SpreadsheetImpl, GoogleAppsScript.Spreadsheet.Spreadsheet];
  Properties: [PropertiesImpl, GoogleAppsScript.Properties.Properties];
  Cache: [CacheImpl, GoogleAppsScript.Cache.Cache];
  Lock: [LockImpl, GoogleAppsScript.Lock.Lock];
  HtmlOutput: [HtmlOutputImpl, GoogleAppsScript.HTML.HtmlOutput];
  Ui: [UiImpl, GoogleAppsScript.Base.Ui];
  Protection: [ProtectionImpl, GoogleAppsScript.Spreadsheet.Protection];
  DataValidationBuilder: [DataValidationBuilderImpl, GoogleAppsScript.Spreadsheet.DataValidationBuilder];
  ConditionalFormatRuleBuilder: [
    ConditionalFormatRuleBuilderImpl,
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  ];
  EmbeddedChartBuilder: [EmbeddedChartBuilderImpl, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder];
}

/** Service objects become `any`: only the shape of plain arguments is compared. */
type Loose<T> = T extends string | number | boolean | Date | null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? Loose<E>[]
    : AnyObject;
// biome-ignore lint/suspicious/noExplicitAny: stands in for any emulated service object
type AnyObject = any;
/** Distributes over a union of argument lists, so every overload is compared. */
type LooseParams<P extends readonly unknown[]> = { [I in keyof P]: Loose<P[I]> };

/** The argument lists of every overload (Apps Script declares up to eight, for insertSheet), as a union. */
type OverloadParams<F> = F extends {
  (...args: infer A1): unknown;
  (...args: infer A2): unknown;
  (...args: infer A3): unknown;
  (...args: infer A4): unknown;
  (...args: infer A5): unknown;
  (...args: infer A6): unknown;
  (...args: infer A7): unknown;
  (...args: infer A8): unknown;
}
  ? A1 | A2 | A3 | A4 | A5 | A6 | A7 | A8
  : never;

/** Names of methods whose real Apps Script arguments the emulated method would not accept. */
export type Mismatches<Impl, Real> = {
  [K in keyof Impl & keyof Real]: Real[K] extends (...args: never[]) => unknown
    ? Impl[K] extends (...args: infer Q) => unknown
      ? LooseParams<OverloadParams<Real[K]>> extends LooseParams<Q>
        ? never
        : K
      : K
    : never;
}[keyof Impl & keyof Real];

export type MismatchesOf<Name extends keyof EmulatedServices> = Mismatches<
  EmulatedServices[Name][0],
  EmulatedServices[Name][1]
>;
