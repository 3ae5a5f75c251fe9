import type { EmulatorContext } from './context';
import { unwrap } from './serviceCalls';

/** A menu entry; a submenu has functionName '' and its entries in `submenu`. */
export type MenuItem =
  | { readonly label: string; readonly functionName: string; readonly submenu?: readonly MenuItem[] }
  | 'separator';

/** What the add-on showed the user, for tests and the preview to inspect. */
export interface MenuRecord {
  readonly title: string;
  readonly addon: boolean;
  readonly items: readonly MenuItem[];
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

const BUTTONS: Record<ButtonSet, readonly Button[]> = {
  OK: [Button.OK],
  OK_CANCEL: [Button.OK, Button.CANCEL],
  YES_NO: [Button.YES, Button.NO],
  YES_NO_CANCEL: [Button.YES, Button.NO, Button.CANCEL],
};

/** One alert or prompt, with the answer it got. */
export interface DialogRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly message: string;
  readonly buttons: ButtonSet;
  readonly answer: { readonly button: Button; readonly text: string };
}

/** A sidebar or dialog opened from HTML. */
export interface HtmlShownRecord {
  readonly title: string;
  readonly html: string;
}

export interface UiLog {
  readonly menus: MenuRecord[];
  /** Alerts only, as shown. */
  readonly alerts: { title: string; message: string }[];
  /** Alerts and prompts, in order, with their buttons and answers. */
  readonly dialogs: DialogRecord[];
  readonly sidebars: HtmlShownRecord[];
  readonly modalDialogs: (HtmlShownRecord & { readonly modal: boolean })[];
  /** Answers the next alert/prompt will get, in order; an empty queue answers OK (YES for yes/no) / ''. */
  readonly scriptedAnswers: { button: Button; text?: string }[];
}

export function newUiLog(): UiLog {
  return { menus: [], alerts: [], dialogs: [], sidebars: [], modalDialogs: [], scriptedAnswers: [] };
}

class MenuImpl {
  readonly items: MenuItem[] = [];

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly log: UiLog,
    readonly title: string,
    private readonly addon: boolean,
  ) {}

  private self(): MenuImpl {
    return this.ctx.wrap(this, 'Menu');
  }

  addItem(label: string, functionName: string): MenuImpl {
    this.items.push({ label, functionName });
    return this.self();
  }

  addSeparator(): MenuImpl {
    this.items.push('separator');
    return this.self();
  }

  addSubMenu(menu: MenuImpl): MenuImpl {
    const sub = unwrap(menu);
    this.items.push({ label: sub.title, functionName: '', submenu: [...sub.items] });
    return this.self();
  }

  addToUi(): void {
    const existing = this.log.menus.findIndex((menu) => menu.title === this.title);
    const record = { title: this.title, addon: this.addon, items: [...this.items] };
    if (existing >= 0) this.log.menus.splice(existing, 1, record);
    else this.log.menus.push(record);
  }
}

interface HtmlLike {
  getTitle(): string;
  getContent(): string;
}

/** A button set as the add-on passes it: this emulator's values, typed as Apps Script's enum. */
type ButtonSetArg = ButtonSet | GoogleAppsScript.Base.ButtonSet;

function isButtonSet(value: unknown): value is ButtonSet {
  return typeof value === 'string' && value in BUTTONS;
}

/** The emulated `Ui` of `SpreadsheetApp.getUi()`. */
export class UiImpl {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly log: UiLog,
    private readonly addonTitle: string,
  ) {}

  createAddonMenu(): MenuImpl {
    return this.ctx.wrap(new MenuImpl(this.ctx, this.log, this.addonTitle, true), 'Menu');
  }

  createMenu(caption: string): MenuImpl {
    return this.ctx.wrap(new MenuImpl(this.ctx, this.log, caption, false), 'Menu');
  }

  /** `alert(prompt)`, `alert(prompt, buttons)` or `alert(title, prompt, buttons)`. */
  alert(first: string, second?: string | ButtonSetArg, third?: ButtonSetArg): Button {
    const dialog = this.dialog('alert', first, second, third);
    this.log.alerts.push({ title: dialog.title, message: dialog.message });
    return dialog.answer.button;
  }

  /** `prompt(prompt)`, `prompt(prompt, buttons)` or `prompt(title, prompt, buttons)`. */
  prompt(first: string, second?: string | ButtonSetArg, third?: ButtonSetArg): object {
    const { answer } = this.dialog('prompt', first, second, third);
    const response = { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
    return this.ctx.wrap(response, 'PromptResponse');
  }

  showSidebar(output: HtmlLike): void {
    const html = unwrap(output);
    this.log.sidebars.push({ title: html.getTitle(), html: html.getContent() });
  }

  showModalDialog(output: HtmlLike, title: string): void {
    this.log.modalDialogs.push({ title: String(title), html: unwrap(output).getContent(), modal: true });
  }

  showModelessDialog(output: HtmlLike, title: string): void {
    this.log.modalDialogs.push({ title: String(title), html: unwrap(output).getContent(), modal: false });
  }

  private dialog(
    kind: 'alert' | 'prompt',
    first: string,
    second: string | ButtonSetArg | undefined,
    third: ButtonSetArg | undefined,
  ): DialogRecord {
    const titled = third !== undefined || (second !== undefined && !isButtonSet(second));
    const title = titled ? String(first) : '';
    const message = titled ? String(second ?? '') : String(first);
    const buttons = ((titled ? third : second) as ButtonSet | undefined) ?? ButtonSet.OK;
    const allowed = BUTTONS[buttons];
    const scripted = this.log.scriptedAnswers.shift();
    const button = scripted?.button ?? allowed[0] ?? Button.OK;
    if (button !== Button.CLOSE && !allowed.includes(button)) {
      throw new Error(`Scripted answer ${button} is not a button of a ${buttons} ${kind}.`);
    }
    const record: DialogRecord = { kind, title, message, buttons, answer: { button, text: scripted?.text ?? '' } };
    this.log.dialogs.push(record);
    return record;
  }
}
