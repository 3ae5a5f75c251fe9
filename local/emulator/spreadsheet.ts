import { counted, type ServiceCalls } from './serviceCalls';
import { UiImpl, type UiLog } from './ui';

export interface Toast {
  readonly title: string;
  readonly message: string;
}

/** The emulated active spreadsheet. */
export class SpreadsheetImpl {
  readonly toasts: Toast[] = [];

  constructor(private readonly timeZone: string) {}

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  toast(message: string, title = ''): void {
    this.toasts.push({ title, message });
  }
}

/** `SpreadsheetApp`, bound to one spreadsheet and one Ui. */
export class SpreadsheetAppImpl {
  constructor(
    private readonly spreadsheet: SpreadsheetImpl,
    private readonly uiLog: UiLog,
    private readonly calls: ServiceCalls,
    private readonly addonTitle: string,
  ) {}

  getActiveSpreadsheet(): SpreadsheetImpl {
    return counted(this.spreadsheet, 'Spreadsheet', this.calls);
  }

  getActive(): SpreadsheetImpl {
    return this.getActiveSpreadsheet();
  }

  getUi(): UiImpl {
    return counted(new UiImpl(this.uiLog, this.calls, this.addonTitle), 'Ui', this.calls);
  }
}
