import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { services } from './fixtures';

/** A pushed-files folder holding one template, as `clasp push` would leave it. */
const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-html-'));
fs.writeFileSync(
  path.join(filesDir, 'Greeting.html'),
  '<h1><?= title ?></h1><? for (const item of items) { ?><li><?!= item ?></li><? } ?>\n',
);
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }));

describe('HtmlService', () => {
  it('builds output with a title, size and appended content', () => {
    const { HtmlService } = services();
    const output = HtmlService.createHtmlOutput('<b>a</b>')
      .append('<i>b</i>')
      .setTitle('T')
      .setWidth(300)
      .setHeight(200);
    expect([output.getContent(), output.getTitle(), output.getWidth(), output.getHeight()]).toEqual([
      '<b>a</b><i>b</i>',
      'T',
      300,
      200,
    ]);
  });

  it('serves files by name and refuses missing ones', () => {
    const { HtmlService } = services({ filesDir });
    expect(HtmlService.createHtmlOutputFromFile('Greeting').getContent()).toContain('<?= title ?>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });

  it('evaluates templates: escaped printing, raw printing and statements over assigned fields', () => {
    const { HtmlService } = services({ filesDir });
    const template = HtmlService.createTemplateFromFile('Greeting') as GoogleAppsScript.HTML.HtmlTemplate & {
      title: string;
      items: string[];
    };
    template.title = '<img onerror=x>';
    template.items = ['<b>one</b>', 'two'];
    expect(template.evaluate().getContent()).toBe('<h1>&lt;img onerror=x&gt;</h1><li><b>one</b></li><li>two</li>\n');
  });
});
