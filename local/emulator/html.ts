import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EmulatorContext } from './context';
import { compileTemplate, templateCode } from './htmlTemplate';

/** An `HtmlOutput`: content plus the title and size Sheets would show it with. */
export class HtmlOutputImpl {
  private title = '';
  private width = 600;
  private height = 400;

  constructor(
    private readonly ctx: EmulatorContext,
    private content: string,
  ) {}

  private self(): HtmlOutputImpl {
    return this.ctx.wrap(this, 'HtmlOutput');
  }

  setTitle(title: string): HtmlOutputImpl {
    this.title = String(title);
    return this.self();
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutputImpl {
    this.width = width;
    return this.self();
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): HtmlOutputImpl {
    this.height = height;
    return this.self();
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutputImpl {
    this.content = String(content);
    return this.self();
  }
  append(addedContent: string): HtmlOutputImpl {
    this.content += String(addedContent);
    return this.self();
  }
  /** Sandbox, frame and meta settings change nothing an emulated page shows. */
  setSandboxMode(_mode: unknown): HtmlOutputImpl {
    return this.self();
  }
  setXFrameOptionsMode(_mode: unknown): HtmlOutputImpl {
    return this.self();
  }
  addMetaTag(_name: string, _content: string): HtmlOutputImpl {
    return this.self();
  }
}

const sources = new WeakMap<HtmlTemplateImpl, { source: string; ctx: EmulatorContext }>();

/** An `HtmlTemplate`; properties assigned on it become variables in its scriptlets. */
export class HtmlTemplateImpl {
  constructor(ctx: EmulatorContext, source: string) {
    sources.set(this, { source, ctx });
  }

  evaluate(): HtmlOutputImpl {
    const { source, ctx } = sources.get(this) ?? { source: '', ctx: undefined };
    if (!ctx) throw new Error('This template has no source.');
    const fields = Object.fromEntries(Object.entries(this));
    const html = compileTemplate(source)(ctx.scriptGlobals, fields);
    return ctx.wrap(new HtmlOutputImpl(ctx, html), 'HtmlOutput');
  }
  getCode(): string {
    return templateCode(sources.get(this)?.source ?? '');
  }
  getRawContent(): string {
    return sources.get(this)?.source ?? '';
  }
}

/** `HtmlService`, serving the pushed files (dist/) by name as Apps Script does. */
export class HtmlServiceImpl {
  readonly SandboxMode = Object.freeze({ IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' });
  readonly XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

  constructor(
    private readonly ctx: EmulatorContext,
    private readonly filesDir: string,
  ) {}

  private readFile(name: string): string {
    const file = path.join(this.filesDir, `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return fs.readFileSync(file, 'utf8');
  }

  createHtmlOutput(html = ''): HtmlOutputImpl {
    return this.ctx.wrap(new HtmlOutputImpl(this.ctx, String(html)), 'HtmlOutput');
  }
  createHtmlOutputFromFile(name: string): HtmlOutputImpl {
    return this.ctx.wrap(new HtmlOutputImpl(this.ctx, this.readFile(name)), 'HtmlOutput');
  }
  createTemplate(html: string): HtmlTemplateImpl {
    return this.ctx.wrap(new HtmlTemplateImpl(this.ctx, String(html)), 'HtmlTemplate');
  }
  createTemplateFromFile(name: string): HtmlTemplateImpl {
    return this.ctx.wrap(new HtmlTemplateImpl(this.ctx, this.readFile(name)), 'HtmlTemplate');
  }
}
