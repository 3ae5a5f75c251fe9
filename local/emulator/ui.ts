import { counted, type ServiceCalls } from './serviceCalls';

/** What the add-on showed the user, for tests and the preview to inspect. */
export interface MenuRecord {
  readonly title: string;
  readonly addon: boolean;
  readonly items: readonly ({ readonly label: string; readonly functionName: string } | 'separator')[];
}

export interface UiLog {
  readonly menus: MenuRecord[];
  readonly alerts: { title: string; message: string }[];
  readonly sidebars: { title: string; html: string }[];
  /** Answers the next alert/prompt will get, in order; an empty queue answers OK / the default. */
  readonly scriptedAnswers: { button: Button; text?: string }[];
}

export enum Button {
  CLOSE = 'CLOSE',
  OK = 'OK',
  CANCEL = 'CANCEL',
  YES = 'YES',
  NO = 'NO',
}

export enum ButtonSet {
  OK = 'OK',
  OK_CANCEL = 'OK_CANCEL',
  YES_NO = 'YES_NO',
  YES_NO_CANCEL = 'YES_NO_CANCEL',
}

export function newUiLog(): UiLog {
  return { menus: [], alerts: [], sidebars: [], scriptedAnswers: [] };
}

class MenuImpl {
  private readonly items: MenuRecord['items'][number][] = [];

  constructor(
    private readonly log: UiLog,
    private readonly title: string,
    private readonly addon: boolean,
    private readonly self: () => MenuImpl,
  ) {}

  addItem(label: string, functionName: string): MenuImpl {
    this.items.push({ label, functionName });
    return this.self();
  }

  addSeparator(): MenuImpl {
    this.items.push('separator');
    return this.self();
  }

  addToUi(): void {
    const existing = this.log.menus.findIndex((menu) => menu.title === this.title);
    const record = { title: this.title, addon: this.addon, items: [...this.items] };
    if (existing >= 0) this.log.menus.splice(existing, 1, record);
    else this.log.menus.push(record);
  }
}

/** The emulated `Ui` of `SpreadsheetApp.getUi()`. */
export class UiImpl {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly log: UiLog,
    private readonly calls: ServiceCalls,
    private readonly addonTitle: string,
  ) {}

  createAddonMenu(): MenuImpl {
    return this.menu(this.addonTitle, true);
  }

  createMenu(caption: string): MenuImpl {
    return this.menu(caption, false);
  }

  alert(titleOrPrompt: string, message?: string, _buttons?: ButtonSet): Button {
    this.log.alerts.push({ title: message === undefined ? '' : titleOrPrompt, message: message ?? titleOrPrompt });
    return this.log.scriptedAnswers.shift()?.button ?? Button.OK;
  }

  showSidebar(output: { getTitle(): string; getContent(): string }): void {
    this.log.sidebars.push({ title: output.getTitle(), html: output.getContent() });
  }

  private menu(title: string, addon: boolean): MenuImpl {
    let proxy: MenuImpl;
    const menu = new MenuImpl(this.log, title, addon, () => proxy);
    proxy = counted(menu, 'Menu', this.calls);
    return proxy;
  }
}
