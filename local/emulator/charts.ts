import type { EmulatorContext } from './context';
import type { RangeImpl } from './range';
import { unwrap } from './serviceCalls';

export interface ChartState {
  readonly chartId: number;
  readonly chartType: string;
  readonly ranges: readonly RangeImpl[];
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

/** A chart stored on a sheet; it is never drawn. */
export class EmbeddedChartImpl {
  constructor(
    private readonly ctx: EmulatorContext,
    public state: ChartState,
  ) {}

  getChartId(): number {
    return this.state.chartId;
  }

  getRanges(): RangeImpl[] {
    return this.state.ranges.map((range) => this.ctx.wrap(range, 'Range'));
  }

  getOptions(): { get(option: string): unknown } {
    const options = this.state.options;
    return this.ctx.wrap({ get: (option: string) => options[option] ?? null }, 'ChartOptions');
  }

  getContainerInfo(): object {
    const { row, column, offsetX, offsetY } = this.state.position;
    const info = {
      getAnchorRow: () => row,
      getAnchorColumn: () => column,
      getOffsetX: () => offsetX,
      getOffsetY: () => offsetY,
    };
    return this.ctx.wrap(info, 'ContainerInfo');
  }

  modify(): EmbeddedChartBuilderImpl {
    const builder = new EmbeddedChartBuilderImpl(this.ctx, this.state.chartId);
    builder.state = this.state;
    return this.ctx.wrap(builder, 'EmbeddedChartBuilder');
  }
}

/** `Sheet.newChart()`: the few settings add-ons use. */
export class EmbeddedChartBuilderImpl {
  state: ChartState;

  constructor(
    private readonly ctx: EmulatorContext,
    chartId: number,
  ) {
    this.state = {
      chartId,
      chartType: 'LINE',
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
    };
  }

  private with(change: Partial<ChartState>): EmbeddedChartBuilderImpl {
    this.state = { ...this.state, ...change };
    return this.ctx.wrap(this, 'EmbeddedChartBuilder');
  }

  addRange(range: RangeImpl): EmbeddedChartBuilderImpl {
    return this.with({ ranges: [...this.state.ranges, unwrap(range)] });
  }

  clearRanges(): EmbeddedChartBuilderImpl {
    return this.with({ ranges: [] });
  }

  getChartType(): string {
    return this.state.chartType;
  }

  setChartType(chartType: string | GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderImpl {
    return this.with({ chartType: String(chartType) });
  }

  setPosition(row: number, column: number, offsetX: number, offsetY: number): EmbeddedChartBuilderImpl {
    return this.with({ position: { row, column, offsetX, offsetY } });
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilderImpl {
    return this.with({ options: { ...this.state.options, [option]: value } });
  }

  build(): EmbeddedChartImpl {
    return this.ctx.wrap(new EmbeddedChartImpl(this.ctx, this.state), 'EmbeddedChart');
  }
}
