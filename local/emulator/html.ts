import * as fs from 'node:fs';
import * as path from 'node:path';
import { counted, type ServiceCalls } from './serviceCalls';

export class HtmlOutputImpl {
  private title = '';

  constructor(
    private readonly content: string,
    private readonly calls: ServiceCalls,
  ) {}

  setTitle(title: string): HtmlOutputImpl {
    this.title = title;
    return counted(this, 'HtmlOutput', this.calls);
  }

  getTitle(): string {
    return this.title;
  }

  getContent(): string {
    return this.content;
  }
}

/** `HtmlService`, serving the pushed files (dist/) by name as Apps Script does. */
export class HtmlServiceImpl {
  constructor(
    private readonly filesDir: string,
    private readonly calls: ServiceCalls,
  ) {}

  createHtmlOutputFromFile(name: string): HtmlOutputImpl {
    const file = path.join(this.filesDir, `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return counted(new HtmlOutputImpl(fs.readFileSync(file, 'utf8'), this.calls), 'HtmlOutput', this.calls);
  }
}
