import { ConditionalFormatRuleBuilderImpl, DataValidationBuilderImpl } from './builders';
import type { EmulatorContext } from './context';
import { BooleanCriteria, BorderStyle, DataValidationCriteria, ProtectionType, SheetType, WrapStrategy } from './enums';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import { UiImpl, type UiLog } from './ui';

/** `SpreadsheetApp`, bound to one spreadsheet and one Ui. */
export class SpreadsheetAppImpl {
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly spreadsheet: SpreadsheetImpl,
    private readonly uiLog: UiLog,
    private readonly addonTitle: string,
  ) {}

  getActiveSpreadsheet(): SpreadsheetImpl {
    return this.ctx.wrap(this.spreadsheet, 'Spreadsheet');
  }
  getActive(): SpreadsheetImpl {
    return this.getActiveSpreadsheet();
  }
  getActiveSheet(): SheetImpl {
    return this.ctx.wrap(this.spreadsheet.activeSheet, 'Sheet');
  }
  getActiveRange(): RangeImpl | null {
    return this.spreadsheet.getActiveRange();
  }
  getUi(): UiImpl {
    return this.ctx.wrap(new UiImpl(this.ctx, this.uiLog, this.addonTitle), 'Ui');
  }
  newDataValidation(): DataValidationBuilderImpl {
    return this.ctx.wrap(new DataValidationBuilderImpl(this.ctx), 'DataValidationBuilder');
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return this.ctx.wrap(new ConditionalFormatRuleBuilderImpl(this.ctx), 'ConditionalFormatRuleBuilder');
  }
  /** Every write is applied at once, so there is nothing pending to flush. */
  flush(): void {}
}
