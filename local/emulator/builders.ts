import type { CellValue } from './cellParsing';
import type { EmulatorContext } from './context';
import type { BooleanCriteria, DataValidationCriteria } from './enums';
import type { RangeImpl } from './range';
import { unwrap } from './serviceCalls';

export type ValidationCriteria = keyof typeof DataValidationCriteria;

/** A stored data-validation rule; scripts may still write values it would reject, as in Sheets. */
export class DataValidationImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly criteria: ValidationCriteria,
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  getCriteriaType(): ValidationCriteria {
    return this.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.args.map((arg) => (Array.isArray(arg) ? [...arg] : arg));
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string {
    return this.helpText;
  }

  copy(): DataValidationBuilderImpl {
    const builder = new DataValidationBuilderImpl(this.ctx);
    builder.state = {
      criteria: this.criteria,
      args: this.args,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
    return this.ctx.wrap(builder, 'DataValidationBuilder');
  }
}

/** `SpreadsheetApp.newDataValidation()`. */
export class DataValidationBuilderImpl {
  state: { criteria: ValidationCriteria; args: readonly unknown[]; allowInvalid: boolean; helpText: string } = {
    criteria: 'VALUE_IN_LIST',
    args: [[], true],
    allowInvalid: true,
    helpText: '',
  };

  constructor(private readonly ctx: EmulatorContext) {}

  private self(): DataValidationBuilderImpl {
    return this.ctx.wrap(this, 'DataValidationBuilder');
  }

  private criteria(criteria: ValidationCriteria, args: unknown[]): DataValidationBuilderImpl {
    this.state = { ...this.state, criteria, args };
    return this.self();
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderImpl {
    return this.criteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilderImpl {
    return this.criteria('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberLessThan(number: number): DataValidationBuilderImpl {
    return this.criteria('NUMBER_LESS_THAN', [number]);
  }

  requireDate(): DataValidationBuilderImpl {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilderImpl {
    const values = [checkedValue, uncheckedValue].filter((value) => value !== undefined);
    return this.criteria('CHECKBOX', values);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilderImpl {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalid: boolean): DataValidationBuilderImpl {
    this.state = { ...this.state, allowInvalid };
    return this.self();
  }

  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.state = { ...this.state, helpText };
    return this.self();
  }

  build(): DataValidationImpl {
    const { criteria, args, allowInvalid, helpText } = this.state;
    return this.ctx.wrap(new DataValidationImpl(this.ctx, criteria, args, allowInvalid, helpText), 'DataValidation');
  }
}

export type BooleanCriteriaType = keyof typeof BooleanCriteria;

export interface ConditionalFormatState {
  readonly ranges: readonly RangeImpl[];
  readonly criteria: BooleanCriteriaType | undefined;
  readonly args: readonly CellValue[];
  readonly background: string | undefined;
  readonly fontColor: string | undefined;
}

/** A stored (never rendered) conditional format rule. */
export class ConditionalFormatRuleImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    public state: ConditionalFormatState,
  ) {}

  getRanges(): RangeImpl[] {
    return this.state.ranges.map((range) => this.ctx.wrap(range, 'Range'));
  }

  getBooleanCondition(): object | null {
    const { criteria, args, background, fontColor } = this.state;
    if (!criteria) return null;
    const condition = {
      getCriteriaType: () => criteria,
      getCriteriaValues: () => [...args],
      getBackground: () => background ?? null,
      getFontColor: () => fontColor ?? null,
    };
    return this.ctx.wrap(condition, 'BooleanCondition');
  }

  copy(): ConditionalFormatRuleBuilderImpl {
    const builder = new ConditionalFormatRuleBuilderImpl(this.ctx);
    builder.state = this.state;
    return this.ctx.wrap(builder, 'ConditionalFormatRuleBuilder');
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class ConditionalFormatRuleBuilderImpl {
  state: ConditionalFormatState = {
    ranges: [],
    criteria: undefined,
    args: [],
    background: undefined,
    fontColor: undefined,
  };

  constructor(private readonly ctx: EmulatorContext) {}

  private with(change: Partial<ConditionalFormatState>): ConditionalFormatRuleBuilderImpl {
    this.state = { ...this.state, ...change };
    return this.ctx.wrap(this, 'ConditionalFormatRuleBuilder');
  }

  whenNumberLessThan(number: number): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'NUMBER_LESS_THAN', args: [number] });
  }

  whenNumberGreaterThan(number: number): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'NUMBER_GREATER_THAN', args: [number] });
  }

  whenNumberGreaterThanOrEqualTo(number: number): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [number] });
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'NUMBER_BETWEEN', args: [start, end] });
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'TEXT_EQUAL_TO', args: [text] });
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderImpl {
    return this.with({ criteria: 'CUSTOM_FORMULA', args: [formula] });
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderImpl {
    return this.with({ background: color ?? undefined });
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderImpl {
    return this.with({ fontColor: color ?? undefined });
  }

  setRanges(ranges: RangeImpl[]): ConditionalFormatRuleBuilderImpl {
    return this.with({ ranges: ranges.map((range) => unwrap(range)) });
  }

  build(): ConditionalFormatRuleImpl {
    if (this.state.ranges.length === 0) throw new Error('A conditional format rule must have at least one range.');
    if (!this.state.criteria) throw new Error('A conditional format rule must have a condition.');
    return this.ctx.wrap(new ConditionalFormatRuleImpl(this.ctx, this.state), 'ConditionalFormatRule');
  }
}
