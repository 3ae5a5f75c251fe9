import * as path from 'node:path';
import { parseFlags } from '../../../local/preview/flags';

const DEFAULT_FILE = '/repo/.local/workbook.json';

describe('npm start flags', () => {
  it('defaults to port 8080, the default file and the saved workbook', () => {
    expect(parseFlags([], {}, DEFAULT_FILE)).toEqual({
      ok: true,
      value: { port: 8080, file: DEFAULT_FILE, start: 'saved', help: false },
    });
  });

  it('takes the port from PORT, and --port over PORT', () => {
    expect(parseFlags([], { PORT: '9000' }, DEFAULT_FILE)).toMatchObject({ value: { port: 9000 } });
    expect(parseFlags(['--port', '0'], { PORT: '9000' }, DEFAULT_FILE)).toMatchObject({ value: { port: 0 } });
    expect(parseFlags(['--port=3001'], {}, DEFAULT_FILE)).toMatchObject({ value: { port: 3001 } });
  });

  it('refuses a port that is not a number from 0 to 65535', () => {
    expect(parseFlags(['--port', 'http'], {}, DEFAULT_FILE)).toEqual({
      ok: false,
      error: '--port must be a port number from 0 to 65535, not "http".',
    });
    expect(parseFlags([], { PORT: '70000' }, DEFAULT_FILE)).toEqual({
      ok: false,
      error: 'PORT must be a port number from 0 to 65535, not "70000".',
    });
  });

  it('resolves --file against the folder npm start was typed in', () => {
    expect(parseFlags(['--file', 'q3.json'], { INIT_CWD: '/home/ana/plans' }, DEFAULT_FILE)).toMatchObject({
      value: { file: '/home/ana/plans/q3.json' },
    });
  });

  it('resolves --file against the working directory outside npm', () => {
    expect(parseFlags(['--file', 'plans/q3.json'], {}, DEFAULT_FILE)).toMatchObject({
      value: { file: path.resolve('plans/q3.json') },
    });
  });

  it('starts from the demo with --reset and from a blank spreadsheet with --empty', () => {
    expect(parseFlags(['--reset'], {}, DEFAULT_FILE)).toMatchObject({ value: { start: 'demo' } });
    expect(parseFlags(['--empty'], {}, DEFAULT_FILE)).toMatchObject({ value: { start: 'empty' } });
  });

  it('refuses --reset together with --empty', () => {
    expect(parseFlags(['--reset', '--empty'], {}, DEFAULT_FILE)).toEqual({
      ok: false,
      error: 'Use --reset or --empty, not both.',
    });
  });

  it('names an unknown flag', () => {
    const result = parseFlags(['--prot', '80'], {}, DEFAULT_FILE);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^Unknown flag "--prot"\./);
  });
});
