import type { EmulatorContext } from './context';
import type { RangeImpl } from './range';

/** A stored protection of a sheet or range; the emulator does not block edits. */
export class ProtectionImpl {
  description = '';
  warningOnly = false;
  editors: string[] = [];
  removed = false;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly type: 'RANGE' | 'SHEET',
    public range: RangeImpl,
    private readonly onRemove: (protection: ProtectionImpl) => void,
  ) {}

  getProtectionType(): 'RANGE' | 'SHEET' {
    return this.type;
  }

  getRange(): RangeImpl {
    return this.ctx.wrap(this.range, 'Range');
  }

  setDescription(description: string): ProtectionImpl {
    this.description = description;
    return this.ctx.wrap(this, 'Protection');
  }

  getDescription(): string {
    return this.description;
  }

  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.warningOnly = warningOnly;
    return this.ctx.wrap(this, 'Protection');
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  addEditor(email: string): ProtectionImpl {
    if (!this.editors.includes(email)) this.editors.push(email);
    return this.ctx.wrap(this, 'Protection');
  }

  removeEditor(email: string): ProtectionImpl {
    this.editors = this.editors.filter((editor) => editor !== email);
    return this.ctx.wrap(this, 'Protection');
  }

  getEditors(): object[] {
    return this.editors.map((email) => this.ctx.wrap({ getEmail: () => email }, 'User'));
  }

  canEdit(): boolean {
    return true;
  }

  canDomainEdit(): boolean {
    return true;
  }

  setDomainEdit(_editable: boolean): ProtectionImpl {
    return this.ctx.wrap(this, 'Protection');
  }

  remove(): void {
    this.removed = true;
    this.onRemove(this);
  }
}
