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

/** Service objects become `any`: only the shape of plain arguments is compared. */
type Loose<T> = T extends string | number | boolean | Date | null | undefined
  ? T
  : T extends readonly (infer E)[]
    ? Loose<E>[]
    : AnyObject;
// biome-ignore lint/suspicious/noExplicitAny: stands in for any emulated service object
type AnyObject = any;
type LooseParams<P extends readonly unknown[]> = { [I in keyof P]: Loose<P[I]> };

/** Names of methods whose real Apps Script arguments the emulated method would not accept. */
type Mismatches<Impl, Real> = {
  [K in keyof Impl & keyof Real]: Real[K] extends (...args: infer P) => unknown
    ? Impl[K] extends (...args: infer Q) => unknown
      ? LooseParams<P> extends LooseParams<Q>
        ? never
        : K
      : K
    : never;
}[keyof Impl & keyof Real];

type Expect<T extends never> = T;

type Checks = [
  Expect<Mismatches<RangeImpl, GoogleAppsScript.Spreadsheet.Range>>,
  Expect<Mismatches<SheetImpl, GoogleAppsScript.Spreadsheet.Sheet>>,
  Expect<Mismatches<SpreadsheetImpl, GoogleAppsScript.Spreadsheet.Spreadsheet>>,
  Expect<Mismatches<PropertiesImpl, GoogleAppsScript.Properties.Properties>>,
  Expect<Mismatches<CacheImpl, GoogleAppsScript.Cache.Cache>>,
  Expect<Mismatches<LockImpl, GoogleAppsScript.Lock.Lock>>,
  Expect<Mismatches<HtmlOutputImpl, GoogleAppsScript.HTML.HtmlOutput>>,
  Expect<Mismatches<UiImpl, GoogleAppsScript.Base.Ui>>,
  Expect<Mismatches<ProtectionImpl, GoogleAppsScript.Spreadsheet.Protection>>,
  Expect<Mismatches<DataValidationBuilderImpl, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  Expect<Mismatches<ConditionalFormatRuleBuilderImpl, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>>,
  Expect<Mismatches<EmbeddedChartBuilderImpl, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>>,
];

describe('emulated method signatures', () => {
  it('accept the arguments @types/google-apps-script allows (checked by npm run typecheck)', () => {
    const checked: Checks['length'] = 12;
    expect(checked).toBe(12);
  });
});
